import { describe, expect, it } from 'vitest'
import { AppError } from '#src/lib/errors.ts'
import { greatCircleKm, roundKm } from './distance.ts'
import { availableCallYears, rulesFor } from './rule-book.ts'
import {
  activityDaysRange,
  addAmounts,
  countryGroup,
  courseFees,
  distanceBand,
  findActivity,
  fundedTravelDays,
  inclusionSupport,
  individualSupport,
  isIndividualActivity,
  organisationalSupport,
  payableRate,
  rateCategory,
  rateRange,
  travelGrant,
} from './rules.ts'

const rules = rulesFor(2026)
const activity = (code: string) => findActivity(rules, code)!

describe('rule book', () => {
  it('[GRANTS][RULES]: 2026 is available and loads from the reference file', () => {
    expect(availableCallYears()).toContain(2026)
    expect(rules.callYear).toBe(2026)
    expect(rules.source).toMatch(/Programme Guide 2026/)
    expect(rules.isConfirmed).toBe(true)
    expect(rules.bands).toHaveLength(7)
  })

  it('[GRANTS][RULES]: an unknown call year is a field error on callYear', () => {
    for (const year of [2019, 2031, 26, 2026.5]) {
      try {
        rulesFor(year)
        expect.unreachable(`${year} should have no rules`)
      } catch (err) {
        expect(err).toBeInstanceOf(AppError)
        expect((err as AppError).code).toBe('INVALID_INPUT')
        expect((err as AppError).fields).toEqual({ callYear: 'grants:errors.callYear' })
      }
    }
  })

  it('[GRANTS][RULES]: the 350 → 200 step comes from the file, with its participant count', () => {
    const stepped = rules.organisationalSupport.find((o) => o.activities.includes('SM-TTA'))
    expect(stepped?.stepAfter).toEqual({ participants: 100, amount: 200 })
  })
})

describe('distance bands', () => {
  const cases: [number, number | null][] = [
    [0, null],
    [9.99, null],
    [10, 1],
    [99, 1],
    [99.5, 1],
    [99.99, 1],
    [100, 2],
    [489.75, 2],
    [499, 2],
    [499.99, 2],
    [500, 3],
    [1365.28, 3],
    [1999, 3],
    [2000, 4],
    [2999, 4],
    [3000, 5],
    [3999, 5],
    [4000, 6],
    [7999, 6],
    [8000, 7],
    [20000, 7],
  ]
  for (const [km, band] of cases) {
    it(`[GRANTS][DISTANCE]: ${km} km → ${band === null ? 'no band' : `band ${band}`}`, () => {
      expect(distanceBand(rules, km)?.band ?? null).toBe(band)
    })
  }

  it('[GRANTS][DISTANCE]: the Guide’s own cases: Madrid–Rome band 3, Rome–Ljubljana band 2', () => {
    expect(distanceBand(rules, 1365.28)).toMatchObject({ band: 3, minKm: 500, maxKm: 1999 })
    expect(distanceBand(rules, 489.75)).toMatchObject({ band: 2, minKm: 100, maxKm: 499 })
  })

  it('[GRANTS][DISTANCE]: a negative or non-finite distance is refused', () => {
    expect(() => distanceBand(rules, -1)).toThrow(RangeError)
    expect(() => distanceBand(rules, Number.NaN)).toThrow(RangeError)
  })
})

describe('great-circle estimate', () => {
  it('[GRANTS][DISTANCE]: Madrid → Rome from the brief’s coordinates is 1364.17 km (±2 of 1365.28)', () => {
    const km = greatCircleKm({ lat: 40.4168, lon: -3.7038 }, { lat: 41.9028, lon: 12.4964 })
    expect(Math.abs(km - 1365.28)).toBeLessThan(2)
    expect(roundKm(km)).toBe(1364.17)
  })

  it('[GRANTS][DISTANCE]: GeoNames city centres reproduce the Guide’s 1365.28 km exactly', () => {
    const km = greatCircleKm({ lat: 40.4165, lon: -3.70256 }, { lat: 41.89193, lon: 12.51133 })
    expect(roundKm(km)).toBe(1365.28)
  })

  it('[GRANTS][DISTANCE]: Rome → Ljubljana is within 1 km of the Guide’s 489.75 km', () => {
    const km = greatCircleKm({ lat: 41.89193, lon: 12.51133 }, { lat: 46.05108, lon: 14.50513 })
    expect(Math.abs(km - 489.75)).toBeLessThan(1)
    expect(greatCircleKm({ lat: 1, lon: 2 }, { lat: 1, lon: 2 })).toBe(0)
  })
})

describe('travel', () => {
  it('[GRANTS][TRAVEL]: the band amount for the return journey, standard or green, never doubled', () => {
    expect(travelGrant(rules, 1365.28, false).amount).toBe(309)
    expect(travelGrant(rules, 1365.28, true).amount).toBe(417)
    expect(travelGrant(rules, 50, false).amount).toBe(28)
    expect(travelGrant(rules, 50, true).amount).toBe(56)
    expect(travelGrant(rules, 9000, true).amount).toBe(1735)
    expect(travelGrant(rules, 9.99, true)).toEqual({ band: null, amount: 0 })
  })

  it('[GRANTS][TRAVEL]: funded travel days are capped at 2 (standard) and 6 (green)', () => {
    expect(fundedTravelDays(rules, 0, false)).toBe(0)
    expect(fundedTravelDays(rules, 2, false)).toBe(2)
    expect(fundedTravelDays(rules, 3, false)).toBe(2)
    expect(fundedTravelDays(rules, 6, true)).toBe(6)
    expect(fundedTravelDays(rules, 7, true)).toBe(6)
    expect(() => fundedTravelDays(rules, -1, false)).toThrow(RangeError)
    expect(() => fundedTravelDays(rules, 1.5, false)).toThrow(RangeError)
  })
})

describe('country groups', () => {
  it('[GRANTS][COUNTRY]: EU and associated countries, by group', () => {
    expect(countryGroup(rules, 'DE')).toEqual({ group: 1, table: 'eu_and_associated' })
    expect(countryGroup(rules, 'gr')).toEqual({ group: 2, table: 'eu_and_associated' })
    expect(countryGroup(rules, 'MK')).toEqual({ group: 3, table: 'eu_and_associated' })
    expect(countryGroup(rules, 'RS')).toEqual({ group: 3, table: 'eu_and_associated' })
  })

  it('[GRANTS][COUNTRY]: Albania, Kosovo and the rest of the region are not associated', () => {
    const na = 'third_countries_not_associated'
    expect(countryGroup(rules, 'AL')).toEqual({ group: 2, table: na })
    expect(countryGroup(rules, 'BA')).toEqual({ group: 2, table: na })
    expect(countryGroup(rules, 'ME')).toEqual({ group: 2, table: na })
    expect(countryGroup(rules, 'XK')).toEqual({ group: 3, table: na })
    expect(countryGroup(rules, 'CH')).toEqual({ group: 1, table: na })
  })

  it('[GRANTS][COUNTRY]: a country the Guide does not list has no group', () => {
    expect(countryGroup(rules, 'EL')).toBeNull()
    expect(countryGroup(rules, 'ZZ')).toBeNull()
  })
})

describe('organisational support', () => {
  const eu = 'eu_and_associated' as const
  const na = 'third_countries_not_associated' as const

  it('[GRANTS][ORG]: per participant by activity type', () => {
    expect(organisationalSupport(rules, 'LM-SKILL-VET', eu, 0).amount).toBe(100)
    expect(organisationalSupport(rules, 'SM-COUR-TRAIN', eu, 0).amount).toBe(100)
    expect(organisationalSupport(rules, 'OA-HOS-TTT', eu, 0).amount).toBe(100)
    expect(organisationalSupport(rules, 'LM-SHORT-VET', eu, 0).amount).toBe(350)
    expect(organisationalSupport(rules, 'LM-LONG-VET', eu, 0).amount).toBe(500)
  })

  it('[GRANTS][ORG]: 350 up to the 100th participant of the type, 200 from the 101st', () => {
    for (const code of ['LM-SHORT-VET', 'SM-JOB-SHDW', 'SM-TTA']) {
      expect(organisationalSupport(rules, code, eu, 99)).toMatchObject({
        amount: 350,
        rule: 'perActivity',
      })
      expect(organisationalSupport(rules, code, eu, 100)).toMatchObject({
        amount: 200,
        rule: 'afterStep',
      })
    }
    expect(organisationalSupport(rules, 'LM-LONG-VET', eu, 500).amount).toBe(500)
    expect(organisationalSupport(rules, 'SM-COUR-TRAIN', eu, 500).amount).toBe(100)
  })

  it('[GRANTS][ORG]: individual activities to not-associated countries get 500; groups do not', () => {
    expect(isIndividualActivity('LM-GROUP-VET')).toBe(false)
    expect(isIndividualActivity('SM-JOB-SHDW')).toBe(true)
    expect(organisationalSupport(rules, 'SM-JOB-SHDW', na, 0)).toMatchObject({
      amount: 500,
      rule: 'thirdCountryIndividual',
    })
    expect(organisationalSupport(rules, 'SM-JOB-SHDW', na, 150).amount).toBe(500)
    expect(organisationalSupport(rules, 'SM-COUR-TRAIN', na, 0).amount).toBe(500)
    expect(organisationalSupport(rules, 'LM-GROUP-VET', na, 0)).toMatchObject({
      amount: 100,
      rule: 'perActivity',
    })
  })
})

describe('individual support', () => {
  it('[GRANTS][INDIVIDUAL]: learners at learner rates; staff, experts and others at staff rates', () => {
    expect(rateCategory(rules, 'learner')).toBe('learner')
    expect(rateCategory(rules, 'staff')).toBe('staff')
    expect(rateCategory(rules, 'expert')).toBe('staff')
    expect(rateCategory(rules, 'accompanying')).toBe('staff')
    expect(rateRange(rules, 'learner', 1)).toEqual({ min: 48, max: 127 })
    expect(rateRange(rules, 'expert', 3)).toEqual({ min: 84, max: 148 })
    expect(rateRange(rules, 'staff', 2)).toEqual({ min: 95, max: 169 })
  })

  it('[GRANTS][ROUNDING]: payable rates are whole euros, half up, on exact integers', () => {
    expect(payableRate(75, 0.7)).toEqual({ euros: 53, isRounded: true }) // 52.5
    expect(payableRate(95, 0.7)).toEqual({ euros: 67, isRounded: true }) // 66.5
    expect(payableRate(85, 0.7)).toEqual({ euros: 60, isRounded: true }) // 59.5
    expect(payableRate(107, 0.7)).toEqual({ euros: 75, isRounded: true }) // 74.9
    expect(payableRate(41, 0.7)).toEqual({ euros: 29, isRounded: true }) // 28.7
    expect(payableRate(48, 0.7)).toEqual({ euros: 34, isRounded: true }) // 33.6
    expect(payableRate(100, 0.7)).toEqual({ euros: 70, isRounded: false })
    expect(payableRate(80)).toEqual({ euros: 80, isRounded: false })
    expect(payableRate(80.5)).toEqual({ euros: 81, isRounded: true })
    expect(payableRate(80.49)).toEqual({ euros: 80, isRounded: true })
  })

  const range = { min: 95, max: 169 }
  const staff = (activityDays: number, travelDays: number, baseRate?: number) =>
    individualSupport(rules, { range, baseRate, activityDays, travelDays })

  it('[GRANTS][DAY15]: 14 days all at the full rate', () => {
    expect(staff(12, 2, 95)).toMatchObject({
      amount: 14 * 95,
      days: 14,
      fullRateDays: 14,
      reducedRateDays: 0,
      rate: 95,
      reducedRate: 67,
      isRounded: false,
    })
  })

  it('[GRANTS][DAY15]: day 15 and 16 at 70 %, rounded half up', () => {
    expect(staff(13, 2, 95)).toMatchObject({ amount: 14 * 95 + 67, reducedRateDays: 1 })
    expect(staff(14, 2, 95)).toMatchObject({ amount: 14 * 95 + 2 * 67, reducedRateDays: 2 })
    expect(staff(14, 2, 95).isRounded).toBe(true)
  })

  it('[GRANTS][INDIVIDUAL]: without a base rate, the range from the ends of the allowed rates', () => {
    const r = staff(18, 2)
    expect(r).toMatchObject({
      min: 14 * 95 + 6 * 67,
      max: 14 * 169 + 6 * 118, // 0.7 × 169 = 118.3 → 118
      rate: { min: 95, max: 169 },
      reducedRate: { min: 67, max: 118 },
      rateRange: range,
    })
    expect('amount' in r).toBe(false)
  })

  it('[GRANTS][DAYS]: activity days per type, with the shorter minimum for fewer opportunities', () => {
    expect(activityDaysRange(activity('LM-SHORT-VET'), false)).toEqual({ min: 10, max: 89 })
    expect(activityDaysRange(activity('LM-SHORT-VET'), true)).toEqual({ min: 2, max: 89 })
    expect(activityDaysRange(activity('SM-JOB-SHDW'), true)).toEqual({ min: 2, max: 60 })
    expect(activityDaysRange(activity('LM-LONG-VET'), false)).toEqual({ min: 90, max: 365 })
  })
})

describe('other items', () => {
  it('[GRANTS][INCLUSION]: 125 for the organisation per participant with fewer opportunities', () => {
    expect(inclusionSupport(rules, true)).toBe(125)
    expect(inclusionSupport(rules, false)).toBe(0)
  })

  it('[GRANTS][COURSE]: 80 a course day, for courses and training only', () => {
    expect(courseFees(rules, activity('SM-COUR-TRAIN'), 5)).toEqual({
      amount: 400,
      days: 5,
      perDay: 80,
    })
    expect(courseFees(rules, activity('SM-COUR-TRAIN'), 10).amount).toBe(800)
    expect(courseFees(rules, activity('SM-JOB-SHDW'), 5).amount).toBe(0)
  })

  it('[GRANTS][TOTAL]: a range anywhere makes the total a range', () => {
    expect(addAmounts(1, 2, 3)).toBe(6)
    expect(addAmounts(1, { min: 2, max: 5 }, 3)).toEqual({ min: 6, max: 9 })
  })
})
