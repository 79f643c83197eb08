import type { DbOrTx } from '#src/db/client.ts'
import type { Actor, Ctx } from '#src/lib/context.ts'
import type { enrolments } from '../schema.ts'

/*
 * What follows a completed course in the modules above learning (curricula issues a programme
 * certificate when the last course of a path is done). Those modules depend on this one, so
 * learning cannot import them: the composition root (src/server/wiring.ts) registers the steps.
 */

/** Whose enrolment was completed: not always the actor (a teacher's grade may complete it). */
export type CompletedBy = Pick<Actor, 'userId' | 'displayName' | 'email' | 'locale'>

/**
 * A step after a course is completed; `db` is the completing transaction (a savepoint of it),
 * `learner` the person whose enrolment it is.
 */
export type CourseCompletedStep = (
  ctx: Ctx,
  db: DbOrTx,
  enrolment: typeof enrolments.$inferSelect,
  learner: CompletedBy,
) => Promise<void>

const steps = new Map<string, CourseCompletedStep>()

/** Registers a step under a name (registering the same name again replaces it). */
export function onCourseCompleted(name: string, step: CourseCompletedStep): void {
  steps.set(name, step)
}

/**
 * Runs every step inside the completing transaction, each in its own savepoint: a failing step is
 * logged and undone alone, and never takes the learner's completion with it.
 */
export async function runCourseCompleted(
  ctx: Ctx,
  tx: DbOrTx,
  enrolment: typeof enrolments.$inferSelect,
  learner: CompletedBy,
): Promise<void> {
  for (const [name, step] of steps) {
    try {
      await tx.transaction((sp) => step(ctx, sp, enrolment, learner))
    } catch (err) {
      ctx.log.warn(
        { step: name, enrolmentId: enrolment.id, err: (err as Error).message },
        'after course completion',
      )
    }
  }
}
