import { and, asc, eq, gte, ne, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { dateIn } from '#src/lib/dates.ts'
import { notFound } from '#src/lib/errors.ts'
import { organisations } from '../../organisations/index.ts'
import { getProjectAccess } from '../policy.ts'
import {
  type DeliverableStatus,
  deliverables,
  milestones,
  projectPartners,
  projects,
  risks,
  type TaskStatus,
  tasks,
  workPackages,
} from '../schema.ts'
import { actorTimeZone } from './meetings.ts'

export const UPCOMING_LIMIT = 8

/**
 * Everything the project's overview page shows, in one round of queries: key facts, the
 * consortium, work packages, milestones and deliverables (for the timeline), task counts, the
 * next open tasks, and the open risks.
 */
export async function getProjectOverview(ctx: Ctx, projectId: string) {
  const access = await getProjectAccess(ctx, projectId)
  const today = dateIn(ctx.now(), actorTimeZone(ctx))
  const db = ctx.db
  const [projectRows, partners, wps, ms, ds, taskCounts, upcomingTasks, openRisks] =
    await Promise.all([
      db
        .select({
          project: projects,
          coordinatorName: organisations.name,
          coordinatorLocale: organisations.defaultLocale,
        })
        .from(projects)
        .innerJoin(organisations, eq(organisations.id, projects.tenantId))
        .where(eq(projects.id, projectId)),
      db
        .select({
          id: projectPartners.id,
          organisationId: projectPartners.organisationId,
          role: projectPartners.role,
          budgetShare: projectPartners.budgetShare,
          name: organisations.name,
          slug: organisations.slug,
          country: organisations.country,
          defaultLocale: organisations.defaultLocale,
          isExternal: organisations.isExternal,
        })
        .from(projectPartners)
        .innerJoin(organisations, eq(organisations.id, projectPartners.organisationId))
        .where(eq(projectPartners.projectId, projectId))
        .orderBy(
          sql`case ${projectPartners.role} when 'coordinator' then 0 when 'partner' then 1 else 2 end`,
          asc(organisations.country),
          asc(organisations.slug),
        ),
      db
        .select()
        .from(workPackages)
        .where(eq(workPackages.projectId, projectId))
        .orderBy(asc(workPackages.number)),
      db
        .select()
        .from(milestones)
        .where(eq(milestones.projectId, projectId))
        .orderBy(asc(milestones.dueDate)),
      db
        .select({
          id: deliverables.id,
          code: deliverables.code,
          title: deliverables.title,
          dueDate: deliverables.dueDate,
          status: deliverables.status,
          workPackageId: deliverables.workPackageId,
          leadOrganisationId: deliverables.leadOrganisationId,
        })
        .from(deliverables)
        .where(eq(deliverables.projectId, projectId))
        .orderBy(asc(deliverables.dueDate), asc(deliverables.code)),
      db
        .select({
          status: tasks.status,
          n: sql<number>`count(*)`.mapWith(Number),
          overdue:
            sql<number>`count(*) filter (where ${tasks.dueDate} < ${today} and ${tasks.status} <> 'done')`.mapWith(
              Number,
            ),
        })
        .from(tasks)
        .where(eq(tasks.projectId, projectId))
        .groupBy(tasks.status),
      db
        .select({
          id: tasks.id,
          title: tasks.title,
          dueDate: tasks.dueDate,
          status: tasks.status,
          ownerOrganisationId: tasks.ownerOrganisationId,
        })
        .from(tasks)
        .where(
          and(eq(tasks.projectId, projectId), ne(tasks.status, 'done'), gte(tasks.dueDate, today)),
        )
        .orderBy(asc(tasks.dueDate), asc(tasks.id))
        .limit(UPCOMING_LIMIT),
      db
        .select()
        .from(risks)
        .where(and(eq(risks.projectId, projectId), sql`${risks.status} in ('open', 'occurred')`))
        .orderBy(sql`${risks.likelihood} * ${risks.impact} desc`, asc(risks.createdAt))
        .limit(5),
    ])
  const row = projectRows[0]
  if (!row) throw notFound()
  const counts = Object.fromEntries(taskCounts.map((c) => [c.status, c.n])) as Partial<
    Record<TaskStatus, number>
  >
  const deliverableCounts: Partial<Record<DeliverableStatus, number>> = {}
  for (const d of ds) deliverableCounts[d.status] = (deliverableCounts[d.status] ?? 0) + 1
  return {
    access,
    today,
    project: row.project,
    coordinatorName: row.coordinatorName,
    coordinatorLocale: row.coordinatorLocale,
    partners,
    workPackages: wps,
    milestones: ms,
    deliverables: ds,
    taskCounts: counts,
    overdueTasks: taskCounts.reduce((s, c) => s + c.overdue, 0),
    deliverableCounts,
    upcomingTasks,
    openRisks,
  }
}

export type ProjectOverview = Awaited<ReturnType<typeof getProjectOverview>>
