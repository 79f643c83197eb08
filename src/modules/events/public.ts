import { and, asc, desc, eq, gte, inArray, isNotNull, ne, sql } from 'drizzle-orm'
import type { Db } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { notFound } from '#src/lib/errors.ts'
import { organisations } from '../organisations/index.ts'
import { projects } from '../projects/index.ts'
import { organiserOf } from './certificates.ts'
import { placesTaken } from './placement.ts'
import { eventFeedback, events } from './schema.ts'
import { countRegistrations, getEvent } from './service.ts'

/** What other modules and public pages show of an event. */
export type PublicEventSummary = Pick<
  typeof events.$inferSelect,
  | 'id'
  | 'tenantId'
  | 'slug'
  | 'type'
  | 'title'
  | 'startsAt'
  | 'endsAt'
  | 'timeZone'
  | 'venueName'
  | 'venueAddress'
  | 'onlineUrl'
  | 'status'
  | 'projectId'
>

const summary = {
  id: events.id,
  tenantId: events.tenantId,
  slug: events.slug,
  type: events.type,
  title: events.title,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  timeZone: events.timeZone,
  venueName: events.venueName,
  venueAddress: events.venueAddress,
  onlineUrl: events.onlineUrl,
  status: events.status,
  projectId: events.projectId,
}

/** An organisation's published events that have not ended yet, soonest first. */
export async function listUpcomingPublicEvents(
  db: Db,
  organisationId: string,
  options: { limit?: number; now?: Date } = {},
): Promise<PublicEventSummary[]> {
  return db
    .select(summary)
    .from(events)
    .where(
      and(
        eq(events.tenantId, organisationId),
        eq(events.status, 'published'),
        gte(events.endsAt, options.now ?? new Date()),
      ),
    )
    .orderBy(asc(events.startsAt))
    .limit(Math.min(options.limit ?? 10, 100))
}

/** A project's published events, past and future, latest first. */
export async function listEventsOfProject(
  db: Db,
  projectId: string,
): Promise<PublicEventSummary[]> {
  return db
    .select(summary)
    .from(events)
    .where(and(eq(events.projectId, projectId), eq(events.status, 'published')))
    .orderBy(desc(events.startsAt))
    .limit(500)
}

/** Published events for a calendar feed: an organisation's, or only one project's. */
export async function listFeedEvents(
  db: Db,
  organisationId: string,
  options: { projectId?: string | undefined; since: Date },
) {
  return db
    .select()
    .from(events)
    .where(
      and(
        eq(events.tenantId, organisationId),
        ne(events.status, 'draft'),
        isNotNull(events.publishedAt),
        gte(events.endsAt, options.since),
        options.projectId ? eq(events.projectId, options.projectId) : undefined,
      ),
    )
    .orderBy(asc(events.startsAt))
    .limit(1000)
}

export type EventStats = {
  registrations: number
  attended: number
  waitlisted: number
  feedbackCount: number
  /** Mean of the overall rating (1–5), one decimal; null without responses. */
  feedbackAverage: number | null
}

/** Reach of one of the organisation's events: registrations, attendance, feedback. */
export async function getEventStats(ctx: Ctx, eventId: string): Promise<EventStats> {
  const event = await getEvent(ctx, eventId)
  const counts = (await countRegistrations(ctx, [event.id])).get(event.id)!
  const [fb] = await ctx.db
    .select({
      n: sql<number>`count(*)::int`,
      avg: sql<string | null>`avg(${eventFeedback.overall})`,
    })
    .from(eventFeedback)
    .where(and(eq(eventFeedback.tenantId, event.tenantId), eq(eventFeedback.eventId, event.id)))
  return {
    registrations: counts.confirmed + counts.pending,
    attended: counts.attended,
    waitlisted: counts.waitlisted,
    feedbackCount: Number(fb?.n ?? 0),
    feedbackAverage: fb?.avg == null ? null : Math.round(Number(fb.avg) * 10) / 10,
  }
}

/** An event's public page: published or cancelled (a draft is "not found"), with its organiser. */
export async function getPublicEvent(ctx: Ctx, slug: string) {
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) throw notFound()
  const [event] = await ctx.db.select().from(events).where(eq(events.slug, slug))
  if (!event || event.status === 'draft') throw notFound()
  const organiser = await organiserOf(ctx.db, event.tenantId)
  const taken = await placesTaken(ctx.db, event.id)
  return {
    event,
    organiser,
    placesLeft: event.capacity === null ? null : Math.max(0, event.capacity - taken),
  }
}

/** Every public event page, for the sitemap. */
export async function listPublicEventPages(db: Db) {
  return db
    .select({ slug: events.slug, updatedAt: events.updatedAt })
    .from(events)
    .innerJoin(organisations, eq(organisations.id, events.tenantId))
    .where(and(inArray(events.status, ['published', 'cancelled']), isNotNull(events.publishedAt)))
    .orderBy(desc(events.startsAt))
    .limit(40_000)
}

/** The organisation behind a public URL slug (not external ones). */
export async function findOrganisationBySlug(db: Db, slug: string) {
  const [org] = await db
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug })
    .from(organisations)
    .where(and(eq(organisations.slug, slug), eq(organisations.isExternal, false)))
  if (!org) throw notFound()
  return org
}

/** A public project (by its URL slug) and its published events, for the project's calendar feed. */
export async function listPublicProjectFeed(db: Db, slug: string, since: Date) {
  const [project] = await db
    .select({ id: projects.id, acronym: projects.acronym })
    .from(projects)
    .where(and(eq(projects.slug, slug), eq(projects.isPublic, true)))
  if (!project) throw notFound()
  const rows = await db
    .select()
    .from(events)
    .where(
      and(
        eq(events.projectId, project.id),
        ne(events.status, 'draft'),
        isNotNull(events.publishedAt),
        gte(events.endsAt, since),
      ),
    )
    .orderBy(asc(events.startsAt))
    .limit(1000)
  return { project, rows }
}
