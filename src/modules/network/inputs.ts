import { z } from 'zod'
import type { FormValues } from '#src/lib/forms.ts'
import { ZEmail } from '#src/lib/validation.ts'
import { readLocalizedText, ZLocalizedText } from '#src/ui/multilingual-field.tsx'
import { ORGANISATION_TYPES, WORKING_LANGUAGES, ZOrganisation } from '../organisations/index.ts'
import { isIscedBroadField, mobilityActivities } from './reference.ts'
import { CHECK_TYPES, GOAL_STATUSES, PARTNERSHIP_KINDS } from './schema.ts'

// Form values arrive as strings (or arrays of them); these read them the way people type.
const str = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) ? str(v.at(-1)) : ''
const list = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is string => typeof x === 'string',
  )
const orNull = (v: unknown) => (str(v).trim() === '' ? null : str(v).trim())

/** A decimal as people type it (`41.3275` or `41,3275`); anything else stays text so zod says why. */
function decimal(v: unknown): number | string | null {
  const raw = str(v).trim()
  if (raw === '') return null
  return /^[-+]?\d+([.,]\d+)?$/.test(raw) ? Number(raw.replace(',', '.')) : raw
}

const ZDay = z.iso.date('network:errors.date')
const ZOptionalDay = z.preprocess((v) => (v === '' ? null : v), ZDay.nullable())
const ZId = z.uuid('network:errors.organisation')

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/
/**
 * Run a date-order check whenever both dates are readable, even if another field failed, so a
 * form shows every problem at once (zod skips object refinements after a field error otherwise).
 */
const whenDates =
  (a: string, b: string) =>
  ({ value }: { value: unknown }) => {
    const v = value as Record<string, unknown> | null
    return ISO_DAY.test(String(v?.[a] ?? '')) && ISO_DAY.test(String(v?.[b] ?? ''))
  }

// ---------------------------------------------------------------- directory

export const ZDirectoryQuery = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  type: z.enum(ORGANISATION_TYPES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
})
export type DirectoryQuery = z.output<typeof ZDirectoryQuery>

/** An organisation that has no account in Ura yet: a partner, a host company. */
export const ZExternalOrganisation = ZOrganisation.pick({
  name: true,
  type: true,
  country: true,
  city: true,
  latitude: true,
  longitude: true,
  website: true,
  erasmusOid: true,
})
export type ExternalOrganisationInput = z.output<typeof ZExternalOrganisation>

export function formToExternalOrganisation(form: FormValues) {
  return {
    name: readLocalizedText(form, 'name'),
    type: str(form.type),
    country: str(form.country),
    city: str(form.city),
    latitude: decimal(form.latitude),
    longitude: decimal(form.longitude),
    website: orNull(form.website),
    erasmusOid: orNull(form.erasmusOid),
  }
}

/** Who becomes the first administrator of a claimed organisation. */
export const ZClaim = z.object({
  email: ZEmail,
  displayName: z.preprocess(
    (v) => v ?? '',
    z.string().trim().max(120, 'common:validation.tooLong'),
  ),
})
export type ClaimInput = z.output<typeof ZClaim>

// ---------------------------------------------------------------- partnerships

const ZQuota = z.coerce
  .number('network:errors.quota')
  .int('network:errors.quota')
  .min(0, 'network:errors.quota')
  .max(10_000, 'network:errors.quota')

export const ZPartnership = z
  .object({
    partnerId: ZId,
    kind: z.enum(PARTNERSHIP_KINDS, 'common:validation.choice'),
    validFrom: ZDay,
    validTo: ZDay,
    scope: ZLocalizedText({ max: 4000 }),
    quotas: z
      .record(z.string(), ZQuota)
      .refine(
        (q) => Object.keys(q).every((code) => mobilityActivities().some((a) => a.code === code)),
        'network:errors.activity',
      )
      .transform((q) => Object.fromEntries(Object.entries(q).filter(([, n]) => n > 0))),
  })
  .refine((v) => v.validTo >= v.validFrom, {
    path: ['validTo'],
    message: 'network:errors.endBeforeStart',
    when: whenDates('validFrom', 'validTo'),
  })
export type PartnershipInput = z.output<typeof ZPartnership>

export function formToPartnership(form: FormValues) {
  const raw = form.quotas
  const quotas: Record<string, string> = {}
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [code, v] of Object.entries(raw as Record<string, unknown>)) {
      if (str(v).trim() !== '') quotas[code] = str(v).trim()
    }
  }
  return {
    partnerId: str(form.partnerId),
    kind: str(form.kind),
    validFrom: str(form.validFrom).trim(),
    validTo: str(form.validTo).trim(),
    scope: readLocalizedText(form, 'scope'),
    quotas,
  }
}

export const ZPartnershipQuery = z.object({
  status: z.enum(['upcoming', 'active', 'expiring', 'expired']).optional().catch(undefined),
})

/** The signed agreement: a PDF of at most 10 MB. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024

// ---------------------------------------------------------------- twinning

export const ZTwinningPair = z
  .object({
    partnerId: ZId,
    ourRole: z.enum(['coach', 'coached'], 'common:validation.choice'),
    programme: z.string().trim().max(120, 'common:validation.tooLong'),
    startsOn: ZOptionalDay,
    endsOn: ZOptionalDay,
  })
  .refine((v) => !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn, {
    path: ['endsOn'],
    message: 'network:errors.endBeforeStart',
    when: whenDates('startsOn', 'endsOn'),
  })
export type TwinningPairInput = z.output<typeof ZTwinningPair>

export const ZGoal = z.object({
  title: ZLocalizedText({ required: 'any', max: 300 }),
  targetDate: ZOptionalDay,
})
export type GoalInput = z.output<typeof ZGoal>

export function formToGoal(form: FormValues) {
  return { title: readLocalizedText(form, 'title'), targetDate: str(form.targetDate).trim() }
}

export const ZNote = z.object({
  body: z
    .string()
    .trim()
    .min(1, 'common:validation.required')
    .max(4000, 'common:validation.tooLong'),
  status: z.enum(GOAL_STATUSES, 'common:validation.choice'),
})
export type NoteInput = z.output<typeof ZNote>

// ---------------------------------------------------------------- host companies

const ZLines = z
  .array(z.string().trim().max(120, 'common:validation.tooLong'))
  .max(30, 'network:errors.tooMany')
  .transform((items) => [...new Set(items.filter((s) => s !== ''))])

export const ZHostCompany = z.object({
  organisationId: ZId,
  sector: z.string().refine(isIscedBroadField, 'network:errors.sector'),
  occupations: ZLines,
  languages: z
    .array(z.enum(WORKING_LANGUAGES, 'common:validation.choice'))
    .transform((l) => [...new Set(l)]),
  acceptsMinors: z.boolean(),
  contactName: z.string().trim().min(1, 'common:validation.required').max(120),
  contactEmail: z.preprocess((v) => (v === '' ? null : v), ZEmail.nullable()),
  contactPhone: z.preprocess(
    (v) => (v === '' ? null : v),
    z
      .string()
      .trim()
      .regex(/^\+?[\d\s()./-]{6,25}$/, 'network:errors.phone')
      .nullable(),
  ),
})
export type HostCompanyInput = z.output<typeof ZHostCompany>

export function formToHostCompany(form: FormValues) {
  return {
    organisationId: str(form.organisationId),
    sector: str(form.sector),
    occupations: str(form.occupations).split(/\r?\n/),
    languages: list(form.languages),
    acceptsMinors: str(form.acceptsMinors) === 'yes',
    contactName: str(form.contactName),
    contactEmail: str(form.contactEmail).trim(),
    contactPhone: str(form.contactPhone).trim(),
  }
}

export const ZHostQuery = z.object({
  sector: z.string().refine(isIscedBroadField).optional().catch(undefined),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  minors: z.enum(['yes', 'no']).optional().catch(undefined),
})
export type HostQuery = z.output<typeof ZHostQuery>

export const ZCapacity = z
  .object({
    learners: z.coerce
      .number('network:errors.learners')
      .int('network:errors.learners')
      .min(1, 'network:errors.learners')
      .max(500, 'network:errors.learners'),
    fromDate: ZDay,
    toDate: ZDay,
    note: z.string().trim().max(300, 'common:validation.tooLong'),
  })
  .refine((v) => v.toDate >= v.fromDate, {
    path: ['toDate'],
    message: 'network:errors.endBeforeStart',
    when: whenDates('fromDate', 'toDate'),
  })
export type CapacityInput = z.output<typeof ZCapacity>

export const ZCheck = z
  .object({
    checkType: z.enum(CHECK_TYPES, 'common:validation.choice'),
    checkedOn: ZDay,
    checkedBy: z
      .string()
      .trim()
      .min(1, 'common:validation.required')
      .max(120, 'common:validation.tooLong'),
    validUntil: ZOptionalDay,
  })
  .refine((v) => !v.validUntil || v.validUntil >= v.checkedOn, {
    path: ['validUntil'],
    message: 'network:errors.endBeforeStart',
    when: whenDates('checkedOn', 'validUntil'),
  })
export type CheckInput = z.output<typeof ZCheck>
