/** What the composition root mounts: this module's pages and its /api/v1 operations. Other modules use index.ts. */
export { registerGrantApi } from './api.ts'
export { grantRateRoutes } from './rates-routes.tsx'
export { grantRoutes } from './routes.tsx'
