import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { addDaysInZone, wallClockIn } from '#src/lib/dates.ts'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { auditLog } from '../audit/schema.ts'
import { applications, callCriteria, decisions, scores } from './schema.ts'
import { startApplication, submitApplication } from './service/applications.ts'
import { closeCall } from './service/calls.ts'
import { recordInPersonConsent } from './service/consent.ts'
import { decideCall } from './service/decide.ts'
import { declareConflict, scoreApplication } from './service/scoring.ts'
import { addPanelMember } from './service/setup.ts'
import { learner, NOW, openCall } from './test-fixtures.ts'

const TIRANA = 'Europe/Tirane'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

type Setup = Awaited<ReturnType<typeof openCall>>

/** Applies and submits as this learner, through the services; returns the application id. */
async function apply(s: Setup, dateOfBirth: string, name: string, locale?: string) {
  const m = await learner(t, s.tenantId, dateOfBirth, {
    displayName: name,
    ...(locale ? { locale } : {}),
  })
  const ctx = await t.ctxFor(m.user.id, s.tenantId)
  const app = await startApplication(ctx, s.call.id)
  await submitApplication(ctx, app.id, { motivation: `${name} wants to go.`, dateOfBirth })
  return { ...m, id: app.id, ctx }
}

async function criteriaOf(s: Setup) {
  const rows = await t.deps.db.select().from(callCriteria).where(eq(callCriteria.callId, s.call.id))
  return {
    motivation: rows.find((r) => !r.isFewerOpportunities)!,
    fewer: rows.find((r) => r.isFewerOpportunities)!,
  }
}

/** The panel member declares no conflict and scores (motivation 0-10, fewer opportunities 0-5). */
async function score(s: Setup, userId: string, id: string, motivation: number, fewer: number) {
  const ctx = await t.ctxFor(userId, s.tenantId)
  const c = await criteriaOf(s)
  await declareConflict(ctx, id, { hasConflict: 'no', reason: '' })
  await scoreApplication(ctx, id, {
    score: { [c.motivation.id]: motivation, [c.fewer.id]: fewer },
    comment: {},
  })
}

async function statusOf(id: string) {
  const [row] = await t.deps.db.select().from(applications).where(eq(applications.id, id))
  return row!
}

describe('scoring', () => {
  it('[SELECT][SCORE]: a panel member declares, then scores; out-of-range scores give 422 with values kept; every score is audited', async () => {
    const s = await openCall(t)
    const a = await apply(s, '2007-01-17', 'Ergys Lika')
    await closeCall(s.ctx, s.call.id)
    const c = await criteriaOf(s)
    const panel = await t.signedIn(s.panel.login)
    expect((await panel.get(`/app/applications/${a.id}/score`)).status).toBe(200)
    const early = await panel.post(`/app/applications/${a.id}/score`, {
      [`score.${c.motivation.id}`]: '7',
      [`score.${c.fewer.id}`]: '3',
    })
    expect(early.status).toBe(409)
    expect(await textOf(early)).toContain(
      'Declare whether you have a conflict of interest before scoring.',
    )
    expect(
      (await panel.post(`/app/applications/${a.id}/conflict`, { hasConflict: 'yes', reason: '' }))
        .status,
    ).toBe(422)
    expect(
      (await panel.post(`/app/applications/${a.id}/conflict`, { hasConflict: 'no' })).status,
    ).toBe(303)
    const bad = await panel.post(`/app/applications/${a.id}/score`, {
      [`score.${c.motivation.id}`]: '11',
      [`score.${c.fewer.id}`]: '3',
      [`comment.${c.motivation.id}`]: 'Very keen',
    })
    expect(bad.status).toBe(422)
    const html = await bad.text()
    expect(html).toContain('Enter a whole number from 0 to 10.')
    expect(html).toContain('value="11"')
    expect(html).toContain('Very keen')
    const ok = await panel.post(`/app/applications/${a.id}/score`, {
      [`score.${c.motivation.id}`]: '7',
      [`score.${c.fewer.id}`]: '3',
    })
    expect(ok.status).toBe(303)
    const given = await t.deps.db.select().from(scores).where(eq(scores.applicationId, a.id))
    expect(given.map((g) => g.score).sort()).toEqual([3, 7])
    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, a.id), eq(auditLog.action, 'application.scored')))
    expect(audit).toHaveLength(1)
    expect(Object.values(audit[0]!.changes)).toContainEqual({ from: null, to: 7 })
  })

  it('[SELECT][ROLES]: a learner, a coordinator off the panel and another school cannot score', async () => {
    const s = await openCall(t)
    const a = await apply(s, '2007-01-17', 'Ergys Lika')
    await closeCall(s.ctx, s.call.id)
    const own = await t.signedIn(a.login)
    expect((await own.get(`/app/applications/${a.id}/score`)).status).toBe(403)
    expect(
      (await own.post(`/app/applications/${a.id}/conflict`, { hasConflict: 'no' })).status,
    ).toBe(403)
    const coordinator = await t.signedIn(s.coordinator.login)
    expect((await coordinator.get(`/app/applications/${a.id}/score`)).status).toBe(403)
    const other = await t.make.member('staff')
    expect(
      (await (await t.signedIn(other.login)).get(`/app/applications/${a.id}/score`)).status,
    ).toBe(404)
    // The learner does not see the ranking either.
    expect((await own.get(`/app/calls/${s.call.id}/applications`)).status).toBe(403)
  })

  it('[SELECT][CONFLICT]: a declared conflict removes that member’s scores and keeps them out of the total', async () => {
    const s = await openCall(t)
    const second = await t.make.member('staff', { tenantId: s.tenantId })
    await addPanelMember(s.ctx, s.call.id, second.user.id)
    const a = await apply(s, '2007-01-17', 'Ergys Lika')
    await closeCall(s.ctx, s.call.id)
    await score(s, s.panel.user.id, a.id, 10, 5)
    await score(s, second.user.id, a.id, 0, 0)
    const ctx2 = await t.ctxFor(second.user.id, s.tenantId)
    await declareConflict(ctx2, a.id, { hasConflict: 'yes', reason: 'He is my nephew.' })
    const left = await t.deps.db.select().from(scores).where(eq(scores.applicationId, a.id))
    expect(left.every((x) => x.panelMemberUserId === s.panel.user.id)).toBe(true)
    const c = await criteriaOf(s)
    await expect(
      scoreApplication(ctx2, a.id, {
        score: { [c.motivation.id]: 1, [c.fewer.id]: 1 },
        comment: {},
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', messageKey: 'calls:errors.conflicted' })
    await decideCall(s.ctx, s.call.id)
    expect((await statusOf(a.id)).totalScore).toBe('100.000')
  })
})

describe('deciding', () => {
  it('[SELECT][DECIDE]: ranking with the tie-break, the consent gate, decisions mailed in each applicant’s language', async () => {
    const s = await openCall(t) // 2 places, 1 on the waiting list
    const ergys = await apply(s, '2007-01-17', 'Ergys Lika', 'sq')
    const besa = await apply(s, '2007-05-05', 'Besa Dervishi', 'en')
    const ardit = await apply(s, '2010-03-14', 'Ardit Hoxha', 'sq') // a minor, no consent yet
    const dorina = await apply(s, '2006-02-02', 'Dorina Kola', 'mk')
    await closeCall(s.ctx, s.call.id)
    const p = s.panel.user.id
    await score(s, p, ergys.id, 10, 0) // 60
    await score(s, p, besa.id, 6, 3) // 36 + 24 = 60: same total, more on fewer opportunities
    await score(s, p, ardit.id, 9, 5) // 54 + 40 = 94
    await score(s, p, dorina.id, 2, 1) // 12 + 8 = 20

    const client = await t.signedIn(s.coordinator.login)
    const blocked = await client.post(`/app/calls/${s.call.id}/decide`)
    expect(blocked.status).toBe(409)
    expect(await textOf(blocked)).toContain(
      'Ardit Hoxha would be selected but is under 18 and has no consent from a parent or guardian.',
    )
    expect((await statusOf(ardit.id)).status).toBe('under_review')

    await recordInPersonConsent(s.ctx, ardit.id, {
      guardianName: 'Arben Hoxha',
      answer: 'consent',
      answeredOn: '2027-01-09',
      note: '',
    })
    t.mailer.sent.length = 0
    expect((await client.post(`/app/calls/${s.call.id}/decide`)).status).toBe(303)
    const ranked = await Promise.all([ardit, besa, ergys, dorina].map((x) => statusOf(x.id)))
    expect(ranked.map((r) => [r.rank, r.status, r.totalScore])).toEqual([
      [1, 'selected', '94.000'],
      [2, 'selected', '60.000'],
      [3, 'waiting_list', '60.000'],
      [4, 'rejected', '20.000'],
    ])
    expect(ranked[2]!.appealUntil!.toISOString()).toBe(addDaysInZone(NOW, 10, TIRANA).toISOString())
    expect(ranked[0]!.appealUntil).toBeNull()

    const mailTo = (email: string) => t.mailer.sent.find((m) => m.to === email)!
    expect(mailTo(ergys.user.email!).subject).toBe(
      'Jeni në listën e pritjes: Praktikë në kuzhinë në Selanik',
    )
    expect(mailTo(besa.user.email!).subject).toBe(
      'You have been selected: Kitchen internships in Thessaloniki',
    )
    expect(mailTo(dorina.user.email!).subject).toContain('Одлука за вашата пријава')
    const notified = await t.deps.db.select().from(decisions).where(eq(decisions.callId, s.call.id))
    expect(notified).toHaveLength(4)
    expect(notified.every((d) => d.notificationSentAt !== null)).toBe(true)
    const audits = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, ergys.id))
    expect(audits.map((a) => a.action)).toContain('application.waiting_list')
    expect(await textOf(await client.get(`/app/calls/${s.call.id}/applications`))).toContain(
      'Besa Dervishi',
    )

    // A selected applicant withdraws: the first on the waiting list moves up and is told.
    t.mailer.sent.length = 0
    const besaClient = await t.signedIn(besa.login)
    expect((await besaClient.post(`/app/applications/${besa.id}/withdraw`)).status).toBe(303)
    const promoted = await statusOf(ergys.id)
    expect(promoted.status).toBe('selected')
    expect(mailTo(ergys.user.email!).subject).toBe(
      'Jeni përzgjedhur: Praktikë në kuzhinë në Selanik',
    )
    expect(
      await textOf(await (await t.signedIn(ergys.login)).get(`/app/applications/${ergys.id}`)),
    ).toContain('Një aplikant i përzgjedhur u tërhoq dhe vendi ju kaloi juve nga lista e pritjes.')
  })

  it('[SELECT][INCOMPLETE]: the call cannot be decided while an application lacks a score', async () => {
    const s = await openCall(t)
    await apply(s, '2007-01-17', 'Ergys Lika')
    await closeCall(s.ctx, s.call.id)
    const res = await (await t.signedIn(s.coordinator.login)).post(`/app/calls/${s.call.id}/decide`)
    expect(res.status).toBe(409)
    expect(await textOf(res)).toContain('1 application has not been scored on every criterion yet.')
    // Staff on the panel see the ranking but cannot decide.
    const panel = await t.signedIn(s.panel.login)
    expect((await panel.get(`/app/calls/${s.call.id}/applications`)).status).toBe(200)
    expect((await panel.post(`/app/calls/${s.call.id}/decide`)).status).toBe(403)
  })
})

describe('appeals', () => {
  it('[SELECT][APPEAL]: the window ends at the time of day of the decision, also across the spring change of clocks', async () => {
    const s = await openCall(t, { places: 1, waitingListPlaces: 0, appealDays: 10 })
    const first = await apply(s, '2007-01-17', 'Ergys Lika')
    const second = await apply(s, '2007-02-02', 'Besa Dervishi')
    await closeCall(s.ctx, s.call.id)
    await score(s, s.panel.user.id, first.id, 10, 5)
    await score(s, s.panel.user.id, second.id, 5, 2)
    // Decided on Saturday 20 March 2027 at 10:00 in Tirana; the clocks go forward on 28 March.
    const decidedAt = new Date('2027-03-20T09:00:00Z')
    t.setNow(decidedAt)
    try {
      await decideCall(s.ctx, s.call.id)
      const rejected = await statusOf(second.id)
      expect(rejected.status).toBe('rejected')
      // 10:00 summer time on 30 March, 239 hours later (10 × 24 h would end at 11:00 there).
      expect(rejected.appealUntil!.toISOString()).toBe('2027-03-30T08:00:00.000Z')
      expect(wallClockIn(rejected.appealUntil!, TIRANA)).toBe('2027-03-30T10:00')
      expect(rejected.appealUntil!.getTime() - decidedAt.getTime()).toBe(239 * 3_600_000)

      // At 10:30 on the last day the window has closed.
      t.setNow(new Date('2027-03-30T08:30:00Z'))
      const late = await (await t.signedIn(second.login)).post(
        `/app/applications/${second.id}/appeal`,
        { text: 'My work placement was not counted.' },
      )
      expect(late.status).toBe(409)
      expect(await textOf(late)).toContain('The time to appeal this decision has passed.')
    } finally {
      t.setNow(NOW)
    }
  })

  it('[SELECT][APPEAL]: a rejected applicant appeals within the window; after it, no more; the coordinator answers', async () => {
    const s = await openCall(t, { places: 1, waitingListPlaces: 0, appealDays: 5 })
    const first = await apply(s, '2007-01-17', 'Ergys Lika')
    const second = await apply(s, '2007-02-02', 'Besa Dervishi')
    const third = await apply(s, '2007-03-03', 'Dorina Kola')
    await closeCall(s.ctx, s.call.id)
    await score(s, s.panel.user.id, first.id, 10, 5)
    await score(s, s.panel.user.id, second.id, 5, 2)
    await score(s, s.panel.user.id, third.id, 4, 2)
    await decideCall(s.ctx, s.call.id)

    const client = await t.signedIn(second.login)
    expect(
      (await client.post(`/app/applications/${second.id}/appeal`, { text: '  ' })).status,
    ).toBe(422)
    const selectedOne = await t.signedIn(first.login)
    expect(
      (await selectedOne.post(`/app/applications/${first.id}/appeal`, { text: 'Why?' })).status,
    ).toBe(409)
    expect(
      (
        await client.post(`/app/applications/${second.id}/appeal`, {
          text: 'My work placement was not counted.',
        })
      ).status,
    ).toBe(303)
    expect((await statusOf(second.id)).status).toBe('appealed')

    // The window is 5 days from the decision; on day 6 the third applicant is too late.
    t.setNow(addDaysInZone(NOW, 5, TIRANA))
    try {
      const late = await (await t.signedIn(third.login)).post(
        `/app/applications/${third.id}/appeal`,
        { text: 'Please.' },
      )
      expect(late.status).toBe(409)
      expect(await textOf(late)).toContain('The time to appeal this decision has passed.')
      const coordinator = await t.signedIn(s.coordinator.login)
      const pupil = await t.signedIn(second.login)
      expect(
        (
          await pupil.post(`/app/applications/${second.id}/appeal/resolve`, {
            outcome: 'dismissed',
            response: 'x',
          })
        ).status,
      ).toBe(403)
      const missing = await coordinator.post(`/app/applications/${second.id}/appeal/resolve`, {
        outcome: 'dismissed',
        response: '',
      })
      expect(missing.status).toBe(422)
      t.mailer.sent.length = 0
      const done = await coordinator.post(`/app/applications/${second.id}/appeal/resolve`, {
        outcome: 'dismissed',
        response: 'The placement was counted under motivation.',
      })
      expect(done.status).toBe(303)
      expect((await statusOf(second.id)).status).toBe('rejected')
      expect(t.mailer.sent[0]!.text).toContain('The placement was counted under motivation.')
    } finally {
      t.setNow(NOW)
    }
  })
})
