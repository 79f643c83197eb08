import { and, eq, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError } from '#src/lib/errors.ts'
import { authorize } from '#src/lib/policy.ts'
import { recordAudit } from '../audit/index.ts'
import { issueActivationCode } from '../auth/index.ts'
import type { CreateLearnerInput } from '../users/index.ts'
import {
  isUniqueViolation,
  loadMembership,
  memberships,
  uniqueUsername,
  users,
} from '../users/index.ts'
import { addGuardianByEmail } from './guardians.ts'

export type ActivationSlip = {
  membershipId: string
  userId: string
  displayName: string
  username: string
  code: string
  expiresAt: Date
}

function fieldError(field: string, key: string): AppError {
  return new AppError('INVALID_INPUT', key, {}, { [field]: key })
}

/**
 * Creates an account for a learner without e-mail: a username made from their name, no password,
 * a learner membership, and a one-time activation code shown once to whoever hands it over. With a
 * guardian e-mail, the guardian is linked (if already a guardian member) or invited.
 */
export async function createLearner(
  ctx: Ctx,
  input: CreateLearnerInput,
): Promise<ActivationSlip & { guardian: 'linked' | 'invited' | null }> {
  const actor = authorize(ctx, 'learners.create')
  if (input.dateOfBirth && input.dateOfBirth > ctx.now().toISOString().slice(0, 10)) {
    throw fieldError('dateOfBirth', 'members:errors.dateInFuture')
  }
  if (input.guardianEmail) {
    const [other] = await ctx.db
      .select({ role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.tenantId, actor.tenantId),
          sql`lower(${users.email}) = ${input.guardianEmail}`,
        ),
      )
    if (other && other.role !== 'guardian') {
      throw fieldError('guardianEmail', 'members:errors.guardianHasOtherRole')
    }
  }
  let created: { userId: string; membershipId: string; username: string } | undefined
  // Two coordinators may add two learners of the same name at once: retry on a taken username.
  for (let attempt = 0; !created; attempt++) {
    try {
      created = await ctx.db.transaction(async (tx) => {
        const username = await uniqueUsername(tx, input.displayName)
        const [user] = await tx
          .insert(users)
          .values({
            displayName: input.displayName,
            username,
            dateOfBirth: input.dateOfBirth ?? null,
          })
          .returning({ id: users.id })
        const [membership] = await tx
          .insert(memberships)
          .values({ tenantId: actor.tenantId, userId: user!.id, role: 'learner' })
          .returning({ id: memberships.id })
        await recordAudit(
          ctx,
          {
            tenantId: actor.tenantId,
            action: 'membership.created',
            entityType: 'membership',
            entityId: membership!.id,
            changes: {
              userId: { to: user!.id },
              role: { to: 'learner' },
              username: { to: username },
              ...(input.dateOfBirth ? { dateOfBirth: { to: '[changed]' } } : {}),
            },
          },
          tx,
        )
        return { userId: user!.id, membershipId: membership!.id, username }
      })
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 3) throw err
    }
  }
  const code = await issueActivationCode(ctx, created.userId, actor.tenantId)
  const guardian = input.guardianEmail
    ? await addGuardianByEmail(ctx, created.membershipId, {
        email: input.guardianEmail,
        displayName: input.guardianName,
      })
    : null
  return {
    ...created,
    displayName: input.displayName,
    code: code.code,
    expiresAt: new Date(ctx.now().getTime() + code.expiresInDays * 86_400_000),
    guardian,
  }
}

/** A fresh activation code for a learner who lost theirs; earlier codes stop working. */
export async function issueNewCode(ctx: Ctx, membershipId: string): Promise<ActivationSlip> {
  const actor = authorize(ctx, 'learners.create')
  const member = await loadMembership(ctx, actor.tenantId, membershipId)
  if (member.role !== 'learner') throw new AppError('INVALID_STATE', 'members:errors.notLearner')
  if (!member.username) throw new AppError('INVALID_STATE', 'members:errors.noUsername')
  const code = await issueActivationCode(ctx, member.userId, actor.tenantId)
  await recordAudit(ctx, {
    tenantId: actor.tenantId,
    action: 'user.activation_code_issued',
    entityType: 'user',
    entityId: member.userId,
  })
  return {
    membershipId: member.membershipId,
    userId: member.userId,
    displayName: member.displayName,
    username: member.username,
    code: code.code,
    expiresAt: new Date(ctx.now().getTime() + code.expiresInDays * 86_400_000),
  }
}
