export { actorColumns, loadActor, toActor } from './actor.ts'
export { registerMemberApi } from './api.ts'
export { addGuardianByEmail, linkGuardian, unlinkGuardian } from './guardians.ts'
export {
  type CreateLearnerInput,
  type MemberFilter,
  type UpdateProfileInput,
  ZChangeRole,
  ZCreateLearner,
  ZInviteGuardian,
  ZIsoDate,
  ZLinkGuardian,
  ZMemberFilter,
  ZRole,
  ZUpdateProfile,
} from './inputs.ts'
export { type ActivationSlip, createLearner, issueNewCode } from './learners.ts'
export { getProfile, type Profile, updateProfile } from './profile.ts'
export { membersRoutes } from './routes.tsx'
export * from './schema.ts'
export {
  changeRole,
  getMember,
  listMembers,
  type MemberDetails,
  type MemberLink,
  type MemberRow,
  removeMember,
} from './service.ts'
export { transliterate, uniqueUsername, usernameBase } from './username.ts'
