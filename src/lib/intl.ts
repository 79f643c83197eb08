/**
 * Memoised Intl formatters. Building an Intl object costs far more than using one (a profile of
 * the home page showed ~10 % of server CPU in constructors), and a server sees few distinct
 * locale + option pairs, so each is built once per process.
 */
const cache = new Map<string, unknown>()

function memo<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined
  if (value === undefined) {
    value = make()
    cache.set(key, value)
  }
  return value
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}) {
  return memo(
    `n|${locale}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  )
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}) {
  return memo(
    `d|${locale}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, options),
  )
}

export function displayNames(locale: string, type: Intl.DisplayNamesType) {
  return memo(`dn|${locale}|${type}`, () => new Intl.DisplayNames([locale], { type }))
}

export function collator(locale: string) {
  return memo(`c|${locale}`, () => new Intl.Collator(locale))
}

export function listFormat(locale: string, options: Intl.ListFormatOptions = {}) {
  return memo(`l|${locale}|${JSON.stringify(options)}`, () => new Intl.ListFormat(locale, options))
}
