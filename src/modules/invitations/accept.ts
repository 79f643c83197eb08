import { and, eq, gt, inArray } from 'drizzle-orm'
import type { Actor, Ctx } from '#src/lib/context.ts'
import { hashPassword } from '#src/lib/crypto.ts'
import { AppError } from '#src/lib/errors.ts'
import { requireActor } from '#src/lib/policy.ts'
import { recordAudit } from '../audit/index.ts'
import { guardianships, memberships, users } from '../users/index.ts'
import { invitations } from './schema.ts'
import { getInvitationByToken, pending } from './service.ts'

export type NewAccountInput = { displayName: string; password: string }

/** The new person as the actor of their own acceptance, for the audit log. */
function actingAs(ctx: Ctx, userId: string, displayName: string, email: string): Ctx {
  const actor: Actor = {
    userId,
    displayName,
    email,
    locale: null,
    isPlatformAdmin: false,
    memberships: [],
    tenantId: null,
    role: null,
    via: 'session',
  }
  return { ...ctx, actor }
}

/**
 * Accepts an invitation: with `newAccount` for someone without an account (creates it with the
 * invited address), otherwise as the signed-in person the invitation is addressed to. Adds the
 * membership and, for a guardian, the links to their learners (also those of other pending
 * guardian invitations to the same address, so a parent of two learners accepts once).
 */
export async function acceptInvitation(ctx: Ctx, token: string, newAccount?: NewAccountInput) {
  const inv = await getInvitationByToken(ctx, token)
  let existing: Actor | null = null
  let passwordHash: string | null = null
  if (newAccount) {
    if (inv.hasAccount) throw new AppError('INVALID_STATE', 'invitations:errors.accountExists')
    passwordHash = await hashPassword(newAccount.password)
  } else {
    existing = requireActor(ctx)
    if (existing.email?.toLowerCase() !== inv.email) {
      throw new AppError('INVALID_STATE', 'invitations:errors.otherAccount', { email: inv.email })
    }
    if (existing.memberships.some((m) => m.tenantId === inv.tenantId)) {
      throw new AppError('INVALID_STATE', 'invitations:errors.youAreMember')
    }
  }
  const now = ctx.now()
  return ctx.db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(invitations)
      .set({ acceptedAt: now })
      .where(and(eq(invitations.id, inv.id), pending, gt(invitations.expiresAt, now)))
      .returning({ id: invitations.id })
    if (!claimed) throw new AppError('INVALID_STATE', 'invitations:errors.used')
    let userId: string
    let actorCtx = ctx
    if (newAccount) {
      const [user] = await tx
        .insert(users)
        .values({ email: inv.email, displayName: newAccount.displayName, passwordHash })
        .returning({ id: users.id })
      userId = user!.id
      actorCtx = actingAs(ctx, userId, newAccount.displayName, inv.email)
      await recordAudit(
        actorCtx,
        { tenantId: null, action: 'user.created', entityType: 'user', entityId: userId },
        tx,
      )
    } else {
      userId = existing!.userId
    }
    await tx.update(invitations).set({ acceptedBy: userId }).where(eq(invitations.id, inv.id))
    const [membership] = await tx
      .insert(memberships)
      .values({ tenantId: inv.tenantId, userId, role: inv.role })
      .returning({ id: memberships.id })
    await recordAudit(
      actorCtx,
      {
        tenantId: inv.tenantId,
        action: 'membership.created',
        entityType: 'membership',
        entityId: membership!.id,
        changes: { userId: { to: userId }, role: { to: inv.role } },
      },
      tx,
    )
    await recordAudit(
      actorCtx,
      {
        tenantId: inv.tenantId,
        action: 'invitation.accepted',
        entityType: 'invitation',
        entityId: inv.id,
      },
      tx,
    )
    if (inv.role === 'guardian') {
      const others = await tx
        .update(invitations)
        .set({ acceptedAt: now, acceptedBy: userId })
        .where(
          and(
            eq(invitations.tenantId, inv.tenantId),
            eq(invitations.email, inv.email),
            eq(invitations.role, 'guardian'),
            pending,
            gt(invitations.expiresAt, now),
          ),
        )
        .returning({ learnerUserId: invitations.learnerUserId })
      const learnerIds = [inv.learnerUserId, ...others.map((o) => o.learnerUserId)].filter(
        (id): id is string => Boolean(id),
      )
      const learners = learnerIds.length
        ? await tx
            .select({ userId: memberships.userId })
            .from(memberships)
            .where(
              and(
                eq(memberships.tenantId, inv.tenantId),
                eq(memberships.role, 'learner'),
                inArray(memberships.userId, learnerIds),
              ),
            )
        : []
      for (const learner of learners) {
        const [link] = await tx
          .insert(guardianships)
          .values({ tenantId: inv.tenantId, guardianUserId: userId, learnerUserId: learner.userId })
          .onConflictDoNothing()
          .returning({ id: guardianships.id })
        if (!link) continue
        await recordAudit(
          actorCtx,
          {
            tenantId: inv.tenantId,
            action: 'guardianship.created',
            entityType: 'guardianship',
            entityId: link.id,
            changes: { guardianUserId: { to: userId }, learnerUserId: { to: learner.userId } },
          },
          tx,
        )
      }
    }
    return { userId, tenantId: inv.tenantId, membershipId: membership!.id }
  })
}
