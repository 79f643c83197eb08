export { registerTokenApi } from './api.ts'
export { EXPIRY_CHOICES, ZCreateToken, ZTokenName } from './inputs.ts'
export { tokenRoutes } from './routes.tsx'
export * from './schema.ts'
export {
  type ApiTokenView,
  createApiToken,
  createApiTokenForUser,
  listApiTokens,
  revokeApiToken,
  TOKEN_PREFIX,
  tokenStatus,
} from './service.ts'
