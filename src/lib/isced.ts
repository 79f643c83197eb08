import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { projectRoot } from './paths.ts'

/**
 * ISCED-F 2013 (UNESCO): the fields of education and training that mobilities, host companies
 * and catalogue courses are filed under. One loader for every module, from
 * `src/reference/isced-f-2013.json`, checked on first use.
 */
const ZIscedFile = z.object({
  broad_fields: z
    .array(
      z.object({
        code: z.string().regex(/^\d{2}$/),
        name: z.string().min(1),
        narrow: z.array(z.object({ code: z.string().regex(/^\d{3}$/), name: z.string() })),
      }),
    )
    .min(1),
})

export type IscedField = { code: string; name: string }

let file: z.infer<typeof ZIscedFile> | undefined

function iscedFile() {
  file ??= ZIscedFile.parse(
    JSON.parse(
      readFileSync(path.join(projectRoot, 'src', 'reference', 'isced-f-2013.json'), 'utf8'),
    ),
  )
  return file
}

/** The broad fields (two digits) with their English names. */
export function iscedBroadFields(): IscedField[] {
  return iscedFile().broad_fields.map((f) => ({ code: f.code, name: f.name }))
}

export function isIscedBroadField(code: string): boolean {
  return iscedFile().broad_fields.some((f) => f.code === code)
}

/** The narrow fields' codes (three digits). */
export function iscedNarrowFields(): string[] {
  return iscedFile().broad_fields.flatMap((b) => b.narrow.map((n) => n.code))
}
