import countries from 'i18n-iso-countries'
import type { Locale } from './i18n.ts'
import { collator, displayNames } from './intl.ts'

/** Kosovo's code is user-assigned in ISO 3166, used by the EU, CLDR and the Erasmus+ guide. */
export const KOSOVO = 'XK'

const CODES = [...new Set([...Object.keys(countries.getAlpha2Codes()), KOSOVO])]

export function isCountryCode(code: string): boolean {
  return CODES.includes(code)
}

export function countryName(code: string, locale: Locale): string {
  try {
    return displayNames(locale, 'region').of(code) ?? code
  } catch {
    return code
  }
}

const optionsByLocale = new Map<Locale, { code: string; name: string }[]>()

/** Every country, named and sorted in the reader's language (built once per locale). */
export function countryOptions(locale: Locale): { code: string; name: string }[] {
  let list = optionsByLocale.get(locale)
  if (!list) {
    const compare = collator(locale)
    list = CODES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) =>
      compare.compare(a.name, b.name),
    )
    optionsByLocale.set(locale, list)
  }
  return list
}
