export {
  checkEmailChange,
  confirmEmailChange,
  EMAIL_CHANGE_HOURS,
  findPendingEmailChange,
  requestEmailChange,
} from './email-change.ts'
export { hitRateLimit } from './rate-limit.ts'
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
export {
  actorFromSession,
  actorFromToken,
  endSession,
  SESSION_COOKIE,
  setActiveTenant,
  startSession,
} from './session.ts'
