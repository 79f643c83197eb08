import { eq } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { randomToken } from '#src/lib/crypto.ts'
import { AppError, forbidden } from '#src/lib/errors.ts'
import { type Locale, toLocale } from '#src/lib/i18n.ts'
import { recordAudit } from '../../audit/index.ts'
import { loadMobility, requireCapability } from '../access.ts'
import { mobilities, mobilityCertificates } from '../schema.ts'
import { achievedUnits } from './after.ts'
import { type MobilityNames, mobilityNames } from './names.ts'

/** The participant's language: their own setting, else their school's, else English. */
export function participantLocale(names: MobilityNames): Locale {
  return toLocale(names.participant.locale) ?? toLocale(names.sending.defaultLocale) ?? 'en'
}

export function verificationUrl(baseUrl: string, locale: string, token: string) {
  return `${baseUrl}/${locale}/verify/${token}`
}

/** The certificate of a mobility, if issued. */
export async function getCertificate(ctx: Ctx, mobilityId: string) {
  const access = await loadMobility(ctx, mobilityId)
  requireCapability(access, 'viewCertificate')
  const [certificate] = await ctx.db
    .select()
    .from(mobilityCertificates)
    .where(eq(mobilityCertificates.mobilityId, mobilityId))
  return { access, certificate: certificate ?? null }
}

/** Issues the certificate of a completed mobility, with a random token for public verification. */
export async function issueCertificate(ctx: Ctx, mobilityId: string) {
  const { mobility, relation, actor } = await loadMobility(ctx, mobilityId)
  if (relation !== 'sending') throw forbidden()
  if (mobility.status !== 'completed') {
    throw new AppError('INVALID_STATE', 'mobility:errors.notCompleted')
  }
  const names = await mobilityNames(ctx, mobility)
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(mobilityCertificates)
      .values({
        tenantId: mobility.tenantId,
        mobilityId,
        token: randomToken(18),
        issuedAt: ctx.now(),
        issuedBy: actor.userId,
        language: participantLocale(names),
      })
      .onConflictDoNothing()
      .returning()
    if (!row) throw new AppError('INVALID_STATE', 'mobility:errors.certificateIssued')
    await recordAudit(
      ctx,
      {
        tenantId: mobility.tenantId,
        action: 'mobility.certificate_issued',
        entityType: 'mobility',
        entityId: mobilityId,
      },
      tx,
    )
    return row
  })
}

/** What a certificate states; the same facts for the PDF and the public verification page. */
export async function certificateFacts(ctx: Ctx, mobility: typeof mobilities.$inferSelect) {
  const names = await mobilityNames(ctx, mobility)
  return { mobility, names, units: await achievedUnits(ctx, mobility) }
}
export type CertificateFacts = Awaited<ReturnType<typeof certificateFacts>>

/** A certificate by its token, for anyone holding it; null when no certificate has it. */
export async function verifyCertificate(ctx: Ctx, token: string) {
  if (!/^[A-Za-z0-9_-]{10,64}$/.test(token)) return null
  const [row] = await ctx.db
    .select({ certificate: mobilityCertificates, mobility: mobilities })
    .from(mobilityCertificates)
    .innerJoin(mobilities, eq(mobilities.id, mobilityCertificates.mobilityId))
    .where(eq(mobilityCertificates.token, token))
  if (!row) return null
  return { certificate: row.certificate, ...(await certificateFacts(ctx, row.mobility)) }
}
