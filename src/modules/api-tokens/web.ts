/** What the composition root mounts: this module's pages and its /api/v1 operations. Other modules use index.ts. */
export { registerTokenApi } from './api.ts'
export { tokenRoutes } from './routes.tsx'
