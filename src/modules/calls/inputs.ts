import { z } from 'zod'
import type { FormValues } from '#src/lib/forms.ts'
import { emptyToUndefined, ZCountryCode, ZDisplayName, ZEmail } from '#src/lib/validation.ts'
import { readLocalizedText, ZLocalizedText } from '#src/ui/multilingual-field.tsx'
import { isIsoDate } from './age.ts'
import { DOCUMENT_KINDS } from './schema.ts'

const ZDate = z.string().trim().refine(isIsoDate, 'calls:errors.date')
const ZOptionalUuid = z.preprocess(emptyToUndefined, z.uuid('common:validation.choice').optional())
const int = (min: number, max: number) =>
  z.coerce
    .number('common:validation.number')
    .int('common:validation.number')
    .min(min, 'calls:errors.range')
    .max(max, 'calls:errors.range')
const optionalInt = (min: number, max: number) =>
  z.preprocess(emptyToUndefined, int(min, max).optional())

export const MAX_DESTINATIONS = 4

export const ZDestination = z.object({
  country: ZCountryCode,
  organisationId: ZOptionalUuid,
})

export const ZCall = z
  .object({
    title: ZLocalizedText({ required: 'any', max: 200 }),
    text: ZLocalizedText({ max: 20_000 }),
    eligibility: ZLocalizedText({ max: 5_000 }),
    activityType: z.string().min(1, 'calls:errors.activityType'),
    projectId: ZOptionalUuid,
    preparationCourseId: ZOptionalUuid,
    places: int(1, 10_000),
    waitingListPlaces: int(0, 10_000),
    minTotalScore: optionalInt(0, 100),
    startDate: ZDate,
    endDate: ZDate,
    applyFrom: ZDate,
    applyUntil: ZDate,
    destinations: z.array(ZDestination).max(MAX_DESTINATIONS),
    minAge: optionalInt(0, 120),
    maxAge: optionalInt(0, 120),
    appealDays: int(0, 90),
  })
  .superRefine((v, ctx) => {
    for (const [path, message] of Object.entries(callCrossErrors(v))) {
      ctx.addIssue({ code: 'custom', path: [path], message })
    }
  })
export type CallInput = z.infer<typeof ZCall>

type CrossFields = {
  startDate: unknown
  endDate: unknown
  applyFrom: unknown
  applyUntil: unknown
  minAge?: unknown
  maxAge?: unknown
}

const date = (v: unknown) => (typeof v === 'string' && isIsoDate(v) ? v : null)
const whole = (v: unknown) =>
  v === '' || v === undefined || v === null ? null : Number.isInteger(Number(v)) ? Number(v) : null

/**
 * Checks between fields (end after start, deadline before the start…). Run on raw values too, so a
 * form with other mistakes still shows these at once.
 */
export function callCrossErrors(v: CrossFields): Record<string, string> {
  const out: Record<string, string> = {}
  const [start, end, from, until] = [
    date(v.startDate),
    date(v.endDate),
    date(v.applyFrom),
    date(v.applyUntil),
  ]
  if (start && end && end < start) out.endDate = 'calls:errors.endBeforeStart'
  if (from && until && until < from) out.applyUntil = 'calls:errors.untilBeforeFrom'
  else if (until && start && until >= start) out.applyUntil = 'calls:errors.untilAfterStart'
  const [min, max] = [whole(v.minAge), whole(v.maxAge)]
  if (min !== null && max !== null && max < min) out.maxAge = 'calls:errors.maxBelowMin'
  return out
}

const str = (v: unknown) =>
  typeof v === 'string' ? v : Array.isArray(v) ? String(v.at(-1) ?? '') : ''

/** The call form's fields as ZCall reads them; empty destination rows are dropped. */
export function formToCallInput(form: FormValues) {
  const rows = (form.destinations ?? {}) as Record<string, Record<string, unknown>>
  const destinations = Object.keys(rows)
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => ({ country: str(rows[k]?.country), organisationId: str(rows[k]?.organisationId) }))
    .filter((d) => d.country !== '' || d.organisationId !== '')
  return {
    title: readLocalizedText(form, 'title'),
    text: readLocalizedText(form, 'text'),
    eligibility: readLocalizedText(form, 'eligibility'),
    activityType: str(form.activityType),
    projectId: str(form.projectId),
    preparationCourseId: str(form.preparationCourseId),
    places: str(form.places),
    waitingListPlaces: str(form.waitingListPlaces),
    minTotalScore: str(form.minTotalScore),
    startDate: str(form.startDate),
    endDate: str(form.endDate),
    applyFrom: str(form.applyFrom),
    applyUntil: str(form.applyUntil),
    destinations,
    minAge: str(form.minAge),
    maxAge: str(form.maxAge),
    appealDays: str(form.appealDays),
  }
}

export const ZCriterion = z.object({
  name: ZLocalizedText({ required: 'any', max: 200 }),
  weight: int(1, 100),
  maxScore: int(1, 100),
  isFewerOpportunities: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
})
export type CriterionInput = z.infer<typeof ZCriterion>

export function formToCriterion(form: FormValues) {
  return {
    name: readLocalizedText(form, 'name'),
    weight: str(form.weight),
    maxScore: str(form.maxScore),
    isFewerOpportunities: str(form.isFewerOpportunities),
  }
}

export const ZRequiredDocument = z.object({
  kind: z.enum(DOCUMENT_KINDS, 'common:validation.choice'),
  label: ZLocalizedText({ max: 200 }),
  required: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
  minorsOnly: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
})
export type RequiredDocumentInput = z.infer<typeof ZRequiredDocument>

export function formToRequiredDocument(form: FormValues) {
  return {
    kind: str(form.kind),
    label: readLocalizedText(form, 'label'),
    required: str(form.required),
    minorsOnly: str(form.minorsOnly),
  }
}

export const ZPanelMember = z.object({ userId: z.uuid('common:validation.choice') })

/** A draft may be saved half-filled; submitting checks what is missing. */
export const ZApplicationDraft = z.object({
  motivation: z.string().trim().max(8_000, 'common:validation.tooLong'),
  dateOfBirth: z.preprocess(emptyToUndefined, ZDate.optional()),
})
export type ApplicationDraftInput = z.infer<typeof ZApplicationDraft>

export const ZUploadKind = z.object({ requiredDocumentId: ZOptionalUuid })

export const ZConsentRequest = z.object({
  guardianName: ZDisplayName,
  guardianEmail: ZEmail,
})
export type ConsentRequestInput = z.infer<typeof ZConsentRequest>

export const ZInPersonConsent = z.object({
  guardianName: ZDisplayName,
  answer: z.enum(['consent', 'decline'], 'common:validation.choice'),
  answeredOn: ZDate,
  note: z.string().trim().max(1_000, 'common:validation.tooLong'),
})
export type InPersonConsentInput = z.infer<typeof ZInPersonConsent>

/** A linked guardian's answer in the app: who they are is known, so only the answer. */
export const ZInAppConsent = z.object({
  answer: z.enum(['consent', 'decline'], 'common:validation.choice'),
})

export const ZConsentAnswer = z.object({
  answer: z.enum(['consent', 'decline'], 'common:validation.choice'),
  isGuardian: z.literal('on', 'calls:errors.confirmGuardian'),
})

export const ZConflict = z
  .object({
    hasConflict: z.enum(['yes', 'no'], 'common:validation.choice'),
    reason: z.string().trim().max(1_000, 'common:validation.tooLong').default(''),
  })
  .superRefine((v, ctx) => {
    if (v.hasConflict === 'yes' && v.reason === '') {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'calls:errors.conflictReason' })
    }
  })

/** One score per criterion: `score.<criterionId>` and `comment.<criterionId>`. */
export const ZScores = z.object({
  score: z.record(
    z.string(),
    z.preprocess(
      emptyToUndefined,
      z.coerce.number('common:validation.number').int('common:validation.number').optional(),
    ),
  ),
  comment: z.record(z.string(), z.string().trim().max(2_000, 'common:validation.tooLong')),
})
export type ScoresInput = z.infer<typeof ZScores>

export const ZAppeal = z.object({
  text: z
    .string()
    .trim()
    .min(1, 'common:validation.required')
    .max(8_000, 'common:validation.tooLong'),
})

export const ZResolveAppeal = z.object({
  outcome: z.enum(['dismissed', 'selected', 'waiting_list'], 'common:validation.choice'),
  response: z
    .string()
    .trim()
    .min(1, 'common:validation.required')
    .max(4_000, 'common:validation.tooLong'),
})
export type ResolveAppealInput = z.infer<typeof ZResolveAppeal>

export const ZReject = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'common:validation.required')
    .max(2_000, 'common:validation.tooLong'),
})
