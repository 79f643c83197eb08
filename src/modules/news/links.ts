import { and, desc, eq, exists, inArray, ne, or } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { events } from '../events/index.ts'
import { projectPartners, projects } from '../projects/index.ts'
import { campaigns } from './schema.ts'

/*
 * What a post or a campaign may point at. Events and projects belong to other modules: this file
 * only READS their tables (read-only, as docs/ARCHITECTURE.md allows for aggregates), by id, so that news never writes there
 * and survives their rows being deleted (a link to a missing row is simply not shown).
 */

export type LinkedProject = { id: string; slug: string; acronym: string; title: LocalizedText }
export type LinkedEvent = {
  id: string
  slug: string
  title: LocalizedText
  startsAt: Date
  endsAt: Date
  timeZone: string
  status: string
}
export type CampaignOption = { id: string; name: LocalizedText }

const projectColumns = {
  id: projects.id,
  slug: projects.slug,
  acronym: projects.acronym,
  title: projects.title,
}
const eventColumns = {
  id: events.id,
  slug: events.slug,
  title: events.title,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  timeZone: events.timeZone,
  status: events.status,
}

/** Projects an organisation coordinates or is a partner in: what its news may be about. */
export async function projectOptions(db: DbOrTx, tenantId: string): Promise<LinkedProject[]> {
  const partner = db
    .select({ id: projectPartners.id })
    .from(projectPartners)
    .where(
      and(eq(projectPartners.projectId, projects.id), eq(projectPartners.organisationId, tenantId)),
    )
  return db
    .select(projectColumns)
    .from(projects)
    .where(or(eq(projects.tenantId, tenantId), exists(partner)))
    .orderBy(desc(projects.startDate), projects.acronym)
    .limit(200)
}

/** The organisation's own events that are not drafts, newest first. */
export async function eventOptions(db: DbOrTx, tenantId: string): Promise<LinkedEvent[]> {
  return db
    .select(eventColumns)
    .from(events)
    .where(and(eq(events.tenantId, tenantId), ne(events.status, 'draft')))
    .orderBy(desc(events.startsAt))
    .limit(300)
}

/** The organisation's campaigns, for the post editor. */
export async function campaignOptions(db: DbOrTx, tenantId: string): Promise<CampaignOption[]> {
  return db
    .select({ id: campaigns.id, name: campaigns.name })
    .from(campaigns)
    .where(eq(campaigns.tenantId, tenantId))
    .orderBy(desc(campaigns.startsOn))
    .limit(100)
}

/** Public projects among these ids, for a post's page. */
export async function publicProjectsByIds(db: DbOrTx, ids: string[]): Promise<LinkedProject[]> {
  if (ids.length === 0) return []
  return db
    .select(projectColumns)
    .from(projects)
    .where(and(inArray(projects.id, ids), eq(projects.isPublic, true)))
    .orderBy(projects.acronym)
}

/** Published events among these ids, in date order, for a post's page. */
export async function publicEventsByIds(db: DbOrTx, ids: string[]): Promise<LinkedEvent[]> {
  if (ids.length === 0) return []
  return db
    .select(eventColumns)
    .from(events)
    .where(and(inArray(events.id, ids), ne(events.status, 'draft')))
    .orderBy(events.startsAt)
}

/** The organisation's events among these ids (any status), for a campaign. */
export async function eventsOfTenantByIds(
  db: DbOrTx,
  tenantId: string,
  ids: string[],
): Promise<LinkedEvent[]> {
  if (ids.length === 0) return []
  return db
    .select(eventColumns)
    .from(events)
    .where(and(eq(events.tenantId, tenantId), inArray(events.id, ids)))
    .orderBy(events.startsAt)
}

/** A public project by its address, for the per-project feeds. */
export async function findPublicProjectBySlug(db: DbOrTx, slug: string) {
  const [row] = await db
    .select(projectColumns)
    .from(projects)
    .where(and(eq(projects.slug, slug), eq(projects.isPublic, true)))
  return row ?? null
}
