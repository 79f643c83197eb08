import { describe, expect, it } from 'vitest'
import { ageOn, isIsoDate, isMinorOn } from './age.ts'
import { applyWindow, applyWindowDates } from './dates.ts'

describe('age on the mobility start date', () => {
  it('[CALLS][AGE]: a birthday on the start date counts: 18 that day is an adult', () => {
    expect(ageOn('2009-04-12', '2027-04-12')).toBe(18)
    expect(isMinorOn('2009-04-12', '2027-04-12')).toBe(false)
  })

  it('[CALLS][AGE]: the day before the 18th birthday is still a minor', () => {
    expect(ageOn('2009-04-13', '2027-04-12')).toBe(17)
    expect(isMinorOn('2009-04-13', '2027-04-12')).toBe(true)
  })

  it('[CALLS][AGE]: a later month or an earlier day in the same month', () => {
    expect(ageOn('2011-09-02', '2027-04-12')).toBe(15)
    expect(ageOn('2010-04-11', '2027-04-12')).toBe(17)
    expect(ageOn('2010-04-12', '2027-04-12')).toBe(17)
    expect(ageOn('2010-04-13', '2027-04-12')).toBe(16)
  })

  it('[CALLS][AGE]: born on 29 February turns a year older on 1 March in a common year', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17)
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18)
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20)
  })

  it('[CALLS][AGE]: only real calendar dates are accepted', () => {
    expect(isIsoDate('2027-04-12')).toBe(true)
    expect(isIsoDate('2027-02-29')).toBe(false)
    expect(isIsoDate('2028-02-29')).toBe(true)
    expect(isIsoDate('12.04.2027')).toBe(false)
    expect(isIsoDate('2027-13-01')).toBe(false)
  })
})

describe('application window', () => {
  it('[CALLS][DATES]: opens at local midnight and closes at the end of the last day, in Tirana time', () => {
    const w = applyWindow('2027-01-01', '2027-02-15', 'Europe/Tirane')
    expect(w.applyFrom.toISOString()).toBe('2026-12-31T23:00:00.000Z')
    expect(w.applyUntil.toISOString()).toBe('2027-02-15T23:00:00.000Z')
    expect(applyWindowDates(w.applyFrom, w.applyUntil, 'Europe/Tirane')).toEqual({
      applyFrom: '2027-01-01',
      applyUntil: '2027-02-15',
    })
  })

  it('[CALLS][DATES]: across the spring clock change the offset of the day itself is used', () => {
    const w = applyWindow('2027-03-01', '2027-03-28', 'Europe/Tirane')
    // 29 March 2027 00:00 in Tirana is summer time (UTC+2).
    expect(w.applyUntil.toISOString()).toBe('2027-03-28T22:00:00.000Z')
  })
})
