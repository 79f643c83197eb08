import { greatCircleKm, roundKm } from './distance.ts'
import { estimate, type GrantEstimate } from './estimate.ts'
import type { GrantEstimateRequest, GrantForm } from './inputs.ts'
import { availableCallYears, rulesFor } from './rule-book.ts'
import { countryGroup, findActivity, type Range, rateRange } from './rules.ts'

export type ActivityOption = { code: string; name: string; isPlaceholderCode: boolean }

/**
 * Estimates one participant's Erasmus+ VET grant under the rules of the call year. Public and
 * stateless: no tenant, no database. With `estimateFrom`, the distance is a great-circle estimate.
 */
export function estimateGrant(input: GrantEstimateRequest | GrantForm): GrantEstimate {
  const rules = rulesFor(input.callYear)
  const from = 'estimateFrom' in input ? input.estimateFrom : undefined
  const distanceKm = from ? roundKm(greatCircleKm(from.origin, from.destination)) : input.distanceKm
  return estimate(rules, {
    ...input,
    distanceKm: distanceKm ?? Number.NaN,
    isDistanceEstimated: from !== undefined,
  })
}

/** The activity types of a call year, in the order of the Programme Guide. */
export function listActivityTypes(callYear: number): ActivityOption[] {
  return rulesFor(callYear).activities.map((a) => ({
    code: a.code,
    name: a.name,
    isPlaceholderCode: a.codeConfidence !== null,
  }))
}

/** The per-day range a base rate must lie in for this activity and country, if both are known. */
export function findBaseRateRange(
  callYear: number,
  activityType: string,
  receivingCountry: string,
): Range | null {
  if (!availableCallYears().includes(callYear)) return null
  const rules = rulesFor(callYear)
  const activity = findActivity(rules, activityType)
  const group = countryGroup(rules, receivingCountry)
  return activity && group ? rateRange(rules, activity.participant, group.group) : null
}

export type CalculatorFacts = {
  callYear: number
  source: string
  fundedTravelDaysMax: { standard: number; green: number }
  /** The participant count after which some activity types get less organisational support. */
  stepAfterParticipants: number | null
}

/** What the calculator page says about a call year's rules (limits for hints, attribution). */
export function getCalculatorFacts(callYear: number): CalculatorFacts {
  const rules = rulesFor(callYear)
  return {
    callYear,
    source: rules.source,
    fundedTravelDaysMax: rules.fundedTravelDaysMax,
    stepAfterParticipants:
      rules.organisationalSupport.find((o) => o.stepAfter)?.stepAfter?.participants ?? null,
  }
}

export { availableCallYears }
