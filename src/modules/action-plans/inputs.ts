import { z } from 'zod'
import { isCivilDate } from '#src/lib/dates.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { LOCALES } from '#src/lib/i18n.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { emptyToUndefined } from '#src/lib/validation.ts'
import { readLocalizedText, ZLocalizedText } from '#src/ui/multilingual-field.tsx'
import { parseAmount } from '../projects/index.ts'
import { ACTION_STATUSES, PLAN_STATUSES } from './schema.ts'

/** Objective titles are written in Ura's reader languages. */
export const TEXT_LANGUAGES = LOCALES

const text = (max: number) => z.string().trim().max(max, 'common:validation.tooLong')
const required = (max: number) => text(max).min(1, 'common:validation.required')
const ZDate = z.string().trim().refine(isCivilDate, 'plans:errors.date')
const ZOptionalId = z.preprocess(
  (v) => (v === null ? undefined : emptyToUndefined(v)),
  z.uuid('common:validation.choice').nullable().default(null),
)

const ZAmount = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v === null ? undefined : emptyToUndefined(v)),
  z
    .string()
    .transform((v, ctx) => {
      const parsed = parseAmount(v)
      if (parsed === null || parsed.startsWith('-')) {
        ctx.addIssue({ code: 'custom', message: 'plans:errors.amount' })
        return z.NEVER
      }
      return parsed
    })
    .nullable()
    .default(null),
)

export const ZPlan = z
  .object({
    title: required(200),
    startsOn: ZDate,
    endsOn: ZDate,
    roundId: ZOptionalId,
  })
  .refine((p) => p.endsOn >= p.startsOn, {
    path: ['endsOn'],
    message: 'plans:errors.endBeforeStart',
  })
export type PlanInput = z.infer<typeof ZPlan>
export type PlanFormValues = { title: string; startsOn: string; endsOn: string; roundId: string }

export const ZPlanStatus = z.object({ status: z.enum(PLAN_STATUSES, 'common:validation.choice') })

export const ZObjective = z.object({
  title: ZLocalizedText({ required: 'any', max: 300 }).transform((v) =>
    Object.fromEntries(
      Object.entries(v).filter(([lang]) => (TEXT_LANGUAGES as readonly string[]).includes(lang)),
    ),
  ),
})
export type ObjectiveInput = z.infer<typeof ZObjective>

export const ZAction = z.object({
  objectiveId: z.uuid('plans:errors.objective'),
  title: required(300),
  ownerId: ZOptionalId,
  deadline: ZDate,
  resources: text(2000).default(''),
  costEur: ZAmount,
  indicator: text(500).default(''),
  target: text(500).default(''),
  evidence: text(1000).default(''),
  status: z.enum(ACTION_STATUSES, 'common:validation.choice').default('planned'),
  progressNote: text(2000).default(''),
  roundId: ZOptionalId,
  questionKey: z.preprocess(emptyToUndefined, text(60).nullable().default(null)),
  courseId: ZOptionalId,
  taskId: ZOptionalId,
})
export type ActionInput = z.infer<typeof ZAction>

export type ActionFormValues = Record<
  | 'planId'
  | 'objectiveId'
  | 'title'
  | 'ownerId'
  | 'deadline'
  | 'resources'
  | 'costEur'
  | 'indicator'
  | 'target'
  | 'evidence'
  | 'status'
  | 'progressNote'
  | 'roundId'
  | 'questionKey'
  | 'courseId'
  | 'taskId',
  string
>

export const EMPTY_ACTION: ActionFormValues = {
  planId: '',
  objectiveId: '',
  title: '',
  ownerId: '',
  deadline: '',
  resources: '',
  costEur: '',
  indicator: '',
  target: '',
  evidence: '',
  status: 'planned',
  progressNote: '',
  roundId: '',
  questionKey: '',
  courseId: '',
  taskId: '',
}

export const ZActionProgress = z.object({
  status: z.enum(ACTION_STATUSES, 'common:validation.choice'),
  progressNote: text(2000).default(''),
})
export type ActionProgressInput = z.infer<typeof ZActionProgress>

const str = (v: unknown) => (typeof v === 'string' ? v : '')

export function formToPlan(form: FormValues): PlanFormValues {
  return {
    title: str(form.title),
    startsOn: str(form.startsOn),
    endsOn: str(form.endsOn),
    roundId: str(form.roundId),
  }
}

export function formToObjective(form: FormValues): { title: LocalizedText } {
  return { title: readLocalizedText(form, 'title') }
}

/** The action form as typed; `objectiveId` may carry "planId:objectiveId" from the chooser. */
export function formToAction(form: FormValues): ActionFormValues {
  const out = { ...EMPTY_ACTION }
  for (const key of Object.keys(EMPTY_ACTION) as (keyof ActionFormValues)[]) {
    out[key] = str(form[key]) || EMPTY_ACTION[key]
  }
  return out
}
