/** What the composition root mounts: this module's /api/v1 operations. Other modules use index.ts. */
export { registerMemberApi } from './api.ts'
