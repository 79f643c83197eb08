import { and, desc, eq } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { randomToken, sha256 } from '#src/lib/crypto.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { authorize } from '#src/lib/policy.ts'
import { ZUuid } from '#src/lib/validation.ts'
import { diffForAudit, recordAudit } from '../audit/index.ts'
import { memberships } from '../users/index.ts'
import type { CreateTokenInput } from './inputs.ts'
import { apiTokens } from './schema.ts'

/** Every token starts with this, so secret scanners and people recognise it. */
export const TOKEN_PREFIX = 'ura_'
const PREFIX_LENGTH = 8

export type ApiTokenView = {
  id: string
  name: string
  prefix: string
  createdAt: Date
  lastUsedAt: Date | null
  expiresAt: Date | null
  revokedAt: Date | null
}

export type TokenStatus = 'active' | 'expired' | 'revoked'

function present(row: typeof apiTokens.$inferSelect): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
  }
}

/** Whether a token still authenticates at `now`. */
export function tokenStatus(token: ApiTokenView, now: Date): TokenStatus {
  if (token.revokedAt) return 'revoked'
  if (token.expiresAt && token.expiresAt <= now) return 'expired'
  return 'active'
}

async function insertToken(
  ctx: Ctx,
  owner: { userId: string; tenantId: string },
  input: CreateTokenInput,
) {
  const token = `${TOKEN_PREFIX}${randomToken(32)}`
  const prefix = token.slice(TOKEN_PREFIX.length, TOKEN_PREFIX.length + PREFIX_LENGTH)
  const expiresAt = input.expiresInDays
    ? new Date(ctx.now().getTime() + input.expiresInDays * 86_400_000)
    : null
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ ...owner, name: input.name, prefix, tokenHash: sha256(token), expiresAt })
      .returning()
    if (!row) throw new Error('api token insert returned nothing')
    await recordAudit(
      ctx,
      {
        tenantId: owner.tenantId,
        action: 'token.created',
        entityType: 'api_token',
        entityId: row.id,
        changes: diffForAudit(null, {
          name: row.name,
          prefix: row.prefix,
          userId: owner.userId,
          expiresAt: expiresAt?.toISOString() ?? null,
        }),
      },
      tx,
    )
    return { token, row: present(row) }
  })
}

/**
 * Makes a personal access token for the actor in their active organisation. The secret is
 * returned once; only its SHA-256 and a short prefix are stored.
 */
export async function createApiToken(ctx: Ctx, input: CreateTokenInput) {
  const actor = authorize(ctx, 'tokens.manage')
  return insertToken(ctx, { userId: actor.userId, tenantId: actor.tenantId }, input)
}

/** For operators (the CLI, with a system context): a token for a member of an organisation. */
export async function createApiTokenForUser(
  ctx: Ctx,
  input: CreateTokenInput & { userId: string; tenantId: string },
) {
  const [membership] = await ctx.db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, input.userId), eq(memberships.tenantId, input.tenantId)))
  if (!membership) throw new AppError('INVALID_STATE', 'tokens:errors.notMember')
  const { userId, tenantId, ...rest } = input
  return insertToken(ctx, { userId, tenantId }, rest)
}

/** The actor's own tokens in the active organisation, newest first, revoked ones included. */
export async function listApiTokens(ctx: Ctx): Promise<ApiTokenView[]> {
  const actor = authorize(ctx, 'tokens.manage')
  const rows = await ctx.db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tenantId, actor.tenantId), eq(apiTokens.userId, actor.userId)))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .limit(200)
  return rows.map(present)
}

/** Revokes one of the actor's own tokens; anyone else's token is "not found". Idempotent. */
export async function revokeApiToken(ctx: Ctx, id: string): Promise<ApiTokenView> {
  const actor = authorize(ctx, 'tokens.manage')
  if (!ZUuid.safeParse(id).success) throw notFound()
  const [row] = await ctx.db
    .select()
    .from(apiTokens)
    .where(
      and(
        eq(apiTokens.id, id),
        eq(apiTokens.tenantId, actor.tenantId),
        eq(apiTokens.userId, actor.userId),
      ),
    )
  if (!row) throw notFound()
  if (row.revokedAt) return present(row)
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(apiTokens)
      .set({ revokedAt: ctx.now() })
      .where(eq(apiTokens.id, row.id))
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: row.tenantId,
        action: 'token.revoked',
        entityType: 'api_token',
        entityId: row.id,
        changes: { revokedAt: { from: null, to: ctx.now().toISOString() } },
      },
      tx,
    )
    return present(updated!)
  })
}
