import { z } from 'zod'
import { isCivilDate } from '#src/lib/dates.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { ZUuid } from '#src/lib/validation.ts'

const ZDay = z.string().trim().refine(isCivilDate, 'learning:errors.date')

/** A cohort: a name, its dates, and the people who take the course in it. */
export const ZCohort = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'common:validation.required')
      .max(120, 'common:validation.tooLong'),
    startsOn: ZDay,
    endsOn: ZDay,
    userIds: z.array(ZUuid).max(500),
  })
  .refine((v) => v.endsOn >= v.startsOn, {
    path: ['endsOn'],
    message: 'learning:errors.endBeforeStart',
  })
export type CohortInput = z.infer<typeof ZCohort>

/** People to add to a cohort: at least one. */
export const ZCohortPeople = z.object({
  userIds: z.array(ZUuid).min(1, 'learning:errors.nobodyChosen').max(500),
})

const str = (v: unknown) => (typeof v === 'string' ? v : '')
const list = (v: unknown) =>
  Array.isArray(v) ? v.map(String) : typeof v === 'string' && v !== '' ? [v] : []

export function formToCohortInput(form: FormValues) {
  return {
    name: str(form.name),
    startsOn: str(form.startsOn),
    endsOn: str(form.endsOn),
    userIds: list(form.userIds),
  }
}

export function formToCohortPeople(form: FormValues) {
  return { userIds: list(form.userIds) }
}

const optionalDay = z.preprocess(
  (v) => (v === '' || v === undefined ? undefined : v),
  ZDay.optional(),
)

/** The organisation report's filter (query parameters): a period and a project, all optional. */
export const ZOrgReportFilter = z
  .object({
    from: optionalDay,
    to: optionalDay,
    projectId: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.uuid('common:validation.choice').optional(),
    ),
  })
  .refine((v) => !v.from || !v.to || v.to >= v.from, {
    path: ['to'],
    message: 'learning:errors.endBeforeStart',
  })
