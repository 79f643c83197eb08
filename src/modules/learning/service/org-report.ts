import { and, asc, eq, gte, lte, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { endOfDay, startOfDay } from '#src/lib/dates.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { authorize } from '#src/lib/policy.ts'
import { getProject, projectChoices } from '../../projects/index.ts'
import { listMembers } from '../../users/index.ts'
import { courses, enrolments } from '../schema.ts'

/*
 * The school's training figures: who of its people took which courses, and how many of its
 * staff completed at least one course in a period — the "staff trained" figure a project reports
 * (ALLIANCE: "at least 50 VET staff upskilled"). Counted from enrolments, never typed in.
 */

/** Roles that count as staff (learners and guardians are not trained staff). */
const STAFF_ROLES = new Set(['org_admin', 'coordinator', 'staff', 'partner_contact'])

export type OrgReportFilter = {
  from?: string | undefined
  to?: string | undefined
  projectId?: string | undefined
}

export type OrgReportPerson = {
  userId: string
  name: string
  role: string
  enrolled: number
  completed: number
  minutes: number
}

export type OrgReportCourse = {
  courseId: string
  title: LocalizedText
  enrolled: number
  completed: number
}

export type OrgReport = {
  /** The period applied: the one asked for, else the project's dates, else all time (nulls). */
  from: string | null
  to: string | null
  projectId: string | null
  projects: { id: string; acronym: string }[]
  staffTrained: number
  peopleEnrolled: number
  completions: number
  minutes: number
  people: OrgReportPerson[]
  courses: OrgReportCourse[]
}

/**
 * The figures for the actor's organisation. A completion counts in the period when it happened
 * in it; an enrolment counts when it was active at some time in it. With a project, only the
 * courses tied to that project count, and the period defaults to the project's dates.
 */
export async function organisationReport(ctx: Ctx, filter: OrgReportFilter): Promise<OrgReport> {
  const actor = authorize(ctx, 'learning.reports')
  const timeZone =
    actor.memberships.find((m) => m.tenantId === actor.tenantId)?.timeZone ?? 'Europe/Tirane'
  const projects = await projectChoices(ctx.db, actor.tenantId)
  let { from, to } = filter
  let projectId: string | null = null
  if (filter.projectId) {
    const { project } = await getProject(ctx, filter.projectId)
    projectId = project.id
    from ??= project.startDate ?? undefined
    to ??= project.endDate ?? undefined
  }
  const fromAt = from ? startOfDay(from, timeZone) : null
  const toAt = to ? endOfDay(to, timeZone) : null
  const inPeriod = (column: typeof enrolments.completedAt) =>
    and(fromAt ? gte(column, fromAt) : undefined, toAt ? lte(column, toAt) : undefined)

  const rows = await ctx.db
    .select({
      userId: enrolments.userId,
      courseId: enrolments.courseId,
      title: courses.title,
      completed: sql<boolean>`${enrolments.completedAt} is not null and ${inPeriod(enrolments.completedAt) ?? sql`true`}`,
      minutes:
        sql<number>`(select coalesce(sum(l.minutes), 0) from lesson_completions lc join lessons l on l.id = lc.lesson_id where lc.enrolment_id = ${enrolments.id})`.mapWith(
          Number,
        ),
    })
    .from(enrolments)
    .innerJoin(courses, eq(courses.id, enrolments.courseId))
    .where(
      and(
        eq(enrolments.learnerOrgId, actor.tenantId),
        projectId ? eq(courses.projectId, projectId) : undefined,
        toAt ? lte(enrolments.enrolledAt, toAt) : undefined,
        fromAt
          ? sql`(${enrolments.completedAt} is null or ${enrolments.completedAt} >= ${fromAt})`
          : undefined,
      ),
    )
    .orderBy(asc(enrolments.enrolledAt))
    .limit(20_000)

  const members = new Map((await listMembers(ctx)).map((m) => [m.userId, m]))
  const people = new Map<string, OrgReportPerson>()
  const byCourse = new Map<string, OrgReportCourse>()
  for (const r of rows) {
    const member = members.get(r.userId)
    const person = people.get(r.userId) ?? {
      userId: r.userId,
      name: member?.displayName ?? '—',
      role: member?.role ?? 'staff',
      enrolled: 0,
      completed: 0,
      minutes: 0,
    }
    person.enrolled++
    if (r.completed) person.completed++
    person.minutes += r.minutes
    people.set(r.userId, person)
    const course = byCourse.get(r.courseId) ?? {
      courseId: r.courseId,
      title: r.title,
      enrolled: 0,
      completed: 0,
    }
    course.enrolled++
    if (r.completed) course.completed++
    byCourse.set(r.courseId, course)
  }
  const list = [...people.values()].sort((a, b) => a.name.localeCompare(b.name))
  return {
    from: from ?? null,
    to: to ?? null,
    projectId,
    projects,
    staffTrained: list.filter((p) => p.completed > 0 && STAFF_ROLES.has(p.role)).length,
    peopleEnrolled: list.length,
    completions: list.reduce((n, p) => n + p.completed, 0),
    minutes: list.reduce((n, p) => n + p.minutes, 0),
    people: list,
    courses: [...byCourse.values()].sort((a, b) => b.enrolled - a.enrolled),
  }
}

/** The projects the report may be narrowed to: the organisation's own. */
export async function reportProjects(ctx: Ctx) {
  const actor = authorize(ctx, 'learning.reports')
  return projectChoices(ctx.db, actor.tenantId)
}
