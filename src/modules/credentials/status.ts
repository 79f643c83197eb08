import type { DbOrTx } from '#src/db/client.ts'
import { ZUuid } from '#src/lib/validation.ts'
import { credentialUri, issuerUri, revocationListUrl } from './open-badge.ts'
import { revokedCredentials } from './service.ts'

/**
 * An organisation's 1EdTech Revocation List: the credentials it revoked, with why. Its address is
 * every badge's `credentialStatus.id`. Null for what cannot be an organisation.
 */
export async function revocationList(db: DbOrTx, baseUrl: string, tenantId: string) {
  if (!ZUuid.safeParse(tenantId).success) return null
  const rows = await revokedCredentials(db, tenantId)
  return {
    id: revocationListUrl(baseUrl, tenantId),
    issuer: issuerUri(tenantId),
    revokedCredentials: rows.map((r) => ({
      id: credentialUri(r),
      revoked: true,
      revocationReason: r.revokedReason ?? '',
      revokedAt: r.revokedAt?.toISOString() ?? null,
    })),
  }
}
