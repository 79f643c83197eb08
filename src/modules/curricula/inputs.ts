import { z } from 'zod'
import type { FieldErrors } from '#src/lib/errors.ts'
import { type FormValues, validate } from '#src/lib/forms.ts'
import { LOCALES } from '#src/lib/i18n.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { readLocalizedText, ZLocalizedText } from '#src/ui/multilingual-field.tsx'
import { MAX_FILE_BYTES } from '../documents/index.ts'
import { SHARING } from './schema.ts'

/** Curricula and guidebooks are written in Ura's reader languages, as courses are (ADR 014). */
export const CURRICULUM_LANGUAGES = LOCALES

/** A curriculum counts at most this many optional courses (and holds at most this many courses). */
export const MAX_COURSES = 40

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export const ZUuid = z.string().regex(UUID, 'common:validation.choice')

export function isUuid(value: string): boolean {
  return UUID.test(value)
}

function onlyOurLanguages(text: LocalizedText): LocalizedText {
  return Object.fromEntries(
    Object.entries(text).filter(([lang]) =>
      (CURRICULUM_LANGUAGES as readonly string[]).includes(lang),
    ),
  )
}

const ZText = (rules: Parameters<typeof ZLocalizedText>[0] = {}) =>
  ZLocalizedText(rules).transform(onlyOurLanguages)

const ZCount = z.coerce
  .number('curricula:errors.wholeNumber')
  .int('curricula:errors.wholeNumber')
  .min(0, 'curricula:errors.range')
  .max(MAX_COURSES, 'curricula:errors.range')

export const ZCurriculum = z.object({
  title: ZText({ required: 'any', max: 200 }),
  summary: ZText({ max: 1000 }),
  visibility: z.enum(SHARING, 'common:validation.choice'),
  projectId: ZUuid.nullable(),
  optionalToComplete: ZCount,
  intent: z.enum(['draft', 'publish']),
})
export type CurriculumInput = z.infer<typeof ZCurriculum>

export const ZAddCourse = z.object({ courseId: ZUuid, required: z.boolean() })
export type AddCourseInput = z.infer<typeof ZAddCourse>

export const ZMove = z.object({ direction: z.enum(['up', 'down'], 'common:validation.choice') })

export const ZGuidebook = z.object({
  title: ZText({ required: 'any', max: 200 }),
  description: ZText({ max: 2000 }),
  visibility: z.enum(SHARING, 'common:validation.choice'),
  projectId: ZUuid.nullable(),
})
export type GuidebookInput = z.infer<typeof ZGuidebook>

export const ZGuidebookFile = z.object({
  lang: z.enum(CURRICULUM_LANGUAGES, 'curricula:errors.language'),
  note: z.string().trim().max(500, 'common:validation.tooLong').default(''),
})
export type UploadedFile = { name: string; bytes: Uint8Array }
export type GuidebookFileInput = z.infer<typeof ZGuidebookFile> & { file: UploadedFile }

function text(value: unknown): string {
  const last = Array.isArray(value) ? value.at(-1) : value
  return typeof last === 'string' ? last : ''
}

export function formToCurriculumInput(form: FormValues) {
  return {
    title: readLocalizedText(form, 'title'),
    summary: readLocalizedText(form, 'summary'),
    visibility: text(form.visibility) || 'private',
    projectId: text(form.projectId) || null,
    optionalToComplete: text(form.optionalToComplete).trim() || '0',
    intent: text(form.intent) === 'publish' ? 'publish' : 'draft',
  }
}

export function formToAddCourse(form: FormValues) {
  return { courseId: text(form.courseId), required: text(form.required) !== '' }
}

export function formToGuidebookInput(form: FormValues) {
  return {
    title: readLocalizedText(form, 'title'),
    description: readLocalizedText(form, 'description'),
    visibility: text(form.visibility) || 'private',
    projectId: text(form.projectId) || null,
  }
}

/**
 * A guidebook file upload: the language, an optional note and the file (or the field errors to
 * show). The file's type is checked again by the service, by extension and first bytes.
 */
export async function parseGuidebookFile(
  form: FormValues,
): Promise<
  { ok: true; data: GuidebookFileInput } | { ok: false; errors: FieldErrors; values: FormValues }
> {
  const values = { lang: text(form.lang), note: text(form.note) }
  const shape = validate(ZGuidebookFile, values)
  const errors: FieldErrors = shape.ok ? {} : { ...shape.errors }
  const raw = Array.isArray(form.file) ? form.file[0] : form.file
  let file: UploadedFile | null = null
  if (!(raw instanceof File) || raw.size === 0 || raw.name === '') {
    errors.file = 'documents:errors.missing'
  } else if (raw.size > MAX_FILE_BYTES) {
    errors.file = 'documents:errors.tooLarge'
  } else {
    file = { name: raw.name, bytes: new Uint8Array(await raw.arrayBuffer()) }
  }
  if (!shape.ok || !file) return { ok: false, errors, values }
  return { ok: true, data: { ...shape.data, file } }
}
