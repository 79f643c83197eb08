/** One verification scheme for every certificate Ura issues (ADR 013). Other modules use this file. */
export { openBadgeJwt } from './open-badge.ts'
export { credentialPdf, verificationUrl } from './pdf.ts'
export type { AchievementAlignment, AchievementInput, CredentialKind } from './schema.ts'
export {
  type Credential,
  credentialBySource,
  credentialsBySources,
  findCredentialByCode,
  type IssueCredentialInput,
  issueCredential,
  revokeCredential,
} from './service.ts'
