export { actorColumns, loadActor, toActor } from './actor.ts'
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
export { mailContacts, membershipNames, memberUserIds, userNames } from './names.ts'
export {
  type EmailChangeStep,
  getProfile,
  type Profile,
  setUserEmail,
  updateProfile,
} from './profile.ts'
export * from './schema.ts'
export {
  changeRole,
  getMember,
  listMembers,
  loadMembership,
  type MemberDetails,
  type MemberLink,
  type MemberRemovalStep,
  type MemberRow,
  removeMember,
} from './service.ts'
export { isUniqueViolation } from './unique-violation.ts'
export { transliterate, uniqueUsername, usernameBase } from './username.ts'
