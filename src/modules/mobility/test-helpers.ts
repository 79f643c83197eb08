import { eq } from 'drizzle-orm'
import type { TestApp } from '../../../tests/setup/app.ts'
import { users } from '../users/schema.ts'
import type { MobilityInput } from './inputs.ts'
import type { MobilityStatus } from './schema.ts'
import { saveAgreement, sendForSigning } from './service/agreement.ts'
import { createMobility } from './service/records.ts'
import { changeStatus } from './service/status.ts'

/**
 * A sending school with a coordinator, a 15-year-old learner and her guardian, a staff member,
 * another learner, a receiving school in Germany with its coordinator, and a stranger school.
 */
export async function makeWorld(t: TestApp) {
  const sending = await t.make.organisation({ country: 'AL', defaultLocale: 'en' })
  const receiving = await t.make.organisation({ country: 'DE', defaultLocale: 'en' })
  const stranger = await t.make.organisation({ country: 'XK' })
  const coordinator = await t.make.member('coordinator', { tenantId: sending.id })
  const learner = await t.make.member('learner', { tenantId: sending.id, displayName: 'Arta Leka' })
  await t.deps.db
    .update(users)
    .set({ dateOfBirth: '2011-05-10', locale: 'sq' })
    .where(eq(users.id, learner.user.id))
  const guardian = await t.make.member('guardian', {
    tenantId: sending.id,
    displayName: 'Mira Leka',
  })
  await t.make.guardianship(sending.id, guardian.user.id, learner.user.id)
  const otherLearner = await t.make.member('learner', {
    tenantId: sending.id,
    displayName: 'Besa Dema',
  })
  const otherGuardian = await t.make.member('guardian', { tenantId: sending.id })
  await t.make.guardianship(sending.id, otherGuardian.user.id, otherLearner.user.id)
  const staff = await t.make.member('staff', { tenantId: sending.id, displayName: 'Genti Staff' })
  const receivingCoordinator = await t.make.member('coordinator', { tenantId: receiving.id })
  const receivingStaff = await t.make.member('staff', { tenantId: receiving.id })
  const strangerCoordinator = await t.make.member('coordinator', { tenantId: stranger.id })
  return {
    sending,
    receiving,
    stranger,
    coordinator,
    learner,
    guardian,
    otherLearner,
    otherGuardian,
    staff,
    receivingCoordinator,
    receivingStaff,
    strangerCoordinator,
  }
}
export type World = Awaited<ReturnType<typeof makeWorld>>

/** A valid short-term learner mobility to the receiving school: 21 days in March 2026. */
export function mobilityInput(w: World, over: Partial<MobilityInput> = {}): MobilityInput {
  return {
    participantUserId: w.learner.user.id,
    participantType: 'learner',
    activityType: 'LM-SHORT-VET',
    startDate: '2026-03-02',
    endDate: '2026-03-22',
    receivingOrganisationId: w.receiving.id,
    isGreenTravel: false,
    fewerOpportunities: false,
    ...over,
  }
}

/** Creates a mobility as the sending coordinator and moves it along to `status`. */
export async function makeMobility(
  t: TestApp,
  w: World,
  over: Partial<MobilityInput> = {},
  status: MobilityStatus = 'draft',
) {
  const ctx = await t.ctxFor(w.coordinator.user.id, w.sending.id)
  const row = await createMobility(ctx, mobilityInput(w, over))
  const path: MobilityStatus[] = ['approved', 'preparing', 'ongoing', 'completed']
  for (const next of path.slice(0, path.indexOf(status as never) + 1)) {
    await changeStatus(ctx, row.id, { to: next, forceMajeure: false })
  }
  return row
}

export const OUTCOMES = {
  outcomes: [
    { unit: 'Prepare a hotel room to standard', eqfLevel: 4, iscedField: '101' },
    { unit: 'Welcome guests at reception in English', eqfLevel: 4 },
  ],
  tasks: 'Housekeeping and front desk, with the mentor.',
  assessment: 'Observation by the mentor with a checklist.',
  mentors: 'Anna Weber',
}

/** Writes an agreement and sends it for signing (the receiving school is in Ura). */
export async function makeAgreementInSigning(t: TestApp, w: World, mobilityId: string) {
  const ctx = await t.ctxFor(w.coordinator.user.id, w.sending.id)
  await saveAgreement(ctx, mobilityId, OUTCOMES)
  return sendForSigning(ctx, mobilityId, {})
}
