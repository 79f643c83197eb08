import { and, count, eq, gt, isNull } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { requireActor } from '#src/lib/policy.ts'
import { invitations } from '../invitations/index.ts'
import { organisations } from '../organisations/index.ts'
import { guardianships, memberships, users } from '../users/index.ts'

export type HomeSummary = {
  membersByRole: Record<string, number>
  pendingInvitations: number
  guardianOf: { userId: string; displayName: string }[]
  organisationCount: number | null
}

/** Everything the signed-in home page shows, in as few queries as it takes. */
export async function getHomeSummary(ctx: Ctx): Promise<HomeSummary> {
  const actor = requireActor(ctx)
  const summary: HomeSummary = {
    membersByRole: {},
    pendingInvitations: 0,
    guardianOf: [],
    organisationCount: null,
  }
  if (actor.isPlatformAdmin) {
    const [row] = await ctx.db.select({ n: count() }).from(organisations)
    summary.organisationCount = row?.n ?? 0
  }
  const tenantId = actor.tenantId
  if (!tenantId) return summary
  if (actor.isPlatformAdmin || actor.role === 'org_admin' || actor.role === 'coordinator') {
    const byRole = await ctx.db
      .select({ role: memberships.role, n: count() })
      .from(memberships)
      .where(eq(memberships.tenantId, tenantId))
      .groupBy(memberships.role)
    summary.membersByRole = Object.fromEntries(byRole.map((r) => [r.role, r.n]))
    const [pending] = await ctx.db
      .select({ n: count() })
      .from(invitations)
      .where(
        and(
          eq(invitations.tenantId, tenantId),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, ctx.now()),
        ),
      )
    summary.pendingInvitations = pending?.n ?? 0
  }
  if (actor.role === 'guardian') {
    summary.guardianOf = await ctx.db
      .select({ userId: users.id, displayName: users.displayName })
      .from(guardianships)
      .innerJoin(users, eq(users.id, guardianships.learnerUserId))
      .where(
        and(eq(guardianships.tenantId, tenantId), eq(guardianships.guardianUserId, actor.userId)),
      )
  }
  return summary
}
