import { and, eq, inArray, isNotNull } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import { newCode, normaliseCode } from '#src/lib/codes.ts'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { normaliseText } from '#src/lib/localized-text.ts'
import { authorize } from '#src/lib/policy.ts'
import { ZUuid } from '#src/lib/validation.ts'
import { recordAudit } from '../audit/index.ts'
import { organisationNames } from '../organisations/index.ts'
import { type AchievementInput, type CredentialKind, credentials } from './schema.ts'

export type Credential = typeof credentials.$inferSelect

export type IssueCredentialInput = {
  /** The issuing organisation. */
  tenantId: string
  kind: CredentialKind
  /** The record in the issuing module (an enrolment id …); unique with `kind`. */
  sourceId: string
  recipientUserId: string | null
  recipientName: string
  recipientEmail: string | null
  /** The recipient's language, for the PDF, the Open Badge and mail links. */
  locale: string
  achievement: AchievementInput
  issuedAt: Date
  /** A code the module already printed (an event certificate issued before credentials existed). */
  code?: string
}

/**
 * Issues a credential, or returns the one already issued for (kind, sourceId). Runs inside the
 * caller's transaction when given one; the caller mails the recipient.
 */
export async function issueCredential(
  db: DbOrTx,
  input: IssueCredentialInput,
): Promise<Credential> {
  const achievement: AchievementInput = {
    name: normaliseText(input.achievement.name),
    description: normaliseText(input.achievement.description),
    criteria: normaliseText(input.achievement.criteria),
    alignments: input.achievement.alignments.map((a) => ({
      targetName: a.targetName,
      targetUrl: a.targetUrl,
      targetFramework: a.targetFramework,
      targetCode: a.targetCode,
    })),
  }
  const [row] = await db
    .insert(credentials)
    .values({
      tenantId: input.tenantId,
      code: input.code ?? newCode(),
      kind: input.kind,
      sourceId: input.sourceId,
      recipientUserId: input.recipientUserId,
      recipientName: input.recipientName.trim(),
      recipientEmail: input.recipientEmail,
      locale: input.locale,
      achievement,
      // Whole seconds: the Open Badge's validFrom must equal the JWT's nbf.
      issuedAt: new Date(Math.floor(input.issuedAt.getTime() / 1000) * 1000),
    })
    .onConflictDoNothing({ target: [credentials.kind, credentials.sourceId] })
    .returning()
  if (row) return row
  const existing = await credentialBySource(db, input.kind, input.sourceId)
  if (!existing) throw new Error(`credential ${input.kind}/${input.sourceId} vanished`)
  return existing
}

/** The credential issued for one record of a module, or null. */
export async function credentialBySource(
  db: DbOrTx,
  kind: CredentialKind,
  sourceId: string,
): Promise<Credential | null> {
  const [row] = await db
    .select()
    .from(credentials)
    .where(and(eq(credentials.kind, kind), eq(credentials.sourceId, sourceId)))
  return row ?? null
}

/** The credentials of a page of records, by source id, in one query. */
export async function credentialsBySources(
  db: DbOrTx,
  kind: CredentialKind,
  sourceIds: string[],
): Promise<Map<string, Credential>> {
  if (sourceIds.length === 0) return new Map()
  const rows = await db
    .select()
    .from(credentials)
    .where(and(eq(credentials.kind, kind), inArray(credentials.sourceId, sourceIds)))
  return new Map(rows.map((r) => [r.sourceId, r]))
}

/** A credential by its public code as typed or scanned, or null. */
export async function findCredentialByCode(db: DbOrTx, code: string): Promise<Credential | null> {
  const normal = normaliseCode(code)
  if (!normal) return null
  const [row] = await db.select().from(credentials).where(eq(credentials.code, normal))
  return row ?? null
}

export type Verification = { credential: Credential; issuerName: LocalizedText }

/** What the public verification page and API show for a code (anyone holding it), or null. */
export async function verifyCredential(db: DbOrTx, code: string): Promise<Verification | null> {
  const credential = await findCredentialByCode(db, code)
  if (!credential) return null
  const names = await organisationNames({ db }, [credential.tenantId])
  return { credential, issuerName: names.get(credential.tenantId) ?? {} }
}

/** A credential of the actor's organisation, for revoking; another organisation's is not found. */
export async function getManagedCredential(ctx: Ctx, id: string): Promise<Credential> {
  const { tenantId } = authorize(ctx, 'credentials.manage')
  if (!ZUuid.safeParse(id).success) throw notFound()
  const [row] = await ctx.db
    .select()
    .from(credentials)
    .where(and(eq(credentials.tenantId, tenantId), eq(credentials.id, id)))
  if (!row) throw notFound()
  return row
}

/** Revokes a credential with a reason the verification page shows; audited. */
export async function revokeCredential(ctx: Ctx, id: string, reason: string): Promise<Credential> {
  const credential = await getManagedCredential(ctx, id)
  if (credential.revokedAt) throw new AppError('INVALID_STATE', 'credentials:errors.alreadyRevoked')
  const text = reason.trim()
  if (!text) {
    throw new AppError(
      'INVALID_INPUT',
      'common:errors.invalidInput',
      {},
      {
        reason: 'credentials:errors.reasonRequired',
      },
    )
  }
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(credentials)
      .set({ revokedAt: ctx.now(), revokedReason: text })
      .where(eq(credentials.id, credential.id))
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: credential.tenantId,
        action: 'credential.revoke',
        entityType: 'credential',
        entityId: credential.id,
        changes: { revokedReason: { to: text } },
      },
      tx,
    )
    return row!
  })
}

/** The revoked credentials of an organisation, for its 1EdTech revocation list. */
export async function revokedCredentials(db: DbOrTx, tenantId: string) {
  return db
    .select({
      id: credentials.id,
      revokedAt: credentials.revokedAt,
      revokedReason: credentials.revokedReason,
    })
    .from(credentials)
    .where(and(eq(credentials.tenantId, tenantId), isNotNull(credentials.revokedAt)))
}
