import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { projectRoot } from '#src/lib/paths.ts'
import { availableCallYears, listActivityTypes } from '../grants/index.ts'

const ZIscedFile = z.object({
  classification: z.string(),
  publisher: z.string(),
  broad_fields: z
    .array(
      z.object({
        code: z.string().regex(/^\d{2}$/),
        name: z.string().min(1),
        narrow: z.array(z.object({ code: z.string(), name: z.string() })),
      }),
    )
    .min(1),
})

export type IscedField = { code: string; name: string }

let fields: IscedField[] | undefined

/** ISCED-F 2013 broad fields, from `src/reference/isced-f-2013.json` (checked on first load). */
export function iscedBroadFields(): IscedField[] {
  if (!fields) {
    const file = path.join(projectRoot, 'src', 'reference', 'isced-f-2013.json')
    const parsed = ZIscedFile.parse(JSON.parse(readFileSync(file, 'utf8')))
    fields = parsed.broad_fields.map((f) => ({ code: f.code, name: f.name }))
  }
  return fields
}

export function isIscedBroadField(code: string): boolean {
  return iscedBroadFields().some((f) => f.code === code)
}

/** Erasmus+ VET activity types of the newest call year: the keys of a partnership's quotas. */
export function mobilityActivities(): { code: string; name: string }[] {
  const newest = Math.max(...availableCallYears())
  return listActivityTypes(newest).map(({ code, name }) => ({ code, name }))
}
