/** What the composition root mounts: this module's pages and API. Other modules use index.ts. */

export { registerCredentialsApi } from './api.ts'
export { credentialRoutes } from './routes.tsx'
