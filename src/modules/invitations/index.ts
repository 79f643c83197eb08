export { acceptInvitation, type NewAccountInput } from './accept.ts'
export { invitationRoutes } from './routes.tsx'
export * from './schema.ts'
export {
  type CreateInvitationInput,
  createInvitation,
  getInvitationByToken,
  INVITATION_DAYS,
  listPendingInvitations,
  revokeInvitation,
} from './service.ts'
