import { and, desc, eq } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { authorize } from '#src/lib/policy.ts'
import { getEventStats } from '../events/index.ts'
import type { CampaignInput } from './inputs.ts'
import { eventOptions, eventsOfTenantByIds, type LinkedEvent } from './links.ts'
import { campaigns, newsPosts } from './schema.ts'

export type Campaign = typeof campaigns.$inferSelect

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The actor may run the organisation's campaigns (403 otherwise). */
export function requireCampaignManager(ctx: Ctx) {
  return authorize(ctx, 'campaigns.manage')
}

/** The organisation's campaigns, latest first. */
export async function listCampaigns(ctx: Ctx): Promise<Campaign[]> {
  const actor = requireCampaignManager(ctx)
  return ctx.db
    .select()
    .from(campaigns)
    .where(eq(campaigns.tenantId, actor.tenantId))
    .orderBy(desc(campaigns.startsOn), desc(campaigns.createdAt))
    .limit(200)
}

/** One of the organisation's campaigns, or 404 (also for another organisation's). */
export async function getCampaign(ctx: Ctx, id: string): Promise<Campaign> {
  const actor = requireCampaignManager(ctx)
  if (!UUID.test(id)) throw notFound()
  const [row] = await ctx.db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.id, id), eq(campaigns.tenantId, actor.tenantId)))
  if (!row) throw notFound()
  return row
}

/** The organisation's events a campaign may group. */
export async function campaignEventOptions(ctx: Ctx): Promise<LinkedEvent[]> {
  const actor = requireCampaignManager(ctx)
  return eventOptions(ctx.db, actor.tenantId)
}

async function checkEvents(ctx: Ctx, eventIds: string[]) {
  const options = await campaignEventOptions(ctx)
  if (eventIds.some((id) => !options.some((e) => e.id === id))) {
    throw new AppError(
      'INVALID_INPUT',
      'common:validation.choice',
      {},
      {
        eventIds: 'common:validation.choice',
      },
    )
  }
}

/** Starts a campaign. */
export async function createCampaign(ctx: Ctx, input: CampaignInput): Promise<Campaign> {
  const actor = requireCampaignManager(ctx)
  await checkEvents(ctx, input.eventIds)
  const [row] = await ctx.db
    .insert(campaigns)
    .values({ ...input, tenantId: actor.tenantId })
    .returning()
  return row!
}

/** Changes a campaign's name, period or events. */
export async function updateCampaign(
  ctx: Ctx,
  id: string,
  input: CampaignInput,
): Promise<Campaign> {
  const before = await getCampaign(ctx, id)
  await checkEvents(ctx, input.eventIds)
  const [row] = await ctx.db
    .update(campaigns)
    .set(input)
    .where(and(eq(campaigns.id, before.id), eq(campaigns.tenantId, before.tenantId)))
    .returning()
  return row!
}

export type EventReach = {
  event: LinkedEvent
  registrations: number
  attended: number
  feedbackCount: number
  feedbackAverage: number | null
}

/**
 * A campaign's reach: each event's registrations, attendance and feedback (from the events
 * module), their totals, and the news posts in the campaign.
 */
export async function getCampaignReach(ctx: Ctx, campaign: Campaign) {
  const events = await eventsOfTenantByIds(ctx.db, campaign.tenantId, campaign.eventIds)
  const rows: EventReach[] = await Promise.all(
    events.map(async (event) => {
      const stats = await getEventStats(ctx, event.id)
      return { event, ...stats }
    }),
  )
  const rated = rows.filter((r) => r.feedbackAverage !== null)
  const ratedCount = rated.reduce((n, r) => n + r.feedbackCount, 0)
  const totals = {
    events: rows.length,
    registrations: rows.reduce((n, r) => n + r.registrations, 0),
    attended: rows.reduce((n, r) => n + r.attended, 0),
    feedbackCount: rows.reduce((n, r) => n + r.feedbackCount, 0),
    // Weighted by responses, so a big event's average counts more than a small one's.
    feedbackAverage:
      ratedCount > 0
        ? Math.round(
            (rated.reduce((s, r) => s + r.feedbackAverage! * r.feedbackCount, 0) / ratedCount) * 10,
          ) / 10
        : null,
  }
  const posts = await ctx.db
    .select({
      id: newsPosts.id,
      slug: newsPosts.slug,
      title: newsPosts.title,
      status: newsPosts.status,
      publishedAt: newsPosts.publishedAt,
    })
    .from(newsPosts)
    .where(and(eq(newsPosts.tenantId, campaign.tenantId), eq(newsPosts.campaignId, campaign.id)))
    .orderBy(desc(newsPosts.publishedAt))
  return { rows, totals, posts }
}
