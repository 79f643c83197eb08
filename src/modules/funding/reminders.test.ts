import { inArray } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { systemCtx } from '../../lib/context.ts'
import { outbox } from '../mail/schema.ts'
import {
  fundingDeadlines,
  fundingOpportunities,
  fundingReminders,
  fundingWatches,
} from './schema.ts'
import { reachedThresholds, sendFundingReminders } from './service/reminders.ts'

let t: TestApp
let to: string[]

/** 1 March 2027, 12:00 in Tirana (winter time, UTC+1). */
const DEADLINE = new Date('2027-03-01T11:00:00Z')

beforeAll(async () => {
  t = await setupTestApp()
  const school = await t.make.organisation({ country: 'AL' })
  const a = await t.make.member('coordinator', { tenantId: school.id, locale: 'sq' })
  const b = await t.make.member('staff', { tenantId: school.id })
  const other = await t.make.member('coordinator')
  const [shared] = await t.deps.db
    .insert(fundingOpportunities)
    .values({
      programme: 'erasmus_plus',
      actionCode: 'CB-VET',
      title: { en: 'Capacity building', sq: 'Ngritja e kapaciteteve' },
    })
    .returning()
  // Another school's private opportunity: a watch from outside it must never be reminded.
  const [hidden] = await t.deps.db
    .insert(fundingOpportunities)
    .values({
      organisationId: other.tenantId,
      programme: 'national',
      actionCode: 'SECRET',
      title: { en: 'Secret' },
    })
    .returning()
  await t.deps.db.insert(fundingDeadlines).values([
    { opportunityId: shared!.id, at: DEADLINE, timeZone: 'Europe/Tirane' },
    { opportunityId: hidden!.id, at: DEADLINE, timeZone: 'Europe/Tirane' },
  ])
  await t.deps.db.insert(fundingWatches).values([
    { tenantId: school.id, opportunityId: shared!.id, userId: a.user.id },
    { tenantId: school.id, opportunityId: shared!.id, userId: b.user.id },
    { tenantId: school.id, opportunityId: hidden!.id, userId: a.user.id },
  ])
  to = [a.login, b.login]
})

async function runAt(iso: string) {
  t.setNow(new Date(iso))
  return sendFundingReminders(systemCtx(t.deps))
}

const mails = () => t.deps.db.select().from(outbox).where(inArray(outbox.to, to))

describe('[FUNDING][REMINDERS] sendFundingReminders', () => {
  it('thresholds are the same wall-clock time N days before, in the deadline’s zone', () => {
    const d = { at: DEADLINE, timeZone: 'Europe/Tirane' }
    expect(reachedThresholds(new Date('2026-12-01T10:59:00Z'), d)).toEqual([])
    expect(reachedThresholds(new Date('2026-12-01T11:00:00Z'), d)).toEqual([90])
    expect(reachedThresholds(new Date('2027-02-28T12:00:00Z'), d)).toEqual([90, 60, 30, 7])
    expect(reachedThresholds(DEADLINE, d)).toEqual([])
  })

  it('mails each watcher at 90, 60, 30 and 7 days, once each, in their language; a second run sends nothing', async () => {
    expect((await runAt('2026-12-01T10:59:00Z')).mails).toBe(0)

    expect(await runAt('2026-12-01T11:00:00Z')).toEqual({ deadlines: 1, mails: 2 })
    expect((await runAt('2026-12-01T18:00:00Z')).mails).toBe(0)
    let sent = await mails()
    expect(sent).toHaveLength(2)
    const sq = sent.find((m) => m.to === to[0])!
    expect(sq.subject).toBe('Edhe 90 ditë: CB-VET Ngritja e kapaciteteve')
    expect(sq.text).toContain('1 mar 2027, 12:00 m.d., ora e Tiranës: edhe 90 ditë nga sot.')
    expect(sq.text).toContain('/app/funding/opportunities/')
    expect(sent.find((m) => m.to === to[1])!.subject).toBe('90 days left: CB-VET Capacity building')

    expect((await runAt('2026-12-31T11:00:00Z')).mails).toBe(2)
    expect((await runAt('2027-01-30T11:00:00Z')).mails).toBe(2)
    expect((await runAt('2027-02-10T11:00:00Z')).mails).toBe(0)
    expect((await runAt('2027-02-22T11:00:00Z')).mails).toBe(2)
    expect((await runAt('2027-02-22T11:00:00Z')).mails).toBe(0)
    expect((await runAt('2027-03-02T11:00:00Z')).mails).toBe(0)

    sent = await mails()
    expect(sent).toHaveLength(8)
    expect(sent.map((m) => m.subject).filter((s) => s.includes('7 days left'))).toHaveLength(1)
    // The other school's private opportunity was never reminded to an outsider.
    expect(sent.some((m) => m.subject.includes('SECRET'))).toBe(false)
    const claimed = await t.deps.db.select().from(fundingReminders)
    expect(claimed.map((r) => r.thresholdDays).sort((x, y) => x - y)).toEqual([
      7, 7, 30, 30, 60, 60, 90, 90,
    ])
  })
})
