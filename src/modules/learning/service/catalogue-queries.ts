import { and, eq, inArray } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { courses, enrolments } from '../schema.ts'

/*
 * What the course database (catalogue, ADR 021) reads of enrolments, so it never joins
 * learning's tables: whether a person finished a course, which lets them review an entry, and
 * the public page of a course an entry names.
 */

/** Whether the person has a completed enrolment in the course. */
export async function hasCompletedCourse(
  ctx: Pick<Ctx, 'db'>,
  userId: string,
  courseId: string,
): Promise<boolean> {
  const [row] = await ctx.db
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(
      and(
        eq(enrolments.userId, userId),
        eq(enrolments.courseId, courseId),
        eq(enrolments.status, 'completed'),
      ),
    )
    .limit(1)
  return row !== undefined
}

export type PublicCourseLink = { id: string; slug: string; title: LocalizedText }

/** Of these courses, the published public ones with their address (`/:l/courses/:slug`). */
export async function publicCourseLinks(
  ctx: Pick<Ctx, 'db'>,
  ids: readonly string[],
): Promise<Map<string, PublicCourseLink>> {
  if (ids.length === 0) return new Map()
  const rows = await ctx.db
    .select({ id: courses.id, slug: courses.slug, title: courses.title })
    .from(courses)
    .where(
      and(
        inArray(courses.id, [...new Set(ids)]),
        eq(courses.status, 'published'),
        eq(courses.visibility, 'public'),
      ),
    )
  return new Map(rows.map((r) => [r.id, r]))
}
