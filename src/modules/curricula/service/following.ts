import { and, eq, isNull } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { AppError } from '#src/lib/errors.ts'
import { recordAudit } from '../../audit/index.ts'
import { type Credential, credentialBySource, issueCredential } from '../../credentials/index.ts'
import {
  type CompletedBy,
  type CourseState,
  courseStates,
  enrolSelf,
} from '../../learning/index.ts'
import { curriculumAchievement } from '../achievement.ts'
import { type PathProgress, pathProgress } from '../progress.ts'
import { curricula, curriculumCourses, curriculumFollowers } from '../schema.ts'
import { requireLearner } from './access.ts'
import { type Curriculum, loadCurriculum, type PathEntry, pathOf } from './curricula.ts'

export type Follower = typeof curriculumFollowers.$inferSelect

/** What a follower sees: each course's state, the rule's progress, the certificate once earned. */
export type FollowerView = {
  follower: Follower
  states: Map<string, CourseState>
  progress: PathProgress
  credential: Credential | null
}

const isDone = (states: Map<string, CourseState>) => (courseId: string) =>
  states.get(courseId)?.status === 'completed'

/**
 * Completes the follower's curriculum when every required course and N optional ones are done,
 * and issues the programme certificate in the same transaction. Safe to call after any step:
 * a completed follower stays so, and the certificate is issued once per follower.
 */
export async function completeIfEarned(
  ctx: Ctx,
  db: DbOrTx,
  curriculum: Curriculum,
  follower: Follower,
  learner: CompletedBy | null = ctx.actor,
): Promise<Credential | null> {
  if (follower.completedAt) return credentialBySource(db, 'curriculum', follower.id)
  // The certificate names the learner: only a step of theirs (or on their work) completes it.
  if (!learner || learner.userId !== follower.userId) return null
  const path = await pathOf(ctx, curriculum, db)
  const states = await courseStates(
    db,
    follower.userId,
    path.map((p) => p.courseId),
  )
  const progress = pathProgress(path, curriculum.optionalToComplete, isDone(states))
  if (!progress.complete) return null
  const [row] = await db
    .update(curriculumFollowers)
    .set({ completedAt: ctx.now() })
    .where(and(eq(curriculumFollowers.id, follower.id), isNull(curriculumFollowers.completedAt)))
    .returning()
  if (!row) return credentialBySource(db, 'curriculum', follower.id)
  const completed = path.flatMap((p) => (p.course && isDone(states)(p.courseId) ? [p.course] : []))
  // The person's language, else their school's when they act (the PDF and the badge are in it).
  const actor = ctx.actor?.userId === learner.userId ? ctx.actor : null
  const schoolLocale = actor?.memberships.find((m) => m.tenantId === actor.tenantId)?.defaultLocale
  const credential = await issueCredential(db, {
    tenantId: curriculum.tenantId,
    kind: 'curriculum',
    sourceId: row.id,
    recipientUserId: learner.userId,
    recipientName: learner.displayName,
    recipientEmail: learner.email,
    locale: learner.locale ?? schoolLocale ?? 'en',
    achievement: curriculumAchievement(curriculum, completed),
    issuedAt: ctx.now(),
  })
  await recordAudit(
    ctx,
    {
      tenantId: curriculum.tenantId,
      action: 'curricula.completed',
      entityType: 'curriculum',
      entityId: curriculum.id,
    },
    db,
  )
  return credential
}

async function followerOf(db: DbOrTx, curriculumId: string, userId: string) {
  const [row] = await db
    .select()
    .from(curriculumFollowers)
    .where(
      and(
        eq(curriculumFollowers.curriculumId, curriculumId),
        eq(curriculumFollowers.userId, userId),
      ),
    )
  return row ?? null
}

/**
 * Follows a curriculum: enrols the actor in each of its required courses they are not yet in
 * (optional ones are theirs to choose), once; a second call changes nothing. Someone who has
 * already done every course gets the certificate at once.
 */
export async function followCurriculum(ctx: Ctx, id: string) {
  const actor = requireLearner(ctx)
  const { curriculum } = await loadCurriculum(ctx, id)
  if (curriculum.status !== 'published') {
    throw new AppError('INVALID_STATE', 'curricula:errors.notPublished')
  }
  const path = await pathOf(ctx, curriculum)
  const before = await courseStates(
    ctx.db,
    actor.userId,
    path.map((p) => p.courseId),
  )
  let enrolled = 0
  for (const entry of path) {
    if (!entry.required || before.has(entry.courseId)) continue
    if (!entry.course?.readable || entry.course.status !== 'published') continue
    await enrolSelf(ctx, entry.courseId)
    enrolled++
  }
  const result = await ctx.db.transaction(async (tx) => {
    const added = await tx
      .insert(curriculumFollowers)
      .values({
        tenantId: curriculum.tenantId,
        curriculumId: curriculum.id,
        userId: actor.userId,
        learnerOrgId: actor.tenantId,
        followedAt: ctx.now(),
      })
      .onConflictDoNothing()
      .returning({ id: curriculumFollowers.id })
    const follower = (await followerOf(tx, curriculum.id, actor.userId))!
    if (added.length > 0 || enrolled > 0) {
      await recordAudit(
        ctx,
        {
          tenantId: actor.tenantId,
          action: 'curricula.followed',
          entityType: 'curriculum',
          entityId: curriculum.id,
          changes: { enrolled: { from: null, to: enrolled } },
        },
        tx,
      )
    }
    const credential = await completeIfEarned(ctx, tx, curriculum, follower)
    return { follower, credential }
  })
  return { ...result, curriculum, enrolled }
}

/** The actor's standing on a curriculum they follow (null when they do not). */
export async function followerView(
  ctx: Ctx,
  curriculum: Curriculum,
  path: PathEntry[],
): Promise<FollowerView | null> {
  const actor = requireLearner(ctx)
  const follower = await followerOf(ctx.db, curriculum.id, actor.userId)
  if (!follower) return null
  const [states, credential] = await Promise.all([
    courseStates(
      ctx.db,
      actor.userId,
      path.map((p) => p.courseId),
    ),
    follower.completedAt
      ? credentialBySource(ctx.db, 'curriculum', follower.id)
      : Promise.resolve(null),
  ])
  return {
    follower,
    states,
    progress: pathProgress(path, curriculum.optionalToComplete, isDone(states)),
    credential,
  }
}

/**
 * The step after a course is completed (registered in src/server/wiring.ts): each curriculum the
 * person follows that holds the course is checked, inside the completing transaction.
 */
export async function afterCourseCompleted(
  ctx: Ctx,
  db: DbOrTx,
  enrolment: { userId: string; courseId: string },
  learner: CompletedBy,
): Promise<void> {
  const rows = await db
    .select({ curriculum: curricula, follower: curriculumFollowers })
    .from(curriculumFollowers)
    .innerJoin(curricula, eq(curricula.id, curriculumFollowers.curriculumId))
    .innerJoin(
      curriculumCourses,
      and(
        eq(curriculumCourses.curriculumId, curricula.id),
        eq(curriculumCourses.courseId, enrolment.courseId),
      ),
    )
    .where(
      and(
        eq(curriculumFollowers.userId, enrolment.userId),
        isNull(curriculumFollowers.completedAt),
      ),
    )
  for (const { curriculum, follower } of rows) {
    await completeIfEarned(ctx, db, curriculum, follower, learner)
  }
}
