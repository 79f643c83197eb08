import type { Ctx } from '#src/lib/context.ts'
import type { mobilities } from '../schema.ts'

/*
 * What follows an approved mobility in other modules (learning enrols the participant in the
 * call's pre-departure course). Those modules sit beside or above mobility, so mobility cannot
 * import them: the composition root (src/server/wiring.ts) registers the steps here.
 */

export type ApprovedMobilityStep = (
  ctx: Ctx,
  mobility: typeof mobilities.$inferSelect,
) => Promise<void>

const steps = new Map<string, ApprovedMobilityStep>()

/** Registers a step under a name (registering the same name again replaces it). */
export function onMobilityApproved(name: string, step: ApprovedMobilityStep): void {
  steps.set(name, step)
}

/**
 * Runs every step after the approval has been committed. A failing step is logged and does not
 * undo the approval: the coordinator's decision stands, and the step can be redone by hand.
 */
export async function runApprovedSteps(ctx: Ctx, mobility: typeof mobilities.$inferSelect) {
  for (const [name, step] of steps) {
    try {
      await step(ctx, mobility)
    } catch (err) {
      ctx.log.warn(
        { step: name, mobilityId: mobility.id, err: (err as Error).message },
        'after approval',
      )
    }
  }
}
