export { loadProjectsDemo } from './demo.ts'
export { DEMO_PROJECTS, type DemoProject } from './demo-projects.ts'
export {
  assertManager,
  assertOwned,
  canEditOwned,
  canManage,
  canReview,
  getProjectAccess,
  type ProjectAccess,
  type ProjectLevel,
  requireProjectActor,
} from './policy.ts'
export * from './schema.ts'
export {
  consortiumProjectIds,
  isTaskChoice,
  projectAcronyms,
  projectChoices,
  type TaskChoice,
  taskChoices,
} from './service/consortia.ts'
export { addPartner, listPartners, type Partner } from './service/consortium.ts'
export { listDeliverables } from './service/deliverables.ts'
export { getProjectOverview } from './service/overview.ts'
export {
  createProject,
  getProject,
  listProjectsFor,
  type PortfolioRow,
  type Project,
} from './service/portfolio.ts'
export { listPublicProjectsOf } from './service/public.ts'
export { listWorkPackages } from './service/work.ts'
export { foldForSearch, parseAmount, sumAmounts, toAmount, toCents } from './values.ts'
export { ProjectNav } from './views/shared.tsx'
