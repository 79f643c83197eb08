import { and, asc, eq, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { forbidden } from '#src/lib/errors.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { can } from '#src/lib/policy.ts'
import { organisationNames } from '../../organisations/index.ts'
import { userNames } from '../../users/index.ts'
import { percentDone } from '../grading.ts'
import { enrolments, lessons } from '../schema.ts'
import { loadCourse } from './courses.ts'

export type CourseReportRow = {
  enrolmentId: string
  userId: string
  name: string
  organisation: LocalizedText
  organisationId: string
  status: 'not_started' | 'in_progress' | 'completed' | 'withdrawn'
  percent: number
  bestPercent: number | null
  /** The best score of the course's SCORM lessons, in percent (null: none reported). */
  scormPercent: number | null
  minutes: number
  enrolledAt: Date
  completedAt: Date | null
}

export type CourseReport = {
  enrolled: number
  notStarted: number
  inProgress: number
  completed: number
  averageScore: number | null
  /** Estimated study time of the lessons done, in minutes (the lessons' own estimates). */
  minutes: number
  rows: CourseReportRow[]
}

/**
 * Who is in the course and how far they are. For the course's own organisation: its authors and
 * coordinators; a learner's results are shown to nobody else. Only people of the reader's own
 * organisation are listed by name when the course belongs to another one.
 */
export async function courseReport(ctx: Ctx, courseId: string): Promise<CourseReport> {
  const { course, role } = await loadCourse(ctx, courseId)
  const actor = ctx.actor!
  const owner = course.tenantId === actor.tenantId
  if (!(role === 'author' || can(actor, 'learning.reports'))) throw forbidden()
  const [lessonCount] = await ctx.db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(lessons)
    .where(eq(lessons.courseId, course.id))
  const total = lessonCount?.n ?? 0
  const rows = await ctx.db
    .select({
      enrolmentId: enrolments.id,
      userId: enrolments.userId,
      organisationId: enrolments.learnerOrgId,
      status: enrolments.status,
      enrolledAt: enrolments.enrolledAt,
      completedAt: enrolments.completedAt,
      // Aliased by hand: Drizzle leaves columns unqualified in a one-table select.
      done: sql<number>`(select count(*) from lesson_completions lc where lc.enrolment_id = enrolments.id)`.mapWith(
        Number,
      ),
      minutes:
        sql<number>`(select coalesce(sum(l.minutes), 0) from lesson_completions lc join lessons l on l.id = lc.lesson_id where lc.enrolment_id = enrolments.id)`.mapWith(
          Number,
        ),
      best: sql<
        number | null
      >`(select max(qa.percent) from quiz_attempts qa where qa.enrolment_id = enrolments.id)`,
      scorm: sql<
        number | null
      >`(select max(sa.score_scaled) from scorm_attempts sa where sa.enrolment_id = enrolments.id)`,
    })
    .from(enrolments)
    .where(
      and(
        eq(enrolments.courseId, course.id),
        owner ? undefined : eq(enrolments.learnerOrgId, actor.tenantId!),
      ),
    )
    .orderBy(asc(enrolments.enrolledAt))
    .limit(5000)
  const [names, orgs] = await Promise.all([
    userNames(
      ctx,
      rows.map((r) => r.userId),
    ),
    organisationNames(ctx, [...new Set(rows.map((r) => r.organisationId))]),
  ])
  const out: CourseReportRow[] = rows.map((r) => {
    const percent = percentDone(r.done, total)
    const status =
      r.status === 'completed'
        ? 'completed'
        : r.status === 'withdrawn'
          ? 'withdrawn'
          : r.done > 0
            ? 'in_progress'
            : 'not_started'
    return {
      enrolmentId: r.enrolmentId,
      userId: r.userId,
      name: names.get(r.userId) ?? '—',
      organisationId: r.organisationId,
      organisation: orgs.get(r.organisationId) ?? {},
      status,
      percent,
      bestPercent: r.best === null ? null : Number(r.best),
      scormPercent: r.scorm === null ? null : Math.round(Number(r.scorm) * 100),
      minutes: r.minutes,
      enrolledAt: r.enrolledAt,
      completedAt: r.completedAt,
    }
  })
  const scores = out.flatMap((r) => (r.bestPercent === null ? [] : [r.bestPercent]))
  return {
    enrolled: out.length,
    notStarted: out.filter((r) => r.status === 'not_started').length,
    inProgress: out.filter((r) => r.status === 'in_progress').length,
    completed: out.filter((r) => r.status === 'completed').length,
    averageScore:
      scores.length === 0 ? null : Math.round(scores.reduce((a, b) => a + b, 0) / scores.length),
    minutes: out.reduce((a, r) => a + r.minutes, 0),
    rows: out,
  }
}
