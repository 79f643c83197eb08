import countries from 'i18n-iso-countries'
import type { Locale } from './i18n.ts'

/** Kosovo's code is user-assigned in ISO 3166, used by the EU, CLDR and the Erasmus+ guide. */
export const KOSOVO = 'XK'

const CODES = [...new Set([...Object.keys(countries.getAlpha2Codes()), KOSOVO])]

export function isCountryCode(code: string): boolean {
  return CODES.includes(code)
}

export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}

/** Every country, named and sorted in the reader's language. */
export function countryOptions(locale: Locale): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale)
  return CODES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) =>
    collator.compare(a.name, b.name),
  )
}
