import { and, eq, gt, isNull, ne, or, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import {
  dummyPasswordHash,
  hashPassword,
  normaliseCode,
  oneTimeCode,
  randomToken,
  sha256,
  verifyPassword,
} from '#src/lib/crypto.ts'
import { AppError } from '#src/lib/errors.ts'
import { getT, type Locale } from '#src/lib/i18n.ts'
import { recordAudit } from '../audit/index.ts'
import { mailLocale, queueMail, withLang } from '../mail/index.ts'
import { organisations } from '../organisations/index.ts'
import { memberships, users } from '../users/index.ts'
import { hitRateLimit } from './rate-limit.ts'
import { oneTimeTokens, sessions } from './schema.ts'

export const LOCKOUT_AFTER = 5
export const LOCKOUT_MINUTES = 15
const RESET_HOURS = 2
export const ACTIVATION_DAYS = 14

type SignInInput = { login: string; password: string; ip: string }

function findByLogin(login: string) {
  const value = login.trim().toLowerCase()
  return or(sql`lower(${users.email}) = ${value}`, sql`lower(${users.username}) = ${value}`)
}

/**
 * Checks a login (e-mail or username) and password. Limits attempts per address and per login,
 * and locks an account for a while after repeated failures. Errors never say which part was wrong.
 */
export async function signIn(ctx: Ctx, input: SignInInput) {
  const now = ctx.now()
  await hitRateLimit(ctx.db, `signin:ip:${input.ip}`, 50, 15 * 60_000, now)
  await hitRateLimit(
    ctx.db,
    `signin:login:${input.login.trim().toLowerCase()}`,
    20,
    15 * 60_000,
    now,
  )

  const [user] = await ctx.db.select().from(users).where(findByLogin(input.login))
  if (!user || user.isDisabled || !user.passwordHash) {
    await verifyPassword(await dummyPasswordHash(), input.password)
    throw new AppError('INVALID_INPUT', 'auth:errors.invalidCredentials')
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000)
    throw new AppError('RATE_LIMITED', 'auth:errors.locked', { count: minutes })
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const failures = user.failedSignIns + 1
    const locked = failures >= LOCKOUT_AFTER
    await ctx.db
      .update(users)
      .set({
        failedSignIns: locked ? 0 : failures,
        lockedUntil: locked ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null,
      })
      .where(eq(users.id, user.id))
    if (locked) {
      await recordAudit(ctx, {
        tenantId: null,
        action: 'user.locked',
        entityType: 'user',
        entityId: user.id,
      })
      throw new AppError('RATE_LIMITED', 'auth:errors.locked', { count: LOCKOUT_MINUTES })
    }
    throw new AppError('INVALID_INPUT', 'auth:errors.invalidCredentials')
  }
  if (user.failedSignIns > 0 || user.lockedUntil) {
    await ctx.db
      .update(users)
      .set({ failedSignIns: 0, lockedUntil: null })
      .where(eq(users.id, user.id))
  }
  return user
}

/**
 * Sends a reset link if the address belongs to an account; says nothing either way. The mail, and
 * the page its link opens, are in the person's language, else their organisation's, else the one
 * the request was made in.
 */
export async function requestPasswordReset(
  ctx: Ctx,
  email: string,
  ip: string,
  requestLocale?: Locale,
) {
  const now = ctx.now()
  await hitRateLimit(ctx.db, `reset:ip:${ip}`, 10, 60 * 60_000, now)
  await hitRateLimit(ctx.db, `reset:email:${email}`, 3, 60 * 60_000, now)
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
  if (!user || user.isDisabled || !user.email) return
  const token = randomToken()
  await ctx.db.insert(oneTimeTokens).values({
    id: sha256(token),
    purpose: 'password_reset',
    userId: user.id,
    expiresAt: new Date(now.getTime() + RESET_HOURS * 3_600_000),
  })
  const [membership] = await ctx.db
    .select({ tenantId: memberships.tenantId, orgLocale: organisations.defaultLocale })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.tenantId))
    .where(eq(memberships.userId, user.id))
    .limit(1)
  const locale = mailLocale(user.locale, membership?.orgLocale, requestLocale)
  const t = getT(locale)
  await queueMail(ctx, {
    tenantId: membership?.tenantId ?? null,
    to: user.email,
    locale,
    subject: t('auth:mail.resetSubject'),
    text: t('auth:mail.resetBody', {
      name: user.displayName,
      link: withLang(`${ctx.env.baseUrl}/reset/${token}`, locale),
      hours: RESET_HOURS,
    }),
  })
}

async function findValidToken(ctx: Ctx, secret: string, purpose: 'password_reset' | 'activation') {
  const [row] = await ctx.db
    .select()
    .from(oneTimeTokens)
    .where(
      and(
        eq(oneTimeTokens.id, sha256(secret)),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, ctx.now()),
      ),
    )
  return row ?? null
}

export async function checkResetToken(ctx: Ctx, token: string) {
  const row = await findValidToken(ctx, token, 'password_reset')
  if (!row) throw new AppError('INVALID_STATE', 'auth:errors.linkExpired')
  return row
}

/** Sets a new password from a reset link, ends every other session, and returns the user id. */
export async function resetPassword(ctx: Ctx, token: string, password: string) {
  const row = await checkResetToken(ctx, token)
  const passwordHash = await hashPassword(password)
  await ctx.db.transaction(async (tx) => {
    await tx.update(oneTimeTokens).set({ usedAt: ctx.now() }).where(eq(oneTimeTokens.id, row.id))
    await tx
      .update(users)
      .set({ passwordHash, failedSignIns: 0, lockedUntil: null })
      .where(eq(users.id, row.userId))
    await tx.delete(sessions).where(eq(sessions.userId, row.userId))
    await recordAudit(
      ctx,
      { tenantId: null, action: 'user.password_reset', entityType: 'user', entityId: row.userId },
      tx,
    )
  })
  return row.userId
}

/**
 * Issues a one-time activation code for a person without e-mail (usually a learner). The code is
 * shown once to the coordinator, who hands it over; only its hash is kept. Older codes stop working.
 */
export async function issueActivationCode(ctx: Ctx, userId: string, tenantId: string) {
  const code = oneTimeCode()
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(oneTimeTokens)
      .set({ usedAt: ctx.now() })
      .where(
        and(
          eq(oneTimeTokens.userId, userId),
          eq(oneTimeTokens.purpose, 'activation'),
          isNull(oneTimeTokens.usedAt),
        ),
      )
    await tx.insert(oneTimeTokens).values({
      id: sha256(code),
      purpose: 'activation',
      userId,
      tenantId,
      expiresAt: new Date(ctx.now().getTime() + ACTIVATION_DAYS * 86_400_000),
    })
  })
  return { code, expiresInDays: ACTIVATION_DAYS }
}

/** Checks a username and code pair; returns the user it activates. */
export async function checkActivation(ctx: Ctx, username: string, code: string, ip: string) {
  await hitRateLimit(ctx.db, `activate:ip:${ip}`, 20, 15 * 60_000, ctx.now())
  const row = await findValidToken(ctx, normaliseCode(code), 'activation')
  const [user] = row
    ? await ctx.db
        .select()
        .from(users)
        .where(
          and(
            eq(users.id, row.userId),
            sql`lower(${users.username}) = ${username.trim().toLowerCase()}`,
          ),
        )
    : []
  if (!row || !user) throw new AppError('INVALID_INPUT', 'auth:errors.invalidCode')
  return { token: row, user }
}

/** Completes activation: sets the password and uses up the code. */
export async function activateAccount(
  ctx: Ctx,
  input: { username: string; code: string; password: string; ip: string },
) {
  const { token, user } = await checkActivation(ctx, input.username, input.code, input.ip)
  const passwordHash = await hashPassword(input.password)
  await ctx.db.transaction(async (tx) => {
    await tx.update(oneTimeTokens).set({ usedAt: ctx.now() }).where(eq(oneTimeTokens.id, token.id))
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id))
    await recordAudit(
      ctx,
      { tenantId: token.tenantId, action: 'user.activated', entityType: 'user', entityId: user.id },
      tx,
    )
  })
  return { userId: user.id, tenantId: token.tenantId }
}

/** Changes one's own password after checking the current one; other sessions end. */
export async function changePassword(
  ctx: Ctx,
  input: { current: string; password: string; keepSessionId?: string | undefined },
) {
  const actor = ctx.actor
  if (!actor) throw new AppError('UNAUTHENTICATED', 'common:errors.signInRequired')
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.userId))
  if (!user || !(await verifyPassword(user.passwordHash, input.current))) {
    throw new AppError(
      'INVALID_INPUT',
      'auth:errors.wrongPassword',
      {},
      {
        current: 'auth:errors.wrongPassword',
      },
    )
  }
  const passwordHash = await hashPassword(input.password)
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id))
    await tx
      .delete(sessions)
      .where(
        input.keepSessionId
          ? and(eq(sessions.userId, user.id), ne(sessions.id, input.keepSessionId))
          : eq(sessions.userId, user.id),
      )
    await recordAudit(
      ctx,
      { tenantId: null, action: 'user.password_changed', entityType: 'user', entityId: user.id },
      tx,
    )
  })
}

/** Saves a person's language, which then wins over every other signal. */
export async function setUserLocale(ctx: Ctx, locale: string) {
  if (!ctx.actor) return
  await ctx.db.update(users).set({ locale }).where(eq(users.id, ctx.actor.userId))
}
