export { registerGrantApi } from './api.ts'
export { DEMO_RATES, loadGrantRatesDemo } from './demo.ts'
export { greatCircleKm, type LatLon } from './distance.ts'
export type { GrantEstimate, Note } from './estimate.ts'
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
export { grantRateRoutes } from './rates-routes.tsx'
export { grantRoutes } from './routes.tsx'
export { type RuleBook, rulesFor } from './rule-book.ts'
export { type RuleExtras, ruleExtrasFor } from './rule-extras.ts'
export * from './schema.ts'
export {
  availableCallYears,
  estimateGrant,
  findBaseRateRange,
  getCalculatorFacts,
  listActivityTypes,
} from './service.ts'
