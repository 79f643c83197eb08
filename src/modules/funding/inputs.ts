import { z } from 'zod'
import { isCountryCode } from '#src/lib/countries.ts'
import { isCivilDate, zonedToInstant } from '#src/lib/dates.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { LOCALES } from '#src/lib/i18n.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { emptyToUndefined } from '#src/lib/validation.ts'
import { readLocalizedText, ZLocalizedText } from '#src/ui/multilingual-field.tsx'
import { parseAmount } from '../projects/index.ts'
import {
  CONFIDENCE,
  COUNTRY_GROUPS,
  FUNDING_ORG_TYPES,
  FUNDING_ROLES,
  PROGRAMMES,
  STAGES,
} from './schema.ts'

/** Texts of the register are written in Ura's reader languages. */
export const TEXT_LANGUAGES = LOCALES

/** Languages an application may be written in, offered on the form. */
export const APPLICATION_LANGUAGES = ['en', 'fr', 'de', 'it', 'el', 'sq', 'sr-Latn', 'mk'] as const

/** The zones the form offers for a deadline; the API takes any IANA zone. */
export const DEADLINE_ZONES = [
  'Europe/Brussels',
  'Europe/Tirane',
  'Europe/Belgrade',
  'Europe/Skopje',
  'Europe/Podgorica',
  'Europe/Sarajevo',
  'Europe/Rome',
  'Europe/Athens',
  'Europe/Berlin',
  'UTC',
] as const

export const MAX_DEADLINES = 4
export const MAX_RULES = 4

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export function isUuid(value: string): boolean {
  return UUID.test(value)
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return zone.includes('/') || zone === 'UTC'
  } catch {
    return false
  }
}

const text = (max: number) => z.string().trim().max(max, 'common:validation.tooLong')
const required = (max: number) => text(max).min(1, 'common:validation.required')
const ZText = (rules: Parameters<typeof ZLocalizedText>[0] = {}) =>
  ZLocalizedText(rules).transform((v) =>
    Object.fromEntries(
      Object.entries(v).filter(([lang]) => (TEXT_LANGUAGES as readonly string[]).includes(lang)),
    ),
  )

const ZAmount = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : emptyToUndefined(v)),
  z
    .string()
    .transform((v, ctx) => {
      const parsed = parseAmount(v)
      if (parsed === null || parsed.startsWith('-')) {
        ctx.addIssue({ code: 'custom', message: 'funding:errors.amount' })
        return z.NEVER
      }
      return parsed
    })
    .nullable()
    .default(null),
)

const ZDeadline = z
  .object({
    local: z.string().trim().default(''),
    timeZone: z.string().trim().default('Europe/Brussels'),
  })
  .superRefine((d, ctx) => {
    if (d.local === '') return
    if (!isTimeZone(d.timeZone)) {
      ctx.addIssue({ code: 'custom', path: ['timeZone'], message: 'funding:errors.timeZone' })
    } else if (!zonedToInstant(d.local, d.timeZone)) {
      ctx.addIssue({ code: 'custom', path: ['local'], message: 'funding:errors.dateTime' })
    }
  })

/** A deadline as the service takes it: the instant, its zone, and the row it came from. */
export type DeadlineInput = { at: Date; timeZone: string; local: string; row: number }

const countryOrGroup = (v: string) =>
  (COUNTRY_GROUPS as readonly string[]).includes(v) || isCountryCode(v.toUpperCase())

const ZRule = z
  .object({
    role: z.string().default(''),
    countries: z.array(z.string().trim()).default([]),
    organisationTypes: z
      .array(z.enum(FUNDING_ORG_TYPES, 'common:validation.choice'))
      .max(FUNDING_ORG_TYPES.length)
      .default([]),
    confidence: z.enum(CONFIDENCE, 'common:validation.choice').default('unconfirmed'),
    note: ZText({ max: 1000 }).default({}),
  })
  .superRefine((r, ctx) => {
    const blank = r.role === '' && r.countries.length === 0
    if (blank) return
    if (!(FUNDING_ROLES as readonly string[]).includes(r.role)) {
      ctx.addIssue({ code: 'custom', path: ['role'], message: 'common:validation.choice' })
    }
    if (r.countries.length === 0 || !r.countries.every(countryOrGroup)) {
      ctx.addIssue({ code: 'custom', path: ['countries'], message: 'funding:errors.countries' })
    }
  })

export const ZOpportunity = z.object({
  /** `shared`: the platform register (platform administrators only); `own`: the school's. */
  scope: z.enum(['shared', 'own'], 'common:validation.choice').default('own'),
  programme: z.enum(PROGRAMMES, 'common:validation.choice'),
  actionCode: text(80).default(''),
  title: ZText({ required: 'any', max: 300 }),
  summary: ZText({ max: 2000 }).default({}),
  deadlines: z
    .array(ZDeadline)
    .max(MAX_DEADLINES, 'funding:errors.tooManyDeadlines')
    .default([])
    .transform((rows) =>
      rows.flatMap((d, row): DeadlineInput[] => {
        const at = d.local === '' ? null : zonedToInstant(d.local, d.timeZone)
        return at ? [{ at, timeZone: d.timeZone, local: d.local, row }] : []
      }),
    ),
  budgetMinEur: ZAmount,
  budgetMaxEur: ZAmount,
  budgetNote: ZText({ max: 1000 }).default({}),
  coFinancingRate: z.preprocess(
    (v) => (v === null ? undefined : emptyToUndefined(v)),
    z.coerce
      .number('funding:errors.rate')
      .int('funding:errors.rate')
      .min(0, 'funding:errors.rate')
      .max(100, 'funding:errors.rate')
      .nullable()
      .default(null),
  ),
  url: z.preprocess(
    (v) => (v === null ? undefined : emptyToUndefined(v)),
    z
      .url({ protocol: /^https?$/, message: 'common:validation.url' })
      .max(500, 'common:validation.tooLong')
      .nullable()
      .default(null),
  ),
  applicationLanguages: z
    .array(z.enum(APPLICATION_LANGUAGES, 'common:validation.choice'))
    .max(APPLICATION_LANGUAGES.length)
    .default([]),
  eligibility: z
    .array(ZRule)
    .max(MAX_RULES, 'funding:errors.tooManyRules')
    .default([])
    .transform((rules) =>
      rules
        .filter((r) => r.role !== '')
        .map((r) => ({
          role: r.role as (typeof FUNDING_ROLES)[number],
          countries: r.countries.map((c) =>
            (COUNTRY_GROUPS as readonly string[]).includes(c) ? c : c.toUpperCase(),
          ),
          organisationTypes: r.organisationTypes,
          confidence: r.confidence,
          note: r.note as LocalizedText,
        })),
    ),
  confidence: z.enum(CONFIDENCE, 'common:validation.choice').default('unconfirmed'),
  sourceNote: ZText({ max: 2000 }).default({}),
})
export type OpportunityInput = z.infer<typeof ZOpportunity>

function str(value: unknown): string {
  const last = Array.isArray(value) ? value.at(-1) : value
  return typeof last === 'string' ? last : ''
}

function strings(value: unknown): string[] {
  const all = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return all.filter((v): v is string => typeof v === 'string' && v !== '')
}

function rows(value: unknown, max: number): Record<string, unknown>[] {
  const obj = value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
  return Array.from({ length: max }, (_, i) => {
    const row = obj[String(i)]
    return row && typeof row === 'object' ? (row as Record<string, unknown>) : {}
  })
}

/** A typed list of codes ("AL, XK eu_member_states") as a list. */
export function splitCodes(value: string): string[] {
  return value
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean)
}

/** The opportunity form as ZOpportunity takes it; every row kept, so errors name the right one. */
export function formToOpportunity(form: FormValues) {
  return {
    scope: str(form.scope) || 'own',
    programme: str(form.programme),
    actionCode: str(form.actionCode),
    title: readLocalizedText(form, 'title'),
    summary: readLocalizedText(form, 'summary'),
    deadlines: rows(form.deadlines, MAX_DEADLINES).map((r) => ({
      local: str(r.local),
      timeZone: str(r.timeZone) || 'Europe/Brussels',
    })),
    budgetMinEur: str(form.budgetMinEur),
    budgetMaxEur: str(form.budgetMaxEur),
    budgetNote: readLocalizedText(form, 'budgetNote'),
    coFinancingRate: str(form.coFinancingRate),
    url: str(form.url),
    applicationLanguages: strings(form.applicationLanguages),
    eligibility: rows(form.eligibility, MAX_RULES).map((r) => ({
      role: str(r.role),
      countries: splitCodes(str(r.countries)),
      organisationTypes: strings(r.organisationTypes),
      confidence: str(r.confidence) || 'unconfirmed',
      note: readLocalizedText(r as FormValues, 'note'),
    })),
    confidence: str(form.confidence) || 'unconfirmed',
    sourceNote: readLocalizedText(form, 'sourceNote'),
  }
}
export type OpportunityFormValues = ReturnType<typeof formToOpportunity>

export const ZListOpportunities = z.object({
  programme: z.enum(PROGRAMMES).optional().catch(undefined),
  open: z
    .preprocess((v) => v === '1' || v === 'true' || v === true, z.boolean())
    .catch(false)
    .default(false),
  days: z.coerce.number().int().min(1).max(730).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
})
export type ListOpportunitiesQuery = z.infer<typeof ZListOpportunities>

export const ZEligibilityQuery = z.object({
  country: z.string().trim().toUpperCase().refine(isCountryCode, 'common:validation.country'),
  organisationType: z.enum(FUNDING_ORG_TYPES, 'common:validation.choice'),
})

const ZOptionalDate = z.preprocess(
  (v) => (v === null ? undefined : emptyToUndefined(v)),
  z.string().trim().refine(isCivilDate, 'funding:errors.date').nullable().default(null),
)

export const ZApplication = z.object({
  opportunityId: z.string().regex(UUID, 'common:validation.choice'),
  title: required(200),
  notes: text(4000).default(''),
  partnerIds: z
    .array(z.string().regex(UUID, 'common:validation.choice'))
    .max(20, 'funding:errors.tooManyPartners')
    .default([]),
  requestedAmountEur: ZAmount,
  submittedOn: ZOptionalDate,
})
export type ApplicationInput = z.infer<typeof ZApplication>

export function formToApplication(form: FormValues) {
  return {
    opportunityId: str(form.opportunityId),
    title: str(form.title),
    notes: str(form.notes),
    partnerIds: strings(form.partnerIds),
    requestedAmountEur: str(form.requestedAmountEur),
    submittedOn: str(form.submittedOn),
  }
}
export type ApplicationFormValues = ReturnType<typeof formToApplication>

/** The stages one reaches with a button; "funded" needs the project's facts (ZFunded). */
export const ZStage = z.object({
  stage: z.enum(
    STAGES.filter((s) => s !== 'funded') as [string, ...string[]],
    'common:validation.choice',
  ),
})

export const ZFunded = z
  .object({
    acronym: required(40),
    grantNumber: z.preprocess(
      (v) => (v === null ? undefined : emptyToUndefined(v)),
      text(40).nullable().default(null),
    ),
    startDate: ZOptionalDate,
    endDate: ZOptionalDate,
  })
  .refine((v) => !v.startDate || !v.endDate || v.startDate <= v.endDate, {
    message: 'funding:errors.endBeforeStart',
    path: ['endDate'],
  })
export type FundedInput = z.infer<typeof ZFunded>

export function formToFunded(form: FormValues) {
  return {
    acronym: str(form.acronym),
    grantNumber: str(form.grantNumber),
    startDate: str(form.startDate),
    endDate: str(form.endDate),
  }
}
export type FundedFormValues = ReturnType<typeof formToFunded>
