import { onApplicationSelected } from '#src/modules/calls/index.ts'
import { createMobilityFromApplication } from '#src/modules/mobility/index.ts'

/*
 * The composition root's arrows between modules that would otherwise point both ways. A module
 * low in the order declares a step ("after an application is selected …"); the module above it
 * supplies the step here. Each line names who calls whom, so the flow stays findable.
 */

/** Connects the modules' hooks. Idempotent: createApp calls it, and tests make many apps. */
export function wireModules(): void {
  // calls → mobility: a selected application becomes a draft mobility record.
  onApplicationSelected(async (ctx, applicationId) => {
    const row = await createMobilityFromApplication(ctx, applicationId)
    return `/app/mobility/${row.id}?notice=mobility:notices.created`
  })
}
