import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '#src/lib/errors.ts'
import { checkEstimateInput, type EstimateInput, estimate } from './estimate.ts'
import { rulesFor, toRuleBook } from './rule-book.ts'

const rules = rulesFor(2026)
const file = () =>
  JSON.parse(
    readFileSync(path.resolve('src/reference/erasmus-vet-2026.json'), 'utf8'),
  ) as Parameters<typeof toRuleBook>[0]

const jobShadowingInRome: EstimateInput = {
  activityType: 'SM-JOB-SHDW',
  receivingCountry: 'IT',
  distanceKm: 1365.28,
  greenTravel: false,
  activityDays: 5,
  travelDays: 2,
  individualSupportBaseRate: 150,
  participantsBefore: 0,
  fewerOpportunities: false,
}

describe('estimate', () => {
  it('[GRANTS][ESTIMATE]: job shadowing Madrid → Rome, 5 + 2 days at 150 € = 1709 €', () => {
    // Band 3 (500–1999 km) standard 309; organisational support 350; 7 days × 150 = 1050.
    const e = estimate(rules, jobShadowingInRome)
    expect(e).toMatchObject({
      distanceBand: { band: 3, minKm: 500, maxKm: 1999 },
      countryGroup: { group: 1, table: 'eu_and_associated' },
      travel: 309,
      fundedTravelDays: 2,
      organisationalSupport: 350,
      individualSupport: { amount: 1050, days: 7, fullRateDays: 7, reducedRateDays: 0, rate: 150 },
      inclusionSupport: 0,
      courseFees: 0,
      total: 1709,
      notes: [],
    })
  })

  it('[GRANTS][ESTIMATE]: learners to Albania without a base rate give a range, with notes', () => {
    // Band 2 green 285; not-associated individual activity 500; learner group 2 at 41–110 a day:
    // 19 + 4 = 23 days = 14 full + 9 at 70 % (28.7 → 29, 77 → 77): 835–2233; inclusion 125.
    const e = estimate(rules, {
      activityType: 'LM-SHORT-VET',
      receivingCountry: 'AL',
      distanceKm: 489.75,
      greenTravel: true,
      activityDays: 19,
      travelDays: 4,
      participantsBefore: 0,
      fewerOpportunities: true,
    })
    expect(e.travel).toBe(285)
    expect(e.organisationalSupport).toBe(500)
    expect(e.individualSupport).toMatchObject({
      min: 835,
      max: 2233,
      fullRateDays: 14,
      reducedRateDays: 9,
      rate: { min: 41, max: 110 },
      reducedRate: { min: 29, max: 77 },
    })
    expect(e.inclusionSupport).toBe(125)
    expect(e.total).toEqual({ min: 1745, max: 3143 })
    expect(e.notes.map((n) => n.code)).toEqual([
      'orgSupportThirdCountry',
      'rangeNotAmount',
      'rounding',
      'inclusionRealCosts',
    ])
    expect(e.notes[1]).toEqual({
      code: 'rangeNotAmount',
      key: 'grants:notes.rangeNotAmount',
      params: { minRateEur: 41, maxRateEur: 110 },
    })
  })

  it('[GRANTS][ESTIMATE]: a course adds 80 € a course day; travel days beyond the cap are noted', () => {
    const e = estimate(rules, {
      ...jobShadowingInRome,
      activityType: 'SM-COUR-TRAIN',
      receivingCountry: 'AT',
      distanceKm: 800,
      travelDays: 3,
      individualSupportBaseRate: 120,
    })
    // 309 + 100 + (5 + 2) × 120 + 5 × 80 = 309 + 100 + 840 + 400
    expect(e).toMatchObject({ courseFees: 400, fundedTravelDays: 2, total: 1649 })
    expect(e.notes).toEqual([
      {
        code: 'travelDaysCapped',
        key: 'grants:notes.travelDaysCapped',
        params: { requested: 3, funded: 2 },
      },
    ])
  })

  it('[GRANTS][DAY15]: teaching in Germany for 14 + 2 days at 107 €: days 15–16 at 75 €', () => {
    const e = estimate(rules, {
      ...jobShadowingInRome,
      activityType: 'SM-TTA',
      receivingCountry: 'DE',
      activityDays: 14,
      individualSupportBaseRate: 107,
      participantsBefore: 100,
    })
    expect(e.individualSupport).toMatchObject({ amount: 14 * 107 + 2 * 75, reducedRate: 75 })
    expect(e.organisationalSupport).toBe(200)
    expect(e.notes.map((n) => n.code)).toEqual(['orgSupportAfterStep', 'rounding'])
  })

  it('[GRANTS][NOTES]: estimated distance, no travel grant and the placeholder code are noted', () => {
    const e = estimate(rules, {
      ...jobShadowingInRome,
      activityType: 'LM-GROUP-VET',
      distanceKm: 8.5,
      isDistanceEstimated: true,
      individualSupportBaseRate: 100,
    })
    expect(e.travel).toBe(0)
    expect(e.distanceBand).toBeNull()
    expect(e.notes.map((n) => n.code)).toEqual([
      'distanceEstimated',
      'noTravelGrant',
      'placeholderCode',
    ])
    expect(e.notes[1]?.params).toEqual({ minKm: 10 })
  })

  it('[GRANTS][NOTES]: a rules file that is not official makes every estimate say so', () => {
    const unconfirmed = toRuleBook({ ...file(), confidence: 'ranges not confirmed' })
    expect(unconfirmed.isConfirmed).toBe(false)
    const e = estimate(unconfirmed, jobShadowingInRome)
    expect(e.notes).toEqual([
      { code: 'rulesUnconfirmed', key: 'grants:notes.rulesUnconfirmed', params: { year: 2026 } },
    ])
  })

  it('[GRANTS][RULES]: a rules file the rules cannot use is refused on load', () => {
    const broken = file()
    broken.organisational_support.per_participant.pop()
    expect(() => toRuleBook(broken)).toThrow(/no organisational support for LM-LONG-VET/)
  })
})

describe('field errors', () => {
  it('[GRANTS][INPUT]: days outside the activity’s range name the range', () => {
    const short = { ...jobShadowingInRome, activityType: 'LM-SHORT-VET', activityDays: 5 }
    delete short.individualSupportBaseRate
    expect(checkEstimateInput(rules, short)).toEqual({
      fields: { activityDays: 'grants:errors.activityDaysRange' },
      params: { minDays: 10, maxDays: 89 },
    })
    expect(checkEstimateInput(rules, { ...short, fewerOpportunities: true }).fields).toEqual({})
    expect(
      checkEstimateInput(rules, { ...short, activityDays: 1, fewerOpportunities: true }),
    ).toMatchObject({ params: { minDays: 2, maxDays: 89 } })
  })

  it('[GRANTS][INPUT]: a base rate outside the range names the allowed range', () => {
    for (const rate of [106, 192, 0, Number.NaN]) {
      expect(
        checkEstimateInput(rules, { ...jobShadowingInRome, individualSupportBaseRate: rate }),
      ).toEqual({
        fields: { individualSupportBaseRate: 'grants:errors.baseRateRange' },
        params: { minRateEur: 107, maxRateEur: 191 },
      })
    }
    for (const rate of [107, 191, 150.5]) {
      const ok = { ...jobShadowingInRome, individualSupportBaseRate: rate }
      expect(checkEstimateInput(rules, ok).fields).toEqual({})
    }
  })

  it('[GRANTS][INPUT]: unknown activity and country, negative counts: all reported at once', () => {
    const bad = {
      ...jobShadowingInRome,
      activityType: 'XX-NOPE',
      receivingCountry: 'ZZ',
      distanceKm: -1,
      travelDays: -1,
      participantsBefore: 1.5,
    }
    expect(checkEstimateInput(rules, bad).fields).toEqual({
      activityType: 'grants:errors.activityType',
      receivingCountry: 'grants:errors.receivingCountry',
      distanceKm: 'grants:errors.distanceKm',
      travelDays: 'grants:errors.travelDays',
      participantsBefore: 'grants:errors.participantsBefore',
    })
    expect(() => estimate(rules, bad)).toThrow(AppError)
  })
})
