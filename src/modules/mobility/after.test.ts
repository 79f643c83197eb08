import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { extractPdfText } from '../budgets/report/pdf-text.ts'
import { credentialBySource } from '../credentials/index.ts'
import {
  incomingChecklists,
  mobilities,
  mobilityCertificates,
  mobilityRecognitions,
  participantReports,
} from './schema.ts'
import { makeAgreementInSigning, makeMobility, makeWorld, type World } from './test-helpers.ts'

let t: TestApp
let w: World
beforeAll(async () => {
  t = await setupTestApp()
  w = await makeWorld(t)
})

const REPORT = {
  overall: '5',
  learned: '4',
  support: '5',
  recommend: 'yes',
  best: 'The kitchen team',
  improve: '',
}

describe('participant report', () => {
  it('[REPORT]: opens after return; only the participant submits, once; coordinators read it', async () => {
    const m = await makeMobility(t, w, {}, 'ongoing')
    const base = `/app/mobility/${m.id}/report`
    const learner = await t.signedIn(w.learner.login)
    const early = await learner.post(base, REPORT)
    expect(early.status).toBe(409)
    const coordinatorCtx = await t.ctxFor(w.coordinator.user.id, w.sending.id)
    const { changeStatus } = await import('./service/status.ts')
    await changeStatus(coordinatorCtx, m.id, { to: 'completed', forceMajeure: false })
    const bad = await learner.post(base, { ...REPORT, overall: '9', best: 'Kept answer' })
    expect(bad.status).toBe(422)
    const badHtml = await bad.text()
    expect(badHtml).toContain('Kept answer')
    expect(badHtml).toContain('href="#f-overall"')
    expect((await learner.post(base, REPORT)).status).toBe(303)
    expect((await learner.post(base, REPORT)).status).toBe(409)
    const [row] = await t.deps.db
      .select()
      .from(participantReports)
      .where(eq(participantReports.mobilityId, m.id))
    expect(row!.answers).toMatchObject({ overall: 5, recommend: 'yes' })
    const coordinator = await t.signedIn(w.coordinator.login)
    expect(await textOf(await coordinator.get(base))).toContain('The kitchen team')
    expect((await coordinator.post(base, REPORT)).status).toBe(403)
    expect((await (await t.signedIn(w.guardian.login)).get(base)).status).toBe(403)
    expect((await (await t.signedIn(w.strangerCoordinator.login)).get(base)).status).toBe(404)
    expect((await t.anonymous().get(base)).status).toBe(302)
  })
})

describe('incoming participants', () => {
  it('[INCOMING][CHECKLIST]: the receiving school keeps its own checklist and confirms attendance and outcomes', async () => {
    const m = await makeMobility(t, w, {}, 'approved')
    await makeAgreementInSigning(t, w, m.id)
    const base = `/app/mobility/${m.id}/incoming`
    const receiving = await t.signedIn(w.receivingCoordinator.login)
    const page = await textOf(await receiving.get(base))
    expect(page).toContain('Programme of the stay')
    expect(page).toContain('Prepare a hotel room to standard')
    expect(
      (
        await receiving.post(`${base}/checklist`, {
          item: 'mentor',
          note: 'Anna Weber, kitchen',
          done: 'on',
        })
      ).status,
    ).toBe(303)
    const [item] = await t.deps.db
      .select()
      .from(incomingChecklists)
      .where(eq(incomingChecklists.mobilityId, m.id))
    expect(item).toMatchObject({
      item: 'mentor',
      tenantId: w.receiving.id,
      note: 'Anna Weber, kitchen',
    })
    expect(item!.doneAt).not.toBeNull()
    const bad = await receiving.post(`${base}/attendance`, { note: 'Kept note' })
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('Kept note')
    const ok = await receiving.post(`${base}/attendance`, {
      attended: 'on',
      units: ['Prepare a hotel room to standard', 'Something never agreed'],
      note: 'Very good',
    })
    expect(ok.status).toBe(303)
    const [row] = await t.deps.db.select().from(mobilities).where(eq(mobilities.id, m.id))
    expect(row!.achievedUnits).toEqual(['Prepare a hotel room to standard'])
    expect(row!.attendanceConfirmedBy).toBe(w.receivingCoordinator.user.id)
    // The sending school and everyone else: no access to the receiving school's checklist.
    const coordinator = await t.signedIn(w.coordinator.login)
    expect((await coordinator.get(base)).status).toBe(403)
    expect(
      (await coordinator.post(`${base}/checklist`, { item: 'mentor', done: 'on' })).status,
    ).toBe(403)
    expect((await (await t.signedIn(w.learner.login)).get(base)).status).toBe(403)
    expect((await (await t.signedIn(w.receivingStaff.login)).get(base)).status).toBe(403)
    expect((await (await t.signedIn(w.strangerCoordinator.login)).get(base)).status).toBe(404)
  })
})

describe('certificate and recognition', () => {
  it('[CERTIFICATE]: issued after completion, PDF with QR, verified publicly; unknown tokens say so', async () => {
    const m = await makeMobility(t, w, {}, 'approved')
    await makeAgreementInSigning(t, w, m.id)
    const base = `/app/mobility/${m.id}/certificate`
    const coordinator = await t.signedIn(w.coordinator.login)
    expect(await textOf(await coordinator.get(base))).toContain(
      'can be issued once the mobility is completed',
    )
    const early = await coordinator.post(base, {})
    expect(early.status).toBe(409)
    const ctx = await t.ctxFor(w.coordinator.user.id, w.sending.id)
    const { changeStatus } = await import('./service/status.ts')
    for (const to of ['preparing', 'ongoing', 'completed'] as const) {
      await changeStatus(ctx, m.id, { to, forceMajeure: false })
    }
    expect((await (await t.signedIn(w.learner.login)).post(base, {})).status).toBe(403)
    expect((await coordinator.post(base, {})).status).toBe(303)
    expect((await coordinator.post(base, {})).status).toBe(409)
    const [certificate] = await t.deps.db
      .select()
      .from(mobilityCertificates)
      .where(eq(mobilityCertificates.mobilityId, m.id))
    // In the participant's language (Albanian), with an unguessable token.
    expect(certificate!.language).toBe('sq')
    expect(certificate!.token.length).toBeGreaterThanOrEqual(24)
    const pdf = await (await t.signedIn(w.guardian.login)).get(`${base}.pdf`)
    expect(pdf.status).toBe(200)
    const bytes = Buffer.from(await pdf.arrayBuffer())
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect(bytes.toString('latin1')).toContain('/Subtype /Image')
    // In the reader's language: the coordinator reads English, and may ask for the Albanian copy.
    const inEnglish = extractPdfText(
      Buffer.from(await (await coordinator.get(`${base}.pdf`)).arrayBuffer()),
    )
    expect(inEnglish.join('\n')).toContain('Certificate of mobility')
    const albanian = await coordinator.get(`${base}.pdf?lang=sq`)
    const albanianText = extractPdfText(Buffer.from(await albanian.arrayBuffer())).join('\n')
    expect(albanianText).toContain('Certifikata e lëvizshmërisë')
    const credential = await credentialBySource(t.deps.db, 'mobility', m.id)
    expect(credential).toMatchObject({ recipientName: 'Arta Leka', kind: 'mobility' })
    expect(albanianText).toContain(`/sq/credentials/${credential!.code}`)
    expect((await (await t.signedIn(w.strangerCoordinator.login)).get(`${base}.pdf`)).status).toBe(
      404,
    )
    const visitor = t.anonymous()
    // Links printed before certificates were credentials land on the one verification page.
    const old = await visitor.get(`/sq/verify/${certificate!.token}`)
    expect(old.status).toBe(301)
    expect(old.headers.get('location')).toBe(`/sq/credentials/${credential!.code}`)
    const verified = await visitor.get(`/sq/credentials/${credential!.code}`)
    expect(verified.status).toBe(200)
    const text = await textOf(verified)
    expect(text).toContain('E vlefshme.')
    expect(text).toContain('Arta Leka')
    expect(text).toContain('Prepare a hotel room to standard')
    expect(verified.headers.get('x-robots-tag')).toBe('noindex')
    const english = await textOf(await visitor.get(`/en/credentials/${credential!.code}`))
    expect(english).toContain('Valid.')
    expect(english).toContain('Erasmus+')
    // The sending school revokes it where every certificate is revoked; the page says so.
    const revokeHref = `/app/credentials/${credential!.id}/revoke`
    expect(await textOf(await coordinator.get(base))).toContain('Revokoni certifikatën')
    await coordinator.post(revokeHref, { reason: 'Issued by mistake' })
    expect(await textOf(await visitor.get(`/en/credentials/${credential!.code}`))).toContain(
      'Issued by mistake',
    )
    expect(await textOf(await coordinator.get(base))).toContain('Kjo certifikatë është revokuar.')
    const unknown = await visitor.get('/en/verify/no-such-certificate-token')
    expect(unknown.status).toBe(404)
    expect(await textOf(unknown)).toContain('No certificate has this code.')
    expect((await visitor.get('/en/verify/%3Cscript%3E')).status).toBe(404)
  })

  it('[RECOGNITION]: the sending school recognises achieved units; 422 without a unit; others cannot', async () => {
    const m = await makeMobility(t, w, {}, 'approved')
    await makeAgreementInSigning(t, w, m.id)
    const ctx = await t.ctxFor(w.coordinator.user.id, w.sending.id)
    const { changeStatus } = await import('./service/status.ts')
    for (const to of ['preparing', 'ongoing', 'completed'] as const) {
      await changeStatus(ctx, m.id, { to, forceMajeure: false })
    }
    const path = `/app/mobility/${m.id}/recognition`
    const coordinator = await t.signedIn(w.coordinator.login)
    const bad = await coordinator.post(path, { decision: 'partial', note: 'Kept decision note' })
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('Kept decision note')
    expect(
      (
        await coordinator.post(path, {
          decision: 'partial',
          units: 'Welcome guests at reception in English',
        })
      ).status,
    ).toBe(303)
    const [row] = await t.deps.db
      .select()
      .from(mobilityRecognitions)
      .where(eq(mobilityRecognitions.mobilityId, m.id))
    expect(row).toMatchObject({
      decision: 'partial',
      recognisedUnits: ['Welcome guests at reception in English'],
    })
    const learner = await t.signedIn(w.learner.login)
    expect((await learner.post(path, { decision: 'full', units: 'x' })).status).toBe(403)
    expect(await textOf(await learner.get(`/app/mobility/${m.id}/certificate`))).toContain(
      'Welcome guests at reception',
    )
    expect(
      (await (await t.signedIn(w.receivingCoordinator.login)).post(path, { decision: 'full' }))
        .status,
    ).toBe(403)
    expect(
      (await (await t.signedIn(w.strangerCoordinator.login)).post(path, { decision: 'full' }))
        .status,
    ).toBe(404)
  })
})
