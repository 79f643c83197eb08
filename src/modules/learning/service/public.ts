import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { organisations } from '../../organisations/index.ts'
import { courseModules, courses, lessons } from '../schema.ts'

/*
 * The public catalogue: published courses whose owner chose "public catalogue". Anyone may read
 * what a course is about (title, summary, outline, time, languages, competences, who offers it);
 * the lessons themselves stay behind sign-in.
 */

const isPublic = and(eq(courses.visibility, 'public'), eq(courses.status, 'published'))

export const PUBLIC_PAGE_SIZE = 24

export type PublicCourseCard = {
  id: string
  slug: string
  title: LocalizedText
  summary: LocalizedText
  competences: string[]
  updatedAt: Date
  organisation: { name: LocalizedText; slug: string }
}

const cardColumns = {
  id: courses.id,
  slug: courses.slug,
  title: courses.title,
  summary: courses.summary,
  competences: courses.competences,
  updatedAt: courses.updatedAt,
  orgName: organisations.name,
  orgSlug: organisations.slug,
}

function toCard(r: {
  id: string
  slug: string
  title: LocalizedText
  summary: LocalizedText
  competences: string[]
  updatedAt: Date
  orgName: LocalizedText
  orgSlug: string
}): PublicCourseCard {
  const { orgName, orgSlug, ...rest } = r
  return { ...rest, organisation: { name: orgName, slug: orgSlug } }
}

/** A page of the public catalogue, newest first; one organisation's only when given. */
export async function listPublicCourses(db: DbOrTx, page = 1, tenantId?: string) {
  const rows = await db
    .select(cardColumns)
    .from(courses)
    .innerJoin(organisations, eq(organisations.id, courses.tenantId))
    .where(
      and(
        isPublic,
        isNotNull(courses.publishedAt),
        tenantId ? eq(courses.tenantId, tenantId) : undefined,
      ),
    )
    .orderBy(desc(courses.publishedAt), asc(courses.id))
    .limit(PUBLIC_PAGE_SIZE + 1)
    .offset((Math.max(1, page) - 1) * PUBLIC_PAGE_SIZE)
  return {
    items: rows.slice(0, PUBLIC_PAGE_SIZE).map(toCard),
    hasMore: rows.length > PUBLIC_PAGE_SIZE,
  }
}

/** For the sitemap: every public course's address and when it last changed. */
export async function listPublicCourseSlugs(db: DbOrTx) {
  return db
    .select({ slug: courses.slug, updatedAt: courses.updatedAt })
    .from(courses)
    .where(isPublic)
    .orderBy(asc(courses.slug))
    .limit(50_000)
}

export type PublicOutline = {
  title: LocalizedText
  lessons: { title: LocalizedText; kind: string; minutes: number }[]
}[]

/** One public course with its outline and prerequisites; null when it is not public (404). */
export async function publicCourse(db: DbOrTx, slug: string) {
  const [row] = await db
    .select({
      ...cardColumns,
      passMark: courses.passMark,
      prerequisiteIds: courses.prerequisiteIds,
    })
    .from(courses)
    .innerJoin(organisations, eq(organisations.id, courses.tenantId))
    .where(and(isPublic, eq(courses.slug, slug)))
  if (!row) return null
  const [mods, rows, prerequisites] = await Promise.all([
    db
      .select({ id: courseModules.id, title: courseModules.title })
      .from(courseModules)
      .where(eq(courseModules.courseId, row.id))
      .orderBy(asc(courseModules.position)),
    db
      .select({
        moduleId: lessons.moduleId,
        title: lessons.title,
        kind: lessons.kind,
        minutes: lessons.minutes,
      })
      .from(lessons)
      .where(eq(lessons.courseId, row.id))
      .orderBy(asc(lessons.position)),
    row.prerequisiteIds.length
      ? db
          .select({ slug: courses.slug, title: courses.title })
          .from(courses)
          .where(and(isPublic, inArray(courses.id, row.prerequisiteIds)))
      : Promise.resolve([]),
  ])
  const outline: PublicOutline = mods.map((m) => ({
    title: m.title,
    lessons: rows.filter((l) => l.moduleId === m.id),
  }))
  const { passMark, prerequisiteIds: _ids, ...card } = row
  return {
    course: toCard(card),
    passMark,
    outline,
    minutes: rows.reduce((sum, l) => sum + l.minutes, 0),
    lessonCount: rows.length,
    prerequisites,
  }
}
export type PublicCourse = NonNullable<Awaited<ReturnType<typeof publicCourse>>>
