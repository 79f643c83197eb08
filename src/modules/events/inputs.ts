import { z } from 'zod'
import { zonedToInstant } from '#src/lib/dates.ts'
import { type FormValues, issuesToFieldErrors } from '#src/lib/forms.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { emptyToUndefined } from '#src/lib/validation.ts'
import { readLocalizedText, ZLocalizedText } from '#src/ui/multilingual-field.tsx'
import { EVENT_TYPES, type EventQuestion, QUESTION_KINDS } from './schema.ts'
import { isTimeZone } from './time.ts'

/** How many custom questions the event form offers ("a small list"). */
export const QUESTION_SLOTS = 3

const str = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) ? str(v.at(-1)) : ''

const ZOptionalText = (max: number) =>
  z.preprocess(emptyToUndefined, z.string().trim().max(max, 'common:validation.tooLong').optional())

const ZUrl = z.preprocess(
  emptyToUndefined,
  z
    .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'common:validation.url' })
    .max(500, 'common:validation.tooLong')
    .optional(),
)

const ZQuestion = z
  .object({
    kind: z.enum(QUESTION_KINDS, 'common:validation.choice'),
    label: ZLocalizedText({ required: 'any', max: 300 }),
    required: z.boolean(),
    options: z.array(ZLocalizedText({ max: 200 })).max(20, 'events:errors.tooManyOptions'),
  })
  .superRefine((q, ctx) => {
    if (q.kind === 'choice' && q.options.length < 2) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'events:errors.twoOptions' })
    }
  })

/** The event form as submitted: wall-clock times are read in the chosen zone afterwards. */
const ZEventFields = z.object({
  type: z.enum(EVENT_TYPES, 'common:validation.choice'),
  title: ZLocalizedText({ required: 'any', max: 200 }),
  description: ZLocalizedText({ max: 5000 }),
  timeZone: z.string().refine(isTimeZone, 'events:errors.timeZone'),
  startsAt: z.string().trim().min(1, 'common:validation.required'),
  endsAt: z.string().trim().min(1, 'common:validation.required'),
  registrationOpensAt: z.string().trim(),
  registrationClosesAt: z.string().trim(),
  venueName: ZOptionalText(200),
  venueAddress: ZOptionalText(300),
  onlineUrl: ZUrl,
  capacity: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number('events:errors.capacity')
      .int('events:errors.capacity')
      .min(1, 'events:errors.capacity')
      .max(100_000, 'events:errors.capacity')
      .optional(),
  ),
  needsApproval: z.boolean(),
  projectId: z.preprocess(emptyToUndefined, z.uuid('common:validation.choice').optional()),
  workPackageId: z.preprocess(emptyToUndefined, z.uuid('common:validation.choice').optional()),
  slug: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .toLowerCase()
      .max(80, 'common:validation.tooLong')
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'events:errors.slug')
      .optional(),
  ),
  questions: z.array(ZQuestion.nullable()).max(QUESTION_SLOTS),
})

type TimeFields = Pick<
  z.input<typeof ZEventFields>,
  | 'timeZone'
  | 'startsAt'
  | 'endsAt'
  | 'registrationOpensAt'
  | 'registrationClosesAt'
  | 'venueName'
  | 'onlineUrl'
>

/** The event's times read in its zone, and what is wrong with them (field → message key). */
export function readEventTimes(v: TimeFields) {
  const errors: Record<string, string> = {}
  const at = (field: 'startsAt' | 'endsAt' | 'registrationOpensAt' | 'registrationClosesAt') => {
    const local = typeof v[field] === 'string' ? v[field].trim() : ''
    if (local === '') return null
    const date = isTimeZone(String(v.timeZone)) ? zonedToInstant(local, String(v.timeZone)) : null
    if (!date) errors[field] = 'events:errors.dateTime'
    return date
  }
  const startsAt = at('startsAt')
  const endsAt = at('endsAt')
  const opensAt = at('registrationOpensAt')
  const closesAt = at('registrationClosesAt')
  if (startsAt && endsAt && endsAt <= startsAt) errors.endsAt = 'events:errors.endsBeforeStart'
  if (opensAt && closesAt && closesAt <= opensAt) {
    errors.registrationClosesAt = 'events:errors.closesBeforeOpens'
  } else if (closesAt && endsAt && closesAt > endsAt) {
    errors.registrationClosesAt = 'events:errors.closesAfterEnd'
  }
  if (!String(v.venueName ?? '').trim() && !String(v.onlineUrl ?? '').trim()) {
    errors.venueName = 'events:errors.whereNeeded'
  }
  return { startsAt, endsAt, opensAt, closesAt, errors }
}

/** An event's details, validated, with times as instants. */
export const ZEvent = ZEventFields.transform((v, ctx) => {
  const times = readEventTimes(v)
  for (const [field, message] of Object.entries(times.errors)) {
    ctx.addIssue({ code: 'custom', path: [field], message })
  }
  const { questions, capacity, ...rest } = v
  return {
    ...rest,
    startsAt: times.startsAt ?? new Date(0),
    endsAt: times.endsAt ?? new Date(0),
    registrationOpensAt: times.opensAt,
    registrationClosesAt: times.closesAt,
    capacity: capacity ?? null,
    questions: questions.flatMap((q, i): EventQuestion[] =>
      q ? [{ ...q, id: `q${i + 1}`, options: q.kind === 'choice' ? q.options : [] }] : [],
    ),
  }
})

/**
 * Validates the event form in one pass: field errors and time errors together, even when some
 * field stops zod before the times are read.
 */
export function validateEvent(raw: ReturnType<typeof formToEventInput>) {
  const parsed = ZEvent.safeParse(raw)
  if (parsed.success) return { ok: true as const, data: parsed.data }
  const errors = { ...readEventTimes(raw).errors, ...issuesToFieldErrors(parsed.error.issues) }
  return { ok: false as const, errors: questionFieldErrors(errors) }
}
export type EventInput = z.output<typeof ZEvent>

/** Options of a choice question: one per line, lines of each language matched by position. */
function readOptions(form: FormValues, name: string): LocalizedText[] {
  const byLang = readLocalizedText(form, name)
  const lines = Object.fromEntries(
    Object.entries(byLang).map(([lang, text]) => [
      lang,
      (text ?? '')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    ]),
  )
  const count = Math.max(0, ...Object.values(lines).map((l) => l.length))
  return Array.from({ length: count }, (_, i) =>
    Object.fromEntries(Object.entries(lines).flatMap(([lang, l]) => (l[i] ? [[lang, l[i]]] : []))),
  )
}

/** Turns the submitted form (`title.sq`, `q0Kind`…) into the shape `ZEvent` reads. */
export function formToEventInput(form: FormValues) {
  return {
    type: str(form.type),
    title: readLocalizedText(form, 'title'),
    description: readLocalizedText(form, 'description'),
    timeZone: str(form.timeZone),
    startsAt: str(form.startsAt),
    endsAt: str(form.endsAt),
    registrationOpensAt: str(form.registrationOpensAt),
    registrationClosesAt: str(form.registrationClosesAt),
    venueName: str(form.venueName),
    venueAddress: str(form.venueAddress),
    onlineUrl: str(form.onlineUrl),
    capacity: str(form.capacity),
    needsApproval: str(form.needsApproval) === 'on',
    projectId: str(form.projectId),
    workPackageId: str(form.workPackageId),
    slug: str(form.slug),
    questions: Array.from({ length: QUESTION_SLOTS }, (_, i) => {
      const kind = str(form[`q${i}Kind`])
      if (!kind) return null
      return {
        kind,
        label: readLocalizedText(form, `q${i}Label`),
        required: str(form[`q${i}Required`]) === 'on',
        options: readOptions(form, `q${i}Options`),
      }
    }),
  }
}

/** Maps error paths of `questions.0.label` to the form's field names (`q0Label`). */
export function questionFieldErrors(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [path, key] of Object.entries(errors)) {
    const m = /^questions\.(\d+)\.(\w+)(.*)$/.exec(path)
    if (!m) {
      out[path] = key
      continue
    }
    const field = `q${m[1]}${m[2]!.charAt(0).toUpperCase()}${m[2]!.slice(1)}`
    out[`${field}${m[3] ?? ''}`] = key
  }
  return out
}

const ZRating = z.coerce
  .number('events:errors.rating')
  .int('events:errors.rating')
  .min(1, 'events:errors.rating')
  .max(5, 'events:errors.rating')

export const FEEDBACK_QUESTIONS = ['overall', 'content', 'organisation', 'usefulness'] as const
export type FeedbackQuestion = (typeof FEEDBACK_QUESTIONS)[number]

export const ZFeedback = z.object({
  overall: z.preprocess(emptyToUndefined, ZRating),
  content: z.preprocess(emptyToUndefined, ZRating),
  organisation: z.preprocess(emptyToUndefined, ZRating),
  usefulness: z.preprocess(emptyToUndefined, ZRating),
  comment: ZOptionalText(2000),
})
export type FeedbackInput = z.output<typeof ZFeedback>

/** A check-in from the desk: a registration picked by name, or a ticket code typed or scanned. */
export const ZCheckIn = z
  .object({
    registrationId: z.preprocess(
      emptyToUndefined,
      z.uuid('events:errors.ticketUnknown').optional(),
    ),
    code: z.preprocess(emptyToUndefined, z.string().trim().max(300).optional()),
  })
  .refine((v) => v.registrationId || v.code, {
    path: ['code'],
    message: 'common:validation.required',
  })
export type CheckInInput = z.output<typeof ZCheckIn>

/** Check-ins a phone queued while offline, sent in one go when it is back. */
export const ZCheckInBatch = z.object({
  items: z
    .array(
      z.object({
        registrationId: z.uuid().optional(),
        code: z.string().trim().max(300).optional(),
        at: z.iso.datetime().optional(),
      }),
    )
    .min(1)
    .max(500),
})
