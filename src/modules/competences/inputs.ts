import { z } from 'zod'
import type { FormValues } from '#src/lib/forms.ts'
import { RATING_PHASES } from './schema.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export const ZUuid = z.string().regex(UUID, 'common:validation.choice')

/**
 * A person's ratings of themself: before a course (`pre`, with `courseId`), after completing it
 * (`post`), or on their own (`self`). `level` is the level's id on the competence's scale
 * (`3`, `B1`, `advanced`); an empty one leaves that competence unrated (for `self` only).
 */
export const ZRate = z.object({
  phase: z.enum(RATING_PHASES, 'common:validation.choice'),
  courseId: ZUuid.nullable().optional(),
  ratings: z
    .array(
      z.object({
        code: z.string().min(1).max(80),
        level: z.string().max(20),
      }),
    )
    .min(1, 'competences:errors.rateOne')
    .max(200),
})
export type RateInput = z.infer<typeof ZRate>

/** The rating page's address: `?course=<id>&phase=pre|post`, or `?phase=self&framework=<id>`. */
export const ZRateQuery = z.object({
  phase: z.enum(RATING_PHASES).default('self'),
  course: ZUuid.optional(),
  framework: z.string().max(40).optional(),
})
export type RateQuery = z.infer<typeof ZRateQuery>

const text = (v: unknown) => (typeof v === 'string' ? v : Array.isArray(v) ? String(v.at(-1)) : '')

/**
 * The rating form as the API's body: `readForm` nests `ratings.0.code` into
 * `{ ratings: { 0: { code } } }`, in the order of the rows.
 */
export function formToRateInput(form: FormValues) {
  const rows = form.ratings && typeof form.ratings === 'object' ? form.ratings : {}
  const ratings = Object.entries(rows as Record<string, Record<string, unknown>>)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, r]) => ({ code: text(r?.code), level: text(r?.level) }))
  return {
    phase: text(form.phase),
    courseId: text(form.courseId) || null,
    ratings,
  }
}
