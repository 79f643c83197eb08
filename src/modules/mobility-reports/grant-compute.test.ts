import { describe, expect, it } from 'vitest'
import { ruleExtrasFor, rulesFor } from '../grants/index.ts'
import { applyFactor, centsOf, fromCents, toCents } from './cents.ts'
import { computeGrant, type GrantFacts } from './grant-compute.ts'
import { uniqueMobilityId } from './profile.ts'

const rules = rulesFor(2026)
const extras = ruleExtrasFor(2026)

/** A learner's 20-day short-term mobility to Greece (group 2), 1,600 km, German rate 82 €. */
const BASE: GrantFacts = {
  activityType: 'LM-SHORT-VET',
  isAccompanying: false,
  receivingCountry: 'GR',
  distanceKm: 1600,
  isDistanceEstimated: false,
  greenTravel: false,
  activityDays: 20,
  travelDaysRequested: 2,
  baseRate: 82,
  participantsBefore: 0,
  fewerOpportunities: false,
  linguisticSupport: false,
  linguisticReinforced: false,
  exceptional: [],
}

const amounts = (facts: Partial<GrantFacts>) =>
  Object.fromEntries(
    computeGrant(rules, extras, { ...BASE, ...facts }).lines.map((l) => [
      l.item,
      l.max ? `${l.amount}-${l.max}` : l.amount,
    ]),
  )

describe('cents', () => {
  it('[REPORTS][MONEY]: amounts parse exactly, with a point or a comma, and refuse the rest', () => {
    expect(toCents('230')).toBe(23000n)
    expect(toCents('230,5')).toBe(23050n)
    expect(toCents(' 1 230.05 ')).toBe(123005n)
    expect(toCents('0.001')).toBeNull()
    expect(toCents('-5')).toBeNull()
    expect(fromCents(123005n)).toBe('1230.05')
    expect(fromCents(-5n)).toBe('-0.05')
    expect(centsOf('80.1')).toBe(8010n)
  })

  it('[REPORTS][MONEY]: a share of a real cost rounds to the cent, half up', () => {
    expect(applyFactor(10001n, 0.8)).toBe(8001n) // 80.008 → 80.01
    expect(applyFactor(10006n, 0.8)).toBe(8005n) // 80.048 → 80.05
    expect(applyFactor(12345n, 1)).toBe(12345n)
  })
})

describe('computeGrant', () => {
  it('[REPORTS][GRANT]: a participant: band 3 travel, organisational support, 14 days at the rate then 70 %', () => {
    const g = computeGrant(rules, extras, BASE)
    expect(amounts({})).toEqual({
      travel: '309.00',
      organisationalSupport: '350.00',
      // 22 days with the 2 travel days: 14 × 82 + 8 × 57 (0.7 × 82 = 57.4 → 57).
      individualSupport: '1604.00',
      inclusionSupport: '0.00',
      courseFees: '0.00',
      linguisticSupport: '0.00',
      exceptionalCosts: '0.00',
    })
    expect(g.cents.totalMin).toBe(226300n)
    expect(g.cents.totalMax).toBe(226300n)
    expect(g.lines.find((l) => l.item === 'individualSupport')?.params).toMatchObject({
      days: 22,
      fullRateDays: 14,
      reducedRateDays: 8,
      rateEur: 82,
      reducedRateEur: 57,
      fundedTravelDays: 2,
    })
  })

  it('[REPORTS][GRANT]: green travel pays the green band and funds up to 6 travel days', () => {
    const a = amounts({ greenTravel: true, travelDaysRequested: 8 })
    expect(a.travel).toBe('417.00')
    // 26 days: 14 × 82 + 12 × 57.
    expect(a.individualSupport).toBe('1832.00')
    const notes = computeGrant(rules, extras, {
      ...BASE,
      greenTravel: true,
      travelDaysRequested: 8,
    }).notes
    expect(notes.map((n) => n.key)).toContain('grants:notes.travelDaysCapped')
  })

  it('[REPORTS][GRANT]: without a National Agency rate, individual support and the total are a range', () => {
    const g = computeGrant(rules, extras, { ...BASE, baseRate: undefined })
    // Learners, group 2: 41–110 € a day. 14 × 41 + 8 × 29 = 806; 14 × 110 + 8 × 77 = 2156.
    expect(amounts({ baseRate: undefined }).individualSupport).toBe('806.00-2156.00')
    expect([g.cents.totalMin, g.cents.totalMax]).toEqual([146500n, 281500n])
  })

  it('[REPORTS][GRANT]: the 101st participant of the activity type gets the lower organisational support', () => {
    expect(amounts({ participantsBefore: 99 }).organisationalSupport).toBe('350.00')
    expect(amounts({ participantsBefore: 100 }).organisationalSupport).toBe('200.00')
  })

  it('[REPORTS][GRANT]: fewer opportunities add inclusion support; courses add course fees', () => {
    expect(amounts({ fewerOpportunities: true }).inclusionSupport).toBe('125.00')
    const course = amounts({ activityType: 'SM-COUR-TRAIN', activityDays: 5, baseRate: 144 })
    expect(course.courseFees).toBe('400.00')
    expect(course.organisationalSupport).toBe('100.00')
  })

  it('[REPORTS][GRANT]: a duration outside the activity limits is a field error naming them', () => {
    expect(() => computeGrant(rules, extras, { ...BASE, activityDays: 5 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        fields: { activityDays: 'grants:errors.activityDaysRange' },
        params: { minDays: 10, maxDays: 89 },
      }),
    )
  })

  it('[REPORTS][GRANT]: an accompanying person gets travel and staff rates, no organisational support', () => {
    const facts = {
      activityType: 'LM-GROUP-VET',
      isAccompanying: true,
      activityDays: 10,
      baseRate: 144,
    }
    const a = amounts(facts)
    expect(a.organisationalSupport).toBe('0.00')
    expect(a.individualSupport).toBe('1728.00') // 12 days × 144
    expect(a.travel).toBe('309.00')
    const g = computeGrant(rules, extras, { ...BASE, ...facts })
    expect(g.notes.map((n) => n.key)).toContain('reports:grant.notes.accompanying')
    // A learner's rate is outside the staff range (95–169 € in group 2).
    expect(() => computeGrant(rules, extras, { ...BASE, ...facts, baseRate: 82 })).toThrow(
      expect.objectContaining({ params: { minRateEur: 95, maxRateEur: 169 } }),
    )
  })

  it('[REPORTS][GRANT]: linguistic support when requested, the reinforced part for ErasmusPro only', () => {
    expect(amounts({ linguisticSupport: true }).linguisticSupport).toBe('150.00')
    expect(amounts({ linguisticReinforced: true }).linguisticSupport).toBe('0.00')
    const pro = amounts({
      activityType: 'LM-LONG-VET',
      activityDays: 90,
      linguisticSupport: true,
      linguisticReinforced: true,
    })
    expect(pro.linguisticSupport).toBe('300.00')
    expect(pro.organisationalSupport).toBe('500.00')
  })

  it('[REPORTS][GRANT]: exceptional costs are paid at the share the rules set, to the cent', () => {
    const g = computeGrant(rules, extras, {
      ...BASE,
      exceptional: [
        {
          kind: 'visa_permits_vaccinations_medical_certificates',
          realCost: 12345n,
          justification: 'Visa',
        },
        { kind: 'financial_guarantee', realCost: 10001n, justification: 'Bank guarantee' },
      ],
    })
    expect(g.cents.exceptionalCosts).toBe(12345n + 8001n)
    expect(g.cents.totalMin).toBe(226300n + 20346n)
  })

  it('[REPORTS][GRANT]: expensive travel replaces the travel grant only below 70 % coverage', () => {
    const cheap = {
      kind: 'expensive_travel' as const,
      realCost: 40000n,
      justification: 'Ferry and train',
    }
    expect(() => computeGrant(rules, extras, { ...BASE, exceptional: [cheap] })).toThrow(
      expect.objectContaining({
        fields: { 'exceptional.0.realCost': 'reports:grant.errors.notExpensive' },
        params: { thresholdPercent: 70 },
      }),
    )
    const dear = { ...cheap, realCost: 50000n } // 309 < 0.7 × 500
    const g = computeGrant(rules, extras, { ...BASE, exceptional: [dear] })
    expect(g.cents.travel).toBe(0n)
    expect(g.cents.exceptionalCosts).toBe(40000n)
    expect(g.notes.map((n) => n.key)).toContain('reports:grant.notes.expensiveTravel')
    expect(() => computeGrant(rules, extras, { ...BASE, exceptional: [dear, dear] })).toThrow(
      expect.objectContaining({
        fields: { 'exceptional.1.kind': 'reports:grant.errors.expensiveTwice' },
      }),
    )
  })
})

describe('uniqueMobilityId', () => {
  it('[REPORTS][UMID]: reproduces the reference example', () => {
    expect(uniqueMobilityId(2024, 'LONGT', 12, extras.uniqueMobilityId.exampleProject)).toBe(
      extras.uniqueMobilityId.exampleId,
    )
    expect(uniqueMobilityId(2026, 'SHORT', 7, '2026-1-DE02-KA121-VET-000123456')).toBe(
      '2026-SHORT-0007-KA121-VET-000123456',
    )
    expect(uniqueMobilityId(2026, 'JOBSH', 1234, 'ABC')).toBe('2026-JOBSH-1234-ABC')
  })
})
