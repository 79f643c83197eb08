export { hitRateLimit } from './rate-limit.ts'
export { authRoutes } from './routes.tsx'
export * from './schema.ts'
export {
  ACTIVATION_DAYS,
  activateAccount,
  changePassword,
  checkActivation,
  checkResetToken,
  issueActivationCode,
  LOCKOUT_AFTER,
  requestPasswordReset,
  resetPassword,
  setUserLocale,
  signIn,
} from './service.ts'
