import { and, desc, eq, isNull, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { z } from 'zod'
import type { DbOrTx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { randomToken, sha256 } from '#src/lib/crypto.ts'
import { AppError, forbidden, notFound } from '#src/lib/errors.ts'
import { getT, type Locale } from '#src/lib/i18n.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { authorize, grantableRoles } from '#src/lib/policy.ts'
import { recordAudit } from '../audit/index.ts'
import { mailLocale, queueMail, withLang } from '../mail/index.ts'
import { organisations } from '../organisations/index.ts'
import { memberships, type Role, users } from '../users/index.ts'
import { invitations } from './schema.ts'

export const INVITATION_DAYS = 14

export type CreateInvitationInput = {
  email: string
  displayName?: string | undefined
  role: Role
  /** Only with role `guardian`: the learner to link the guardian to when they accept. */
  learnerUserId?: string | undefined
}

export const pending = and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt))
const isUuid = (v: string) => z.uuid().safeParse(v).success

async function findMemberByEmail(ctx: Ctx, tenantId: string, email: string) {
  const [row] = await ctx.db
    .select({ membershipId: memberships.id, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenantId), sql`lower(${users.email}) = ${email}`))
  return row ?? null
}

/**
 * Invites someone by e-mail to the active organisation with a role the inviter may grant. A new
 * invitation to the same address (for the same learner) replaces the pending one. The link goes
 * out by mail in the invitee's language if they have an account, else the organisation's default,
 * and opens its page in that language; only the token's hash is kept.
 */
export async function createInvitation(ctx: Ctx, input: CreateInvitationInput) {
  const actor = authorize(ctx, 'members.invite')
  if (!grantableRoles(actor).includes(input.role)) throw forbidden()
  const email = input.email.trim().toLowerCase()
  const displayName = input.displayName?.trim() ?? ''
  if (await findMemberByEmail(ctx, actor.tenantId, email)) {
    const key = 'invitations:errors.alreadyMember'
    throw new AppError('INVALID_INPUT', key, {}, { email: key })
  }
  const learnerUserId = input.role === 'guardian' ? (input.learnerUserId ?? null) : null
  let learnerName: string | null = null
  if (learnerUserId) {
    const [learner] = await ctx.db
      .select({ displayName: users.displayName })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.tenantId, actor.tenantId),
          eq(memberships.userId, learnerUserId),
          eq(memberships.role, 'learner'),
        ),
      )
    if (!learner) throw notFound()
    learnerName = learner.displayName
  }
  const [org] = await ctx.db
    .select({ name: organisations.name, defaultLocale: organisations.defaultLocale })
    .from(organisations)
    .where(eq(organisations.id, actor.tenantId))
  if (!org) throw notFound()
  const [invitee] = await ctx.db
    .select({ locale: users.locale })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
  const locale = mailLocale(invitee?.locale, org.defaultLocale)

  const token = randomToken()
  const now = ctx.now()
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000)
  const row = await ctx.db.transaction(async (tx) => {
    const sameLearner = learnerUserId
      ? eq(invitations.learnerUserId, learnerUserId)
      : isNull(invitations.learnerUserId)
    const replaced = await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(invitations.tenantId, actor.tenantId),
          eq(invitations.email, email),
          pending,
          sameLearner,
        ),
      )
      .returning({ id: invitations.id })
    const [created] = await tx
      .insert(invitations)
      .values({
        tenantId: actor.tenantId,
        email,
        displayName,
        role: input.role,
        tokenHash: sha256(token),
        invitedBy: actor.userId,
        expiresAt,
        learnerUserId,
      })
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'invitation.created',
        entityType: 'invitation',
        entityId: created!.id,
        changes: {
          email: { to: email },
          role: { to: input.role },
          ...(learnerUserId ? { learnerUserId: { to: learnerUserId } } : {}),
          ...(replaced.length ? { replaces: { to: replaced.map((r) => r.id) } } : {}),
        },
      },
      tx,
    )
    return created!
  })
  await queueMail(ctx, {
    tenantId: actor.tenantId,
    to: email,
    locale,
    ...invitationMail({
      locale,
      orgName: org.name,
      inviter: actor.displayName,
      name: displayName || email,
      role: input.role,
      learnerName,
      link: withLang(`${ctx.env.baseUrl}/invite/${token}`, locale),
    }),
  })
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    learnerUserId: row.learnerUserId,
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
  }
}

function invitationMail(m: {
  locale: Locale
  orgName: LocalizedText
  inviter: string
  name: string
  role: Role
  learnerName: string | null
  link: string
}) {
  const locale = m.locale
  const t = getT(locale)
  const organisation = pickText(m.orgName, locale, ['en']).value
  const params = {
    name: m.name,
    inviter: m.inviter,
    organisation,
    role: t(`common:roles.${m.role}`),
    learner: m.learnerName ?? '',
    link: m.link,
    days: INVITATION_DAYS,
  }
  return {
    subject: t('invitations:mail.subject', params),
    text: m.learnerName
      ? t('invitations:mail.guardianBody', params)
      : t('invitations:mail.body', params),
  }
}

/** Withdraws a pending invitation of the active organisation; its link stops working. */
export async function revokeInvitation(ctx: Ctx, id: string) {
  const actor = authorize(ctx, 'members.invite')
  if (!isUuid(id)) throw notFound()
  const [row] = await ctx.db
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, id), eq(invitations.tenantId, actor.tenantId)))
  if (!row) throw notFound()
  if (row.acceptedAt || row.revokedAt) {
    throw new AppError('INVALID_STATE', 'invitations:errors.notPending')
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(invitations)
      .set({ revokedAt: ctx.now() })
      .where(and(eq(invitations.id, id), eq(invitations.tenantId, actor.tenantId)))
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'invitation.revoked',
        entityType: 'invitation',
        entityId: id,
        changes: { email: { from: row.email }, role: { from: row.role } },
      },
      tx,
    )
  })
}

/** Invitations of the active organisation not yet accepted or revoked, newest first. */
export async function listPendingInvitations(ctx: Ctx) {
  const actor = authorize(ctx, 'members.view')
  const learner = alias(users, 'learner')
  const rows = await ctx.db
    .select({
      id: invitations.id,
      email: invitations.email,
      displayName: invitations.displayName,
      role: invitations.role,
      learnerName: learner.displayName,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .leftJoin(learner, eq(learner.id, invitations.learnerUserId))
    .where(and(eq(invitations.tenantId, actor.tenantId), pending))
    .orderBy(desc(invitations.createdAt))
    .limit(500)
  const now = ctx.now()
  return rows.map((r) => ({ ...r, isExpired: r.expiresAt <= now }))
}

/**
 * The invitation behind a link, for its public page. Used, revoked and expired links fail with
 * INVALID_STATE and a message saying which; an unknown link is simply not found.
 */
export async function getInvitationByToken(ctx: Ctx, token: string) {
  const [row] = await ctx.db
    .select({
      invitation: invitations,
      organisationName: organisations.name,
      defaultLocale: organisations.defaultLocale,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.tenantId))
    .where(eq(invitations.tokenHash, sha256(token)))
  if (!row) throw notFound()
  const inv = row.invitation
  if (inv.revokedAt) throw new AppError('INVALID_STATE', 'invitations:errors.revoked')
  if (inv.acceptedAt) throw new AppError('INVALID_STATE', 'invitations:errors.used')
  if (inv.expiresAt <= ctx.now()) throw new AppError('INVALID_STATE', 'invitations:errors.expired')
  const [account] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${inv.email}`)
  return {
    id: inv.id,
    tenantId: inv.tenantId,
    email: inv.email,
    displayName: inv.displayName,
    role: inv.role,
    learnerUserId: inv.learnerUserId,
    organisationName: row.organisationName,
    defaultLocale: row.defaultLocale,
    expiresAt: inv.expiresAt,
    hasAccount: Boolean(account),
  }
}

/**
 * Revokes the pending guardian invitations for a learner who leaves the organisation, inside the
 * removal's transaction (users' `removeMember` step).
 */
export async function revokeGuardianInvitationsFor(
  ctx: Ctx,
  tx: DbOrTx,
  member: { tenantId: string; userId: string },
): Promise<void> {
  await tx
    .update(invitations)
    .set({ revokedAt: ctx.now() })
    .where(
      and(
        eq(invitations.tenantId, member.tenantId),
        eq(invitations.learnerUserId, member.userId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
}
