import { z } from 'zod'
import { isCountryCode } from '#src/lib/countries.ts'
import { isCivilDate } from '#src/lib/dates.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { LOCALES } from '#src/lib/i18n.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { emptyToUndefined } from '#src/lib/validation.ts'
import { readLocalizedText, ZLocalizedText } from '#src/ui/multilingual-field.tsx'
import { parseAmount } from '../projects/index.ts'
import { isIscedBroadField } from './reference.ts'
import { COURSE_MODES, COURSE_TOPICS, type CourseMode, INSTRUCTION_LANGUAGES } from './schema.ts'

/** Titles and descriptions are written in Ura's reader languages. */
export const TEXT_LANGUAGES = LOCALES

const text = (max: number) => z.string().trim().max(max, 'common:validation.tooLong')
const optionalText = (max: number) => z.preprocess((v) => v ?? '', text(max))
const ZDate = z.string().trim().refine(isCivilDate, 'catalogue:errors.date')
const ZOptionalDate = z.preprocess(
  (v) => (v === null ? undefined : emptyToUndefined(v)),
  ZDate.nullable().default(null),
)
const ZCountry = z.string().trim().toUpperCase().refine(isCountryCode, 'common:validation.country')
const ZOptionalCountry = z.preprocess(
  (v) => (v === null ? undefined : emptyToUndefined(v)),
  ZCountry.nullable().default(null),
)
const ZOptionalId = z.preprocess(
  (v) => (v === null ? undefined : emptyToUndefined(v)),
  z.uuid('common:validation.choice').nullable().default(null),
)
const optionalInt = (min: number, max: number, message: string) =>
  z.preprocess(
    (v) => (v === null ? undefined : typeof v === 'string' ? emptyToUndefined(v.trim()) : v),
    z.coerce
      .number(message)
      .int(message)
      .min(min, message)
      .max(max, message)
      .nullable()
      .default(null),
  )
const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(z.enum(values, 'common:validation.choice'))
      .min(1, 'common:validation.required')
      .transform((a) => [...new Set(a)]),
  )
const flag = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean())

const ZFee = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v === null ? undefined : emptyToUndefined(v)),
  z
    .string()
    .transform((v, ctx) => {
      const parsed = parseAmount(v)
      if (parsed === null || parsed.startsWith('-')) {
        ctx.addIssue({ code: 'custom', message: 'catalogue:errors.fee' })
        return z.NEVER
      }
      return parsed
    })
    .nullable()
    .default(null),
)

function isHttps(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:'
  } catch {
    return false
  }
}

const ZUrl = z.preprocess(
  (v) => (v === null ? undefined : emptyToUndefined(v)),
  z
    .string()
    .trim()
    .max(500, 'common:validation.tooLong')
    .refine(isHttps, 'catalogue:errors.https')
    .nullable()
    .default(null),
)

const onlyReaderLanguages = (v: LocalizedText) =>
  Object.fromEntries(
    Object.entries(v).filter(([lang]) => (TEXT_LANGUAGES as readonly string[]).includes(lang)),
  ) as LocalizedText

/** An entry as submitted by a school, from the form or the API (ADR 021). */
export const ZEntry = z
  .object({
    providerOrgId: ZOptionalId,
    providerName: optionalText(200),
    providerCountry: ZOptionalCountry,
    title: ZLocalizedText({ required: 'any', max: 300 }).transform(onlyReaderLanguages),
    description: z
      .preprocess((v) => v ?? {}, ZLocalizedText({ max: 5000 }))
      .transform(onlyReaderLanguages),
    topics: list(COURSE_TOPICS),
    iscedField: z
      .string('catalogue:errors.isced')
      .trim()
      .refine(isIscedBroadField, 'catalogue:errors.isced'),
    eqfLevel: optionalInt(1, 8, 'catalogue:errors.eqf'),
    languages: list(INSTRUCTION_LANGUAGES),
    selfPaced: flag,
    startsOn: ZOptionalDate,
    endsOn: ZOptionalDate,
    feeEur: ZFee,
    mode: z.enum(COURSE_MODES, 'common:validation.choice'),
    city: optionalText(120),
    country: ZOptionalCountry,
    capacity: optionalInt(1, 100_000, 'catalogue:errors.capacity'),
    url: ZUrl,
    courseId: ZOptionalId,
  })
  .superRefine((e, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message })
    if (!e.providerOrgId) {
      if (!e.providerName) issue('providerName', 'catalogue:errors.providerName')
      if (!e.providerCountry) issue('providerCountry', 'common:validation.required')
    }
    if (!e.selfPaced) {
      if (!e.startsOn) issue('startsOn', 'catalogue:errors.datesOrSelfPaced')
      if (!e.endsOn) issue('endsOn', 'catalogue:errors.datesOrSelfPaced')
      if (e.startsOn && e.endsOn && e.endsOn < e.startsOn)
        issue('endsOn', 'catalogue:errors.endBeforeStart')
    }
    if (e.mode !== 'online') {
      if (!e.city) issue('city', 'catalogue:errors.placeNeeded')
      if (!e.country) issue('country', 'catalogue:errors.placeNeeded')
    }
  })
  .transform((e) => (e.selfPaced ? { ...e, startsOn: null, endsOn: null } : e))
export type EntryInput = z.infer<typeof ZEntry>

/** What the entry form shows: what was typed, as typed. */
export type EntryFormValues = {
  providerOrgId: string
  providerName: string
  providerCountry: string
  title: LocalizedText
  description: LocalizedText
  topics: string[]
  iscedField: string
  eqfLevel: string
  languages: string[]
  selfPaced: boolean
  startsOn: string
  endsOn: string
  feeEur: string
  mode: CourseMode | ''
  city: string
  country: string
  capacity: string
  url: string
  courseId: string
}

export const EMPTY_ENTRY: EntryFormValues = {
  providerOrgId: '',
  providerName: '',
  providerCountry: '',
  title: {},
  description: {},
  topics: [],
  iscedField: '',
  eqfLevel: '',
  languages: [],
  selfPaced: false,
  startsOn: '',
  endsOn: '',
  feeEur: '',
  mode: '',
  city: '',
  country: '',
  capacity: '',
  url: '',
  courseId: '',
}

const str = (v: unknown): string =>
  typeof v === 'string'
    ? v
    : Array.isArray(v)
      ? str(v.filter((x) => typeof x === 'string').at(-1))
      : ''
const strs = (v: unknown) =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is string => typeof x === 'string',
  )

export function formToEntry(form: FormValues): EntryFormValues {
  const mode = str(form.mode)
  return {
    providerOrgId: str(form.providerOrgId),
    providerName: str(form.providerName),
    providerCountry: str(form.providerCountry),
    title: readLocalizedText(form, 'title'),
    description: readLocalizedText(form, 'description'),
    topics: strs(form.topics),
    iscedField: str(form.iscedField),
    eqfLevel: str(form.eqfLevel),
    languages: strs(form.languages),
    selfPaced: str(form.selfPaced) === 'on',
    startsOn: str(form.startsOn),
    endsOn: str(form.endsOn),
    feeEur: str(form.feeEur),
    mode: (COURSE_MODES as readonly string[]).includes(mode) ? (mode as CourseMode) : '',
    city: str(form.city),
    country: str(form.country),
    capacity: str(form.capacity),
    url: str(form.url),
    courseId: str(form.courseId),
  }
}

export const ZRejection = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'catalogue:errors.reasonRequired')
    .max(1000, 'common:validation.tooLong'),
})

export const ZReview = z.object({
  rating: z.coerce
    .number('catalogue:errors.rating')
    .int('catalogue:errors.rating')
    .min(1, 'catalogue:errors.rating')
    .max(5, 'catalogue:errors.rating'),
  text: z.preprocess((v) => v ?? '', text(2000)),
})
export type ReviewInput = z.infer<typeof ZReview>

/** The public list's filters, from the URL; anything unknown is dropped, not an error. */
export type PublicFilters = {
  topic: string
  isced: string
  eqf: string
  language: string
  mode: string
  country: string
  q: string
}

const pick = (value: string | undefined, allowed: readonly string[]) =>
  value && allowed.includes(value) ? value : ''

export function readFilters(query: (name: string) => string | undefined): PublicFilters {
  const country = (query('country') ?? '').trim().toUpperCase()
  const eqf = (query('eqf') ?? '').trim()
  const isced = (query('isced') ?? '').trim()
  return {
    topic: pick(query('topic'), COURSE_TOPICS),
    isced: isIscedBroadField(isced) ? isced : '',
    eqf: /^[1-8]$/.test(eqf) ? eqf : '',
    language: pick(query('language'), INSTRUCTION_LANGUAGES),
    mode: pick(query('mode'), COURSE_MODES),
    country: isCountryCode(country) ? country : '',
    q: (query('q') ?? '').trim().slice(0, 100),
  }
}
