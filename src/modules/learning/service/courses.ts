import { randomBytes } from 'node:crypto'
import { and, asc, count, desc, eq, inArray, like, or, sql } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { Actor, Ctx } from '#src/lib/context.ts'
import { AppError, forbidden, notFound } from '#src/lib/errors.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { authorize, can } from '#src/lib/policy.ts'
import { recordAudit } from '../../audit/index.ts'
import { foreignOwnCodes } from '../../competence-frameworks/index.ts'
import { slugify } from '../../organisations/index.ts'
import { consortiumProjectIds, projectChoices } from '../../projects/index.ts'
import type { CourseInput } from '../inputs.ts'
import { courseModules, courses, enrolments } from '../schema.ts'

export type Course = typeof courses.$inferSelect

/** What the actor may do with a course: write it (its organisation's authors) or read it. */
export type CourseRole = 'author' | 'reader'
export type CourseWithAccess = { course: Course; role: CourseRole; enrolmentId: string | null }

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isUuid(id: string): boolean {
  return UUID.test(id)
}

/** The actor may take courses (403 otherwise, sign-in when anonymous). */
export function requireLearner(ctx: Ctx) {
  return authorize(ctx, 'learning.view')
}

/** The actor writes their organisation's courses. */
export function requireAuthor(ctx: Ctx) {
  return authorize(ctx, 'learning.author')
}

/**
 * The courses another organisation's member may read: published and public, or published for
 * the consortium of a project the reader's organisation belongs to.
 */
async function sharedCondition(db: DbOrTx, tenantId: string) {
  const projectIds = await consortiumProjectIds(db, tenantId)
  return or(
    eq(courses.visibility, 'public'),
    projectIds.length > 0
      ? and(eq(courses.visibility, 'consortium'), inArray(courses.projectId, projectIds))
      : undefined,
  )
}

/**
 * A course and what the actor may do with it. Another organisation's course that is neither
 * public nor shared with the actor's consortium is "not found", as is a draft for anyone but
 * its authors; a person already enrolled keeps reading a course that stopped being shared.
 */
export async function loadCourse(ctx: Ctx, id: string): Promise<CourseWithAccess> {
  const actor = requireLearner(ctx)
  if (!isUuid(id)) throw notFound()
  const [row] = await ctx.db
    .select({ course: courses, enrolmentId: enrolments.id })
    .from(courses)
    .leftJoin(
      enrolments,
      and(eq(enrolments.courseId, courses.id), eq(enrolments.userId, actor.userId)),
    )
    .where(eq(courses.id, id))
  if (!row) throw notFound()
  const { course, enrolmentId } = row
  const own = course.tenantId === actor.tenantId
  if (own && can(actor, 'learning.author')) return { course, role: 'author', enrolmentId }
  if (course.status !== 'published') throw notFound()
  if (own || enrolmentId) return { course, role: 'reader', enrolmentId }
  if (course.visibility === 'public') return { course, role: 'reader', enrolmentId }
  if (course.visibility === 'consortium' && course.projectId) {
    const projectIds = await consortiumProjectIds(ctx.db, actor.tenantId)
    if (projectIds.includes(course.projectId)) return { course, role: 'reader', enrolmentId }
  }
  throw notFound()
}

/** The course for its authors only: readers get 403, strangers 404. */
export async function loadOwnCourse(ctx: Ctx, id: string): Promise<Course> {
  const access = await loadCourse(ctx, id)
  if (access.role !== 'author') throw forbidden()
  return access.course
}

export type CatalogueRow = {
  id: string
  slug: string
  title: LocalizedText
  summary: LocalizedText
  tenantId: string
  visibility: Course['visibility']
  status: Course['status']
  competences: string[]
  lessonCount: number
  minutes: number
}

const catalogueColumns = {
  id: courses.id,
  slug: courses.slug,
  title: courses.title,
  summary: courses.summary,
  tenantId: courses.tenantId,
  visibility: courses.visibility,
  status: courses.status,
  competences: courses.competences,
  // Written out with aliases: Drizzle leaves columns unqualified in a one-table select, and an
  // unqualified "id" inside the subquery would be the lesson's own.
  lessonCount: sql<number>`(select count(*) from lessons l where l.course_id = courses.id)`.mapWith(
    Number,
  ),
  minutes:
    sql<number>`(select coalesce(sum(l.minutes), 0) from lessons l where l.course_id = courses.id)`.mapWith(
      Number,
    ),
}

export const CATALOGUE_PAGE_SIZE = 24

/** Published courses a school may read: its own, its consortia's and public ones. */
export async function readableBy(db: DbOrTx, tenantId: string) {
  return and(
    eq(courses.status, 'published'),
    or(eq(courses.tenantId, tenantId), await sharedCondition(db, tenantId)),
  )
}

/**
 * The courses the actor may join: their organisation's published ones, the consortia's and the
 * public catalogue, newest first, a page at a time.
 */
export async function listCatalogue(ctx: Ctx, options: { page: number }) {
  const actor = requireLearner(ctx)
  const where = await readableBy(ctx.db, actor.tenantId)
  const [total] = await ctx.db.select({ n: count() }).from(courses).where(where)
  const totalCount = total?.n ?? 0
  const pageCount = Math.max(1, Math.ceil(totalCount / CATALOGUE_PAGE_SIZE))
  const page = Math.min(Math.max(1, options.page), pageCount)
  const items: CatalogueRow[] = await ctx.db
    .select(catalogueColumns)
    .from(courses)
    .where(where)
    .orderBy(desc(courses.publishedAt), asc(courses.id))
    .limit(CATALOGUE_PAGE_SIZE)
    .offset((page - 1) * CATALOGUE_PAGE_SIZE)
  return { items, total: totalCount, page, pageCount }
}

/** The organisation's own courses, drafts included, for its authors. */
export async function listOwnCourses(ctx: Ctx): Promise<CatalogueRow[]> {
  const actor = requireAuthor(ctx)
  return ctx.db
    .select(catalogueColumns)
    .from(courses)
    .where(eq(courses.tenantId, actor.tenantId))
    .orderBy(desc(courses.updatedAt))
    .limit(500)
}

/** The projects a course can belong to: those of the author's organisation. */
export async function courseProjectChoices(ctx: Ctx) {
  const actor = requireAuthor(ctx)
  return projectChoices(ctx.db, actor.tenantId)
}

function invalid(fields: Record<string, string>): AppError {
  return new AppError('INVALID_INPUT', Object.values(fields)[0]!, {}, fields)
}

async function checkCourse(
  ctx: Ctx,
  actor: Actor & { tenantId: string },
  input: CourseInput,
  id: string | null = null,
) {
  const fields: Record<string, string> = {}
  if (input.projectId) {
    const choices = await projectChoices(ctx.db, actor.tenantId)
    if (!choices.some((p) => p.id === input.projectId))
      fields.projectId = 'common:validation.choice'
  }
  if (input.visibility === 'consortium' && !input.projectId) {
    fields.projectId = 'learning:errors.consortiumNeedsProject'
  }
  // A school tags with its own list only (ADR 016); the frameworks' codes were checked by zod.
  if ((await foreignOwnCodes(ctx.db, actor.tenantId, input.competences)).length > 0) {
    fields.competences = 'common:validation.choice'
  }
  if (input.prerequisiteIds.length > 0) {
    const choices = new Set((await prerequisiteChoices(ctx, id)).map((c) => c.id))
    if (input.prerequisiteIds.some((p) => !choices.has(p))) {
      fields.prerequisiteIds = 'common:validation.choice'
    }
  }
  if (Object.keys(fields).length > 0) throw invalid(fields)
}

/**
 * Courses that may come before this one: published courses the school may read, other than
 * itself. Ones that already require this course are left out, so no loop of two can be made.
 */
export async function prerequisiteChoices(ctx: Ctx, courseId: string | null) {
  const actor = requireAuthor(ctx)
  const rows = await ctx.db
    .select({ id: courses.id, title: courses.title, prerequisiteIds: courses.prerequisiteIds })
    .from(courses)
    .where(await readableBy(ctx.db, actor.tenantId))
    .orderBy(asc(courses.slug))
    .limit(500)
  return rows
    .filter((r) => r.id !== courseId && !(courseId && r.prerequisiteIds.includes(courseId)))
    .map(({ id, title }) => ({ id, title }))
}

/** The prerequisites of a course the person has not completed yet, by title (empty: none left). */
export async function missingPrerequisites(ctx: Ctx, course: Course, userId: string) {
  if (course.prerequisiteIds.length === 0) return []
  const rows = await ctx.db
    .select({ id: courses.id, title: courses.title, status: enrolments.status })
    .from(courses)
    .leftJoin(enrolments, and(eq(enrolments.courseId, courses.id), eq(enrolments.userId, userId)))
    .where(inArray(courses.id, course.prerequisiteIds))
  return rows.filter((r) => r.status !== 'completed').map(({ id, title }) => ({ id, title }))
}

async function freeSlug(db: DbOrTx, title: LocalizedText): Promise<string> {
  return freeSlugFrom(db, slugify(pickText(title, 'en').value, 60) || 'course')
}

/** `base` if no course has it yet, else the first free `base-2`, `base-3` … */
export async function freeSlugFrom(db: DbOrTx, base: string): Promise<string> {
  const rows = await db
    .select({ slug: courses.slug })
    .from(courses)
    .where(or(eq(courses.slug, base), like(courses.slug, `${base}-%`)))
  const taken = new Set(rows.map((r) => r.slug))
  let candidate = base
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`
  return candidate
}

/**
 * Inserts a course under a slug found free a moment ago; when another save took it in the same
 * instant, under the slug with a random suffix.
 */
export async function insertCourse(
  tx: DbOrTx,
  values: Omit<typeof courses.$inferInsert, 'slug'>,
  slug: string,
): Promise<Course> {
  const [row] = await tx
    .insert(courses)
    .values({ ...values, slug })
    .onConflictDoNothing()
    .returning()
  if (row) return row
  const [suffixed] = await tx
    .insert(courses)
    .values({ ...values, slug: `${slug}-${randomBytes(3).toString('hex')}` })
    .returning()
  return suffixed!
}

/** A new course (a draft, or published at once) with one empty module to put lessons in. */
export async function createCourse(ctx: Ctx, input: CourseInput): Promise<Course> {
  const actor = requireAuthor(ctx)
  await checkCourse(ctx, actor, input)
  const slug = await freeSlug(ctx.db, input.title)
  const publishing = input.intent === 'publish'
  const values = {
    tenantId: actor.tenantId,
    title: input.title,
    summary: input.summary,
    visibility: input.visibility,
    projectId: input.projectId,
    competences: input.competences,
    prerequisiteIds: input.prerequisiteIds,
    passMark: input.passMark,
    status: publishing ? ('published' as const) : ('draft' as const),
    publishedAt: publishing ? ctx.now() : null,
    authorId: actor.userId,
  }
  return ctx.db.transaction(async (tx) => {
    const course = await insertCourse(tx, values, slug)
    await tx.insert(courseModules).values({
      tenantId: actor.tenantId,
      courseId: course.id,
      position: 1,
      title: { ...input.title },
    })
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'learning.course.created',
        entityType: 'course',
        entityId: course.id,
      },
      tx,
    )
    return course
  })
}

/** Saves a course's details; `intent` keeps it a draft, publishes it, or takes it back to draft. */
export async function updateCourse(ctx: Ctx, id: string, input: CourseInput): Promise<Course> {
  const actor = requireAuthor(ctx)
  const before = await loadOwnCourse(ctx, id)
  await checkCourse(ctx, actor, input, before.id)
  const publishing = input.intent === 'publish'
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(courses)
      .set({
        title: input.title,
        summary: input.summary,
        visibility: input.visibility,
        projectId: input.projectId,
        competences: input.competences,
        prerequisiteIds: input.prerequisiteIds,
        passMark: input.passMark,
        status: publishing ? 'published' : 'draft',
        publishedAt: publishing ? (before.publishedAt ?? ctx.now()) : before.publishedAt,
      })
      .where(and(eq(courses.id, before.id), eq(courses.tenantId, before.tenantId)))
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: publishing ? 'learning.course.published' : 'learning.course.updated',
        entityType: 'course',
        entityId: before.id,
      },
      tx,
    )
    return row!
  })
}
