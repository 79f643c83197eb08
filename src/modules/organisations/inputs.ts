import { z } from 'zod'
import { isCountryCode } from '#src/lib/countries.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { LOCALES } from '#src/lib/i18n.ts'
import { ZCountryCode } from '#src/lib/validation.ts'
import { readLocalizedText, ZLocalizedText } from '#src/ui/multilingual-field.tsx'
import { ORGANISATION_TYPES } from './schema.ts'

/** Languages an organisation may say it works in (BCP 47; names come from Intl.DisplayNames). */
export const WORKING_LANGUAGES = [
  'sq',
  'en',
  'sr-Latn',
  'bs',
  'cnr',
  'mk',
  'de',
  'el',
  'it',
  'nl',
  'fi',
  'sl',
  'hr',
  'fr',
  'es',
] as const

const TIME_ZONES = new Set(Intl.supportedValuesOf('timeZone'))

/** An IANA zone that this runtime knows, including links such as `Europe/Kyiv` and `UTC`. */
export function isTimeZone(value: string): boolean {
  if (TIME_ZONES.has(value)) return true
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone
    return TIME_ZONES.has(resolved) || resolved === 'UTC'
  } catch {
    return false
  }
}

export function timeZoneOptions(): string[] {
  return [...TIME_ZONES, 'UTC'].sort()
}

const ZCoordinate = (limit: number, message: string) =>
  z.number(message).min(-limit, message).max(limit, message).nullable().optional()

/**
 * An organisation's details, as JSON (the API) or as a form after `formToOrganisationInput`.
 * For optional fields, `null` clears the value; a key left out keeps it (PATCH).
 */
export const ZOrganisation = z.object({
  name: ZLocalizedText({ required: 'any', max: 200 }),
  type: z.enum(ORGANISATION_TYPES, 'common:validation.choice'),
  country: ZCountryCode.refine(isCountryCode, 'common:validation.country'),
  city: z.string().trim().max(120, 'common:validation.tooLong').optional(),
  latitude: ZCoordinate(90, 'organisations:errors.latitude'),
  longitude: ZCoordinate(180, 'organisations:errors.longitude'),
  website: z
    .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'common:validation.url' })
    .max(300, 'common:validation.tooLong')
    .nullable()
    .optional(),
  erasmusOid: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^E\d{8}$/, 'organisations:errors.oid')
    .nullable()
    .optional(),
  erasmusPic: z
    .string()
    .transform((v) => v.replace(/\s/g, ''))
    .pipe(z.string().regex(/^\d{9}$/, 'organisations:errors.pic'))
    .nullable()
    .optional(),
  workingLanguages: z
    .array(z.enum(WORKING_LANGUAGES, 'organisations:errors.workingLanguages'))
    .max(WORKING_LANGUAGES.length)
    .transform((list) => [...new Set(list)])
    .optional(),
  defaultLocale: z.enum(LOCALES, 'common:validation.choice').optional(),
  timeZone: z.string().refine(isTimeZone, 'organisations:errors.timeZone').optional(),
  slug: z
    .string()
    .trim()
    .max(60, 'common:validation.tooLong')
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'organisations:errors.slug')
    .optional(),
})
export type OrganisationInput = z.output<typeof ZOrganisation>

/** The same rules with every field optional: only the keys sent change. */
export const ZOrganisationPatch = ZOrganisation.partial()
export type OrganisationPatch = z.output<typeof ZOrganisationPatch>

const str = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) ? str(v.at(-1)) : ''
const orNull = (v: unknown) => (str(v).trim() === '' ? null : str(v))

/** A decimal as people type it (`41.3275` or `41,3275`); anything else stays text so zod says why. */
function decimal(v: unknown): number | string | null {
  const raw = str(v).trim()
  if (raw === '') return null
  return /^[-+]?\d+([.,]\d+)?$/.test(raw) ? Number(raw.replace(',', '.')) : raw
}

/** Turns a submitted form (all strings) into the JSON shape that `ZOrganisation` checks. */
export function formToOrganisationInput(form: FormValues) {
  const langs = form.workingLanguages
  return {
    name: readLocalizedText(form, 'name'),
    type: str(form.type),
    country: str(form.country),
    city: str(form.city),
    latitude: decimal(form.latitude),
    longitude: decimal(form.longitude),
    website: orNull(form.website),
    erasmusOid: orNull(form.erasmusOid),
    erasmusPic: orNull(form.erasmusPic),
    workingLanguages: (Array.isArray(langs) ? langs : langs === undefined ? [] : [langs]).map(str),
    defaultLocale: str(form.defaultLocale),
    timeZone: str(form.timeZone),
    slug: str(form.slug).trim() === '' ? undefined : str(form.slug),
  }
}

export const ZListOrganisations = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
})
