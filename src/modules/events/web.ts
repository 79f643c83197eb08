/** What the composition root mounts: this module's pages. Other modules use index.ts. */

export { registerEventsApi } from './api.ts'
export { publicEventRoutes } from './public-routes.tsx'
export { eventRoutes } from './routes.tsx'
