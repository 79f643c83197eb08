import { and, eq, gt, isNull, or } from 'drizzle-orm'
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { Db } from '#src/db/client.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { Actor } from '#src/lib/context.ts'
import { randomToken, sha256 } from '#src/lib/crypto.ts'
import { apiTokens } from '#src/modules/api-tokens/index.ts'
import { actorColumns, toActor, users } from '#src/modules/users/index.ts'
import { sessions } from './schema.ts'

export const SESSION_COOKIE = 'ura_session'
const SESSION_DAYS = 30
const TOUCH_AFTER_MS = 60 * 60 * 1000

function cookieOptions(c: Context<AppEnv>, maxAgeSeconds: number) {
  return {
    httpOnly: true,
    sameSite: 'Lax' as const,
    secure: c.var.deps.env.secureCookies,
    path: '/',
    maxAge: maxAgeSeconds,
  }
}

/** Starts a session for a user and sets its cookie. Returns the session id (a hash). */
export async function startSession(c: Context<AppEnv>, userId: string, tenantId: string | null) {
  const token = randomToken()
  const id = sha256(token)
  const now = c.var.deps.now()
  await c.var.deps.db.insert(sessions).values({
    id,
    userId,
    activeTenantId: tenantId,
    expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000),
    userAgent: c.req.header('user-agent')?.slice(0, 300) ?? null,
  })
  setCookie(c, SESSION_COOKIE, token, cookieOptions(c, SESSION_DAYS * 86_400))
  return id
}

export async function endSession(c: Context<AppEnv>) {
  const token = getCookie(c, SESSION_COOKIE)
  if (token) await c.var.deps.db.delete(sessions).where(eq(sessions.id, sha256(token)))
  deleteCookie(c, SESSION_COOKIE, { path: '/' })
}

/** The actor behind the request's session cookie, or null. One query: session, person, memberships. */
export async function actorFromSession(c: Context<AppEnv>): Promise<Actor | null> {
  const token = getCookie(c, SESSION_COOKIE)
  if (!token) return null
  const { db, now } = c.var.deps
  const id = sha256(token)
  const [row] = await db
    .select({
      ...actorColumns,
      activeTenantId: sessions.activeTenantId,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now())))
  if (!row) return null
  const actor = toActor(row, row.activeTenantId, 'session')
  if (!actor) return null
  if (now().getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(sessions).set({ lastSeenAt: now() }).where(eq(sessions.id, id))
  }
  return { ...actor, sessionId: id }
}

/** The actor behind an `Authorization: Bearer ura_…` header, or null. One query. */
export async function actorFromToken(db: Db, header: string | undefined, now: Date) {
  const match = header?.match(/^Bearer\s+(\S+)$/i)
  if (!match?.[1]) return null
  const [row] = await db
    .select({
      ...actorColumns,
      tokenId: apiTokens.id,
      tokenTenantId: apiTokens.tenantId,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, sha256(match[1])),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
      ),
    )
  if (!row) return null
  const actor = toActor(row, row.tokenTenantId, 'token')
  // A token works only while its user still belongs to the organisation it was made for.
  if (!actor || actor.tenantId !== row.tokenTenantId) return null
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId))
  }
  return actor
}

export async function setActiveTenant(db: Db, sessionId: string, tenantId: string) {
  await db.update(sessions).set({ activeTenantId: tenantId }).where(eq(sessions.id, sessionId))
}
