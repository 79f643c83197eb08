import type { Ctx } from '#src/lib/context.ts'
import { AppError } from '#src/lib/errors.ts'

/*
 * The way from a selected application to a mobility record. The mobility module owns mobilities
 * and exports `createMobilityFromApplication(ctx, applicationId)`; until it does, the button
 * stays hidden.
 */

export function isMobilityHookReady(): boolean {
  return false
}

/** Creates the mobility for a selected application; returns where to go next. */
export async function createMobilityFor(_ctx: Ctx, _applicationId: string): Promise<string | null> {
  throw new AppError('INVALID_STATE', 'calls:errors.mobilityUnavailable')
}
