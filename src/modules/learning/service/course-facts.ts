import { and, asc, eq, inArray, or, sql } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { Actor, Ctx } from '#src/lib/context.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { can } from '#src/lib/policy.ts'
import { consortiumProjectIds } from '../../projects/index.ts'
import { percentDone } from '../grading.ts'
import {
  type CourseStatus,
  type CourseVisibility,
  courses,
  enrolments,
  lessons,
} from '../schema.ts'
import { requireAuthor, requireLearner } from './courses.ts'

/*
 * Query functions for the modules above learning (curricula, guidebooks): what they may know of
 * courses, enrolments and lessons without reaching into learning's tables.
 */

export type CourseCard = {
  id: string
  tenantId: string
  title: LocalizedText
  summary: LocalizedText
  status: CourseStatus
  visibility: CourseVisibility
  projectId: string | null
  competences: string[]
  passMark: number
  lessonCount: number
  minutes: number
  /** Whether the actor may open the course (the rule of `loadCourse`). */
  readable: boolean
}

type Visible = Pick<CourseCard, 'tenantId' | 'status' | 'visibility' | 'projectId'>

/** `loadCourse`'s rule on a row already read: own (drafts for authors), shared, or enrolled. */
function mayRead(actor: Actor, course: Visible, projectIds: string[], enrolled: boolean) {
  if (course.tenantId === actor.tenantId && can(actor, 'learning.author')) return true
  if (course.status !== 'published') return false
  if (course.tenantId === actor.tenantId || enrolled || course.visibility === 'public') return true
  return (
    course.visibility === 'consortium' &&
    course.projectId !== null &&
    projectIds.includes(course.projectId)
  )
}

async function enrolledIn(db: DbOrTx, userId: string, courseIds: string[]) {
  if (courseIds.length === 0) return new Set<string>()
  const rows = await db
    .select({ courseId: enrolments.courseId })
    .from(enrolments)
    .where(and(eq(enrolments.userId, userId), inArray(enrolments.courseId, courseIds)))
  return new Set(rows.map((r) => r.courseId))
}

/**
 * Courses by id in one query, each marked with whether the actor may open it. `db` may be a
 * transaction (a step after a course completes).
 */
export async function courseCards(
  ctx: Ctx,
  ids: readonly string[],
  db: DbOrTx = ctx.db,
): Promise<Map<string, CourseCard>> {
  const actor = requireLearner(ctx)
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const [rows, projectIds, enrolled] = await Promise.all([
    db
      .select({
        id: courses.id,
        tenantId: courses.tenantId,
        title: courses.title,
        summary: courses.summary,
        status: courses.status,
        visibility: courses.visibility,
        projectId: courses.projectId,
        competences: courses.competences,
        passMark: courses.passMark,
        lessonCount:
          sql<number>`(select count(*) from lessons l where l.course_id = courses.id)`.mapWith(
            Number,
          ),
        minutes:
          sql<number>`(select coalesce(sum(l.minutes), 0) from lessons l where l.course_id = courses.id)`.mapWith(
            Number,
          ),
      })
      .from(courses)
      .where(inArray(courses.id, unique)),
    consortiumProjectIds(db, actor.tenantId),
    enrolledIn(db, actor.userId, unique),
  ])
  return new Map(
    rows.map((r) => [r.id, { ...r, readable: mayRead(actor, r, projectIds, enrolled.has(r.id)) }]),
  )
}

export type CourseChoice = Pick<
  CourseCard,
  'id' | 'tenantId' | 'title' | 'status' | 'visibility' | 'projectId'
>

/**
 * The courses an author may put in a learning path: the organisation's own (drafts too, to be
 * published before the path is) and the published ones shared with it.
 */
export async function pathCourseChoices(ctx: Ctx): Promise<CourseChoice[]> {
  const actor = requireAuthor(ctx)
  const projectIds = await consortiumProjectIds(ctx.db, actor.tenantId)
  return ctx.db
    .select({
      id: courses.id,
      tenantId: courses.tenantId,
      title: courses.title,
      status: courses.status,
      visibility: courses.visibility,
      projectId: courses.projectId,
    })
    .from(courses)
    .where(
      or(
        eq(courses.tenantId, actor.tenantId),
        and(
          eq(courses.status, 'published'),
          or(
            eq(courses.visibility, 'public'),
            projectIds.length > 0
              ? and(eq(courses.visibility, 'consortium'), inArray(courses.projectId, projectIds))
              : undefined,
          ),
        ),
      ),
    )
    .orderBy(asc(courses.slug))
    .limit(500)
}

export type CourseState = {
  enrolmentId: string
  status: 'active' | 'completed' | 'withdrawn'
  percent: number
  completedAt: Date | null
}

/**
 * A person's enrolments in these courses with their progress, in one query. Takes the
 * transaction of a step after completion, so the step sees the completion it follows.
 */
export async function courseStates(
  db: DbOrTx,
  userId: string,
  courseIds: readonly string[],
): Promise<Map<string, CourseState>> {
  if (courseIds.length === 0) return new Map()
  const rows = await db
    .select({
      courseId: enrolments.courseId,
      enrolmentId: enrolments.id,
      status: enrolments.status,
      completedAt: enrolments.completedAt,
      lessons:
        sql<number>`(select count(*) from lessons l where l.course_id = enrolments.course_id)`.mapWith(
          Number,
        ),
      done: sql<number>`(select count(*) from lesson_completions lc where lc.enrolment_id = enrolments.id)`.mapWith(
        Number,
      ),
    })
    .from(enrolments)
    .where(and(eq(enrolments.userId, userId), inArray(enrolments.courseId, [...courseIds])))
  return new Map(
    rows.map((r) => [
      r.courseId,
      {
        enrolmentId: r.enrolmentId,
        status: r.status,
        percent: r.status === 'completed' ? 100 : percentDone(r.done, r.lessons),
        completedAt: r.completedAt,
      },
    ]),
  )
}

export type LinkingLesson = {
  lessonId: string
  lessonTitle: LocalizedText
  courseId: string
  courseTitle: LocalizedText
}

/**
 * Lessons whose text links to `path` (a guidebook's page), in courses the actor may open, course
 * by course. Authors link by writing the address in the lesson's Markdown; nothing else is stored.
 */
export async function lessonsLinkingTo(ctx: Ctx, path: string): Promise<LinkingLesson[]> {
  const actor = requireLearner(ctx)
  const pattern = `%${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  const rows = await ctx.db
    .select({
      lessonId: lessons.id,
      lessonTitle: lessons.title,
      courseId: courses.id,
      courseTitle: courses.title,
      tenantId: courses.tenantId,
      status: courses.status,
      visibility: courses.visibility,
      projectId: courses.projectId,
    })
    .from(lessons)
    .innerJoin(courses, eq(courses.id, lessons.courseId))
    .where(sql`${lessons.body}::text like ${pattern}`)
    .orderBy(asc(courses.slug), asc(lessons.position))
    .limit(100)
  const [projectIds, enrolled] = await Promise.all([
    consortiumProjectIds(ctx.db, actor.tenantId),
    enrolledIn(
      ctx.db,
      actor.userId,
      rows.map((r) => r.courseId),
    ),
  ])
  return rows
    .filter((r) => mayRead(actor, r, projectIds, enrolled.has(r.courseId)))
    .map(({ lessonId, lessonTitle, courseId, courseTitle }) => ({
      lessonId,
      lessonTitle,
      courseId,
      courseTitle,
    }))
}

/** Courses by slug (the demo's stable keys), with their owner and project. */
export async function coursesBySlug(
  db: DbOrTx,
  slugs: readonly string[],
): Promise<Map<string, { id: string; tenantId: string; projectId: string | null }>> {
  if (slugs.length === 0) return new Map()
  const rows = await db
    .select({
      slug: courses.slug,
      id: courses.id,
      tenantId: courses.tenantId,
      projectId: courses.projectId,
    })
    .from(courses)
    .where(inArray(courses.slug, [...slugs]))
  return new Map(rows.map(({ slug, ...r }) => [slug, r]))
}
