import type { Ctx } from '#src/lib/context.ts'

/*
 * The way from a selected application to what follows it (a mobility record). The mobility module
 * depends on this one, so calls cannot import it: the composition root (src/server/wiring.ts)
 * registers the step here when the app is made. Calls then knows only that "something" turns a
 * selected application into a page to go to.
 */

/** Makes the record that follows a selected application; returns the page to go to. */
export type SelectedApplicationStep = (ctx: Ctx, applicationId: string) => Promise<string>

let step: SelectedApplicationStep | undefined

/** Called once by the composition root. A second registration replaces the first. */
export function onApplicationSelected(next: SelectedApplicationStep): void {
  step = next
}

/** Runs the registered step for a selected application; returns the page it made. */
export async function createMobilityFor(ctx: Ctx, applicationId: string): Promise<string> {
  if (!step) throw new Error('calls: no step is registered for selected applications')
  return step(ctx, applicationId)
}
