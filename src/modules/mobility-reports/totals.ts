/**
 * Grant totals of the active organisation's mobilities, per project and per call, from the
 * stored snapshots (so totals never change behind an approved grant's back). Read-only.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { notFound } from '#src/lib/errors.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { authorize } from '#src/lib/policy.ts'
import { calls } from '../calls/index.ts'
import { mobilities } from '../mobility/index.ts'
import { projects } from '../projects/index.ts'
import { mobilityGrants } from './schema.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export type Totals = {
  mobilities: number
  travel: string
  organisationalSupport: string
  individualSupportMin: string
  individualSupportMax: string
  inclusionSupport: string
  courseFees: string
  linguisticSupport: string
  exceptionalCosts: string
  totalMin: string
  totalMax: string
}

const sums = {
  mobilities: sql<number>`count(*)`.mapWith(Number),
  travel: sql<string>`coalesce(sum(${mobilityGrants.travel}), 0)::text`,
  organisationalSupport: sql<string>`coalesce(sum(${mobilityGrants.organisationalSupport}), 0)::text`,
  individualSupportMin: sql<string>`coalesce(sum(${mobilityGrants.individualSupportMin}), 0)::text`,
  individualSupportMax: sql<string>`coalesce(sum(${mobilityGrants.individualSupportMax}), 0)::text`,
  inclusionSupport: sql<string>`coalesce(sum(${mobilityGrants.inclusionSupport}), 0)::text`,
  courseFees: sql<string>`coalesce(sum(${mobilityGrants.courseFees}), 0)::text`,
  linguisticSupport: sql<string>`coalesce(sum(${mobilityGrants.linguisticSupport}), 0)::text`,
  exceptionalCosts: sql<string>`coalesce(sum(${mobilityGrants.exceptionalCosts}), 0)::text`,
  totalMin: sql<string>`coalesce(sum(${mobilityGrants.totalMin}), 0)::text`,
  totalMax: sql<string>`coalesce(sum(${mobilityGrants.totalMax}), 0)::text`,
}

/** Active statuses: a draft is not decided yet and a cancelled mobility gets no grant. */
const COUNTED = sql`${mobilities.status} not in ('draft', 'cancelled')`

export type ProjectTotals = Totals & {
  projectId: string | null
  acronym: string | null
  /** Counted mobilities of the project without a computed grant. */
  withoutGrant: number
}
export type CallTotals = Totals & { callId: string | null; title: LocalizedText | null }

/** Per project and per call, for the grant totals page. */
export async function listGrantTotals(ctx: Ctx) {
  const actor = authorize(ctx, 'reports.view')
  const tenant = eq(mobilityGrants.tenantId, actor.tenantId)
  const [byProject, byCall, missing] = await Promise.all([
    ctx.db
      .select({ projectId: mobilityGrants.projectId, acronym: projects.acronym, ...sums })
      .from(mobilityGrants)
      .leftJoin(projects, eq(projects.id, mobilityGrants.projectId))
      .where(tenant)
      .groupBy(mobilityGrants.projectId, projects.acronym)
      .orderBy(asc(projects.acronym)),
    ctx.db
      .select({ callId: mobilityGrants.callId, title: calls.title, ...sums })
      .from(mobilityGrants)
      .leftJoin(calls, eq(calls.id, mobilityGrants.callId))
      .where(tenant)
      .groupBy(mobilityGrants.callId, calls.title, calls.startDate)
      .orderBy(asc(calls.startDate)),
    ctx.db
      .select({ projectId: mobilities.projectId, n: sql<number>`count(*)`.mapWith(Number) })
      .from(mobilities)
      .leftJoin(mobilityGrants, eq(mobilityGrants.mobilityId, mobilities.id))
      .where(and(eq(mobilities.tenantId, actor.tenantId), COUNTED, isNull(mobilityGrants.id)))
      .groupBy(mobilities.projectId),
  ])
  const projectsOut: ProjectTotals[] = byProject.map((p) => ({
    ...p,
    withoutGrant: missing.find((x) => x.projectId === p.projectId)?.n ?? 0,
  }))
  for (const x of missing) {
    if (!projectsOut.some((p) => p.projectId === x.projectId)) {
      const acronym = x.projectId
        ? ((
            await ctx.db
              .select({ acronym: projects.acronym })
              .from(projects)
              .where(eq(projects.id, x.projectId))
          )[0]?.acronym ?? null)
        : null
      projectsOut.push({ ...emptyTotals(), projectId: x.projectId, acronym, withoutGrant: x.n })
    }
  }
  return { byProject: projectsOut, byCall: byCall as CallTotals[] }
}

function emptyTotals(): Totals {
  return {
    mobilities: 0,
    travel: '0',
    organisationalSupport: '0',
    individualSupportMin: '0',
    individualSupportMax: '0',
    inclusionSupport: '0',
    courseFees: '0',
    linguisticSupport: '0',
    exceptionalCosts: '0',
    totalMin: '0',
    totalMax: '0',
  }
}

/**
 * One project's grant totals, by activity type, with the count of counted mobilities still
 * without a grant. The project must be one the active organisation sends mobilities in.
 */
export async function getProjectGrantTotals(ctx: Ctx, projectId: string) {
  const actor = authorize(ctx, 'reports.view')
  if (!UUID.test(projectId)) throw notFound()
  const where = and(
    eq(mobilityGrants.tenantId, actor.tenantId),
    eq(mobilityGrants.projectId, projectId),
  )
  const [byActivity, [missing], [project]] = await Promise.all([
    ctx.db
      .select({ activityType: mobilityGrants.activityType, ...sums })
      .from(mobilityGrants)
      .where(where)
      .groupBy(mobilityGrants.activityType)
      .orderBy(asc(mobilityGrants.activityType)),
    ctx.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(mobilities)
      .where(
        and(
          eq(mobilities.tenantId, actor.tenantId),
          eq(mobilities.projectId, projectId),
          COUNTED,
          // Scoped to the project's grants, so PostgreSQL can hash them once (an anti-join)
          // instead of probing the grants index for every mobility.
          sql`not exists (select 1 from ${mobilityGrants} g where g.tenant_id = ${actor.tenantId} and g.project_id = ${projectId} and g.mobility_id = ${mobilities.id})`,
        ),
      ),
    ctx.db
      .select({ id: projects.id, acronym: projects.acronym, code: projects.grantNumber })
      .from(projects)
      .where(eq(projects.id, projectId)),
  ])
  if (!project || (byActivity.length === 0 && (missing?.n ?? 0) === 0)) throw notFound()
  return { project, byActivity, withoutGrant: missing?.n ?? 0 }
}
