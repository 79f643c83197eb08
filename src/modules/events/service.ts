import { and, asc, count, desc, eq, gte, inArray, lt, ne, or, sql } from 'drizzle-orm'
import type { Tx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { dateIn } from '#src/lib/dates.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { authorize } from '#src/lib/policy.ts'
import { ZUuid } from '#src/lib/validation.ts'
import { recordAudit } from '../audit/index.ts'
import { slugify } from '../organisations/index.ts'
import { projectPartners, projects, workPackages } from '../projects/index.ts'
import type { EventInput } from './inputs.ts'
import { mailEventCancelled, mailPromoted } from './mails.ts'
import { promoteWaitlist } from './placement.ts'
import { type EventStatus, eventRegistrations, events, HOLDS_PLACE } from './schema.ts'

export type Event = typeof events.$inferSelect

export type EventCounts = {
  confirmed: number
  pending: number
  waitlisted: number
  awaitingGuardian: number
  attended: number
}

/** The active organisation's event; another organisation's is "not found". */
export async function getEvent(ctx: Ctx, id: string): Promise<Event> {
  const actor = authorize(ctx, 'events.view')
  if (!ZUuid.safeParse(id).success) throw notFound()
  const [row] = await ctx.db
    .select()
    .from(events)
    .where(and(eq(events.id, id), eq(events.tenantId, actor.tenantId)))
  if (!row) throw notFound()
  return row
}

/** Registration counts of some events, by status, in one query. */
export async function countRegistrations(
  ctx: Pick<Ctx, 'db'>,
  eventIds: string[],
): Promise<Map<string, EventCounts>> {
  const out = new Map<string, EventCounts>()
  for (const id of eventIds) {
    out.set(id, { confirmed: 0, pending: 0, waitlisted: 0, awaitingGuardian: 0, attended: 0 })
  }
  if (eventIds.length === 0) return out
  const rows = await ctx.db
    .select({
      eventId: eventRegistrations.eventId,
      status: eventRegistrations.status,
      n: count(),
      attended: sql<number>`count(${eventRegistrations.checkedInAt})::int`,
    })
    .from(eventRegistrations)
    .where(inArray(eventRegistrations.eventId, eventIds))
    .groupBy(eventRegistrations.eventId, eventRegistrations.status)
  for (const r of rows) {
    const c = out.get(r.eventId)!
    if (r.status === 'confirmed') c.confirmed = r.n
    if (r.status === 'pending_approval') c.pending = r.n
    if (r.status === 'waitlisted') c.waitlisted = r.n
    if (r.status === 'awaiting_guardian') c.awaitingGuardian = r.n
    c.attended += Number(r.attended)
  }
  return out
}

export type EventListFilter = { when: 'upcoming' | 'past' }

/** The organisation's events, upcoming first (soonest first) or past (latest first). */
export async function listEvents(ctx: Ctx, filter: EventListFilter) {
  const actor = authorize(ctx, 'events.view')
  const now = ctx.now()
  const rows = await ctx.db
    .select()
    .from(events)
    .where(
      and(
        eq(events.tenantId, actor.tenantId),
        filter.when === 'upcoming' ? gte(events.endsAt, now) : lt(events.endsAt, now),
      ),
    )
    .orderBy(filter.when === 'upcoming' ? asc(events.startsAt) : desc(events.startsAt))
    .limit(200)
  const counts = await countRegistrations(
    ctx,
    rows.map((r) => r.id),
  )
  return rows.map((event) => ({ event, counts: counts.get(event.id)! }))
}

export type ProjectOption = {
  id: string
  acronym: string
  workPackages: { id: string; code: string; title: Record<string, string | undefined> }[]
}

/** Projects the organisation coordinates or is a partner in, with their work packages. */
export async function listProjectOptions(ctx: Ctx): Promise<ProjectOption[]> {
  const actor = authorize(ctx, 'events.view')
  const rows = await ctx.db
    .selectDistinct({ id: projects.id, acronym: projects.acronym })
    .from(projects)
    .leftJoin(projectPartners, eq(projectPartners.projectId, projects.id))
    .where(
      or(eq(projects.tenantId, actor.tenantId), eq(projectPartners.organisationId, actor.tenantId)),
    )
    .orderBy(asc(projects.acronym))
  if (rows.length === 0) return []
  const wps = await ctx.db
    .select({
      id: workPackages.id,
      projectId: workPackages.projectId,
      code: workPackages.code,
      title: workPackages.title,
    })
    .from(workPackages)
    .where(
      inArray(
        workPackages.projectId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(workPackages.number))
  return rows.map((p) => ({ ...p, workPackages: wps.filter((w) => w.projectId === p.id) }))
}

async function checkProjectLinks(ctx: Ctx, input: EventInput) {
  if (!input.projectId) {
    if (input.workPackageId) {
      throw new AppError(
        'INVALID_INPUT',
        'events:errors.workPackage',
        {},
        {
          workPackageId: 'events:errors.workPackage',
        },
      )
    }
    return
  }
  const options = await listProjectOptions(ctx)
  const project = options.find((p) => p.id === input.projectId)
  if (!project) {
    throw new AppError(
      'INVALID_INPUT',
      'common:validation.choice',
      {},
      {
        projectId: 'common:validation.choice',
      },
    )
  }
  if (input.workPackageId && !project.workPackages.some((w) => w.id === input.workPackageId)) {
    throw new AppError(
      'INVALID_INPUT',
      'events:errors.workPackage',
      {},
      {
        workPackageId: 'events:errors.workPackage',
      },
    )
  }
}

async function uniqueSlug(ctx: Ctx, input: EventInput, exceptId?: string): Promise<string> {
  const base =
    input.slug ??
    `${slugify(pickText(input.title, 'en').value, 60) || 'event'}-${dateIn(input.startsAt, input.timeZone).slice(0, 4)}`
  for (let i = 1; i < 50; i++) {
    const candidate = i === 1 ? base : `${base}-${i}`
    const [taken] = await ctx.db
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.slug, candidate), exceptId ? ne(events.id, exceptId) : undefined))
    if (!taken) return candidate
    if (input.slug) {
      throw new AppError(
        'CONFLICT',
        'events:errors.slugTaken',
        {},
        { slug: 'events:errors.slugTaken' },
      )
    }
  }
  throw new AppError('CONFLICT', 'events:errors.slugTaken', {}, { slug: 'events:errors.slugTaken' })
}

function columns(input: EventInput) {
  const { slug: _slug, ...rest } = input
  return {
    ...rest,
    venueName: input.venueName ?? null,
    venueAddress: input.venueAddress ?? null,
    onlineUrl: input.onlineUrl ?? null,
    projectId: input.projectId ?? null,
    workPackageId: input.workPackageId ?? null,
  }
}

/** Creates a draft event in the active organisation. */
export async function createEvent(ctx: Ctx, input: EventInput): Promise<Event> {
  const actor = authorize(ctx, 'events.manage')
  await checkProjectLinks(ctx, input)
  const slug = await uniqueSlug(ctx, input)
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(events)
      .values({
        ...columns(input),
        tenantId: actor.tenantId,
        slug,
        status: 'draft',
        createdBy: actor.userId,
      })
      .returning()
    await recordAudit(
      ctx,
      { tenantId: actor.tenantId, action: 'event.created', entityType: 'event', entityId: row!.id },
      tx,
    )
    return row!
  })
}

/** Saves an event's details; a larger capacity lets people in from the waiting list. */
export async function updateEvent(ctx: Ctx, id: string, input: EventInput): Promise<Event> {
  const actor = authorize(ctx, 'events.manage')
  const before = await getEvent(ctx, id)
  await checkProjectLinks(ctx, input)
  const slug =
    input.slug && input.slug !== before.slug ? await uniqueSlug(ctx, input, id) : before.slug
  const { event, promoted } = await ctx.db.transaction(async (tx) => {
    await lockEvent(tx, id)
    const [row] = await tx
      .update(events)
      .set({ ...columns(input), slug })
      .where(and(eq(events.id, id), eq(events.tenantId, actor.tenantId)))
      .returning()
    await recordAudit(
      ctx,
      { tenantId: actor.tenantId, action: 'event.updated', entityType: 'event', entityId: id },
      tx,
    )
    const promoted = row!.status === 'published' ? await promoteWaitlist(tx, row!, ctx.now()) : []
    return { event: row!, promoted }
  })
  for (const r of promoted) await mailPromoted(ctx, event, r)
  return event
}

/** Locks an event's row until the transaction ends: places are counted under this lock. */
export async function lockEvent(tx: Tx, id: string): Promise<Event> {
  const [row] = await tx.select().from(events).where(eq(events.id, id)).for('update')
  if (!row) throw notFound()
  return row
}

async function setStatus(ctx: Ctx, id: string, from: EventStatus[], to: EventStatus) {
  const actor = authorize(ctx, 'events.manage')
  const event = await getEvent(ctx, id)
  if (!from.includes(event.status)) throw new AppError('INVALID_STATE', 'events:errors.status')
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(events)
      .set({ status: to, ...(to === 'published' ? { publishedAt: ctx.now() } : {}) })
      .where(and(eq(events.id, id), eq(events.tenantId, actor.tenantId)))
      .returning()
    await recordAudit(
      ctx,
      { tenantId: actor.tenantId, action: `event.${to}`, entityType: 'event', entityId: id },
      tx,
    )
    return row!
  })
}

/** Makes a draft event public: its page, registration and the calendar feed. */
export function publishEvent(ctx: Ctx, id: string): Promise<Event> {
  return setStatus(ctx, id, ['draft'], 'published')
}

/** Cancels an event and tells everyone registered, in their own language. */
export async function cancelEvent(ctx: Ctx, id: string): Promise<Event> {
  const event = await setStatus(ctx, id, ['draft', 'published'], 'cancelled')
  const people = await ctx.db
    .select()
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, id),
        inArray(eventRegistrations.status, [...HOLDS_PLACE, 'waitlisted', 'awaiting_guardian']),
      ),
    )
  for (const r of people) await mailEventCancelled(ctx, event, r)
  return event
}
