import { z } from 'zod'
import { isCivilDate } from '#src/lib/dates.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { emptyToUndefined, ZEmail } from '#src/lib/validation.ts'
import { readLocalizedText, ZLocalizedText } from '#src/ui/multilingual-field.tsx'
import {
  DELIVERABLE_TYPES,
  DISSEMINATION_LEVELS,
  MILESTONE_STATUSES,
  PARTNER_ROLES,
  PROJECT_STATUSES,
  REVIEW_VERDICTS,
  RISK_STATUSES,
  TASK_STATUSES,
} from './schema.ts'
import { parseAmount } from './values.ts'

export const TEMPLATES = ['cb-vet', 'ka220-vet', 'ka210-vet'] as const
export type TemplateKey = (typeof TEMPLATES)[number]

const text = (max: number) => z.string().trim().max(max, 'common:validation.tooLong')
const required = (max: number) => text(max).min(1, 'common:validation.required')
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(emptyToUndefined, schema.optional())

const ZDate = z.string().trim().refine(isCivilDate, 'projects:errors.date')
const ZOptionalDate = z.preprocess(emptyToUndefined, ZDate.nullable().default(null))
const ZRequiredDate = z.preprocess(
  (v) => emptyToUndefined(v) ?? '',
  z.string().min(1, 'common:validation.required').pipe(ZDate),
)
const ZAmount = z.string().transform((v, ctx) => {
  const parsed = parseAmount(v)
  if (parsed === null) ctx.addIssue({ code: 'custom', message: 'projects:errors.amount' })
  return parsed ?? '0.00'
})
const ZOptionalAmount = z.preprocess(emptyToUndefined, ZAmount.nullable().default(null))
const ZOptionalId = z.preprocess(
  emptyToUndefined,
  z.uuid('common:validation.choice').nullable().default(null),
)
const ZId = z.uuid('common:validation.choice')
const ZCheckbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean())
const ZUrl = z.preprocess(
  emptyToUndefined,
  z
    .url({ protocol: /^https?$/, message: 'common:validation.url' })
    .max(500)
    .nullable()
    .default(null),
)

function datesInOrder(v: { startDate: string | null; endDate: string | null }) {
  return !v.startDate || !v.endDate || v.startDate <= v.endDate
}
const ORDER = {
  message: 'projects:errors.endBeforeStart',
  path: ['endDate'],
  // Also when other fields are wrong, so every problem shows at once.
  when: (payload: { value: unknown }) => {
    const v = payload.value as { startDate?: unknown; endDate?: unknown } | undefined
    return typeof v?.startDate === 'string' && typeof v?.endDate === 'string'
  },
}

export const ZProject = z
  .object({
    acronym: required(40),
    title: ZLocalizedText({ required: 'any', max: 300 }),
    summary: ZLocalizedText({ max: 4000 }),
    programme: required(80),
    action: text(80).default(''),
    referenceNumber: optional(text(80)).transform((v) => v ?? null),
    grantNumber: optional(text(40)).transform((v) => v ?? null),
    startDate: ZOptionalDate,
    endDate: ZOptionalDate,
    status: z.enum(PROJECT_STATUSES, 'common:validation.choice'),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, 'projects:errors.currency'),
    totalBudget: ZOptionalAmount,
    isPublic: ZCheckbox,
    website: ZUrl,
  })
  .refine(datesInOrder, ORDER)
export type ProjectInput = z.infer<typeof ZProject>

export const ZNewProject = ZProject.and(
  z.object({ template: z.preprocess(emptyToUndefined, z.enum(TEMPLATES).optional()) }),
)
export type NewProjectInput = z.infer<typeof ZNewProject>

/** The project form's values as the schemas expect them (multilingual fields nested). */
export function formToProject(form: FormValues) {
  return {
    ...form,
    title: readLocalizedText(form, 'title'),
    summary: readLocalizedText(form, 'summary'),
  }
}

export const ZListProjects = z.object({
  q: z.preprocess(emptyToUndefined, z.string().trim().max(100).optional()).catch(undefined),
  status: z.enum(PROJECT_STATUSES).optional().catch(undefined),
  programme: z.preprocess(emptyToUndefined, z.string().max(80).optional()).catch(undefined),
  role: z.enum(PARTNER_ROLES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
})
export type ListProjectsQuery = z.infer<typeof ZListProjects>

export const ZPartner = z.object({
  organisationId: ZId,
  role: z.enum(['partner', 'associated'], 'common:validation.choice'),
  budgetShare: ZOptionalAmount,
})
export type PartnerInput = z.infer<typeof ZPartner>

export const ZPartnerUpdate = ZPartner.omit({ organisationId: true })

export const ZInviteContact = z.object({
  organisationId: ZId,
  email: ZEmail,
  displayName: text(120).default(''),
  role: z.enum(['partner_contact', 'coordinator'], 'common:validation.choice'),
})
export type InviteContactInput = z.infer<typeof ZInviteContact>

export const ZWorkPackage = z
  .object({
    code: required(20),
    title: ZLocalizedText({ required: 'any', max: 300 }),
    description: ZLocalizedText({ max: 4000 }),
    leadOrganisationId: ZOptionalId,
    startDate: ZOptionalDate,
    endDate: ZOptionalDate,
    isLumpSum: ZCheckbox,
    lumpSumAmount: ZOptionalAmount,
    completionPercent: z.preprocess(
      (v) => emptyToUndefined(v) ?? 0,
      z.coerce
        .number('projects:errors.percent')
        .int('projects:errors.percent')
        .min(0, 'projects:errors.percent')
        .max(100, 'projects:errors.percent'),
    ),
  })
  .refine(datesInOrder, ORDER)
export type WorkPackageInput = z.infer<typeof ZWorkPackage>

export function formToWorkPackage(form: FormValues) {
  return {
    ...form,
    title: readLocalizedText(form, 'title'),
    description: readLocalizedText(form, 'description'),
  }
}

export const ZTask = z.object({
  title: required(200),
  description: text(4000).default(''),
  workPackageId: ZOptionalId,
  ownerOrganisationId: ZId,
  dueDate: ZOptionalDate,
  status: z.enum(TASK_STATUSES, 'common:validation.choice').default('todo'),
})
export type TaskInput = z.infer<typeof ZTask>

export const ZTaskStatus = z.object({ status: z.enum(TASK_STATUSES, 'common:validation.choice') })

export const ZMilestone = z.object({
  code: required(20),
  title: ZLocalizedText({ required: 'any', max: 300 }),
  workPackageId: ZOptionalId,
  dueDate: ZRequiredDate,
  meansOfVerification: text(1000).default(''),
  status: z.enum(MILESTONE_STATUSES, 'common:validation.choice').default('planned'),
})
export type MilestoneInput = z.infer<typeof ZMilestone>

export const ZDeliverable = z.object({
  code: required(20),
  title: ZLocalizedText({ required: 'any', max: 300 }),
  workPackageId: ZOptionalId,
  type: z.enum(DELIVERABLE_TYPES, 'common:validation.choice'),
  disseminationLevel: z.enum(DISSEMINATION_LEVELS, 'common:validation.choice'),
  dueDate: ZRequiredDate,
  leadOrganisationId: ZOptionalId,
  isPublic: ZCheckbox,
  resultUrl: ZUrl,
})
export type DeliverableInput = z.infer<typeof ZDeliverable>

export function formWithTitle(form: FormValues) {
  return { ...form, title: readLocalizedText(form, 'title') }
}

export const ZDraft = z.object({ draftNote: required(4000) })

export const ZReview = z
  .object({
    verdict: z.enum(REVIEW_VERDICTS, 'common:validation.choice'),
    comment: text(4000).default(''),
  })
  .refine((v) => v.verdict === 'approve' || v.comment !== '', {
    message: 'projects:errors.commentNeeded',
    path: ['comment'],
  })
export type ReviewInput = z.infer<typeof ZReview>

export const ZMeeting = z.object({
  title: required(200),
  startsAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'projects:errors.dateTime'),
  location: text(200).default(''),
  onlineUrl: ZUrl,
  agenda: text(10_000).default(''),
  minutes: text(20_000).default(''),
})
export type MeetingInput = z.infer<typeof ZMeeting>

export const ZAttendee = z.object({
  organisationId: ZId,
  name: required(120),
  attended: ZCheckbox,
})
export type AttendeeInput = z.infer<typeof ZAttendee>

export const ZDecision = z
  .object({
    text: required(2000),
    makeTask: ZCheckbox,
    ownerOrganisationId: ZOptionalId,
    dueDate: ZOptionalDate,
    workPackageId: ZOptionalId,
  })
  .refine((v) => !v.makeTask || v.ownerOrganisationId, {
    message: 'projects:errors.ownerNeeded',
    path: ['ownerOrganisationId'],
  })
export type DecisionInput = z.infer<typeof ZDecision>

const ZScore = z.preprocess(
  (v) => emptyToUndefined(v) ?? '',
  z.coerce
    .number('projects:errors.score')
    .int('projects:errors.score')
    .min(1, 'projects:errors.score')
    .max(5, 'projects:errors.score'),
)

export const ZRisk = z.object({
  description: required(2000),
  likelihood: ZScore,
  impact: ZScore,
  mitigation: text(4000).default(''),
  ownerOrganisationId: ZOptionalId,
  workPackageId: ZOptionalId,
  status: z.enum(RISK_STATUSES, 'common:validation.choice').default('open'),
})
export type RiskInput = z.infer<typeof ZRisk>
