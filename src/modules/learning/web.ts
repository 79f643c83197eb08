/** What the composition root mounts: this module's pages and API. Other modules use index.ts. */

export { registerLearningApi } from './api.ts'
export { learningRoutes } from './routes.tsx'
