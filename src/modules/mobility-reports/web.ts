/** What the composition root mounts: this module's pages. Other modules use index.ts. */

export { registerReportsApi } from './api.ts'
export { reportRoutes } from './routes.tsx'
