/** What the composition root mounts: this module's pages and API. Other modules use index.ts. */
export { registerPlansApi } from './api.ts'
export { planRoutes as plansRoutes } from './routes.tsx'
