export { DEMO_RATES, loadGrantRatesDemo } from './demo.ts'
export { greatCircleKm, type LatLon, roundKm } from './distance.ts'
export type { GrantEstimate, Note } from './estimate.ts'
export { type EstimateInput, estimate } from './estimate.ts'
export { formatAmount, formatEuros, translateFields, translateNotes } from './format.ts'
export { type GrantEstimateRequest, ZGrantEstimateRequest } from './inputs.ts'
export {
  type FoundRate,
  findNationalAgencyRate,
  nationalAgencyCountries,
  parseRateCents,
  type RateSheet,
  rateCells,
  saveRateSheet,
} from './rates.ts'
export { type RuleBook, rulesFor } from './rule-book.ts'
export { type RuleExtras, ruleExtrasFor } from './rule-extras.ts'
export {
  type Amount,
  activityDaysRange,
  countryGroup,
  findActivity,
  fundedTravelDays,
  individualSupport,
  rateCategory,
  rateRange,
  travelGrant,
} from './rules.ts'
export * from './schema.ts'
export {
  availableCallYears,
  estimateGrant,
  findBaseRateRange,
  getCalculatorFacts,
  listActivityTypes,
} from './service.ts'
