/** What the composition root mounts: this module's pages and API. Other modules use index.ts. */

export { registerCompetencesApi } from './api.ts'
export { competenceRoutes } from './routes.tsx'
