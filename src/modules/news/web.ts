/** What the composition root mounts: this module's pages. Other modules use index.ts. */

export { registerNewsApi } from './api.ts'
export { newsRoutes } from './routes.tsx'
