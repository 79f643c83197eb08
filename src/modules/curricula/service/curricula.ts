import { and, asc, count, desc, eq, inArray, max, ne, sql } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { forbidden, notFound } from '#src/lib/errors.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { can } from '#src/lib/policy.ts'
import { recordAudit } from '../../audit/index.ts'
import { type CourseCard, courseCards, pathCourseChoices } from '../../learning/index.ts'
import { consortiumProjectIds } from '../../projects/index.ts'
import { type AddCourseInput, type CurriculumInput, isUuid, MAX_COURSES } from '../inputs.ts'
import { curricula, curriculumCourses, curriculumFollowers } from '../schema.ts'
import {
  checkSharing,
  invalid,
  type Role,
  requireAuthor,
  requireLearner,
  roleOn,
} from './access.ts'

export type Curriculum = typeof curricula.$inferSelect
export type CurriculumAccess = { curriculum: Curriculum; role: Role; followerId: string | null }

/**
 * A curriculum and what the actor may do with it. Another school's that is neither public nor
 * shared with the actor's consortium is "not found", as is a draft for anyone but its authors;
 * a person following it keeps reading it when it stops being shared.
 */
export async function loadCurriculum(ctx: Ctx, id: string): Promise<CurriculumAccess> {
  const actor = requireLearner(ctx)
  if (!isUuid(id)) throw notFound()
  const [row] = await ctx.db
    .select({ curriculum: curricula, followerId: curriculumFollowers.id })
    .from(curricula)
    .leftJoin(
      curriculumFollowers,
      and(
        eq(curriculumFollowers.curriculumId, curricula.id),
        eq(curriculumFollowers.userId, actor.userId),
      ),
    )
    .where(eq(curricula.id, id))
  if (!row) throw notFound()
  const { curriculum, followerId } = row
  const consortium =
    curriculum.visibility === 'consortium' && curriculum.tenantId !== actor.tenantId
      ? await consortiumProjectIds(ctx.db, actor.tenantId)
      : []
  const role = roleOn(actor, curriculum, consortium)
  if (role === 'author') return { curriculum, role, followerId }
  if (curriculum.status !== 'published') throw notFound()
  if (role || followerId) return { curriculum, role: 'reader', followerId }
  throw notFound()
}

/** The curriculum for its authors only: readers get 403, strangers 404. */
export async function loadOwnCurriculum(ctx: Ctx, id: string): Promise<Curriculum> {
  const access = await loadCurriculum(ctx, id)
  if (access.role !== 'author') throw forbidden()
  return access.curriculum
}

export type PathEntry = {
  courseId: string
  position: number
  required: boolean
  /** Null when the course is gone (never: the row cascades) or cannot be read at all. */
  course: CourseCard | null
}

/** The curriculum's courses in order, with what the actor may see of each. */
export async function pathOf(
  ctx: Ctx,
  curriculum: Pick<Curriculum, 'id'>,
  db: DbOrTx = ctx.db,
): Promise<PathEntry[]> {
  const rows = await db
    .select({
      courseId: curriculumCourses.courseId,
      position: curriculumCourses.position,
      required: curriculumCourses.required,
    })
    .from(curriculumCourses)
    .where(eq(curriculumCourses.curriculumId, curriculum.id))
    .orderBy(asc(curriculumCourses.position), asc(curriculumCourses.createdAt))
  const cards = await courseCards(
    ctx,
    rows.map((r) => r.courseId),
    db,
  )
  return rows.map((r) => ({ ...r, course: cards.get(r.courseId) ?? null }))
}

export type CurriculumRow = {
  id: string
  tenantId: string
  title: LocalizedText
  summary: LocalizedText
  visibility: Curriculum['visibility']
  status: Curriculum['status']
  courseCount: number
}

const rowColumns = {
  id: curricula.id,
  tenantId: curricula.tenantId,
  title: curricula.title,
  summary: curricula.summary,
  visibility: curricula.visibility,
  status: curricula.status,
  courseCount:
    sql<number>`(select count(*) from curriculum_courses cc where cc.curriculum_id = curricula.id)`.mapWith(
      Number,
    ),
}

export type FollowedRow = CurriculumRow & {
  followerId: string
  completedAt: Date | null
}

export type CurriculumLists = {
  following: FollowedRow[]
  own: CurriculumRow[]
  consortium: CurriculumRow[]
  public: CurriculumRow[]
}

const LIST_LIMIT = 200

/**
 * The curricula the actor follows, then their school's (drafts for its authors), those shared
 * with their consortia, and the public ones of other schools.
 */
export async function listCurricula(ctx: Ctx): Promise<CurriculumLists> {
  const actor = requireLearner(ctx)
  const projectIds = await consortiumProjectIds(ctx.db, actor.tenantId)
  const isAuthor = can(actor, 'learning.author')
  const others = and(ne(curricula.tenantId, actor.tenantId), eq(curricula.status, 'published'))
  const [following, own, consortium, everyone] = await Promise.all([
    ctx.db
      .select({
        ...rowColumns,
        followerId: curriculumFollowers.id,
        completedAt: curriculumFollowers.completedAt,
      })
      .from(curriculumFollowers)
      .innerJoin(curricula, eq(curricula.id, curriculumFollowers.curriculumId))
      .where(and(eq(curriculumFollowers.userId, actor.userId), eq(curricula.status, 'published')))
      .orderBy(desc(curriculumFollowers.followedAt))
      .limit(LIST_LIMIT),
    ctx.db
      .select(rowColumns)
      .from(curricula)
      .where(
        and(
          eq(curricula.tenantId, actor.tenantId),
          isAuthor ? undefined : eq(curricula.status, 'published'),
        ),
      )
      .orderBy(desc(curricula.updatedAt))
      .limit(LIST_LIMIT),
    projectIds.length === 0
      ? Promise.resolve([])
      : ctx.db
          .select(rowColumns)
          .from(curricula)
          .where(
            and(
              others,
              eq(curricula.visibility, 'consortium'),
              inArray(curricula.projectId, projectIds),
            ),
          )
          .orderBy(desc(curricula.publishedAt))
          .limit(LIST_LIMIT),
    ctx.db
      .select(rowColumns)
      .from(curricula)
      .where(and(others, eq(curricula.visibility, 'public')))
      .orderBy(desc(curricula.publishedAt))
      .limit(LIST_LIMIT),
  ])
  return { following, own, consortium, public: everyone }
}

/** A new curriculum, always a draft: its courses are added next, then it is published. */
export async function createCurriculum(ctx: Ctx, input: CurriculumInput): Promise<Curriculum> {
  const actor = requireAuthor(ctx)
  const fields = await checkSharing(ctx, actor.tenantId, input)
  if (Object.keys(fields).length > 0) throw invalid(fields)
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(curricula)
      .values({
        tenantId: actor.tenantId,
        title: input.title,
        summary: input.summary,
        visibility: input.visibility,
        projectId: input.projectId,
        optionalToComplete: 0,
        status: 'draft',
        authorId: actor.userId,
      })
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'curricula.created',
        entityType: 'curriculum',
        entityId: row!.id,
      },
      tx,
    )
    return row!
  })
}

/**
 * Why a course may not stand in a published curriculum: it must be published and shared at least
 * as widely (public for a public path; public or the same project's consortium for a consortium
 * one), or the path's readers could not take it.
 */
export function courseProblem(
  curriculum: Pick<Curriculum, 'visibility' | 'projectId'>,
  course: Pick<CourseCard, 'status' | 'visibility' | 'projectId' | 'readable'> | null,
): string | null {
  if (!course?.readable) return 'curricula:errors.courseNotShared'
  if (course.status !== 'published') return 'curricula:errors.courseNotPublished'
  if (curriculum.visibility === 'private' || course.visibility === 'public') return null
  if (
    curriculum.visibility === 'consortium' &&
    course.visibility === 'consortium' &&
    course.projectId === curriculum.projectId
  ) {
    return null
  }
  return 'curricula:errors.courseNotShared'
}

/** Saves a curriculum's details; `intent` keeps it a draft, publishes it, or takes it back. */
export async function updateCurriculum(
  ctx: Ctx,
  id: string,
  input: CurriculumInput,
): Promise<Curriculum> {
  const actor = requireAuthor(ctx)
  const before = await loadOwnCurriculum(ctx, id)
  const fields = await checkSharing(ctx, actor.tenantId, input)
  const path = await pathOf(ctx, before)
  const optional = path.filter((p) => !p.required).length
  if (input.optionalToComplete > optional) {
    fields.optionalToComplete = 'curricula:errors.tooManyOptional'
  }
  const publishing = input.intent === 'publish'
  if (publishing && path.length === 0) fields._form = 'curricula:errors.noCourses'
  if (publishing) {
    const problem = path.map((p) => courseProblem(input, p.course)).find(Boolean)
    if (problem) fields._form = problem
  }
  if (Object.keys(fields).length > 0) throw invalid(fields)
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(curricula)
      .set({
        title: input.title,
        summary: input.summary,
        visibility: input.visibility,
        projectId: input.projectId,
        optionalToComplete: input.optionalToComplete,
        status: publishing ? 'published' : 'draft',
        publishedAt: publishing ? (before.publishedAt ?? ctx.now()) : before.publishedAt,
      })
      .where(and(eq(curricula.id, before.id), eq(curricula.tenantId, before.tenantId)))
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: publishing ? 'curricula.published' : 'curricula.updated',
        entityType: 'curriculum',
        entityId: before.id,
      },
      tx,
    )
    return row!
  })
}

async function touch(tx: DbOrTx, curriculum: Curriculum, ctx: Ctx, action: string) {
  await tx
    .update(curricula)
    .set({ updatedAt: ctx.now() })
    .where(and(eq(curricula.id, curriculum.id), eq(curricula.tenantId, curriculum.tenantId)))
  await recordAudit(
    ctx,
    { tenantId: curriculum.tenantId, action, entityType: 'curriculum', entityId: curriculum.id },
    tx,
  )
}

/** The courses an author may still add to a path: readable to them and not yet in it. */
export async function addableCourses(ctx: Ctx, path: PathEntry[]) {
  const choices = await pathCourseChoices(ctx)
  const taken = new Set(path.map((p) => p.courseId))
  return choices.filter((c) => !taken.has(c.id))
}

/** Adds a course at the end of the path; a published path takes only courses its readers can. */
export async function addCourse(ctx: Ctx, id: string, input: AddCourseInput) {
  const curriculum = await loadOwnCurriculum(ctx, id)
  const [choices, path] = await Promise.all([pathCourseChoices(ctx), pathOf(ctx, curriculum)])
  if (!choices.some((c) => c.id === input.courseId)) {
    throw invalid({ courseId: 'common:validation.choice' })
  }
  if (path.some((p) => p.courseId === input.courseId)) {
    throw invalid({ courseId: 'curricula:errors.alreadyInPath' })
  }
  if (path.length >= MAX_COURSES) throw invalid({ courseId: 'curricula:errors.tooManyCourses' })
  if (curriculum.status === 'published') {
    const card = (await courseCards(ctx, [input.courseId])).get(input.courseId) ?? null
    const problem = courseProblem(curriculum, card)
    if (problem) throw invalid({ courseId: problem })
  }
  await ctx.db.transaction(async (tx) => {
    const [last] = await tx
      .select({ n: max(curriculumCourses.position) })
      .from(curriculumCourses)
      .where(eq(curriculumCourses.curriculumId, curriculum.id))
    await tx.insert(curriculumCourses).values({
      tenantId: curriculum.tenantId,
      curriculumId: curriculum.id,
      courseId: input.courseId,
      position: (last?.n ?? 0) + 1,
      required: input.required,
    })
    await touch(tx, curriculum, ctx, 'curricula.course_added')
  })
  return curriculum
}

async function entryOf(ctx: Ctx, id: string, courseId: string) {
  const curriculum = await loadOwnCurriculum(ctx, id)
  if (!isUuid(courseId)) throw notFound()
  const path = await ctx.db
    .select()
    .from(curriculumCourses)
    .where(eq(curriculumCourses.curriculumId, curriculum.id))
    .orderBy(asc(curriculumCourses.position), asc(curriculumCourses.createdAt))
  const at = path.findIndex((p) => p.courseId === courseId)
  if (at < 0) throw notFound()
  return { curriculum, path, at }
}

const whereEntry = (curriculumId: string, courseId: string) =>
  and(eq(curriculumCourses.curriculumId, curriculumId), eq(curriculumCourses.courseId, courseId))

/** Moves a course one place up or down (the first stays first, the last stays last). */
export async function moveCourse(ctx: Ctx, id: string, courseId: string, direction: 'up' | 'down') {
  const { curriculum, path, at } = await entryOf(ctx, id, courseId)
  const other = path[direction === 'up' ? at - 1 : at + 1]
  if (!other) return curriculum
  const self = path[at]!
  await ctx.db.transaction(async (tx) => {
    // Renumber the whole path 1…n with the two swapped, so equal or missing positions heal too.
    const order = path.map((p) => p.courseId)
    order[at] = other.courseId
    order[path.indexOf(other)] = self.courseId
    for (const [i, cid] of order.entries()) {
      await tx
        .update(curriculumCourses)
        .set({ position: i + 1 })
        .where(whereEntry(curriculum.id, cid))
    }
    await touch(tx, curriculum, ctx, 'curricula.course_moved')
  })
  return curriculum
}

/** Marks a course of the path required or optional. */
export async function setRequired(ctx: Ctx, id: string, courseId: string, required: boolean) {
  const { curriculum } = await entryOf(ctx, id, courseId)
  await ctx.db.transaction(async (tx) => {
    await tx.update(curriculumCourses).set({ required }).where(whereEntry(curriculum.id, courseId))
    await touch(tx, curriculum, ctx, 'curricula.course_updated')
  })
  return curriculum
}

/** Takes a course out of the path (enrolments and certificates already earned stay). */
export async function removeCourse(ctx: Ctx, id: string, courseId: string) {
  const { curriculum } = await entryOf(ctx, id, courseId)
  await ctx.db.transaction(async (tx) => {
    await tx.delete(curriculumCourses).where(whereEntry(curriculum.id, courseId))
    await touch(tx, curriculum, ctx, 'curricula.course_removed')
  })
  return curriculum
}

/** How many people follow the curriculum and how many completed it (for its authors). */
export async function followerCounts(ctx: Ctx, curriculum: Curriculum) {
  const [row] = await ctx.db
    .select({
      followers: count(),
      completed: sql<number>`count(${curriculumFollowers.completedAt})`.mapWith(Number),
    })
    .from(curriculumFollowers)
    .where(eq(curriculumFollowers.curriculumId, curriculum.id))
  return { followers: row?.followers ?? 0, completed: row?.completed ?? 0 }
}
