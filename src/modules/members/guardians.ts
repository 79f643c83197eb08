import { and, eq, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError } from '#src/lib/errors.ts'
import { authorize } from '#src/lib/policy.ts'
import { recordAudit } from '../audit/index.ts'
import { createInvitation } from '../invitations/index.ts'
import { guardianships, loadMembership, memberships, users } from '../users/index.ts'

async function loadLearner(ctx: Ctx, tenantId: string, membershipId: string) {
  const learner = await loadMembership(ctx, tenantId, membershipId)
  if (learner.role !== 'learner') throw new AppError('INVALID_STATE', 'members:errors.notLearner')
  return learner
}

function fieldError(field: string, key: string): AppError {
  return new AppError('INVALID_INPUT', key, {}, { [field]: key })
}

/** Links a guardian member of the organisation to a learner member of it. */
export async function linkGuardian(
  ctx: Ctx,
  learnerMembershipId: string,
  guardianMembershipId: string,
) {
  const actor = authorize(ctx, 'guardians.manage')
  const learner = await loadLearner(ctx, actor.tenantId, learnerMembershipId)
  const guardian = await loadMembership(ctx, actor.tenantId, guardianMembershipId)
  if (guardian.role !== 'guardian') {
    throw fieldError('guardianMembershipId', 'members:errors.notGuardian')
  }
  await ctx.db.transaction(async (tx) => {
    const [link] = await tx
      .insert(guardianships)
      .values({
        tenantId: actor.tenantId,
        guardianUserId: guardian.userId,
        learnerUserId: learner.userId,
      })
      .onConflictDoNothing()
      .returning({ id: guardianships.id })
    if (!link) throw fieldError('guardianMembershipId', 'members:errors.alreadyLinked')
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'guardianship.created',
        entityType: 'guardianship',
        entityId: link.id,
        changes: {
          guardianUserId: { to: guardian.userId },
          learnerUserId: { to: learner.userId },
        },
      },
      tx,
    )
  })
  return { learner, guardian }
}

/** Ends a guardian's link to a learner; both stay members. */
export async function unlinkGuardian(
  ctx: Ctx,
  learnerMembershipId: string,
  guardianMembershipId: string,
) {
  const actor = authorize(ctx, 'guardians.manage')
  const learner = await loadLearner(ctx, actor.tenantId, learnerMembershipId)
  const guardian = await loadMembership(ctx, actor.tenantId, guardianMembershipId)
  await ctx.db.transaction(async (tx) => {
    const [link] = await tx
      .delete(guardianships)
      .where(
        and(
          eq(guardianships.tenantId, actor.tenantId),
          eq(guardianships.guardianUserId, guardian.userId),
          eq(guardianships.learnerUserId, learner.userId),
        ),
      )
      .returning({ id: guardianships.id })
    if (!link) return
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'guardianship.removed',
        entityType: 'guardianship',
        entityId: link.id,
        changes: {
          guardianUserId: { from: guardian.userId },
          learnerUserId: { from: learner.userId },
        },
      },
      tx,
    )
  })
}

/**
 * Adds a guardian to a learner by e-mail: links them at once if the address belongs to a guardian
 * member already, otherwise invites them with role guardian (linked when they accept).
 */
export async function addGuardianByEmail(
  ctx: Ctx,
  learnerMembershipId: string,
  input: { email: string; displayName?: string | undefined },
): Promise<'linked' | 'invited'> {
  const actor = authorize(ctx, 'guardians.manage')
  const learner = await loadLearner(ctx, actor.tenantId, learnerMembershipId)
  const email = input.email.trim().toLowerCase()
  const [member] = await ctx.db
    .select({ membershipId: memberships.id, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, actor.tenantId), sql`lower(${users.email}) = ${email}`))
  if (member && member.role !== 'guardian') {
    throw fieldError('email', 'members:errors.guardianHasOtherRole')
  }
  if (member) {
    try {
      await linkGuardian(ctx, learnerMembershipId, member.membershipId)
    } catch (err) {
      // The form asked for an e-mail, so the error belongs to that field.
      if (err instanceof AppError && err.fields) throw fieldError('email', err.messageKey)
      throw err
    }
    return 'linked'
  }
  await createInvitation(ctx, {
    email,
    displayName: input.displayName,
    role: 'guardian',
    learnerUserId: learner.userId,
  })
  return 'invited'
}
