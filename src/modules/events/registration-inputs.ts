import { z } from 'zod'
import { ageOn, dateIn } from '#src/lib/dates.ts'
import { type FormValues, issuesToFieldErrors } from '#src/lib/forms.ts'
import { LOCALES } from '#src/lib/i18n.ts'
import { emptyToUndefined, ZEmail } from '#src/lib/validation.ts'
import type { EventQuestion } from './schema.ts'

const str = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) ? str(v.at(-1)) : ''

const ZOptionalText = (max: number) =>
  z.preprocess(emptyToUndefined, z.string().trim().max(max, 'common:validation.tooLong').optional())

type RegistrationRules = { questions: EventQuestion[]; startsAt: Date; timeZone: string }

const ZDateOfBirth = z.preprocess(
  emptyToUndefined,
  z.iso.date('events:errors.dateOfBirth').optional(),
)

type RuleValues = {
  email?: string | undefined
  dateOfBirth?: string | undefined
  guardianName?: string | undefined
  guardianEmail?: string | undefined
  answers: Record<string, string>
}

/** The rules that depend on the event: a guardian for minors on the day, the event's questions. */
export function registrationRuleErrors(v: RuleValues, event: RegistrationRules) {
  const errors: Record<string, string> = {}
  const dob = v.dateOfBirth?.trim() ?? ''
  if (/^\d{4}-\d{2}-\d{2}$/.test(dob)) {
    const age = ageOn(dob, dateIn(event.startsAt, event.timeZone))
    if (age < 5 || age > 120) errors.dateOfBirth = 'events:errors.dateOfBirth'
    else if (age < 18) {
      const guardianEmail = v.guardianEmail?.trim().toLowerCase() ?? ''
      if (!v.guardianName?.trim()) errors.guardianName = 'events:errors.guardianNeeded'
      if (!guardianEmail) errors.guardianEmail = 'events:errors.guardianNeeded'
      else if (guardianEmail === v.email?.trim().toLowerCase()) {
        errors.guardianEmail = 'events:errors.guardianSameEmail'
      }
    }
  }
  for (const q of event.questions) {
    const answer = (v.answers[q.id] ?? '').trim()
    const field = `a-${q.id}`
    if (q.required && answer === '') errors[field] = 'common:validation.required'
    else if (q.kind === 'yes_no' && answer !== '' && answer !== 'yes' && answer !== 'no') {
      errors[field] = 'common:validation.choice'
    } else if (q.kind === 'choice' && answer !== '' && !(Number(answer) in q.options)) {
      errors[field] = 'common:validation.choice'
    }
  }
  return errors
}

/** Validates a registration in one pass: field errors and the event's own rules together. */
export function validateRegistration(
  event: RegistrationRules,
  raw: ReturnType<typeof formToRegistration>,
) {
  const parsed = registrationSchema(event).safeParse(raw)
  if (parsed.success) return { ok: true as const, data: parsed.data }
  return {
    ok: false as const,
    errors: { ...registrationRuleErrors(raw, event), ...issuesToFieldErrors(parsed.error.issues) },
  }
}

/**
 * The public registration form for one event: its own questions, and a guardian's name and
 * e-mail for anyone under 18 on the day the event starts (in the event's zone).
 */
export function registrationSchema(event: RegistrationRules) {
  const eventDay = dateIn(event.startsAt, event.timeZone)
  return z
    .object({
      name: z.string().trim().min(1, 'common:validation.required').max(120),
      email: ZEmail,
      locale: z.enum(LOCALES).catch('en'),
      dateOfBirth: ZDateOfBirth,
      guardianName: ZOptionalText(120),
      guardianEmail: z.preprocess(emptyToUndefined, ZEmail.optional()),
      consent: z.literal('on', 'events:errors.consent'),
      answers: z.record(z.string(), z.string().max(2000, 'common:validation.tooLong')),
    })
    .superRefine((v, ctx) => {
      for (const [field, message] of Object.entries(registrationRuleErrors(v, event))) {
        ctx.addIssue({ code: 'custom', path: [field], message })
      }
    })
    .transform((v) => {
      const minor = v.dateOfBirth ? ageOn(v.dateOfBirth, eventDay) < 18 : false
      const answers: Record<string, string> = {}
      for (const q of event.questions) {
        const a = (v.answers[q.id] ?? '').trim()
        if (a) answers[q.id] = a
      }
      return {
        ...v,
        answers,
        isMinor: minor,
        guardianName: minor ? (v.guardianName ?? null) : null,
        guardianEmail: minor ? (v.guardianEmail ?? null) : null,
        dateOfBirth: v.dateOfBirth ?? null,
      }
    })
}
export type RegistrationInput = z.output<ReturnType<typeof registrationSchema>>

/** The registration form's fields, with answers gathered from `a-<questionId>` inputs. */
export function formToRegistration(form: FormValues, questions: EventQuestion[]) {
  return {
    name: str(form.name),
    email: str(form.email),
    locale: str(form.locale),
    dateOfBirth: str(form.dateOfBirth),
    guardianName: str(form.guardianName),
    guardianEmail: str(form.guardianEmail),
    consent: str(form.consent),
    answers: Object.fromEntries(questions.map((q) => [q.id, str(form[`a-${q.id}`])])),
  }
}

/** Someone staff register at the desk or by phone: a name is enough. */
export const ZStaffRegistration = z.object({
  name: z.string().trim().min(1, 'common:validation.required').max(120),
  email: z.preprocess(emptyToUndefined, ZEmail.optional()),
  locale: z.enum(LOCALES, 'common:validation.choice'),
})
export type StaffRegistrationInput = z.output<typeof ZStaffRegistration>
