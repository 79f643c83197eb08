export { EXPIRY_CHOICES, ZCreateToken, ZTokenName } from './inputs.ts'
export { tokenNames } from './names.ts'
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
