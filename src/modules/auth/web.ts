/** What the composition root mounts: this module's pages. Other modules use index.ts. */
export { authRoutes } from './routes.tsx'
