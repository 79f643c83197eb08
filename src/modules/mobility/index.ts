export { loadMobility, type MobilityAccess, type Relation } from './access.ts'
export { loadMobilityDemo, type MobilityDemoIds } from './demo.ts'
export {
  type MobilityFilter,
  type MobilityInput,
  ZMobility,
  ZMobilityFilter,
} from './inputs.ts'
export { callYearFor, durationLimits } from './reference.ts'
export * from './schema.ts'
export { type ApprovedMobilityStep, onMobilityApproved } from './service/approved-hook.ts'
export { createMobilityFromApplication } from './service/from-application.ts'
export { countOpenMobilitiesAtHost } from './service/host-use.ts'
export {
  DEFAULT_PAGE_SIZE,
  listIncoming,
  listMobilities,
  listMyMobilities,
  type MobilityListItem,
} from './service/lists.ts'
export { createMobility, updateMobility } from './service/records.ts'
export { purgeExpiredSensitiveData } from './service/sensitive.ts'
export { canMove, changeStatus, TRANSITIONS } from './service/status.ts'
