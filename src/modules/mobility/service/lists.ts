import { and, asc, count, desc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Ctx } from '#src/lib/context.ts'
import { authorize } from '#src/lib/policy.ts'
import { organisations } from '../../organisations/index.ts'
import { projectPartners, projects } from '../../projects/index.ts'
import { guardianships, memberships, users } from '../../users/index.ts'
import { requireTenantActor } from '../access.ts'
import type { MobilityFilter } from '../inputs.ts'
import { mobilities } from '../schema.ts'
import { searchable } from './records.ts'

export const DEFAULT_PAGE_SIZE = 25

const receiving = alias(organisations, 'receiving_org')
const sending = alias(organisations, 'sending_org')

/** The columns every mobility list shows. */
const listColumns = {
  id: mobilities.id,
  status: mobilities.status,
  activityType: mobilities.activityType,
  startDate: mobilities.startDate,
  endDate: mobilities.endDate,
  participantType: mobilities.participantType,
  participantName: users.displayName,
  receivingName: receiving.name,
  receivingDefaultLocale: receiving.defaultLocale,
  receivingFreeName: mobilities.receivingOrganisationName,
  receivingCountry: mobilities.receivingCountry,
  groupId: mobilities.groupId,
}

function escapeLike(q: string) {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/**
 * The sending organisation's mobilities, filtered and paged, newest start first. The page and the
 * total are two queries run together: the page walks the `(tenant_id, …, start_date)` indexes
 * and stops after one page, the count reads the mobilities table alone. (A window count over the
 * page query made PostgreSQL join and sort every match: ~100 ms for a school with 10,000.)
 */
export async function listMobilities(ctx: Ctx, filter: MobilityFilter) {
  const actor = authorize(ctx, 'mobility.view')
  const page = filter.page ?? 1
  const pageSize = filter.pageSize ?? DEFAULT_PAGE_SIZE
  const where: SQL[] = [eq(mobilities.tenantId, actor.tenantId)]
  if (filter.status) where.push(eq(mobilities.status, filter.status))
  if (filter.activityType) where.push(eq(mobilities.activityType, filter.activityType))
  if (filter.callId) where.push(eq(mobilities.callId, filter.callId))
  if (filter.projectId) where.push(eq(mobilities.projectId, filter.projectId))
  if (filter.q) {
    where.push(sql`${mobilities.searchText} like ${`%${escapeLike(searchable(filter.q))}%`}`)
  }
  const [rows, [counted]] = await Promise.all([
    ctx.db
      .select(listColumns)
      .from(mobilities)
      .innerJoin(users, eq(users.id, mobilities.participantUserId))
      .leftJoin(receiving, eq(receiving.id, mobilities.receivingOrganisationId))
      .where(and(...where))
      // Exactly the order of the index (tenant_id, start_date desc nulls last, id), so a page
      // stops after its rows instead of sorting all of a school's mobilities.
      .orderBy(sql`${mobilities.startDate} desc nulls last`, asc(mobilities.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    ctx.db
      .select({ n: count() })
      .from(mobilities)
      .where(and(...where)),
  ])
  return { items: rows, total: counted?.n ?? 0, page, pageSize }
}
export type MobilityListItem = Awaited<ReturnType<typeof listMobilities>>['items'][number]

/** Mobilities partners send to the active organisation (it is the receiving organisation). */
export async function listIncoming(ctx: Ctx, page = 1, pageSize = DEFAULT_PAGE_SIZE) {
  const actor = authorize(ctx, 'mobility.view')
  const where = and(
    eq(mobilities.receivingOrganisationId, actor.tenantId),
    ne(mobilities.tenantId, actor.tenantId),
    ne(mobilities.status, 'draft'),
  )
  const rows = await ctx.db
    .select({
      ...listColumns,
      sendingName: sending.name,
      sendingDefaultLocale: sending.defaultLocale,
      attendanceConfirmedAt: mobilities.attendanceConfirmedAt,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(mobilities)
    .innerJoin(users, eq(users.id, mobilities.participantUserId))
    .innerJoin(sending, eq(sending.id, mobilities.sendingOrganisationId))
    .leftJoin(receiving, eq(receiving.id, mobilities.receivingOrganisationId))
    .where(where)
    .orderBy(desc(mobilities.startDate), desc(mobilities.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  return { items: rows.map(({ total: _, ...r }) => r), total: rows[0]?.total ?? 0, page, pageSize }
}
export type IncomingListItem = Awaited<ReturnType<typeof listIncoming>>['items'][number]

/** A participant's own mobilities, or a guardian's children's, in the active organisation. */
export async function listMyMobilities(ctx: Ctx) {
  const actor = requireTenantActor(ctx)
  authorize(ctx, 'mobility.own')
  let people = [actor.userId]
  if (actor.role === 'guardian') {
    const children = await ctx.db
      .select({ id: guardianships.learnerUserId })
      .from(guardianships)
      .where(
        and(
          eq(guardianships.tenantId, actor.tenantId),
          eq(guardianships.guardianUserId, actor.userId),
        ),
      )
    people = children.map((c) => c.id)
  }
  if (people.length === 0) return []
  return ctx.db
    .select(listColumns)
    .from(mobilities)
    .innerJoin(users, eq(users.id, mobilities.participantUserId))
    .leftJoin(receiving, eq(receiving.id, mobilities.receivingOrganisationId))
    .where(
      and(eq(mobilities.tenantId, actor.tenantId), inArray(mobilities.participantUserId, people)),
    )
    .orderBy(desc(mobilities.startDate))
    .limit(100)
}

/** What the mobility form offers: members who can go, other organisations, own projects. */
export async function getFormOptions(ctx: Ctx) {
  const actor = authorize(ctx, 'mobility.manage')
  const [people, orgs, ownProjects] = await Promise.all([
    ctx.db
      .select({ userId: users.id, name: users.displayName, role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.tenantId, actor.tenantId),
          inArray(memberships.role, ['learner', 'staff', 'coordinator', 'org_admin']),
        ),
      )
      .orderBy(asc(users.displayName))
      .limit(2000),
    ctx.db
      .select({
        id: organisations.id,
        name: organisations.name,
        defaultLocale: organisations.defaultLocale,
        country: organisations.country,
        type: organisations.type,
      })
      .from(organisations)
      .where(ne(organisations.id, actor.tenantId))
      .orderBy(asc(organisations.slug))
      .limit(1000),
    ctx.db
      .selectDistinct({ id: projects.id, acronym: projects.acronym })
      .from(projects)
      .leftJoin(projectPartners, eq(projectPartners.projectId, projects.id))
      .where(
        or(
          eq(projects.tenantId, actor.tenantId),
          eq(projectPartners.organisationId, actor.tenantId),
        ),
      )
      .orderBy(asc(projects.acronym))
      .limit(500),
  ])
  return { people, organisations: orgs, projects: ownProjects }
}
export type FormOptions = Awaited<ReturnType<typeof getFormOptions>>
