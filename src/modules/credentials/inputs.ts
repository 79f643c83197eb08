import { z } from 'zod'

/** Why a credential is revoked: shown to anyone who checks it. */
export const ZRevokeCredential = z.object({
  reason: z.string().trim().min(1, 'credentials:errors.reasonRequired').max(500),
})
export type RevokeCredentialInput = z.infer<typeof ZRevokeCredential>
