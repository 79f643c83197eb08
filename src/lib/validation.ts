import { z } from 'zod'
import { LOCALES } from './i18n.ts'

/** Shared field rules. Messages are translation keys (see lib/forms.ts). */
export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'common:validation.tooLong')
  .pipe(z.email('common:validation.email'))

export const ZPassword = z
  .string()
  .min(10, 'common:validation.passwordLength')
  .max(200, 'common:validation.tooLong')

export const ZDisplayName = z.string().trim().min(1).max(120)

export const ZLocale = z.enum(LOCALES)

/** ISO 3166-1 alpha-2, plus XK for Kosovo (a user-assigned code used by the EU and ICU). */
export const ZCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'common:validation.country')

/** An empty form field means "not given". */
export const emptyToUndefined = (v: unknown) =>
  typeof v === 'string' && v.trim() === '' ? undefined : v

export const ZUuid = z.uuid('common:errors.notFound')
