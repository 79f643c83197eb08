import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, forbidden } from '#src/lib/errors.ts'
import { recordAudit } from '../../audit/index.ts'
import { organisations } from '../../organisations/index.ts'
import { users } from '../../users/index.ts'
import { loadMobility, type Relation } from '../access.ts'
import type { AgreementInput, SendForSigningInput } from '../inputs.ts'
import { laSignatures, laSigningRequests, learningAgreements, type SignerRole } from '../schema.ts'
import { hashContent, requiredRoles, toContent } from './agreement-content.ts'
import { recordSignature } from './signatures.ts'
import { sendSigningLinks } from './signing-links.ts'

export type AgreementRow = typeof learningAgreements.$inferSelect
export type SignatureRow = typeof laSignatures.$inferSelect

/** The role in which a relation signs. */
const SIGNS_AS: Record<Relation, SignerRole> = {
  participant: 'participant',
  guardian: 'guardian',
  sending: 'sending',
  receiving: 'receiving',
  host: 'host',
}

async function participantBirthDate(ctx: Ctx, userId: string) {
  const [row] = await ctx.db
    .select({ dateOfBirth: users.dateOfBirth })
    .from(users)
    .where(eq(users.id, userId))
  return row?.dateOfBirth ?? null
}

/** Every version of a mobility's learning agreement (newest first) with its signatures. */
export async function getAgreements(ctx: Ctx, mobilityId: string) {
  const access = await loadMobility(ctx, mobilityId)
  const versions = await ctx.db
    .select()
    .from(learningAgreements)
    .where(eq(learningAgreements.mobilityId, mobilityId))
    .orderBy(desc(learningAgreements.version))
  const signatures = versions.length
    ? await ctx.db
        .select()
        .from(laSignatures)
        .where(
          inArray(
            laSignatures.agreementId,
            versions.map((v) => v.id),
          ),
        )
        .orderBy(asc(laSignatures.signedAt))
    : []
  const pending = versions[0]
    ? await ctx.db
        .select({ role: laSigningRequests.role, email: laSigningRequests.email })
        .from(laSigningRequests)
        .where(
          and(eq(laSigningRequests.agreementId, versions[0].id), isNull(laSigningRequests.usedAt)),
        )
    : []
  const roles = requiredRoles(
    access.mobility,
    await participantBirthDate(ctx, access.mobility.participantUserId),
  )
  return {
    access,
    current: versions[0] ?? null,
    versions: versions.map((v) => ({
      ...v,
      signatures: signatures.filter((s) => s.agreementId === v.id),
    })),
    requiredRoles: roles,
    myRole: SIGNS_AS[access.relation],
    pendingLinks: pending,
  }
}
export type AgreementsPage = Awaited<ReturnType<typeof getAgreements>>

/**
 * Saves the agreement. A draft changes in place; a version already sent for signing never
 * changes: the new content becomes the next version, and the old one (with its signatures) is
 * kept as superseded. Unchanged content changes nothing.
 */
export async function saveAgreement(ctx: Ctx, mobilityId: string, input: AgreementInput) {
  const { mobility, relation } = await loadMobility(ctx, mobilityId)
  if (relation !== 'sending') throw forbidden()
  if (mobility.status === 'completed' || mobility.status === 'cancelled') {
    throw new AppError('INVALID_STATE', 'mobility:errors.closed')
  }
  const content = toContent(input)
  const contentHash = hashContent(content)
  return ctx.db.transaction(async (tx) => {
    const [latest] = await tx
      .select()
      .from(learningAgreements)
      .where(eq(learningAgreements.mobilityId, mobilityId))
      .orderBy(desc(learningAgreements.version))
      .limit(1)
      .for('update')
    if (latest?.contentHash === contentHash) return latest
    let row: AgreementRow | undefined
    if (latest?.status === 'draft') {
      ;[row] = await tx
        .update(learningAgreements)
        .set({ contentJson: content, contentHash })
        .where(eq(learningAgreements.id, latest.id))
        .returning()
    } else {
      if (latest) {
        await tx
          .update(learningAgreements)
          .set({ status: 'superseded' })
          .where(eq(learningAgreements.id, latest.id))
      }
      ;[row] = await tx
        .insert(learningAgreements)
        .values({
          tenantId: mobility.tenantId,
          mobilityId,
          version: (latest?.version ?? 0) + 1,
          contentJson: content,
          contentHash,
          status: 'draft',
        })
        .returning()
    }
    await recordAudit(
      ctx,
      {
        tenantId: mobility.tenantId,
        action: 'learning_agreement.saved',
        entityType: 'mobility',
        entityId: mobilityId,
        changes: { version: { to: row!.version }, contentHash: { to: contentHash } },
      },
      tx,
    )
    return row!
  })
}

/**
 * Freezes the current draft for signing and e-mails a signing link to the receiving organisation
 * and the host company when they are not organisations in Ura (or when an address is given).
 */
export async function sendForSigning(ctx: Ctx, mobilityId: string, input: SendForSigningInput) {
  const { mobility, relation } = await loadMobility(ctx, mobilityId)
  if (relation !== 'sending') throw forbidden()
  const [latest] = await ctx.db
    .select()
    .from(learningAgreements)
    .where(eq(learningAgreements.mobilityId, mobilityId))
    .orderBy(desc(learningAgreements.version))
    .limit(1)
  if (latest?.status !== 'draft') {
    throw new AppError('INVALID_STATE', 'mobility:errors.nothingToSend')
  }
  const orgIds = [mobility.receivingOrganisationId, mobility.hostCompanyOrganisationId].filter(
    (x): x is string => Boolean(x),
  )
  const orgs = orgIds.length
    ? await ctx.db
        .select({ id: organisations.id, isExternal: organisations.isExternal })
        .from(organisations)
        .where(inArray(organisations.id, orgIds))
    : []
  const inUra = (id: string | null) => orgs.some((o) => o.id === id && !o.isExternal)
  const links: { role: SignerRole; email: string }[] = []
  const fields: Record<string, string> = {}
  if (input.receivingEmail) links.push({ role: 'receiving', email: input.receivingEmail })
  else if (!inUra(mobility.receivingOrganisationId))
    fields.receivingEmail = 'mobility:errors.signerEmail'
  const hasHost = Boolean(mobility.hostCompanyOrganisationId || mobility.hostCompanyName)
  const hostEmail = input.hostEmail ?? mobility.mentorEmail ?? undefined
  if (hasHost && hostEmail) links.push({ role: 'host', email: hostEmail })
  else if (hasHost && !inUra(mobility.hostCompanyOrganisationId)) {
    fields.hostEmail = 'mobility:errors.signerEmail'
  }
  if (Object.keys(fields).length) {
    throw new AppError('INVALID_INPUT', 'mobility:errors.signerEmail', {}, fields)
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(learningAgreements)
      .set({ status: 'signing' })
      .where(eq(learningAgreements.id, latest.id))
    await recordAudit(
      ctx,
      {
        tenantId: mobility.tenantId,
        action: 'learning_agreement.sent_for_signing',
        entityType: 'mobility',
        entityId: mobilityId,
        changes: { version: { to: latest.version }, contentHash: { to: latest.contentHash } },
      },
      tx,
    )
  })
  await sendSigningLinks(ctx, mobility, latest, links)
  return latest
}

/**
 * Records the actor's signature on the version being signed, in the role their relation to the
 * mobility gives. The hash they saw must still be the current one; when every required role has
 * signed, the version is signed.
 */
export async function signAgreement(
  ctx: Ctx,
  mobilityId: string,
  contentHash: string,
  ip: string | null,
) {
  const { mobility, relation, actor } = await loadMobility(ctx, mobilityId)
  const role = SIGNS_AS[relation]
  const roles = requiredRoles(mobility, await participantBirthDate(ctx, mobility.participantUserId))
  if (!roles.includes(role)) throw forbidden()
  return recordSignature(ctx, {
    mobilityId,
    tenantId: mobility.tenantId,
    role,
    roles,
    contentHash,
    signerUserId: actor.userId,
    signerName: actor.displayName,
    ip,
  })
}
