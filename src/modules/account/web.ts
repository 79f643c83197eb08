/** What the composition root mounts: this module's pages. Other modules use index.ts. */
export { accountRoutes } from './routes.tsx'
