export { registerGrantApi } from './api.ts'
export { greatCircleKm, type LatLon } from './distance.ts'
export type { GrantEstimate, Note } from './estimate.ts'
export { type GrantEstimateRequest, ZGrantEstimateRequest } from './inputs.ts'
export { grantRoutes } from './routes.tsx'
export { type RuleBook, rulesFor } from './rule-book.ts'
export {
  availableCallYears,
  estimateGrant,
  findBaseRateRange,
  getCalculatorFacts,
  listActivityTypes,
} from './service.ts'
