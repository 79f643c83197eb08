import { and, desc, eq, gt, isNull, ne } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { randomToken, sha256 } from '#src/lib/crypto.ts'
import { AppError } from '#src/lib/errors.ts'
import { getT, type Locale } from '#src/lib/i18n.ts'
import { requireActor } from '#src/lib/policy.ts'
import { recordAudit } from '../audit/index.ts'
import { mailLocale, queueMail, withLang } from '../mail/index.ts'
import { organisations } from '../organisations/index.ts'
import { memberships, setUserEmail, users } from '../users/index.ts'
import { oneTimeTokens } from './schema.ts'

export const EMAIL_CHANGE_HOURS = 24

const linkExpired = () => new AppError('NOT_FOUND', 'auth:errors.emailLinkExpired')

/** E-mail links that still work. */
function stillValid(now: Date) {
  return and(
    eq(oneTimeTokens.purpose, 'email_change'),
    isNull(oneTimeTokens.usedAt),
    gt(oneTimeTokens.expiresAt, now),
  )
}

/** A person's e-mail links that still work. */
function pendingOf(userId: string, now: Date) {
  return and(eq(oneTimeTokens.userId, userId), stillValid(now))
}

/**
 * Sends a link that confirms `email` as the signed-in person's new address (to that address) and
 * a notice to the current one, both in the person's language. The address itself changes only in
 * confirmEmailChange; an earlier link stops working, so only the latest request counts. The caller
 * has checked the password and that the address is free (users' updateProfile, issue 9).
 */
export async function requestEmailChange(ctx: Ctx, email: string, requestLocale?: Locale) {
  const actor = requireActor(ctx)
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.userId))
  if (!user) throw linkExpired()
  const newEmail = email.toLowerCase()
  const token = randomToken()
  const now = ctx.now()
  await ctx.db.transaction(async (tx) => {
    await tx.update(oneTimeTokens).set({ usedAt: now }).where(pendingOf(user.id, now))
    await tx.insert(oneTimeTokens).values({
      id: sha256(token),
      purpose: 'email_change',
      userId: user.id,
      newEmail,
      expiresAt: new Date(now.getTime() + EMAIL_CHANGE_HOURS * 3_600_000),
    })
    await recordAudit(
      ctx,
      {
        tenantId: null,
        action: 'user.email_change_requested',
        entityType: 'user',
        entityId: user.id,
        changes: { email: { from: user.email, to: newEmail } },
      },
      tx,
    )
  })
  const [membership] = await ctx.db
    .select({ tenantId: memberships.tenantId, orgLocale: organisations.defaultLocale })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.tenantId))
    .where(eq(memberships.userId, user.id))
    .orderBy(memberships.tenantId)
    .limit(1)
  const locale = mailLocale(user.locale, membership?.orgLocale, requestLocale)
  const t = getT(locale)
  const tenantId = membership?.tenantId ?? null
  await queueMail(ctx, {
    tenantId,
    to: newEmail,
    locale,
    subject: t('auth:mail.emailChangeSubject'),
    text: t('auth:mail.emailChangeBody', {
      name: user.displayName,
      email: newEmail,
      link: withLang(`${ctx.env.baseUrl}/email-change/${token}`, locale),
      hours: EMAIL_CHANGE_HOURS,
    }),
  })
  if (user.email) {
    await queueMail(ctx, {
      tenantId,
      to: user.email,
      locale,
      subject: t('auth:mail.emailChangeNoticeSubject'),
      text: t('auth:mail.emailChangeNoticeBody', {
        name: user.displayName,
        email: newEmail,
        link: withLang(`${ctx.env.baseUrl}/forgot`, locale),
      }),
    })
  }
}

/** The signed-in person's e-mail change that waits for its link, if any. */
export async function findPendingEmailChange(ctx: Ctx) {
  const actor = requireActor(ctx)
  const [row] = await ctx.db
    .select({ newEmail: oneTimeTokens.newEmail, expiresAt: oneTimeTokens.expiresAt })
    .from(oneTimeTokens)
    .where(pendingOf(actor.userId, ctx.now()))
    .orderBy(desc(oneTimeTokens.createdAt))
    .limit(1)
  return row?.newEmail ? { newEmail: row.newEmail, expiresAt: row.expiresAt } : null
}

/**
 * What an e-mail link would change, without using it up: the link's page is a GET, and mail
 * scanners open links before people do. Unknown, used and expired links are "not found".
 */
export async function checkEmailChange(ctx: Ctx, token: string) {
  const [row] = await ctx.db
    .select({
      userId: oneTimeTokens.userId,
      newEmail: oneTimeTokens.newEmail,
      displayName: users.displayName,
      currentEmail: users.email,
    })
    .from(oneTimeTokens)
    .innerJoin(users, eq(users.id, oneTimeTokens.userId))
    .where(and(eq(oneTimeTokens.id, sha256(token)), stillValid(ctx.now())))
  if (!row?.newEmail) throw linkExpired()
  return { ...row, newEmail: row.newEmail }
}

/**
 * Confirms a new e-mail from its link: the address changes (if still free), the link is used up,
 * and the person's other e-mail links stop working, all in one transaction.
 *
 * The link alone authorises, as a reset link does: opening it proves the new address is the
 * person's, and the change itself was asked for with their password. People often open mail on
 * another device, signed out or signed in as someone else (a shared school computer), so no
 * session is required, and whoever is signed in, only the token owner's address changes.
 */
export async function confirmEmailChange(ctx: Ctx, token: string) {
  const pending = await checkEmailChange(ctx, token)
  const id = sha256(token)
  try {
    await setUserEmail(ctx, pending.userId, pending.newEmail, async (tx) => {
      const now = ctx.now()
      // Claims the link inside the change: of two confirmations at once, one wins.
      const used = await tx
        .update(oneTimeTokens)
        .set({ usedAt: now })
        .where(and(eq(oneTimeTokens.id, id), pendingOf(pending.userId, now)))
        .returning({ id: oneTimeTokens.id })
      if (used.length === 0) throw linkExpired()
      await tx
        .update(oneTimeTokens)
        .set({ usedAt: now })
        .where(and(pendingOf(pending.userId, now), ne(oneTimeTokens.id, id)))
    })
  } catch (err) {
    if (err instanceof AppError && err.messageKey === 'account:errors.emailTaken') {
      throw new AppError('CONFLICT', 'auth:errors.emailChangeTaken', { email: pending.newEmail })
    }
    throw err
  }
  return { userId: pending.userId, email: pending.newEmail }
}
