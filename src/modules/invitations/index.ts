export { acceptInvitation, type NewAccountInput } from './accept.ts'
export { invitationLabels } from './names.ts'
export * from './schema.ts'
export {
  type CreateInvitationInput,
  createInvitation,
  getInvitationByToken,
  INVITATION_DAYS,
  listPendingInvitations,
  revokeGuardianInvitationsFor,
  revokeInvitation,
} from './service.ts'
