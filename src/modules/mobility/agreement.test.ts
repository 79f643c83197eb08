import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { sha256 } from '../../lib/crypto.ts'
import { auditLog } from '../audit/schema.ts'
import { laSignatures, learningAgreements } from './schema.ts'
import {
  canonicalJson,
  hashContent,
  requiredRoles,
  toContent,
} from './service/agreement-content.ts'
import {
  makeAgreementInSigning,
  makeMobility,
  makeWorld,
  OUTCOMES,
  type World,
} from './test-helpers.ts'

let t: TestApp
let w: World
beforeAll(async () => {
  t = await setupTestApp()
  w = await makeWorld(t)
})

const FORM = {
  'outcomes.0.unit': 'Prepare a hotel room to standard',
  'outcomes.0.eqfLevel': '4',
  'outcomes.0.iscedField': '101',
  'outcomes.1.unit': 'Welcome guests at reception in English',
  'outcomes.1.eqfLevel': '4',
  'outcomes.1.iscedField': '',
  'outcomes.2.unit': '',
  'outcomes.2.eqfLevel': '',
  'outcomes.2.iscedField': '',
  tasks: 'Housekeeping and front desk, with the mentor.',
  assessment: 'Observation by the mentor with a checklist.',
  mentors: 'Anna Weber',
}

async function versions(mobilityId: string) {
  return t.deps.db
    .select()
    .from(learningAgreements)
    .where(eq(learningAgreements.mobilityId, mobilityId))
    .orderBy(learningAgreements.version)
}

describe('content and hash', () => {
  it('[AGREEMENT][HASH]: the hash is the SHA-256 of canonical JSON, independent of key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe('{"a":[{"c":null,"d":2}],"b":1}')
    const content = toContent(OUTCOMES as never)
    expect(hashContent(content)).toBe(sha256(canonicalJson(content)))
    expect(hashContent({ ...content, tasks: `${content.tasks}!` })).not.toBe(hashContent(content))
  })

  it('[AGREEMENT][ROLES]: a guardian signs for a minor on the first day; a host company signs when there is one', () => {
    const base = { startDate: '2026-03-02', hostCompanyOrganisationId: null, hostCompanyName: null }
    expect(requiredRoles(base, '2011-05-10')).toEqual([
      'participant',
      'guardian',
      'sending',
      'receiving',
    ])
    expect(requiredRoles(base, '2008-03-02')).toEqual(['participant', 'sending', 'receiving'])
    expect(requiredRoles({ ...base, hostCompanyName: 'Hotel Rhein' }, null)).toEqual([
      'participant',
      'sending',
      'receiving',
      'host',
    ])
  })
})

describe('agreement page', () => {
  it('[AGREEMENT][ACCESS]: anonymous → sign in; another school 404; staff 403; learner cannot edit', async () => {
    const m = await makeMobility(t, w)
    const path = `/app/mobility/${m.id}/agreement`
    expect((await t.anonymous().get(path)).status).toBe(302)
    const stranger = await t.signedIn(w.strangerCoordinator.login)
    expect((await stranger.get(path)).status).toBe(404)
    expect((await stranger.post(path, FORM)).status).toBe(404)
    const staff = await t.signedIn(w.staff.login)
    expect((await staff.get(path)).status).toBe(403)
    const learner = await t.signedIn(w.learner.login)
    expect((await learner.get(path)).status).toBe(200)
    expect((await learner.post(path, FORM)).status).toBe(403)
    expect((await learner.post(`${path}/send`, {})).status).toBe(403)
    expect((await stranger.get(`/app/mobility/${m.id}/agreement.pdf`)).status).toBe(404)
  })

  it('[AGREEMENT][SAVE]: saves outcomes with EQF and ISCED-F; 422 keeps the rows typed', async () => {
    const m = await makeMobility(t, w)
    const client = await t.signedIn(w.coordinator.login)
    const path = `/app/mobility/${m.id}/agreement`
    const bad = await client.post(path, {
      ...FORM,
      'outcomes.0.unit': '',
      'outcomes.1.unit': '',
      'outcomes.2.eqfLevel': '5',
      tasks: 'Kept tasks',
    })
    expect(bad.status).toBe(422)
    const html = await bad.text()
    expect(html).toContain('Kept tasks')
    expect(html).toContain('href="#f-outcomes-2-unit"')
    expect((await client.post(path, FORM)).status).toBe(303)
    const [v1] = await versions(m.id)
    expect(v1!.version).toBe(1)
    expect(v1!.status).toBe('draft')
    expect(v1!.contentJson.outcomes).toEqual([
      { unit: 'Prepare a hotel room to standard', eqfLevel: 4, iscedField: '101' },
      { unit: 'Welcome guests at reception in English', eqfLevel: 4, iscedField: null },
    ])
    expect(v1!.contentHash).toBe(hashContent(v1!.contentJson))
    // Editing a draft changes it in place.
    await client.post(path, { ...FORM, tasks: 'Front desk only' })
    expect(await versions(m.id)).toHaveLength(1)
    const page = await textOf(await client.get(path))
    expect(page).toContain('Version 1 · draft')
    expect(page).toContain('EQF level 4')
    expect(page).toContain('101 Personal services')
  })

  it('[AGREEMENT][SIGN]: everyone signs in turn; each signature records who, when, version and hash', async () => {
    const m = await makeMobility(t, w, {}, 'approved')
    const v1 = await makeAgreementInSigning(t, w, m.id)
    const path = `/app/mobility/${m.id}/agreement`
    const guardian = await t.signedIn(w.guardian.login)
    const otherGuardian = await t.signedIn(w.otherGuardian.login)
    expect((await otherGuardian.post(`${path}/sign`, { contentHash: v1.contentHash })).status).toBe(
      404,
    )
    for (const who of [w.learner, w.guardian, w.coordinator]) {
      const client = who === w.guardian ? guardian : await t.signedIn(who.login)
      const page = await client.get(path)
      expect(await page.text()).toContain(`value="${v1.contentHash}"`)
      expect((await client.post(`${path}/sign`, { contentHash: v1.contentHash })).status).toBe(303)
    }
    // Signing twice in the same role is refused on the page.
    const again = await guardian.post(`${path}/sign`, { contentHash: v1.contentHash })
    expect(again.status).toBe(409)
    expect(await textOf(again)).toContain('already been signed in that role')
    const receiving = await t.signedIn(w.receivingCoordinator.login)
    const stale = await receiving.post(`${path}/sign`, { contentHash: 'a'.repeat(64) })
    expect(stale.status).toBe(409)
    expect((await receiving.post(`${path}/sign`, { contentHash: v1.contentHash })).status).toBe(303)
    const [done] = await versions(m.id)
    expect(done!.status).toBe('signed')
    const signatures = await t.deps.db
      .select()
      .from(laSignatures)
      .where(eq(laSignatures.agreementId, v1.id))
    expect(signatures.map((s) => s.role).sort()).toEqual([
      'guardian',
      'participant',
      'receiving',
      'sending',
    ])
    for (const s of signatures) {
      expect(s.contentHash).toBe(v1.contentHash)
      expect(s.version).toBe(1)
      expect(s.signerUserId).toBeTruthy()
    }
    expect(signatures.find((s) => s.role === 'guardian')!.signerName).toBe('Mira Leka')
    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, m.id), eq(auditLog.action, 'learning_agreement.signed')))
    expect(audit).toHaveLength(4)
    const pdf = await (await t.signedIn(w.learner.login)).get(`${path}.pdf`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
  })

  it('[AGREEMENT][VERSION]: a change after a signature makes a new version; old signatures stay on the old one', async () => {
    const m = await makeMobility(t, w, {}, 'approved')
    const v1 = await makeAgreementInSigning(t, w, m.id)
    const learner = await t.signedIn(w.learner.login)
    const path = `/app/mobility/${m.id}/agreement`
    await learner.post(`${path}/sign`, { contentHash: v1.contentHash })
    const coordinator = await t.signedIn(w.coordinator.login)
    const page = await textOf(await coordinator.get(path))
    expect(page).toContain('Saving makes version 2')
    expect((await coordinator.post(path, { ...FORM, tasks: 'Kitchen work instead' })).status).toBe(
      303,
    )
    const [old, next] = await versions(m.id)
    expect(old!.status).toBe('superseded')
    expect(next!.version).toBe(2)
    expect(next!.status).toBe('draft')
    expect(next!.contentHash).not.toBe(old!.contentHash)
    // The old signature stays on version 1; signing the old hash now fails.
    const oldSignatures = await t.deps.db
      .select()
      .from(laSignatures)
      .where(eq(laSignatures.agreementId, old!.id))
    expect(oldSignatures.map((s) => s.role)).toEqual(['participant'])
    expect((await learner.post(`${path}/sign`, { contentHash: v1.contentHash })).status).toBe(409)
    expect((await coordinator.post(`${path}/send`, {})).status).toBe(303)
    expect((await learner.post(`${path}/sign`, { contentHash: next!.contentHash })).status).toBe(
      303,
    )
    const text = await textOf(await coordinator.get(path))
    expect(text).toContain('Version 2 · waiting for signatures')
    expect(text).toContain('Earlier versions')
    const oldPdf = await learner.get(`${path}.pdf?version=1`)
    expect(oldPdf.status).toBe(200)
    expect(oldPdf.headers.get('content-disposition')).toContain('learning-agreement-v1.pdf')
  })
})

describe('external signers', () => {
  it('[AGREEMENT][LINK]: a host company outside Ura signs through an e-mailed link after typing a name', async () => {
    const m = await makeMobility(
      t,
      w,
      { hostCompanyName: 'Hotel am Rhein', mentorEmail: 'anna@hotel.example' },
      'approved',
    )
    const coordinator = await t.signedIn(w.coordinator.login)
    const path = `/app/mobility/${m.id}/agreement`
    await coordinator.post(path, FORM)
    const before = t.mailer.sent.length
    expect((await coordinator.post(`${path}/send`, { hostEmail: '' })).status).toBe(303)
    const mail = t.mailer.sent.slice(before).find((x) => x.to === 'anna@hotel.example')!
    expect(mail.subject).toBe('Learning agreement for Arta Leka: your signature is needed')
    const text = mail.text
    const url = /http:\/\/ura\.test(\/en\/agreement\/sign\/[A-Za-z0-9_-]+)/.exec(text)![1]!
    const visitor = t.anonymous()
    const page = await visitor.get(url)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('Prepare a hotel room to standard')
    expect(html).toContain('as Host company')
    const [agreement] = await versions(m.id)
    const missing = await visitor.post(url, {
      contentHash: agreement!.contentHash,
      signerName: 'Anna Weber Typed',
    })
    expect(missing.status).toBe(422)
    const missingHtml = await missing.text()
    expect(missingHtml).toContain('value="Anna Weber Typed"')
    expect(missingHtml).toContain('Tick the box to confirm your signature.')
    const ok = await visitor.post(url, {
      contentHash: agreement!.contentHash,
      signerName: 'Anna Weber',
      confirm: 'on',
    })
    expect(ok.status).toBe(303)
    const done = await textOf(await visitor.get(ok.headers.get('location')!))
    expect(done).toContain('Your signature has been recorded.')
    const [host] = await t.deps.db
      .select()
      .from(laSignatures)
      .where(and(eq(laSignatures.agreementId, agreement!.id), eq(laSignatures.role, 'host')))
    expect(host!.signerName).toBe('Anna Weber')
    expect(host!.signerUserId).toBeNull()
    expect(host!.contentHash).toBe(agreement!.contentHash)
    // The link is spent; an unknown one is 404.
    const reuse = await visitor.post(url, {
      contentHash: agreement!.contentHash,
      signerName: 'X Y',
      confirm: 'on',
    })
    expect(reuse.status).toBe(409)
    expect((await visitor.get('/en/agreement/sign/not-a-real-token-at-all')).status).toBe(404)
  })

  it('[AGREEMENT][LINK]: a receiving school outside Ura needs an e-mail to send to (422)', async () => {
    const m = await makeMobility(
      t,
      w,
      {
        receivingOrganisationId: undefined,
        receivingOrganisationName: 'Berufskolleg Köln',
        receivingCountry: 'DE',
      },
      'approved',
    )
    const coordinator = await t.signedIn(w.coordinator.login)
    const path = `/app/mobility/${m.id}/agreement`
    await coordinator.post(path, FORM)
    const res = await coordinator.post(`${path}/send`, { receivingEmail: 'not-an-email' })
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('value="not-an-email"')
    const missing = await coordinator.post(`${path}/send`, {})
    expect(missing.status).toBe(422)
    expect(await textOf(missing)).toContain(
      'Enter the e-mail of the person who signs for this organisation.',
    )
    expect(
      (await coordinator.post(`${path}/send`, { receivingEmail: 'io@bk-koeln.example' })).status,
    ).toBe(303)
  })
})
