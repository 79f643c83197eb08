/** What the composition root mounts: this module's pages and its /api/v1 operations. Other modules use index.ts. */
export { registerCallsApi } from './api.ts'
export { callRoutes } from './routes.tsx'
