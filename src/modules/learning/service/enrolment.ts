import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { Actor, Ctx } from '#src/lib/context.ts'
import { AppError, forbidden, notFound } from '#src/lib/errors.ts'
import { isLocale } from '#src/lib/i18n.ts'
import { authorize } from '#src/lib/policy.ts'
import { recordAudit } from '../../audit/index.ts'
import { describeCompetences } from '../../competence-frameworks/index.ts'
import {
  type Credential,
  credentialBySource,
  credentialsBySources,
  issueCredential,
} from '../../credentials/index.ts'
import { listMembers, memberUserIds } from '../../users/index.ts'
import { courseAchievement } from '../achievement.ts'
import { isCourseComplete, percentDone } from '../grading.ts'
import { courses, enrolments, lessonCompletions, lessons } from '../schema.ts'
import { runCourseCompleted } from './completion-hook.ts'
import { type Course, loadCourse, missingPrerequisites } from './courses.ts'
import { loadLesson } from './outline.ts'

export type Enrolment = typeof enrolments.$inferSelect

/** The actor's own enrolment in the course, or null. */
export async function myEnrolment(ctx: Ctx, courseId: string): Promise<Enrolment | null> {
  const { enrolmentId } = await loadCourse(ctx, courseId)
  return enrolmentId ? enrolmentById(ctx.db, enrolmentId) : null
}

/** An enrolment by id, for pages that have already checked access (loadCourse, loadLesson). */
export async function enrolmentById(db: DbOrTx, id: string): Promise<Enrolment | null> {
  const [row] = await db.select().from(enrolments).where(eq(enrolments.id, id))
  return row ?? null
}

/** Enrols the actor (once: a second call returns the same enrolment). Drafts cannot be joined. */
export async function enrolSelf(ctx: Ctx, courseId: string): Promise<Enrolment> {
  const { course, enrolmentId } = await loadCourse(ctx, courseId)
  const actor = ctx.actor as Actor & { tenantId: string }
  if (enrolmentId) return (await enrolmentOf(ctx, course.id, actor.userId))!
  if (course.status !== 'published') {
    throw new AppError('INVALID_STATE', 'learning:errors.notPublished')
  }
  if ((await missingPrerequisites(ctx, course, actor.userId)).length > 0) {
    throw new AppError('INVALID_STATE', 'learning:errors.prerequisites')
  }
  await ctx.db
    .insert(enrolments)
    .values({
      tenantId: course.tenantId,
      courseId: course.id,
      userId: actor.userId,
      learnerOrgId: actor.tenantId,
      source: 'self',
      enrolledById: actor.userId,
      enrolledAt: ctx.now(),
      contentLocale: isLocale(actor.locale) ? actor.locale : null,
    })
    .onConflictDoNothing()
  return (await enrolmentOf(ctx, course.id, actor.userId))!
}

/** The people chosen, if every one is a member of the school (422 on `userIds` otherwise). */
export async function assertMembers(ctx: Ctx, tenantId: string, userIds: readonly string[]) {
  const members = await memberUserIds(ctx, tenantId, userIds)
  if (userIds.some((id) => !members.has(id))) {
    throw new AppError(
      'INVALID_INPUT',
      'common:validation.choice',
      {},
      { userIds: 'common:validation.choice' },
    )
  }
  return members
}

async function enrolmentOf(ctx: Ctx, courseId: string, userId: string) {
  const [row] = await ctx.db
    .select()
    .from(enrolments)
    .where(and(eq(enrolments.courseId, courseId), eq(enrolments.userId, userId)))
  return row ?? null
}

/**
 * A coordinator enrols members of their own organisation (one person or a whole group) in a
 * course they may read. People already enrolled are left as they are; returns how many were new.
 */
export async function enrolPeople(ctx: Ctx, courseId: string, userIds: string[]) {
  const actor = authorize(ctx, 'learning.enrolOthers')
  const { course } = await loadCourse(ctx, courseId)
  if (course.status !== 'published') {
    throw new AppError('INVALID_STATE', 'learning:errors.notPublished')
  }
  const members = await assertMembers(ctx, actor.tenantId, userIds)
  return ctx.db.transaction(async (tx) => {
    const added = await tx
      .insert(enrolments)
      .values(
        [...members].map((userId) => ({
          tenantId: course.tenantId,
          courseId: course.id,
          userId,
          learnerOrgId: actor.tenantId,
          source: 'coordinator' as const,
          enrolledById: actor.userId,
          enrolledAt: ctx.now(),
        })),
      )
      .onConflictDoNothing()
      .returning({ id: enrolments.id })
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'learning.enrolled',
        entityType: 'course',
        entityId: course.id,
        changes: { enrolled: { from: null, to: added.length } },
      },
      tx,
    )
    return added.length
  })
}

/** The lessons the enrolment has done. */
export async function doneLessonIds(db: DbOrTx, enrolmentId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: lessonCompletions.lessonId })
    .from(lessonCompletions)
    .where(eq(lessonCompletions.enrolmentId, enrolmentId))
  return new Set(rows.map((r) => r.id))
}

async function courseLessonIds(db: DbOrTx, courseId: string): Promise<string[]> {
  const rows = await db
    .select({ id: lessons.id })
    .from(lessons)
    .where(eq(lessons.courseId, courseId))
  return rows.map((r) => r.id)
}

/** Whom a course certificate names: the enrolled person. */
export type Recipient = Pick<Actor, 'userId' | 'displayName' | 'email' | 'locale'>

/**
 * Completes the enrolment when every lesson is done, and issues its certificate (a verifiable
 * credential) in the same transaction. Safe to call after any step: a completed one stays so.
 * The certificate names `recipient`: the actor by default, the learner when the last step is
 * someone else's (a teacher accepting an assignment).
 */
export async function completeIfDone(
  ctx: Ctx,
  tx: DbOrTx,
  enrolment: Enrolment,
  course: Course,
  recipient: Recipient = ctx.actor!,
): Promise<boolean> {
  const [lessonIds, done] = await Promise.all([
    courseLessonIds(tx, course.id),
    doneLessonIds(tx, enrolment.id),
  ])
  if (!isCourseComplete({ lessonIds, doneLessonIds: done })) return false
  const [row] = await tx
    .update(enrolments)
    .set({ status: 'completed', completedAt: ctx.now() })
    .where(and(eq(enrolments.id, enrolment.id), eq(enrolments.status, 'active')))
    .returning()
  if (!row) return true
  const actor = recipient
  const locale = row.contentLocale ?? actor.locale ?? 'en'
  await issueCredential(tx, {
    tenantId: course.tenantId,
    kind: 'course',
    sourceId: row.id,
    recipientUserId: actor.userId,
    recipientName: actor.displayName,
    recipientEmail: actor.email,
    locale,
    achievement: courseAchievement(
      course,
      await describeCompetences({ db: tx }, course.competences),
      ctx.env.baseUrl,
    ),
    issuedAt: ctx.now(),
  })
  await recordAudit(
    ctx,
    {
      tenantId: course.tenantId,
      action: 'learning.completed',
      entityType: 'enrolment',
      entityId: row.id,
    },
    tx,
  )
  await runCourseCompleted(ctx, tx, row, actor)
  return true
}

/** Marks a text lesson done for the actor (a quiz is done when an attempt passes it). */
export async function markLessonDone(ctx: Ctx, lessonId: string) {
  const { lesson, course, enrolmentId } = await loadLesson(ctx, lessonId)
  if (!enrolmentId) throw new AppError('INVALID_STATE', 'learning:errors.notEnrolled')
  if (lesson.kind === 'assignment') {
    throw new AppError('INVALID_STATE', 'learning:errors.assignmentByGrade')
  }
  if (lesson.kind === 'scorm') throw new AppError('INVALID_STATE', 'scorm:errors.byPackage')
  if (lesson.kind !== 'text') throw new AppError('INVALID_STATE', 'learning:errors.quizByAttempt')
  assertReleased(ctx, lesson.releaseOn)
  return ctx.db.transaction(async (tx) => {
    const [enrolment] = await tx.select().from(enrolments).where(eq(enrolments.id, enrolmentId))
    if (!enrolment) throw notFound()
    await tx
      .insert(lessonCompletions)
      .values({
        tenantId: course.tenantId,
        enrolmentId,
        lessonId: lesson.id,
        completedAt: ctx.now(),
      })
      .onConflictDoNothing()
    const completed = await completeIfDone(ctx, tx, enrolment, course)
    return { completed, course, lesson }
  })
}

/** A lesson with a release date opens on that day (UTC date, the course's calendar). */
export function assertReleased(ctx: Ctx, releaseOn: string | null) {
  if (releaseOn && releaseOn > ctx.now().toISOString().slice(0, 10)) {
    throw new AppError('INVALID_STATE', 'learning:errors.notReleased', { date: releaseOn })
  }
}

/** The language the person reads the course in; switching keeps every lesson done and attempt. */
export async function setContentLocale(ctx: Ctx, enrolmentId: string, lang: string) {
  if (!isLocale(lang)) return
  await ctx.db
    .update(enrolments)
    .set({ contentLocale: lang })
    .where(and(eq(enrolments.id, enrolmentId), eq(enrolments.userId, ctx.actor!.userId)))
}

export type MyCourse = {
  enrolment: Enrolment
  course: Pick<Course, 'id' | 'title' | 'summary' | 'tenantId'>
  percent: number
  credential: Credential | null
}

/** The actor's courses, in progress first, each with its progress and certificate. */
export async function listMyCourses(ctx: Ctx): Promise<MyCourse[]> {
  const actor = authorize(ctx, 'learning.view')
  const rows = await ctx.db
    .select({
      enrolment: enrolments,
      course: {
        id: courses.id,
        title: courses.title,
        summary: courses.summary,
        tenantId: courses.tenantId,
      },
      lessons: sql<number>`(select count(*) from lessons l where l.course_id = courses.id)`.mapWith(
        Number,
      ),
      done: sql<number>`(select count(*) from lesson_completions lc where lc.enrolment_id = enrolments.id)`.mapWith(
        Number,
      ),
    })
    .from(enrolments)
    .innerJoin(courses, eq(courses.id, enrolments.courseId))
    .where(
      and(eq(enrolments.userId, actor.userId), inArray(enrolments.status, ['active', 'completed'])),
    )
    .orderBy(enrolments.status, desc(enrolments.enrolledAt))
    .limit(200)
  const credentials = await credentialsBySources(
    ctx.db,
    'course',
    rows.filter((r) => r.enrolment.status === 'completed').map((r) => r.enrolment.id),
  )
  return rows.map((r) => ({
    enrolment: r.enrolment,
    course: r.course,
    percent: percentDone(r.done, r.lessons),
    credential: credentials.get(r.enrolment.id) ?? null,
  }))
}

/** The enrolment's certificate, for its holder. */
export async function myCredential(ctx: Ctx, courseId: string) {
  const enrolment = await myEnrolment(ctx, courseId)
  if (!enrolment) throw forbidden()
  return credentialBySource(ctx.db, 'course', enrolment.id)
}

/** The members of the coordinator's organisation a course can be given to, marked if already in it. */
export async function enrolmentCandidates(ctx: Ctx, courseId: string) {
  authorize(ctx, 'learning.enrolOthers')
  const { course } = await loadCourse(ctx, courseId)
  const members = (await listMembers(ctx)).filter((m) => m.role !== 'guardian')
  const rows =
    members.length === 0
      ? []
      : await ctx.db
          .select({ userId: enrolments.userId })
          .from(enrolments)
          .where(
            and(
              eq(enrolments.courseId, course.id),
              inArray(
                enrolments.userId,
                members.map((m) => m.userId),
              ),
            ),
          )
  const enrolled = new Set(rows.map((r) => r.userId))
  return members.map((m) => ({
    userId: m.userId,
    name: m.displayName,
    role: m.role,
    enrolled: enrolled.has(m.userId),
  }))
}
