import { describe, expect, it } from 'vitest'
import { transliterate, usernameBase } from './username.ts'

describe('usernames from names', () => {
  it('[MEMBERS][USERNAME]: Albanian, Serbian and Macedonian names become plain ASCII', () => {
    expect(usernameBase('Arta Hoxha')).toBe('arta.hoxha')
    expect(usernameBase('Ëndrit Çela')).toBe('endrit.cela')
    expect(usernameBase('Đorđe Šćepanović')).toBe('djordje.scepanovic')
    expect(usernameBase('Žarko Čolić')).toBe('zarko.colic')
    expect(usernameBase('Ђорђе Пејчић')).toBe('djordje.pejcic')
    expect(usernameBase('Љубица Њего')).toBe('ljubica.njego')
    expect(usernameBase('Ѓорѓи Ќосев')).toBe('gjorgji.kjosev')
    expect(usernameBase('Џемаил Ѕвездоски')).toBe('dzemail.dzvezdoski')
    expect(usernameBase('Dževad Hadžić')).toBe('dzevad.hadzic')
  })

  it('[MEMBERS][USERNAME]: first and last word, punctuation dropped, a fallback for no letters', () => {
    expect(usernameBase('  Arta  Maria  Hoxha-Kola ')).toBe('arta.kola')
    expect(usernameBase('Besa')).toBe('besa')
    expect(usernameBase("O'Brien Ana")).toBe('o.ana')
    expect(usernameBase('!!!')).toBe('learner')
    expect(usernameBase('a'.repeat(60))).toHaveLength(40)
  })

  it('[MEMBERS][USERNAME]: transliteration keeps other characters for the caller to drop', () => {
    expect(transliterate('Ξ')).toBe('ξ')
    expect(transliterate('Ëë Çç')).toBe('ee cc')
  })
})
