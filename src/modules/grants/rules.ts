/**
 * The Erasmus+ VET grant rules as pure functions of a rule book (one call year). Every amount,
 * limit and rate comes from the rule book; the only facts kept in code are the two activity lists
 * below, which the reference file does not carry.
 */
import type { Activity, Band, CountryTable, RateRange, RuleBook } from './rule-book.ts'

/**
 * Group mobility is the one activity type that is not "individual", so it never gets the flat
 * organisational support for individual activities in third countries not associated to the
 * Programme. Everything else (learners, staff, experts, hosted teachers) travels as one person.
 */
export const GROUP_ACTIVITIES: ReadonlySet<string> = new Set(['LM-GROUP-VET'])

/** The file gives the daily course fee but not which activity earns it: the Guide says courses. */
export const COURSE_FEE_ACTIVITIES: ReadonlySet<string> = new Set(['SM-COUR-TRAIN'])

const NOT_ASSOCIATED: CountryTable = 'third_countries_not_associated'

export type Range = { min: number; max: number }
/** Whole euros, or the range allowed when no National Agency base rate is given. */
export type Amount = number | Range

/**
 * The distance band that holds `km`: the band whose [min_km, next band's min_km) contains the
 * value, so 99.5 km is band 1 and 499.99 km band 2. Below the first band: no band, no travel grant.
 */
export function distanceBand(rules: RuleBook, km: number): Band | null {
  if (!Number.isFinite(km) || km < 0) throw new RangeError(`distance ${km} km`)
  let found: Band | null = null
  for (const band of rules.bands) if (km >= band.minKm) found = band
  return found
}

/** The band's contribution to the return journey (never doubled); 0 below the first band. */
export function travelGrant(rules: RuleBook, km: number, isGreen: boolean) {
  const band = distanceBand(rules, km)
  return { band, amount: band ? (isGreen ? band.green : band.standard) : 0 }
}

/** Travel days paid as individual support: what was asked for, up to the cap (standard / green). */
export function fundedTravelDays(rules: RuleBook, requested: number, isGreen: boolean): number {
  if (!Number.isInteger(requested) || requested < 0)
    throw new RangeError(`travel days ${requested}`)
  const max = isGreen ? rules.fundedTravelDaysMax.green : rules.fundedTravelDaysMax.standard
  return Math.min(requested, max)
}

export function findActivity(rules: RuleBook, code: string): Activity | null {
  return rules.activities.find((a) => a.code === code) ?? null
}

/** Which table and group a receiving country is in, or null when the Guide lists it nowhere. */
export function countryGroup(
  rules: RuleBook,
  country: string,
): { group: number; table: CountryTable } | null {
  const code = country.toUpperCase()
  const row = rules.countryTables.find((t) => t.countries.includes(code))
  return row ? { group: row.group, table: row.table } : null
}

export function isIndividualActivity(code: string): boolean {
  return !GROUP_ACTIVITIES.has(code)
}

export type OrgSupport = {
  amount: number
  rule: 'perActivity' | 'afterStep' | 'thirdCountryIndividual'
  /** The participant count after which the lower amount applies, when the activity has one. */
  stepAfter: number | null
}

/**
 * Organisational support for one participant. `participantsBefore` counts the participants of the
 * same activity type already in the project: from the 101st on (`participantsBefore >= 100`) the
 * stepped activities get the lower amount. Individual activities in a third country not associated
 * to the Programme get the flat amount for them instead, whatever the count.
 */
export function organisationalSupport(
  rules: RuleBook,
  activityCode: string,
  table: CountryTable,
  participantsBefore: number,
): OrgSupport {
  const entry = rules.organisationalSupport.find((o) => o.activities.includes(activityCode))
  if (!entry) throw new RangeError(`no organisational support for ${activityCode}`)
  const stepAfter = entry.stepAfter?.participants ?? null
  if (table === NOT_ASSOCIATED && isIndividualActivity(activityCode)) {
    return {
      amount: rules.orgSupportThirdCountryIndividual,
      rule: 'thirdCountryIndividual',
      stepAfter,
    }
  }
  if (entry.stepAfter && participantsBefore >= entry.stepAfter.participants) {
    return { amount: entry.stepAfter.amount, rule: 'afterStep', stepAfter }
  }
  return { amount: entry.amount, rule: 'perActivity', stepAfter }
}

/** Learners have learner rates; staff, experts and accompanying persons have staff rates. */
export function rateCategory(rules: RuleBook, participant: string): string {
  return participant === 'learner' && rules.ranges.learner ? 'learner' : 'staff'
}

/** The per-day range a National Agency's base rate must lie in. */
export function rateRange(rules: RuleBook, participant: string, group: number): RateRange {
  const range = rules.ranges[rateCategory(rules, participant)]?.[String(group)]
  if (!range) throw new RangeError(`no ${participant} range for group ${group}`)
  return range
}

/**
 * A payable daily rate: `rate × factor` to the nearest whole euro, half up. Done on integers
 * (cents × basis points) so 0.7 × 75 is exactly 52.5 and becomes 53. The Guide does not say
 * which way a half goes; `isRounded` lets the caller flag it.
 */
export function payableRate(rate: number, factor = 1): { euros: number; isRounded: boolean } {
  const cents = Math.round(rate * 100)
  const basisPoints = Math.round(factor * 10_000)
  const micro = cents * basisPoints
  return { euros: Math.floor((micro + 500_000) / 1_000_000), isRounded: micro % 1_000_000 !== 0 }
}

/** The allowed duration of the activity in days (travel days excluded). */
export function activityDaysRange(activity: Activity, hasFewerOpportunities: boolean): Range {
  const min =
    hasFewerOpportunities && activity.minDaysFewerOpportunities !== null
      ? activity.minDaysFewerOpportunities
      : activity.minDays
  return { min, max: activity.maxDays }
}

export type IndividualSupport = ({ amount: number } | Range) & {
  days: number
  fullRateDays: number
  reducedRateDays: number
  rate: Amount
  reducedRate: Amount
  rateRange: Range
  /** The share of the rate paid from day `fullRateDays + 1` on (0.7). */
  reducedRateFactor: number
  isRounded: boolean
}

/**
 * Individual support: (activity days + funded travel days) at the full rate up to the rule book's
 * `fullRateDays`, then at the reduced rate. Without a base rate, the range the Guide allows.
 */
export function individualSupport(
  rules: RuleBook,
  args: {
    range: RateRange
    baseRate?: number | undefined
    activityDays: number
    travelDays: number
  },
): IndividualSupport {
  const days = args.activityDays + args.travelDays
  const fullRateDays = Math.min(days, rules.fullRateDays)
  const reducedRateDays = days - fullRateDays
  const at = (base: number) => {
    const rate = payableRate(base)
    const reduced = payableRate(base, rules.reducedRateFactor)
    return {
      rate: rate.euros,
      reducedRate: reduced.euros,
      amount: fullRateDays * rate.euros + reducedRateDays * reduced.euros,
      isRounded: rate.isRounded || (reducedRateDays > 0 && reduced.isRounded),
    }
  }
  const common = {
    days,
    fullRateDays,
    reducedRateDays,
    rateRange: args.range,
    reducedRateFactor: rules.reducedRateFactor,
  }
  if (args.baseRate !== undefined) {
    const r = at(args.baseRate)
    return { ...common, ...r }
  }
  const lo = at(args.range.min)
  const hi = at(args.range.max)
  return {
    ...common,
    min: lo.amount,
    max: hi.amount,
    rate: { min: lo.rate, max: hi.rate },
    reducedRate: { min: lo.reducedRate, max: hi.reducedRate },
    isRounded: lo.isRounded || hi.isRounded,
  }
}

/** Course fees per day of the course (travel days excluded), for course activities only. */
export function courseFees(
  rules: RuleBook,
  activity: Activity,
  activityDays: number,
): { amount: number; days: number; perDay: number } {
  if (!COURSE_FEE_ACTIVITIES.has(activity.code)) return { amount: 0, days: 0, perDay: 0 }
  const days = Math.min(activityDays, activity.maxDays)
  return { amount: rules.courseFeesPerDay * days, days, perDay: rules.courseFeesPerDay }
}

/** Inclusion support for the organisation, per participant with fewer opportunities. */
export function inclusionSupport(rules: RuleBook, hasFewerOpportunities: boolean): number {
  return hasFewerOpportunities ? rules.inclusionPerParticipant : 0
}

/** Adds whole euros and ranges: a range anywhere makes the sum a range. */
export function addAmounts(...parts: Amount[]): Amount {
  let min = 0
  let max = 0
  let isRange = false
  for (const p of parts) {
    if (typeof p === 'number') {
      min += p
      max += p
    } else {
      isRange = true
      min += p.min
      max += p.max
    }
  }
  return isRange ? { min, max } : min
}
