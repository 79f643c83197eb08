export { loadNetworkDemo } from './demo.ts'
export {
  claimOrganisation,
  createExternalOrganisation,
  getDirectoryOrganisation,
  listDirectory,
} from './directory.ts'
export {
  addHostCapacity,
  addSafeguardingCheck,
  createHostCompany,
  deleteHostCompany,
  getHostCompany,
  listHostCompanies,
  updateHostCompany,
} from './host-companies.ts'
export { getMapData } from './map.ts'
export {
  attachPartnershipDocument,
  createPartnership,
  deletePartnership,
  getPartnership,
  listExpiringPartnerships,
  listPartnerships,
  updatePartnership,
} from './partnerships.ts'
export { type ReminderRun, sendRenewalReminders } from './reminders.ts'
export * from './schema.ts'
export {
  addTwinningGoal,
  addTwinningNote,
  createTwinningPair,
  deleteTwinningPair,
  getTwinningPlan,
  listTwinningPairs,
} from './twinning.ts'
