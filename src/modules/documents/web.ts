/** What the composition root mounts: this module's pages. Other modules use index.ts. */

export { registerDocumentsApi } from './api.ts'
export { documentRoutes } from './routes.tsx'
