import { describe, expect, it } from 'vitest'
import { fromAcceptLanguage, getT, localeAutonym, toLocale } from './i18n.ts'

describe('locale detection', () => {
  it.each([
    ['sq-AL', 'sq'],
    ['sq', 'sq'],
    ['mk-MK', 'mk'],
    ['bs', 'sr-Latn'],
    ['bs-BA', 'sr-Latn'],
    ['cnr', 'sr-Latn'],
    ['hr-HR', 'sr-Latn'],
    ['sr-Latn-ME', 'sr-Latn'],
    ['sr', 'sr-Latn'],
    ['en-GB', 'en'],
  ])('maps %s to %s', (tag, locale) => {
    expect(toLocale(tag)).toBe(locale)
  })

  it('does not map Cyrillic Serbian or unknown languages', () => {
    expect(toLocale('sr-Cyrl')).toBeUndefined()
    expect(toLocale('de')).toBeUndefined()
    expect(toLocale('')).toBeUndefined()
  })

  it('honours q-values and order in Accept-Language', () => {
    expect(fromAcceptLanguage('de-DE,de;q=0.9,sq;q=0.8,en;q=0.7')).toBe('sq')
    expect(fromAcceptLanguage('en;q=0.5, mk;q=0.9')).toBe('mk')
    expect(fromAcceptLanguage('fr, it')).toBeUndefined()
    expect(fromAcceptLanguage('sq;q=0')).toBeUndefined()
  })
})

describe('translation', () => {
  it('uses the plural rules of each language', () => {
    expect(getT('en')('auth:errors.locked', { count: 1 })).toContain('1 minute.')
    expect(getT('en')('auth:errors.locked', { count: 15 })).toContain('15 minutes')
    const sr = getT('sr-Latn')
    const en = getT('en')
    // Serbian has three forms: 1, 21 (one), 2–4, 22 (few), 5+ (other); each is really Serbian.
    for (const n of [1, 2, 5, 21, 22, 25]) {
      const text = sr('auth:errors.locked', { count: n })
      expect(text).toContain(String(n))
      expect(text).not.toBe(en('auth:errors.locked', { count: n }))
    }
  })

  it('names each locale in its own language', () => {
    expect(localeAutonym('sq')).toBe('Shqip')
    expect(localeAutonym('mk')).toBe('Македонски')
  })
})
