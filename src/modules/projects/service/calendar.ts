import { and, asc, eq, gte, inArray, lte, ne } from 'drizzle-orm'
import ical from 'ical-generator'
import type { Ctx, Deps } from '#src/lib/context.ts'
import { randomToken, sha256 } from '#src/lib/crypto.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { requireActor } from '#src/lib/policy.ts'
import { memberships, type Role, users } from '../../users/index.ts'
import { requireProjectActor } from '../policy.ts'
import {
  calendarFeeds,
  deliverables,
  meetings,
  milestones,
  projectPartners,
  projects,
  tasks,
} from '../schema.ts'

export type DeadlineKind = 'milestone' | 'deliverable' | 'meeting' | 'task'

export type Deadline = {
  kind: DeadlineKind
  id: string
  /** YYYY-MM-DD (a meeting's day in UTC; its exact time is `startsAt`). */
  date: string
  startsAt: Date | null
  title: LocalizedText
  code: string | null
  status: string
  projectId: string
  acronym: string
}

const WORKING_ROLES: Role[] = ['org_admin', 'coordinator', 'staff', 'partner_contact']

/**
 * Deadlines between two dates (inclusive) of every project of the given organisations:
 * milestones, deliverables, meetings, and the open tasks those organisations own.
 */
async function deadlinesOf(db: Deps['db'], orgIds: string[], from: string, to: string) {
  if (orgIds.length === 0) return []
  const mine = db
    .selectDistinct({ id: projectPartners.projectId })
    .from(projectPartners)
    .where(inArray(projectPartners.organisationId, orgIds))
  const [ms, ds, mts, ts] = await Promise.all([
    db
      .select({ m: milestones, acronym: projects.acronym })
      .from(milestones)
      .innerJoin(projects, eq(projects.id, milestones.projectId))
      .where(
        and(
          inArray(milestones.projectId, mine),
          gte(milestones.dueDate, from),
          lte(milestones.dueDate, to),
        ),
      ),
    db
      .select({ d: deliverables, acronym: projects.acronym })
      .from(deliverables)
      .innerJoin(projects, eq(projects.id, deliverables.projectId))
      .where(
        and(
          inArray(deliverables.projectId, mine),
          gte(deliverables.dueDate, from),
          lte(deliverables.dueDate, to),
        ),
      ),
    db
      .select({ m: meetings, acronym: projects.acronym })
      .from(meetings)
      .innerJoin(projects, eq(projects.id, meetings.projectId))
      .where(
        and(
          inArray(meetings.projectId, mine),
          gte(meetings.startsAt, new Date(`${from}T00:00:00Z`)),
          lte(meetings.startsAt, new Date(`${to}T23:59:59Z`)),
        ),
      ),
    db
      .select({ t: tasks, acronym: projects.acronym })
      .from(tasks)
      .innerJoin(projects, eq(projects.id, tasks.projectId))
      .where(
        and(
          inArray(tasks.ownerOrganisationId, orgIds),
          ne(tasks.status, 'done'),
          gte(tasks.dueDate, from),
          lte(tasks.dueDate, to),
        ),
      )
      .limit(2000),
  ])
  const out: Deadline[] = [
    ...ms.map(({ m, acronym }) => ({
      kind: 'milestone' as const,
      id: m.id,
      date: m.dueDate,
      startsAt: null,
      title: m.title,
      code: m.code,
      status: m.status,
      projectId: m.projectId,
      acronym,
    })),
    ...ds.map(({ d, acronym }) => ({
      kind: 'deliverable' as const,
      id: d.id,
      date: d.dueDate,
      startsAt: null,
      title: d.title,
      code: d.code,
      status: d.status,
      projectId: d.projectId,
      acronym,
    })),
    ...mts.map(({ m, acronym }) => ({
      kind: 'meeting' as const,
      id: m.id,
      date: m.startsAt.toISOString().slice(0, 10),
      startsAt: m.startsAt,
      title: { en: m.title },
      code: null,
      status: 'planned',
      projectId: m.projectId,
      acronym,
    })),
    ...ts.map(({ t, acronym }) => ({
      kind: 'task' as const,
      id: t.id,
      date: t.dueDate!,
      startsAt: null,
      title: { en: t.title },
      code: null,
      status: t.status,
      projectId: t.projectId,
      acronym,
    })),
  ]
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.acronym.localeCompare(b.acronym))
}

/** The active organisation's deadlines in a date range, for the calendar page. */
export async function listDeadlines(ctx: Ctx, from: string, to: string) {
  const actor = requireProjectActor(ctx)
  return deadlinesOf(ctx.db, [actor.tenantId], from, to)
}

/** Whether the signed-in person has a calendar link. */
export async function hasCalendarFeed(ctx: Ctx): Promise<boolean> {
  const actor = requireActor(ctx)
  const [row] = await ctx.db
    .select({ id: calendarFeeds.id })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, actor.userId))
  return Boolean(row)
}

/**
 * Makes (or replaces) the person's secret calendar link and returns its token, shown once: only
 * its hash is kept, and a new one stops the old link.
 */
export async function resetCalendarFeed(ctx: Ctx): Promise<string> {
  const actor = requireProjectActor(ctx)
  const token = randomToken()
  await ctx.db
    .insert(calendarFeeds)
    .values({ userId: actor.userId, tokenHash: sha256(token) })
    .onConflictDoUpdate({
      target: calendarFeeds.userId,
      set: { tokenHash: sha256(token), updatedAt: ctx.now() },
    })
  return token
}

/** Stops the person's calendar link. */
export async function removeCalendarFeed(ctx: Ctx) {
  const actor = requireActor(ctx)
  await ctx.db.delete(calendarFeeds).where(eq(calendarFeeds.userId, actor.userId))
}

const DAY = 86_400_000

/**
 * The iCal feed behind a secret link: the deadlines of every project of every organisation the
 * person works for, from 90 days back to two years ahead, in UTC. Null for an unknown token.
 */
export async function renderCalendarFeed(deps: Deps, token: string): Promise<string | null> {
  const [owner] = await deps.db
    .select({ userId: calendarFeeds.userId, locale: users.locale, disabled: users.isDisabled })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(eq(calendarFeeds.tokenHash, sha256(token)))
  if (!owner || owner.disabled) return null
  const orgs = await deps.db
    .select({ id: memberships.tenantId })
    .from(memberships)
    .where(and(eq(memberships.userId, owner.userId), inArray(memberships.role, WORKING_ROLES)))
    .orderBy(asc(memberships.tenantId))
  const now = deps.now()
  const from = new Date(now.getTime() - 90 * DAY).toISOString().slice(0, 10)
  const to = new Date(now.getTime() + 730 * DAY).toISOString().slice(0, 10)
  const items = await deadlinesOf(
    deps.db,
    orgs.map((o) => o.id),
    from,
    to,
  )
  const lang = owner.locale ?? 'en'
  const cal = ical({ name: 'Ura', prodId: { company: 'Ura', product: 'projects', language: 'EN' } })
  for (const item of items) {
    const title = pickText(item.title, lang).value
    const summary = [item.acronym, item.code, title].filter(Boolean).join(' · ')
    const url = `${deps.env.baseUrl}/app/projects/${item.projectId}`
    if (item.startsAt) {
      cal.createEvent({
        id: `${item.kind}-${item.id}@ura`,
        start: item.startsAt,
        end: new Date(item.startsAt.getTime() + 60 * 60_000),
        summary,
        url,
        stamp: now,
      })
    } else {
      const day = new Date(`${item.date}T00:00:00Z`)
      cal.createEvent({
        id: `${item.kind}-${item.id}@ura`,
        start: day,
        end: new Date(day.getTime() + DAY),
        allDay: true,
        summary,
        url,
        stamp: now,
      })
    }
  }
  return cal.toString()
}
