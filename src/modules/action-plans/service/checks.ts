import { and, eq, inArray, or, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { type Flag, OPEN_STATUSES, realismFlags } from '../realism.ts'
import { actionPlanActions, actionPlans } from '../schema.ts'
import { viewer } from './access.ts'

export type Action = typeof actionPlanActions.$inferSelect
export type CheckedAction = Action & { flags: Flag[] }

/**
 * The actions of these plans with their realism flags. An owner's load counts their open actions
 * in the school's active plans and in the plan itself, as if it were active (ADR 020).
 */
export async function checkedActions(
  ctx: Ctx,
  planIds: readonly string[],
): Promise<CheckedAction[]> {
  const actor = viewer(ctx)
  if (planIds.length === 0) return []
  const plans = await ctx.db
    .select({ id: actionPlans.id, startsOn: actionPlans.startsOn, endsOn: actionPlans.endsOn })
    .from(actionPlans)
    .where(and(eq(actionPlans.tenantId, actor.tenantId), inArray(actionPlans.id, [...planIds])))
  const actions = await ctx.db
    .select()
    .from(actionPlanActions)
    .where(
      and(
        eq(actionPlanActions.tenantId, actor.tenantId),
        inArray(actionPlanActions.planId, [...planIds]),
      ),
    )
  const load = await ctx.db
    .select({
      planId: actionPlanActions.planId,
      ownerId: actionPlanActions.ownerId,
      isActive: sql<boolean>`${actionPlans.status} = 'active'`,
      n: sql<number>`count(*)::int`,
    })
    .from(actionPlanActions)
    .innerJoin(actionPlans, eq(actionPlans.id, actionPlanActions.planId))
    .where(
      and(
        eq(actionPlanActions.tenantId, actor.tenantId),
        inArray(actionPlanActions.status, [...OPEN_STATUSES]),
        or(eq(actionPlans.status, 'active'), inArray(actionPlans.id, [...planIds])),
      ),
    )
    .groupBy(actionPlanActions.planId, actionPlanActions.ownerId, actionPlans.status)
  const byPlan = new Map(plans.map((p) => [p.id, p]))
  const countsFor = (planId: string) => {
    const counts = new Map<string, number>()
    for (const r of load) {
      if (!r.ownerId || (!r.isActive && r.planId !== planId)) continue
      counts.set(r.ownerId, (counts.get(r.ownerId) ?? 0) + r.n)
    }
    return counts
  }
  const memo = new Map<string, Map<string, number>>()
  return actions.map((a) => {
    const plan = byPlan.get(a.planId)!
    let counts = memo.get(a.planId)
    if (!counts) {
      counts = countsFor(a.planId)
      memo.set(a.planId, counts)
    }
    return { ...a, flags: realismFlags(a, plan, counts) }
  })
}
