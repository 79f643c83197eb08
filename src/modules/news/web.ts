/** What the composition root mounts: this module's pages. Other modules use index.ts. */
export { newsRoutes } from './routes.tsx'
