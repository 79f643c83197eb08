import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { applications, calls, guardianConsents } from '../calls/schema.ts'
import { learningAgreements, mobilityTodos } from '../mobility/schema.ts'
import { users } from '../users/schema.ts'
import { getPipeline } from './pipeline.ts'
import { makeReportsWorld } from './testing.ts'

let t: TestApp
let w: Awaited<ReturnType<typeof makeReportsWorld>>
const NOW = new Date('2026-08-25T09:00:00Z')

beforeAll(async () => {
  t = await setupTestApp()
  t.setNow(NOW)
  w = await makeReportsWorld(t)
})

async function minorWithApplication(consented: boolean) {
  const db = t.deps.db
  const learner = await t.make.member('learner', {
    tenantId: w.school.id,
    displayName: `Minor ${consented}`,
  })
  await db.update(users).set({ dateOfBirth: '2011-03-14' }).where(eq(users.id, learner.user.id))
  const [call] = await db
    .insert(calls)
    .values({
      tenantId: w.school.id,
      slug: `call-${learner.user.id.slice(0, 8)}`,
      activityType: 'LM-SHORT-VET',
      participantType: 'learner',
      title: { en: 'Practice in Thessaloniki', sq: 'Praktikë në Selanik' },
      places: 4,
      startDate: '2026-09-01',
      endDate: '2026-09-20',
      applyFrom: new Date('2026-08-01T00:00:00Z'),
      applyUntil: new Date('2026-09-10T22:00:00Z'),
      status: 'open',
    })
    .returning()
  const [application] = await db
    .insert(applications)
    .values({
      tenantId: w.school.id,
      callId: call!.id,
      applicantUserId: learner.user.id,
      status: 'selected',
    })
    .returning()
  if (consented) {
    await db.insert(guardianConsents).values({
      tenantId: w.school.id,
      applicationId: application!.id,
      guardianName: 'Parent',
      method: 'in_person',
      consentedAt: NOW,
    })
  }
  return w.mobility({
    participantUserId: learner.user.id,
    applicationId: application!.id,
    callId: call!.id,
    status: 'preparing',
  })
}

describe('getPipeline', () => {
  it('[REPORTS][PIPELINE]: says what is blocked and why', async () => {
    const blockedMinor = await minorWithApplication(false)
    const okMinor = await minorWithApplication(true)
    // Starts in 7 days, nothing signed, insurance to-do open.
    const soon = await w.mobility({ startDate: '2026-09-01', endDate: '2026-09-20' })
    await t.deps.db.insert(mobilityTodos).values({
      tenantId: w.school.id,
      mobilityId: soon.id,
      kind: 'insurance',
      assignedTo: 'coordinator',
    })
    // Signed and insured, starts in 7 days.
    const ready = await w.mobility({ startDate: '2026-09-01', endDate: '2026-09-20' })
    await t.deps.db.insert(learningAgreements).values({
      tenantId: w.school.id,
      mobilityId: ready.id,
      version: 1,
      contentJson: { outcomes: [], tasks: '', assessment: '', mentors: '' },
      contentHash: 'x',
      status: 'signed',
    })
    await t.deps.db.insert(mobilityTodos).values({
      tenantId: w.school.id,
      mobilityId: ready.id,
      kind: 'insurance',
      assignedTo: 'coordinator',
      doneAt: NOW,
    })
    const ctx = await t.ctxFor(w.coordinator.user.id, w.school.id)
    const p = await getPipeline(ctx)
    const ids = (reason: string) =>
      p.blocked.find((b) => b.reason === reason)!.items.map((i) => i.id)
    expect(ids('minorWithoutConsent')).toContain(blockedMinor.id)
    expect(ids('minorWithoutConsent')).not.toContain(okMinor.id)
    expect(ids('agreementUnsigned')).toContain(soon.id)
    expect(ids('agreementUnsigned')).not.toContain(ready.id)
    expect(ids('insuranceOpen')).toEqual([soon.id])
    expect(ids('noInsuranceTodo')).not.toContain(soon.id)
    expect(ids('noInsuranceTodo')).toContain(blockedMinor.id)
    expect(ids('grantMissing')).toContain(ready.id)
    const starts = p.deadlines.filter((d) => d.kind === 'mobilityStarts')
    expect(
      starts.some(
        (d) =>
          d.kind === 'mobilityStarts' && d.item.id === soon.id && !d.isSigned && d.openTodos === 1,
      ),
    ).toBe(true)
    expect(p.deadlines.some((d) => d.kind === 'callCloses')).toBe(true)
    expect(p.board.find((c) => c.status === 'preparing')?.count).toBe(2)
  })
})

describe('/app/mobility/pipeline', () => {
  it('[REPORTS][PIPELINE]: anonymous visitors are sent to sign in, staff get 403', async () => {
    expect((await t.anonymous().get('/app/mobility/pipeline')).status).toBe(302)
    expect((await (await t.signedIn(w.staff.login)).get('/app/mobility/pipeline')).status).toBe(403)
  })

  it('[REPORTS][PIPELINE]: another organisation sees none of the school’s mobilities', async () => {
    const text = await textOf(
      await (await t.signedIn(w.outsider.login)).get('/app/mobility/pipeline'),
    )
    expect(text).toContain('Nothing is blocked.')
    expect(text).not.toContain('Lena Vogel')
  })

  it('[REPORTS][PIPELINE]: the coordinator sees the board, the deadlines and the reasons', async () => {
    const client = await t.signedIn(w.coordinator.login)
    const text = await textOf(await client.get('/app/mobility/pipeline'))
    expect(text).toContain('Mobilities by status')
    expect(text).toMatch(/\d+ minors? without a guardian’s consent/)
    expect(text).toContain('no guardian has consented to the application')
    expect(text).toContain('Deadlines in the next 30 days')
    expect(text).toContain('Applications close')
    expect(text).toContain(
      'Lena Vogel, Short-term learning mobility of VET learners, from Sep 1, 2026',
    )
    await client.get('/locale/mk?next=/app')
    const mk = await textOf(await client.get('/app/mobility/pipeline'))
    expect(mk).toContain('Мобилности по статус')
  })
})
