import { wallClockIn } from '#src/lib/dates.ts'
import type { FormValues } from '#src/lib/forms.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { readLocalizedText } from '#src/ui/multilingual-field.tsx'
import { QUESTION_SLOTS } from '../inputs.ts'
import { type EventRow, str } from './shared.tsx'

export type QuestionValues = {
  kind: string
  label: LocalizedText
  required: boolean
  options: LocalizedText
}

/** What the event form shows: as typed, or as stored (times in the event's zone). */
export type EventFormValues = {
  type: string
  title: LocalizedText
  description: LocalizedText
  timeZone: string
  startsAt: string
  endsAt: string
  registrationOpensAt: string
  registrationClosesAt: string
  venueName: string
  venueAddress: string
  onlineUrl: string
  capacity: string
  needsApproval: boolean
  projectId: string
  workPackageId: string
  slug: string
  questions: QuestionValues[]
}

const emptyQuestion = (): QuestionValues => ({ kind: '', label: {}, required: false, options: {} })

export function newEventValues(timeZone: string): EventFormValues {
  return {
    type: 'info_day',
    title: {},
    description: {},
    timeZone,
    startsAt: '',
    endsAt: '',
    registrationOpensAt: '',
    registrationClosesAt: '',
    venueName: '',
    venueAddress: '',
    onlineUrl: '',
    capacity: '',
    needsApproval: false,
    projectId: '',
    workPackageId: '',
    slug: '',
    questions: Array.from({ length: QUESTION_SLOTS }, emptyQuestion),
  }
}

export function valuesFromEvent(e: EventRow): EventFormValues {
  const local = (d: Date | null) => (d ? wallClockIn(d, e.timeZone) : '')
  const questions = Array.from({ length: QUESTION_SLOTS }, (_, i) => {
    const q = e.questions[i]
    if (!q) return emptyQuestion()
    const options: LocalizedText = {}
    for (const lang of new Set(q.options.flatMap((o) => Object.keys(o)))) {
      options[lang] = q.options.map((o) => o[lang] ?? '').join('\n')
    }
    return { kind: q.kind, label: q.label, required: q.required, options }
  })
  return {
    type: e.type,
    title: e.title,
    description: e.description,
    timeZone: e.timeZone,
    startsAt: local(e.startsAt),
    endsAt: local(e.endsAt),
    registrationOpensAt: local(e.registrationOpensAt),
    registrationClosesAt: local(e.registrationClosesAt),
    venueName: e.venueName ?? '',
    venueAddress: e.venueAddress ?? '',
    onlineUrl: e.onlineUrl ?? '',
    capacity: e.capacity === null ? '' : String(e.capacity),
    needsApproval: e.needsApproval,
    projectId: e.projectId ?? '',
    workPackageId: e.workPackageId ?? '',
    slug: e.slug,
    questions,
  }
}

export function valuesFromForm(form: FormValues): EventFormValues {
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
    questions: Array.from({ length: QUESTION_SLOTS }, (_, i) => ({
      kind: str(form[`q${i}Kind`]),
      label: readLocalizedText(form, `q${i}Label`),
      required: str(form[`q${i}Required`]) === 'on',
      options: readLocalizedText(form, `q${i}Options`),
    })),
  }
}
