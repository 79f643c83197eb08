/** What the composition root mounts: this module's pages and API. Other modules use index.ts. */
export { registerCatalogueApi } from './api.ts'
export { catalogueRoutes } from './routes.tsx'
