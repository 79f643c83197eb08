import { z } from 'zod'
import type { FieldErrors } from '#src/lib/errors.ts'
import { type FormValues, type Validated, validate } from '#src/lib/forms.ts'
import { emptyToUndefined } from '#src/lib/validation.ts'
import { MAX_FILE_BYTES } from './files.ts'

export type UploadedFile = { name: string; bytes: Uint8Array }

export const ZUpload = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'common:validation.required')
    .max(200, 'common:validation.tooLong'),
  note: z.string().trim().max(500, 'common:validation.tooLong').default(''),
  deliverableId: z.preprocess(
    emptyToUndefined,
    z.uuid('common:validation.choice').nullable().default(null),
  ),
})
export type UploadInput = z.infer<typeof ZUpload> & { file: UploadedFile }

export const ZVersion = ZUpload.pick({ note: true })
export type VersionInput = z.infer<typeof ZVersion> & { file: UploadedFile }

/** The uploaded file of a multipart form, or the field error to show. */
async function readFile(value: unknown): Promise<UploadedFile | string> {
  const file = Array.isArray(value) ? value[0] : value
  if (!(file instanceof File) || file.size === 0 || file.name === '')
    return 'documents:errors.missing'
  if (file.size > MAX_FILE_BYTES) return 'documents:errors.tooLarge'
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
}

async function withFile<T extends object>(
  shape: Validated<T>,
  value: unknown,
): Promise<Validated<T & { file: UploadedFile }>> {
  const file = await readFile(value)
  const errors: FieldErrors = { ...(shape.ok ? {} : shape.errors) }
  if (typeof file === 'string') errors.file = file
  if (!shape.ok || typeof file === 'string') return { ok: false, errors }
  return { ok: true, data: { ...shape.data, file } }
}

/** A new document: a title, the file, an optional note and the deliverable it drafts. */
export function parseUpload(form: FormValues) {
  return withFile(validate(ZUpload, form), form.file)
}

/** A new version of a document: the file and an optional note on what changed. */
export function parseVersion(form: FormValues) {
  return withFile(validate(ZVersion, form), form.file)
}
