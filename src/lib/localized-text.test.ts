import { describe, expect, it } from 'vitest'
import { readLocalizedText, ZLocalizedText } from '../ui/multilingual-field.tsx'
import { validate } from './forms.ts'
import {
  hasText,
  missingLanguages,
  normaliseText,
  pickText,
  presentLanguages,
} from './localized-text.ts'

describe('pickText', () => {
  const all = { en: 'Vocational School', sq: 'Shkolla Profesionale', mk: 'Стручно училиште' }

  it("[I18N][FALLBACK]: the reader's own language wins and is not a fallback", () => {
    expect(pickText(all, 'sq')).toEqual({
      value: 'Shkolla Profesionale',
      lang: 'sq',
      isFallback: false,
    })
  })

  it('[I18N][FALLBACK]: Serbian Latin readers get Bosnian, Croatian or Montenegrin before English', () => {
    expect(pickText({ en: 'School', bs: 'Škola BS' }, 'sr-Latn')).toMatchObject({
      value: 'Škola BS',
      lang: 'bs',
      isFallback: true,
    })
    expect(pickText({ en: 'School', hr: 'Škola HR' }, 'sr-Latn').lang).toBe('hr')
    expect(pickText({ en: 'School', cnr: 'Škola CNR' }, 'sr-Latn').lang).toBe('cnr')
    expect(pickText({ en: 'School', bs: 'B', hr: 'H' }, 'sr-Latn').lang).toBe('bs')
  })

  it('[I18N][FALLBACK]: Bosnian, Croatian and Montenegrin readers get Serbian Latin first', () => {
    const text = { en: 'School', 'sr-Latn': 'Škola', hr: 'Škola HR' }
    expect(pickText(text, 'bs').lang).toBe('sr-Latn')
    expect(pickText(text, 'cnr').lang).toBe('sr-Latn')
    expect(pickText(text, 'hr').lang).toBe('hr')
  })

  it("[I18N][FALLBACK]: then the organisation's default language, then English, then anything", () => {
    const text = { en: 'School', sq: 'Shkolla' }
    expect(pickText(text, 'mk', ['sq', 'en'])).toMatchObject({ value: 'Shkolla', lang: 'sq' })
    expect(pickText(text, 'mk')).toMatchObject({ value: 'School', lang: 'en', isFallback: true })
    expect(pickText({ de: 'Berufsschule' }, 'mk', ['sq', 'en'])).toMatchObject({
      value: 'Berufsschule',
      lang: 'de',
      isFallback: true,
    })
  })

  it('[I18N][FALLBACK]: blank values count as missing; nothing at all gives an empty fallback', () => {
    expect(pickText({ sq: '   ', en: 'School' }, 'sq').lang).toBe('en')
    expect(pickText({}, 'sq')).toEqual({ value: '', lang: 'sq', isFallback: true })
    expect(pickText(null, 'en').value).toBe('')
  })

  it('[I18N]: reports present and missing languages', () => {
    expect(hasText(all, 'en')).toBe(true)
    expect(hasText({ en: ' ' }, 'en')).toBe(false)
    expect(presentLanguages({ en: 'a', sq: '', mk: 'b' })).toEqual(['en', 'mk'])
    expect(missingLanguages({ en: 'a' }, ['en', 'sq', 'sr-Latn'])).toEqual(['sq', 'sr-Latn'])
    expect(normaliseText({ en: '  a ', sq: '  ', mk: undefined })).toEqual({ en: 'a' })
  })
})

describe('reading a multilingual form field', () => {
  it('[I18N][FORM]: reads the nested value that readForm makes of `name.sq`, trimmed, blanks dropped', () => {
    const form = { name: { sq: ' Shkolla ', en: '', 'sr-Latn': 'Škola' }, city: 'Tiranë' }
    expect(readLocalizedText(form, 'name')).toEqual({ sq: 'Shkolla', 'sr-Latn': 'Škola' })
  })

  it('[I18N][FORM]: reads flat `name.xx` keys and repeated values (the last one wins)', () => {
    expect(readLocalizedText({ 'name.en': ['first', 'second'], 'names.en': 'x' }, 'name')).toEqual({
      en: 'second',
    })
    expect(readLocalizedText({}, 'name')).toEqual({})
    expect(readLocalizedText({ name: 'not an object' }, 'name')).toEqual({})
  })

  it('[I18N][FORM]: ZLocalizedText wants at least one language, or the named ones', () => {
    const any = ZLocalizedText({ required: 'any', max: 10 })
    expect(validate(any, {})).toEqual({
      ok: false,
      errors: { _form: 'organisations:ml.requiredAny' },
    })
    expect(validate(any, { sq: '  ' }).ok).toBe(false)
    expect(validate(any, { mk: ' Училиште ' })).toEqual({ ok: true, data: { mk: 'Училиште' } })
    expect(validate(any, { en: 'far too long a name' })).toEqual({
      ok: false,
      errors: { en: 'common:validation.tooLong' },
    })
    const sqAndEn = ZLocalizedText({ required: ['sq', 'en'] })
    expect(validate(sqAndEn, { sq: 'Shkolla' })).toEqual({
      ok: false,
      errors: { en: 'common:validation.required' },
    })
    expect(validate(sqAndEn, { 'not a tag!': 'x', sq: 'a', en: 'b' }).ok).toBe(false)
  })
})
