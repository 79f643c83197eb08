import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { userNames } from '../../users/index.ts'
import { fundingOpportunities, fundingWatches } from '../schema.ts'
import { viewer } from './access.ts'
import { getOpportunity, type OpportunityView } from './opportunities.ts'

/** The actor watches the opportunity: its deadline reminders come to them (a second call changes nothing). */
export async function watchOpportunity(ctx: Ctx, id: string) {
  const actor = viewer(ctx)
  const opportunity = await getOpportunity(ctx, id)
  await ctx.db
    .insert(fundingWatches)
    .values({ tenantId: actor.tenantId, opportunityId: opportunity.id, userId: actor.userId })
    .onConflictDoNothing()
  return opportunity
}

/** The actor stops watching it. */
export async function unwatchOpportunity(ctx: Ctx, id: string) {
  const actor = viewer(ctx)
  const opportunity = await getOpportunity(ctx, id)
  await ctx.db
    .delete(fundingWatches)
    .where(
      and(
        eq(fundingWatches.opportunityId, opportunity.id),
        eq(fundingWatches.userId, actor.userId),
      ),
    )
  return opportunity
}

/** Who of the actor's school watches an opportunity (names), and whether the actor does. */
export async function watchersOf(ctx: Ctx, opportunityId: string) {
  const actor = ctx.actor
  if (!actor?.tenantId) return { names: [] as string[], isWatching: false }
  const rows = await ctx.db
    .select({ userId: fundingWatches.userId })
    .from(fundingWatches)
    .where(
      and(
        eq(fundingWatches.tenantId, actor.tenantId),
        eq(fundingWatches.opportunityId, opportunityId),
      ),
    )
  const names = await userNames(
    ctx,
    rows.map((r) => r.userId),
  )
  return {
    names: rows
      .map((r) => names.get(r.userId) ?? '')
      .filter(Boolean)
      .sort(),
    isWatching: rows.some((r) => r.userId === actor.userId),
  }
}

export type WatchedOpportunity = {
  opportunity: OpportunityView
  watchers: string[]
  isWatching: boolean
}

/** The opportunities people of the actor's school watch, soonest deadline first, with who watches. */
export async function listWatches(ctx: Ctx): Promise<WatchedOpportunity[]> {
  const actor = viewer(ctx)
  const rows = await ctx.db
    .select({ opportunityId: fundingWatches.opportunityId, userId: fundingWatches.userId })
    .from(fundingWatches)
    .innerJoin(fundingOpportunities, eq(fundingOpportunities.id, fundingWatches.opportunityId))
    .where(
      and(
        eq(fundingWatches.tenantId, actor.tenantId),
        or(
          isNull(fundingOpportunities.organisationId),
          eq(fundingOpportunities.organisationId, actor.tenantId),
        ),
      ),
    )
    .orderBy(asc(fundingWatches.createdAt))
  if (rows.length === 0) return []
  const ids = new Set(rows.map((r) => r.opportunityId))
  // A school watches a handful: one read each keeps the register's visibility rule in one place.
  const views = new Map<string, OpportunityView>()
  for (const id of ids) views.set(id, await getOpportunity(ctx, id))
  const names = await userNames(ctx, [...new Set(rows.map((r) => r.userId))])
  return [...views.values()]
    .map((opportunity) => {
      const mine = rows.filter((r) => r.opportunityId === opportunity.id)
      return {
        opportunity,
        watchers: mine
          .map((r) => names.get(r.userId) ?? '')
          .filter(Boolean)
          .sort(),
        isWatching: mine.some((r) => r.userId === actor.userId),
      }
    })
    .sort(
      (a, b) =>
        (a.opportunity.nextDeadline?.at.getTime() ?? Number.POSITIVE_INFINITY) -
        (b.opportunity.nextDeadline?.at.getTime() ?? Number.POSITIVE_INFINITY),
    )
}

/** How many people of the actor's school watch each of these opportunities. */
export async function watchCounts(ctx: Ctx, ids: string[]): Promise<Map<string, number>> {
  const actor = ctx.actor
  if (!actor?.tenantId || ids.length === 0) return new Map()
  const rows = await ctx.db
    .select({ opportunityId: fundingWatches.opportunityId, userId: fundingWatches.userId })
    .from(fundingWatches)
    .where(
      and(eq(fundingWatches.tenantId, actor.tenantId), inArray(fundingWatches.opportunityId, ids)),
    )
  const out = new Map<string, number>()
  for (const r of rows) out.set(r.opportunityId, (out.get(r.opportunityId) ?? 0) + 1)
  return out
}
