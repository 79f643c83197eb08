import { and, asc, count, desc, eq, inArray, isNull } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { drawQuestions, gradeAttempt } from '../grading.ts'
import {
  type Answer,
  enrolments,
  lessonCompletions,
  quizAttempts,
  quizQuestions,
} from '../schema.ts'
import { isUuid, requireLearner } from './courses.ts'
import { assertReleased, completeIfDone } from './enrolment.ts'
import { type Lesson, listQuestions, loadLesson, type Question } from './outline.ts'

export type Attempt = typeof quizAttempts.$inferSelect

/** The actor's attempts at a quiz, newest first. */
export async function myAttempts(ctx: Ctx, enrolmentId: string, lessonId: string) {
  return ctx.db
    .select()
    .from(quizAttempts)
    .where(and(eq(quizAttempts.enrolmentId, enrolmentId), eq(quizAttempts.lessonId, lessonId)))
    .orderBy(desc(quizAttempts.number))
}

/** The pass mark that applies: the quiz's own, else the course's. */
export function passMarkOf(lesson: Lesson, coursePassMark: number): number {
  return lesson.passMark ?? coursePassMark
}

/**
 * Starts an attempt, drawing its questions from the pool. An attempt still open is returned
 * instead of a new one, so a double click starts one attempt; past the limit, INVALID_STATE.
 */
export async function startAttempt(ctx: Ctx, lessonId: string): Promise<Attempt> {
  const { lesson, enrolmentId } = await loadLesson(ctx, lessonId)
  if (!enrolmentId) throw new AppError('INVALID_STATE', 'learning:errors.notEnrolled')
  if (lesson.kind !== 'quiz') throw notFound()
  assertReleased(ctx, lesson.releaseOn)
  const [open] = await ctx.db
    .select()
    .from(quizAttempts)
    .where(
      and(
        eq(quizAttempts.enrolmentId, enrolmentId),
        eq(quizAttempts.lessonId, lesson.id),
        isNull(quizAttempts.submittedAt),
      ),
    )
  if (open) return open
  const pool = await listQuestions(ctx, lesson)
  if (pool.length === 0) throw new AppError('INVALID_STATE', 'learning:errors.noQuestions')
  const [used] = await ctx.db
    .select({ n: count() })
    .from(quizAttempts)
    .where(and(eq(quizAttempts.enrolmentId, enrolmentId), eq(quizAttempts.lessonId, lesson.id)))
  const number = (used?.n ?? 0) + 1
  if (lesson.maxAttempts !== null && number > lesson.maxAttempts) {
    throw new AppError('INVALID_STATE', 'learning:errors.noAttemptsLeft', {
      count: lesson.maxAttempts,
    })
  }
  const drawn = drawQuestions(pool, lesson.drawCount)
  const [row] = await ctx.db
    .insert(quizAttempts)
    .values({
      tenantId: lesson.tenantId,
      enrolmentId,
      lessonId: lesson.id,
      number,
      questionIds: drawn.map((q) => q.id),
      startedAt: ctx.now(),
    })
    .onConflictDoNothing()
    .returning()
  if (row) return row
  // Another request started the same attempt number a moment ago: that one is the attempt.
  const [same] = await ctx.db
    .select()
    .from(quizAttempts)
    .where(
      and(
        eq(quizAttempts.enrolmentId, enrolmentId),
        eq(quizAttempts.lessonId, lesson.id),
        eq(quizAttempts.number, number),
      ),
    )
  return same!
}

/**
 * An attempt of the actor's, with its questions in the order drawn. Someone else's attempt is
 * "not found", whoever asks.
 */
export async function getAttempt(ctx: Ctx, id: string) {
  const actor = requireLearner(ctx)
  if (!isUuid(id)) throw notFound()
  const [row] = await ctx.db
    .select({ attempt: quizAttempts })
    .from(quizAttempts)
    .innerJoin(enrolments, eq(enrolments.id, quizAttempts.enrolmentId))
    .where(and(eq(quizAttempts.id, id), eq(enrolments.userId, actor.userId)))
  if (!row) throw notFound()
  const found = await loadLesson(ctx, row.attempt.lessonId)
  const questions = await questionsOf(ctx, row.attempt.questionIds)
  return { ...found, attempt: row.attempt, questions }
}

async function questionsOf(ctx: Ctx, ids: readonly string[]): Promise<Question[]> {
  if (ids.length === 0) return []
  const rows = await ctx.db
    .select()
    .from(quizQuestions)
    .where(inArray(quizQuestions.id, [...ids]))
    .orderBy(asc(quizQuestions.position))
  const byId = new Map(rows.map((q) => [q.id, q]))
  // A question deleted after the draw is left out of the attempt rather than failing it.
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/**
 * Grades an attempt on the server and keeps the result. Answers to questions the attempt did not
 * draw are refused (INVALID_INPUT); a second submission is refused (CONFLICT) and changes
 * nothing. A pass marks the quiz lesson done and may complete the course.
 */
export async function submitAttempt(ctx: Ctx, id: string, answers: Record<string, Answer>) {
  return submitFoundAttempt(ctx, await getAttempt(ctx, id), answers)
}

/** The same, for a caller that has just read the attempt with getAttempt (the attempt page). */
export async function submitFoundAttempt(
  ctx: Ctx,
  found: Awaited<ReturnType<typeof getAttempt>>,
  answers: Record<string, Answer>,
) {
  const { attempt, questions, lesson, course } = found
  if (attempt.submittedAt) throw new AppError('CONFLICT', 'learning:errors.alreadySubmitted')
  const drawn = new Set(attempt.questionIds)
  if (Object.keys(answers).some((qid) => !drawn.has(qid))) {
    throw new AppError('INVALID_INPUT', 'learning:errors.foreignAnswer')
  }
  const grade = gradeAttempt(questions, answers, passMarkOf(lesson, course.passMark))
  return ctx.db.transaction(async (tx) => {
    const [saved] = await tx
      .update(quizAttempts)
      .set({
        answers,
        graded: grade.graded,
        score: grade.score,
        maxScore: grade.maxScore,
        percent: grade.percent,
        passed: grade.passed,
        submittedAt: ctx.now(),
      })
      .where(and(eq(quizAttempts.id, attempt.id), isNull(quizAttempts.submittedAt)))
      .returning()
    if (!saved) throw new AppError('CONFLICT', 'learning:errors.alreadySubmitted')
    let completed = false
    if (grade.passed) {
      await tx
        .insert(lessonCompletions)
        .values({
          tenantId: lesson.tenantId,
          enrolmentId: attempt.enrolmentId,
          lessonId: lesson.id,
          completedAt: ctx.now(),
        })
        .onConflictDoNothing()
      const [enrolment] = await tx
        .select()
        .from(enrolments)
        .where(eq(enrolments.id, attempt.enrolmentId))
      completed = await completeIfDone(ctx, tx, enrolment!, course)
    }
    return { attempt: saved, completed, questions, lesson, course }
  })
}
