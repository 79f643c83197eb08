import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { addDays } from '#src/lib/dates.ts'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { systemCtx } from '../../lib/context.ts'
import { sendRenewalReminders } from './reminders.ts'
import { partnershipReminders, partnerships } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

/** Noon in Tirana on a calendar day. */
const noon = (day: string) => new Date(`${day}T11:00:00Z`)

async function school(locale = 'en') {
  const org = await t.make.organisation({
    name: { en: 'Drini School', sq: 'Shkolla Drini' },
    defaultLocale: locale,
  })
  const a = await t.make.member('coordinator', { tenantId: org.id })
  const b = await t.make.member('coordinator', { tenantId: org.id })
  await t.make.member('staff', { tenantId: org.id })
  const partner = await t.make.organisation({
    name: { el: 'ΚΔΒΜ Ερμής', en: 'Ermis Centre' },
    country: 'GR',
  })
  return { org, partner, coordinators: [a.login, b.login].sort() }
}

async function agreement(tenantId: string, partnerId: string, validTo: string) {
  const [row] = await t.deps.db
    .insert(partnerships)
    .values({ tenantId, partnerId, kind: 'memorandum', validFrom: '2024-01-01', validTo })
    .returning()
  return row!
}

/** Runs the daily job on a given day; returns the mails it queued for these addresses. */
async function runOn(day: string, to: string[]) {
  t.setNow(noon(day))
  const before = t.mailer.sent.length
  await sendRenewalReminders(systemCtx(t.deps))
  return t.mailer.sent.slice(before).filter((m) => to.includes(m.to))
}

describe('renewal reminders', () => {
  it('[NETWORK][REMINDERS]: one mail per coordinator at 90 days and at 30 days, never repeated', async () => {
    const { org, partner, coordinators } = await school()
    const end = '2026-09-30'
    const p = await agreement(org.id, partner.id, end)

    expect(await runOn(addDays(end, -91), coordinators)).toHaveLength(0)
    const at90 = await runOn(addDays(end, -90), coordinators)
    expect(at90.map((m) => m.to).sort()).toEqual(coordinators)
    expect(at90[0]!.subject).toBe('Renewal: the agreement with Ermis Centre ends on Sep 30, 2026')
    expect(at90[0]!.text).toContain('ends in 90 days')
    expect(at90[0]!.text).toContain('Memorandum of understanding')
    expect(at90[0]!.text).toContain(`http://ura.test/app/network/partnerships/${p.id}`)

    expect(await runOn(addDays(end, -90), coordinators)).toHaveLength(0)
    expect(await runOn(addDays(end, -60), coordinators)).toHaveLength(0)
    const at30 = await runOn(addDays(end, -30), coordinators)
    expect(at30).toHaveLength(2)
    expect(at30[0]!.text).toContain('ends in 30 days')
    expect(await runOn(addDays(end, -10), coordinators)).toHaveLength(0)
    expect(await runOn(addDays(end, 5), coordinators)).toHaveLength(0)

    const rows = await t.deps.db
      .select()
      .from(partnershipReminders)
      .where(eq(partnershipReminders.partnershipId, p.id))
    expect(rows.map((r) => [r.thresholdDays, r.recipients]).sort()).toEqual([
      [30, 2],
      [90, 2],
    ])
  })

  it('[NETWORK][REMINDERS]: a late first run sends one mail, not one per threshold passed', async () => {
    const { org, partner, coordinators } = await school()
    const end = '2026-11-20'
    await agreement(org.id, partner.id, end)
    const late = await runOn(addDays(end, -20), coordinators)
    expect(late).toHaveLength(2)
    expect(late[0]!.text).toContain('ends in 20 days')
    expect(await runOn(addDays(end, -19), coordinators)).toHaveLength(0)
  })

  it('[NETWORK][REMINDERS]: a renewed agreement (new end date) is reminded again', async () => {
    const { org, partner, coordinators } = await school()
    const p = await agreement(org.id, partner.id, '2026-06-30')
    expect(await runOn('2026-05-31', coordinators)).toHaveLength(2)
    await t.deps.db
      .update(partnerships)
      .set({ validTo: '2026-08-31' })
      .where(eq(partnerships.id, p.id))
    expect(await runOn('2026-06-01', coordinators)).toHaveLength(0)
    expect(await runOn('2026-06-02', coordinators)).toHaveLength(2)
    expect(await runOn('2026-06-03', coordinators)).toHaveLength(0)
  })

  it("[NETWORK][REMINDERS]: in the organisation's language, to its administrators when it has no coordinator", async () => {
    const org = await t.make.organisation({ name: { sq: 'Shkolla Drini' }, defaultLocale: 'sq' })
    const head = await t.make.member('org_admin', { tenantId: org.id })
    const partner = await t.make.organisation({ name: { en: 'Ermis Centre' } })
    await agreement(org.id, partner.id, '2026-12-31')
    const mails = await runOn('2026-12-01', [head.login])
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toContain('Rinovim: marrëveshja me Ermis Centre')
    expect(mails[0]!.text).toContain('mbaron pas 30 ditësh')
  })
})
