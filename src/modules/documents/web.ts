/** What the composition root mounts: this module's pages. Other modules use index.ts. */
export { documentRoutes } from './routes.tsx'
