/**
 * One mobility's grant, line by line, from the grants module's rules (never a rule of its own):
 * `estimate` for a participant, the rule functions for an accompanying person (staff rates, no
 * organisational support), plus linguistic support and exceptional costs from the same reference
 * file. Pure: the service gathers the facts and stores the result as a snapshot.
 */
import { AppError, type FieldErrors } from '#src/lib/errors.ts'
import {
  activityDaysRange,
  countryGroup,
  estimate,
  findActivity,
  fundedTravelDays,
  individualSupport,
  type RuleBook,
  type RuleExtras,
  rateRange,
  travelGrant,
} from '../grants/index.ts'
import { applyFactor, euros, fromCents } from './cents.ts'
import type { ExceptionalKind, GrantItem, GrantLine, GrantNote } from './schema.ts'

export type GrantFacts = {
  activityType: string
  isAccompanying: boolean
  receivingCountry: string
  distanceKm: number
  isDistanceEstimated: boolean
  greenTravel: boolean
  activityDays: number
  travelDaysRequested: number
  baseRate: number | undefined
  participantsBefore: number
  fewerOpportunities: boolean
  linguisticSupport: boolean
  linguisticReinforced: boolean
  exceptional: { kind: ExceptionalKind; realCost: bigint; justification: string }[]
}

export type ComputedGrant = {
  lines: GrantLine[]
  notes: GrantNote[]
  /** Per item, in cents; individual support (and so the total) may be a range. */
  cents: Record<GrantItem, bigint> & { individualMax: bigint; totalMin: bigint; totalMax: bigint }
}

/** The activity that gets the ErasmusPro reinforced linguistic support. */
const ERASMUS_PRO = 'LM-LONG-VET'

type Core = {
  travel: number
  band: { band: number; minKm: number; maxKm: number | null } | null
  organisationalSupport: number
  individual: ReturnType<typeof individualSupport>
  fundedTravelDays: number
  inclusion: number
  courseFees: { amount: number; days: number; perDay: number }
  notes: GrantNote[]
}

function participantCore(rules: RuleBook, f: GrantFacts): Core {
  const est = estimate(rules, {
    activityType: f.activityType,
    receivingCountry: f.receivingCountry,
    distanceKm: f.distanceKm,
    isDistanceEstimated: f.isDistanceEstimated,
    greenTravel: f.greenTravel,
    activityDays: f.activityDays,
    travelDays: f.travelDaysRequested,
    individualSupportBaseRate: f.baseRate,
    participantsBefore: f.participantsBefore,
    fewerOpportunities: f.fewerOpportunities,
  })
  return {
    travel: est.travel,
    band: est.distanceBand,
    organisationalSupport: est.organisationalSupport,
    individual: est.individualSupport,
    fundedTravelDays: est.fundedTravelDays,
    inclusion: est.inclusionSupport,
    courseFees: { amount: est.courseFees, ...est.courseFeeBasis },
    notes: est.notes.map((n) => ({ key: n.key, params: n.params })),
  }
}

/** An accompanying person: travel and individual support at staff rates, nothing else. */
function accompanyingCore(rules: RuleBook, f: GrantFacts): Core {
  const fields: FieldErrors = {}
  const params: Record<string, number> = {}
  const activity = findActivity(rules, f.activityType)
  const group = countryGroup(rules, f.receivingCountry)
  if (!activity) fields.activityType = 'grants:errors.activityType'
  if (!group) fields.receivingCountry = 'grants:errors.receivingCountry'
  if (activity) {
    const days = activityDaysRange(activity, false)
    if (f.activityDays < days.min || f.activityDays > days.max) {
      fields.activityDays = 'grants:errors.activityDaysRange'
      Object.assign(params, { minDays: days.min, maxDays: days.max })
    }
  }
  const range = group ? rateRange(rules, 'staff', group.group) : null
  if (range && f.baseRate !== undefined && (f.baseRate < range.min || f.baseRate > range.max)) {
    fields.individualSupportBaseRate = 'grants:errors.baseRateRange'
    Object.assign(params, { minRateEur: range.min, maxRateEur: range.max })
  }
  if (Object.keys(fields).length > 0 || !range) {
    throw new AppError('INVALID_INPUT', 'grants:errors.invalidInput', params, fields)
  }
  const travel = travelGrant(rules, f.distanceKm, f.greenTravel)
  const travelDays = fundedTravelDays(rules, f.travelDaysRequested, f.greenTravel)
  const notes: GrantNote[] = [{ key: 'reports:grant.notes.accompanying', params: {} }]
  if (f.isDistanceEstimated) {
    notes.push({ key: 'grants:notes.distanceEstimated', params: { distanceKm: f.distanceKm } })
  }
  return {
    travel: travel.amount,
    band: travel.band
      ? { band: travel.band.band, minKm: travel.band.minKm, maxKm: travel.band.maxKm }
      : null,
    organisationalSupport: 0,
    individual: individualSupport(rules, {
      range,
      baseRate: f.baseRate,
      activityDays: f.activityDays,
      travelDays,
    }),
    fundedTravelDays: travelDays,
    inclusion: 0,
    courseFees: { amount: 0, days: 0, perDay: 0 },
    notes,
  }
}

function exceptionalCosts(extras: RuleExtras, f: GrantFacts, travelUnit: number) {
  const fields: FieldErrors = {}
  let total = 0n
  let replacesTravel = false
  f.exceptional.forEach((item, i) => {
    const factor = extras.exceptionalCosts[item.kind]
    if (factor === undefined) {
      fields[`exceptional.${i}.kind`] = 'reports:grant.errors.exceptionalKind'
      return
    }
    if (item.kind === 'expensive_travel') {
      // Only when the unit cost covers less than the threshold (70 %) of the real cost.
      if (euros(travelUnit) >= applyFactor(item.realCost, extras.expensiveTravelThreshold)) {
        fields[`exceptional.${i}.realCost`] = 'reports:grant.errors.notExpensive'
        return
      }
      if (replacesTravel) {
        fields[`exceptional.${i}.kind`] = 'reports:grant.errors.expensiveTwice'
        return
      }
      replacesTravel = true
    }
    total += applyFactor(item.realCost, factor)
  })
  if (Object.keys(fields).length > 0) {
    throw new AppError(
      'INVALID_INPUT',
      'reports:grant.errors.invalid',
      { thresholdPercent: Math.round(extras.expensiveTravelThreshold * 100) },
      fields,
    )
  }
  return { total, replacesTravel }
}

/** The itemised grant of one mobility; bad facts throw INVALID_INPUT with field errors. */
export function computeGrant(rules: RuleBook, extras: RuleExtras, f: GrantFacts): ComputedGrant {
  const core = f.isAccompanying ? accompanyingCore(rules, f) : participantCore(rules, f)
  const notes = [...core.notes]
  const exceptional = exceptionalCosts(extras, f, core.travel)
  const travel = exceptional.replacesTravel ? 0 : core.travel
  if (exceptional.replacesTravel) {
    notes.push({ key: 'reports:grant.notes.expensiveTravel', params: { unitEur: core.travel } })
  }
  const linguistic = f.isAccompanying
    ? 0
    : (f.linguisticSupport ? extras.linguisticSupport.perParticipant : 0) +
      (f.linguisticReinforced && f.activityType === ERASMUS_PRO
        ? extras.linguisticSupport.erasmusProExtra
        : 0)
  const ind = core.individual
  const indMin = euros('amount' in ind ? ind.amount : ind.min)
  const indMax = euros('amount' in ind ? ind.amount : ind.max)
  const fixed =
    euros(travel) +
    euros(core.organisationalSupport) +
    euros(core.inclusion) +
    euros(core.courseFees.amount) +
    euros(linguistic) +
    exceptional.total
  const low = (r: number | { min: number; max: number }) => (typeof r === 'number' ? r : r.min)
  const line = (item: GrantItem, cents: bigint, params: GrantLine['params'] = {}): GrantLine => ({
    item,
    amount: fromCents(cents),
    params,
  })
  const band = core.band
  const lines: GrantLine[] = [
    line('travel', euros(travel), {
      distanceKm: f.distanceKm,
      ...(band ? { band: band.band, minKm: band.minKm, maxKm: band.maxKm ?? '' } : {}),
      green: f.greenTravel ? 1 : 0,
    }),
    line('organisationalSupport', euros(core.organisationalSupport), {
      participantsBefore: f.participantsBefore,
    }),
    {
      ...line('individualSupport', indMin, {
        days: ind.days,
        fullRateDays: ind.fullRateDays,
        reducedRateDays: ind.reducedRateDays,
        rateEur: low(ind.rate),
        reducedRateEur: low(ind.reducedRate),
        ...(typeof ind.rate === 'number' ? {} : { rateMaxEur: ind.rate.max }),
        ...(typeof ind.reducedRate === 'number' ? {} : { reducedRateMaxEur: ind.reducedRate.max }),
        reducedRateFactor: ind.reducedRateFactor,
        fundedTravelDays: core.fundedTravelDays,
      }),
      ...(indMax !== indMin ? { max: fromCents(indMax) } : {}),
    },
    line('inclusionSupport', euros(core.inclusion)),
    line('courseFees', euros(core.courseFees.amount), {
      days: core.courseFees.days,
      perDayEur: core.courseFees.perDay,
    }),
    line('linguisticSupport', euros(linguistic)),
    line('exceptionalCosts', exceptional.total, { count: f.exceptional.length }),
  ]
  return {
    lines,
    notes,
    cents: {
      travel: euros(travel),
      organisationalSupport: euros(core.organisationalSupport),
      individualSupport: indMin,
      individualMax: indMax,
      inclusionSupport: euros(core.inclusion),
      courseFees: euros(core.courseFees.amount),
      linguisticSupport: euros(linguistic),
      exceptionalCosts: exceptional.total,
      totalMin: fixed + indMin,
      totalMax: fixed + indMax,
    },
  }
}
