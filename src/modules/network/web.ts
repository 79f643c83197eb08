/** What the composition root mounts: this module's pages and its /api/v1 operations. Other modules use index.ts. */
export { registerNetworkApi } from './api.ts'
export { networkRoutes } from './routes.tsx'
