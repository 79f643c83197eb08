import { and, eq, isNull } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError } from '#src/lib/errors.ts'
import { authorize } from '#src/lib/policy.ts'
import { applications, getApplication } from '../../calls/index.ts'
import type { MobilityInput } from '../inputs.ts'
import { createMobility } from './records.ts'

/**
 * Turns a selected application into a draft mobility: the applicant, the call's activity, dates,
 * project and first destination. A minor's application needs the guardian's consent first. The
 * application is linked to the mobility in the same transaction, so it becomes one mobility only.
 */
export async function createMobilityFromApplication(ctx: Ctx, applicationId: string) {
  authorize(ctx, 'mobility.manage')
  const view = await getApplication(ctx, applicationId)
  const { app, call } = view
  if (app.status !== 'selected') throw new AppError('INVALID_STATE', 'mobility:errors.notSelected')
  if (app.mobilityId) throw new AppError('INVALID_STATE', 'mobility:errors.alreadyCreated')
  if (view.consent !== 'not_needed' && view.consent !== 'given') {
    throw new AppError('INVALID_STATE', 'mobility:errors.consentMissing')
  }
  const destination = call.destinations[0]
  const input: MobilityInput = {
    participantUserId: app.applicantUserId,
    participantType: call.participantType === 'staff' ? 'staff' : 'learner',
    activityType: call.activityType,
    startDate: call.startDate,
    endDate: call.endDate,
    projectId: call.projectId ?? undefined,
    receivingOrganisationId: destination?.organisationId ?? undefined,
    receivingCountry: destination?.country,
    isGreenTravel: false,
    fewerOpportunities: false,
  }
  return createMobility(ctx, input, {
    callId: call.id,
    applicationId: app.id,
    onCreated: async (tx, row) => {
      const linked = await tx
        .update(applications)
        .set({ mobilityId: row.id })
        .where(
          and(
            eq(applications.id, app.id),
            eq(applications.tenantId, row.tenantId),
            isNull(applications.mobilityId),
          ),
        )
        .returning({ id: applications.id })
      if (linked.length === 0) throw new AppError('INVALID_STATE', 'mobility:errors.alreadyCreated')
    },
  })
}
