import { callPreparation, cohortName, onApplicationSelected } from '#src/modules/calls/index.ts'
import { afterCourseCompleted } from '#src/modules/curricula/index.ts'
import { enrolByRule, onCourseCompleted } from '#src/modules/learning/index.ts'
import { createMobilityFromApplication, onMobilityApproved } from '#src/modules/mobility/index.ts'

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

  // mobility → calls → learning: an approved mobility enrols its participant in the call's
  // pre-departure course, in a cohort of the call's participants that ends when they leave.
  onMobilityApproved('learning.preparation', async (ctx, mobility) => {
    if (!mobility.callId) return
    const prep = await callPreparation(ctx, mobility.callId)
    if (!prep || prep.tenantId !== mobility.tenantId) return
    await enrolByRule(ctx, {
      courseId: prep.courseId,
      userId: mobility.participantUserId,
      learnerOrgId: mobility.tenantId,
      cohort: {
        key: `call:${mobility.callId}`,
        name: cohortName(prep.title, ctx.actor?.locale ?? 'en'),
        endsOn: prep.startDate,
      },
      reason: { entityType: 'mobility', entityId: mobility.id },
    })
  })

  // learning → curricula: a completed course may complete a curriculum the person follows, which
  // then issues its programme certificate (in the completing transaction).
  onCourseCompleted('curricula.completion', afterCourseCompleted)
}
