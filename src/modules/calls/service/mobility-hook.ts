import type { Ctx } from '#src/lib/context.ts'

/*
 * The way from a selected application to a mobility record. The mobility module owns mobilities
 * (and depends on this module), so it is loaded lazily here rather than imported at start: the
 * two modules then never wait on each other while loading.
 */

/** Creates the mobility for a selected application; returns the mobility's page. */
export async function createMobilityFor(ctx: Ctx, applicationId: string): Promise<string> {
  const { createMobilityFromApplication } = await import('../../mobility/index.ts')
  const row = await createMobilityFromApplication(ctx, applicationId)
  return `/app/mobility/${row.id}?notice=mobility:notices.created`
}
