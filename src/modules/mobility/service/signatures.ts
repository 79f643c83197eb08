import { desc, eq } from 'drizzle-orm'
import type { Tx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { AppError } from '#src/lib/errors.ts'
import { recordAudit } from '../../audit/index.ts'
import { laSignatures, learningAgreements, type SignerRole } from '../schema.ts'

export type SignatureInput = {
  mobilityId: string
  tenantId: string
  role: SignerRole
  roles: SignerRole[]
  contentHash: string
  signerUserId: string | null
  signerName: string
  ip: string | null
}

/** Inserts a signature on the version in signing; shared by in-app and tokenised signing. */
export async function recordSignature(
  ctx: Ctx,
  s: SignatureInput,
  after?: (tx: Tx) => Promise<void>,
) {
  return ctx.db.transaction(async (tx) => {
    const [latest] = await tx
      .select()
      .from(learningAgreements)
      .where(eq(learningAgreements.mobilityId, s.mobilityId))
      .orderBy(desc(learningAgreements.version))
      .limit(1)
      .for('update')
    if (latest?.status !== 'signing' || latest.contentHash !== s.contentHash) {
      throw new AppError('INVALID_STATE', 'mobility:errors.agreementChanged')
    }
    const [signature] = await tx
      .insert(laSignatures)
      .values({
        tenantId: s.tenantId,
        agreementId: latest.id,
        version: latest.version,
        role: s.role,
        signerUserId: s.signerUserId,
        signerName: s.signerName,
        signedAt: ctx.now(),
        contentHash: latest.contentHash,
        ip: s.ip,
      })
      .onConflictDoNothing()
      .returning()
    if (!signature) throw new AppError('INVALID_STATE', 'mobility:errors.alreadySigned')
    const signed = await tx
      .select({ role: laSignatures.role })
      .from(laSignatures)
      .where(eq(laSignatures.agreementId, latest.id))
    const isComplete = s.roles.every((r) => signed.some((x) => x.role === r))
    if (isComplete) {
      await tx
        .update(learningAgreements)
        .set({ status: 'signed' })
        .where(eq(learningAgreements.id, latest.id))
    }
    await after?.(tx)
    await recordAudit(
      ctx,
      {
        tenantId: s.tenantId,
        action: 'learning_agreement.signed',
        entityType: 'mobility',
        entityId: s.mobilityId,
        changes: {
          role: { to: s.role },
          version: { to: latest.version },
          contentHash: { to: latest.contentHash },
          signerName: { to: s.signerName },
        },
      },
      tx,
    )
    return { signature, isComplete }
  })
}
