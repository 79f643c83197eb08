import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll } from 'vitest'
import type { TestApp } from '../../../tests/setup/app.ts'
import { users } from '../users/schema.ts'
import type { CallInput } from './inputs.ts'
import { createCall, publishCall } from './service/calls.ts'
import { addCriterion, addPanelMember, addRequiredDocument } from './service/setup.ts'

/** The clock every calls test runs at: the call below is open on this day. */
export const NOW = new Date('2027-01-10T10:00:00Z')

/** Keeps uploads of a test file out of the project's data directory. */
export function useTempDataDir(t: TestApp) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ura-calls-'))
  t.deps.env.dataDir = dir
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

export function callInput(over: Partial<CallInput> = {}): CallInput {
  return {
    title: { en: 'Kitchen internships in Thessaloniki', sq: 'Praktikë në kuzhinë në Selanik' },
    text: { en: 'Two weeks in a hotel kitchen.' },
    eligibility: {},
    activityType: 'LM-SHORT-VET',
    places: 2,
    waitingListPlaces: 1,
    startDate: '2027-04-12',
    endDate: '2027-04-30',
    applyFrom: '2027-01-01',
    applyUntil: '2027-02-15',
    destinations: [{ country: 'GR' }],
    appealDays: 10,
    ...over,
  }
}

/**
 * A school with a coordinator, a staff panel member and an open learner call with two criteria
 * (one for fewer opportunities) and a required ID copy.
 */
export async function openCall(
  t: TestApp,
  over: Partial<CallInput> = {},
  options: { documents?: boolean } = {},
) {
  t.setNow(NOW)
  const coordinator = await t.make.member('coordinator')
  const tenantId = coordinator.tenantId
  const panel = await t.make.member('staff', { tenantId, displayName: 'Drita Panel' })
  const ctx = await t.ctxFor(coordinator.user.id, tenantId)
  const call = await createCall(ctx, callInput(over))
  await addCriterion(ctx, call.id, {
    name: { en: 'Motivation' },
    weight: 60,
    maxScore: 10,
    isFewerOpportunities: false,
  })
  await addCriterion(ctx, call.id, {
    name: { en: 'Fewer opportunities' },
    weight: 40,
    maxScore: 5,
    isFewerOpportunities: true,
  })
  if (options.documents) {
    await addRequiredDocument(ctx, call.id, {
      kind: 'id_copy',
      label: {},
      required: true,
      minorsOnly: false,
    })
  }
  await addPanelMember(ctx, call.id, panel.user.id)
  await publishCall(ctx, call.id)
  return { coordinator, tenantId, panel, ctx, call }
}

/** A learner of the school with a date of birth. */
export async function learner(
  t: TestApp,
  tenantId: string,
  dateOfBirth: string,
  over: { displayName?: string; locale?: string } = {},
) {
  const m = await t.make.member('learner', { tenantId, ...over })
  await t.deps.db.update(users).set({ dateOfBirth }).where(eq(users.id, m.user.id))
  return m
}
