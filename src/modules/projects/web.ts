/** What the composition root mounts: this module's pages and its /api/v1 operations. Other modules use index.ts. */
export { registerProjectApi } from './api.ts'
export { projectRoutes } from './routes.tsx'
