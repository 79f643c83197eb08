import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import type { AppError } from '../../lib/errors.ts'
import { applications, calls, guardianConsents } from '../calls/schema.ts'
import { mobilities, mobilityTodos } from './schema.ts'
import { createMobilityFromApplication } from './service/from-application.ts'
import { makeWorld, type World } from './test-helpers.ts'

let t: TestApp
let w: World
beforeAll(async () => {
  t = await setupTestApp()
  w = await makeWorld(t)
})

async function selectedApplication() {
  const [call] = await t.deps.db
    .insert(calls)
    .values({
      tenantId: w.sending.id,
      slug: `call-${Math.random().toString(36).slice(2)}`,
      activityType: 'LM-SHORT-VET',
      participantType: 'learner',
      title: { en: 'Hotel placements in Köln' },
      places: 4,
      startDate: '2026-09-07',
      endDate: '2026-09-27',
      applyFrom: new Date('2026-04-01T00:00:00Z'),
      applyUntil: new Date('2026-05-01T00:00:00Z'),
      destinations: [{ country: 'DE', organisationId: w.receiving.id }],
      status: 'decided',
    })
    .returning()
  const [app] = await t.deps.db
    .insert(applications)
    .values({
      tenantId: w.sending.id,
      callId: call!.id,
      applicantUserId: w.learner.user.id,
      status: 'selected',
      dateOfBirth: '2011-05-10',
    })
    .returning()
  return { call: call!, app: app! }
}

async function failure(run: () => Promise<unknown>) {
  try {
    await run()
  } catch (err) {
    return err as AppError
  }
  throw new Error('expected a failure')
}

describe('from an application', () => {
  it('[MOBILITY][FROM-APPLICATION]: a minor needs consent; then one draft mobility, linked both ways', async () => {
    const { call, app } = await selectedApplication()
    const ctx = await t.ctxFor(w.coordinator.user.id, w.sending.id)
    const noConsent = await failure(() => createMobilityFromApplication(ctx, app.id))
    expect(noConsent.messageKey).toBe('mobility:errors.consentMissing')
    await t.deps.db.insert(guardianConsents).values({
      tenantId: w.sending.id,
      applicationId: app.id,
      guardianUserId: w.guardian.user.id,
      guardianName: 'Mira Leka',
      method: 'in_person',
      consentedAt: new Date(),
    })
    const row = await createMobilityFromApplication(ctx, app.id)
    expect(row).toMatchObject({
      tenantId: w.sending.id,
      callId: call.id,
      applicationId: app.id,
      participantUserId: w.learner.user.id,
      activityType: 'LM-SHORT-VET',
      startDate: '2026-09-07',
      receivingOrganisationId: w.receiving.id,
      receivingCountry: 'DE',
      status: 'draft',
    })
    const [linked] = await t.deps.db.select().from(applications).where(eq(applications.id, app.id))
    expect(linked!.mobilityId).toBe(row.id)
    expect(
      await t.deps.db.select().from(mobilityTodos).where(eq(mobilityTodos.mobilityId, row.id)),
    ).not.toHaveLength(0)
    const again = await failure(() => createMobilityFromApplication(ctx, app.id))
    expect(again.messageKey).toBe('mobility:errors.alreadyCreated')
    expect(
      await t.deps.db.select().from(mobilities).where(eq(mobilities.applicationId, app.id)),
    ).toHaveLength(1)
  })

  it('[MOBILITY][FROM-APPLICATION]: not selected → refused; another school → 404; staff → 403', async () => {
    const { app } = await selectedApplication()
    await t.deps.db
      .update(applications)
      .set({ status: 'waiting_list' })
      .where(eq(applications.id, app.id))
    const ctx = await t.ctxFor(w.coordinator.user.id, w.sending.id)
    expect((await failure(() => createMobilityFromApplication(ctx, app.id))).messageKey).toBe(
      'mobility:errors.notSelected',
    )
    const stranger = await t.ctxFor(w.strangerCoordinator.user.id, w.stranger.id)
    expect((await failure(() => createMobilityFromApplication(stranger, app.id))).code).toBe(
      'NOT_FOUND',
    )
    const staff = await t.ctxFor(w.staff.user.id, w.sending.id)
    expect((await failure(() => createMobilityFromApplication(staff, app.id))).code).toBe(
      'FORBIDDEN',
    )
  })
})
