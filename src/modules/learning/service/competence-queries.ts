import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { courses, type EnrolmentStatus, enrolments } from '../schema.ts'
import { loadCourse } from './courses.ts'

/*
 * What the competences module (self-ratings, profiles, gap views; ADR 016) reads of courses and
 * enrolments, so it never joins learning's tables. No permission check beyond `courseForRating`'s:
 * callers ask for people and organisations they may already see.
 */

export type CourseForRating = {
  id: string
  title: LocalizedText
  competences: string[]
  enrolment: { learnerOrgId: string; status: EnrolmentStatus; completedAt: Date | null } | null
}

/** A course the actor may read, with its competences and the actor's own enrolment (404 otherwise). */
export async function courseForRating(ctx: Ctx, courseId: string): Promise<CourseForRating> {
  const { course, enrolmentId } = await loadCourse(ctx, courseId)
  const [enrolment] = enrolmentId
    ? await ctx.db
        .select({
          learnerOrgId: enrolments.learnerOrgId,
          status: enrolments.status,
          completedAt: enrolments.completedAt,
        })
        .from(enrolments)
        .where(eq(enrolments.id, enrolmentId))
    : []
  return {
    id: course.id,
    title: course.title,
    competences: course.competences,
    enrolment: enrolment ?? null,
  }
}

export type CompetenceEnrolment = {
  userId: string
  learnerOrgId: string
  courseId: string
  title: LocalizedText
  competences: string[]
  status: EnrolmentStatus
  enrolledAt: Date
  completedAt: Date | null
}

/**
 * Enrolments (not withdrawn) in courses tagged with competences: of these people, or of people
 * who enrolled from these organisations, or both.
 */
export async function competenceEnrolments(
  ctx: Pick<Ctx, 'db'>,
  filter: { userIds?: readonly string[]; learnerOrgIds?: readonly string[] },
): Promise<CompetenceEnrolment[]> {
  if (filter.userIds?.length === 0 || filter.learnerOrgIds?.length === 0) return []
  return ctx.db
    .select({
      userId: enrolments.userId,
      learnerOrgId: enrolments.learnerOrgId,
      courseId: courses.id,
      title: courses.title,
      competences: courses.competences,
      status: enrolments.status,
      enrolledAt: enrolments.enrolledAt,
      completedAt: enrolments.completedAt,
    })
    .from(enrolments)
    .innerJoin(courses, eq(courses.id, enrolments.courseId))
    .where(
      and(
        ne(enrolments.status, 'withdrawn'),
        sql`cardinality(${courses.competences}) > 0`,
        filter.userIds ? inArray(enrolments.userId, [...filter.userIds]) : undefined,
        filter.learnerOrgIds
          ? inArray(enrolments.learnerOrgId, [...filter.learnerOrgIds])
          : undefined,
      ),
    )
    .orderBy(asc(enrolments.enrolledAt))
    .limit(20_000)
}

/** Published courses tagged with competences, of these organisations or of this project. */
export async function competenceCourses(
  ctx: Pick<Ctx, 'db'>,
  filter: { ownerIds?: readonly string[]; projectId?: string },
): Promise<{ id: string; tenantId: string; title: LocalizedText; competences: string[] }[]> {
  const owners = filter.ownerIds?.length
    ? inArray(courses.tenantId, [...filter.ownerIds])
    : undefined
  const project = filter.projectId ? eq(courses.projectId, filter.projectId) : undefined
  if (!owners && !project) return []
  return ctx.db
    .select({
      id: courses.id,
      tenantId: courses.tenantId,
      title: courses.title,
      competences: courses.competences,
    })
    .from(courses)
    .where(
      and(
        eq(courses.status, 'published'),
        sql`cardinality(${courses.competences}) > 0`,
        or(owners, project),
      ),
    )
    .orderBy(asc(courses.createdAt))
    .limit(2000)
}
