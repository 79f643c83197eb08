/** What the composition root mounts: this module's pages and its /api/v1 operations. Other modules use index.ts. */
export { registerOrganisationApi } from './api.ts'
export { organisationRoutes } from './routes.tsx'
