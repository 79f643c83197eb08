import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import type { TestClient } from '../../../tests/setup/client.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { auditLog } from '../audit/schema.ts'
import { guardianConsents } from './schema.ts'
import { learner, NOW, openCall } from './test-fixtures.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

async function submitted(client: TestClient, callId: string, dateOfBirth: string) {
  const id = (await client.post(`/app/calls/${callId}/apply`)).headers
    .get('location')!
    .split('/')
    .pop()!
  const res = await client.post(`/app/applications/${id}`, {
    intent: 'submit',
    motivation: 'I want to go.',
    dateOfBirth,
  })
  expect(res.status).toBe(303)
  return id
}

function linkIn(text: string) {
  const m = text.match(/http:\/\/ura\.test(\/[a-z-]+\/consent\/[\w-]+)/i)
  expect(m).not.toBeNull()
  return m![1]!
}

describe('guardian consent by e-mail link', () => {
  it('[CONSENT][LINK]: a minor submits; the linked guardian gets a link in the learner’s language, sees what was applied for and consents', async () => {
    const { call, tenantId } = await openCall(t)
    const klea = await learner(t, tenantId, '2011-09-02', {
      displayName: 'Klea Marku',
      locale: 'sq',
    })
    const mother = await t.make.member('guardian', {
      tenantId,
      displayName: 'Mira Marku',
      email: 'mira.marku@example.al',
    })
    await t.make.guardianship(tenantId, mother.user.id, klea.user.id)
    const client = await t.signedIn(klea.login)
    const id = await submitted(client, call.id, '2011-09-02')
    const mail = t.mailer.sent.find((m) => m.to === 'mira.marku@example.al')!
    expect(mail.subject).toBe(
      'Klea Marku ka nevojë për pëlqimin tuaj për një mobilitet jashtë vendit',
    )
    const path = linkIn(mail.text)
    expect(path.startsWith('/sq/consent/')).toBe(true)

    const guardian = t.anonymous()
    const page = await guardian.get(path)
    expect(page.status).toBe(200)
    const text = await textOf(page)
    expect(text).toContain('Praktikë në kuzhinë në Selanik')
    expect(text).toContain('Klea Marku')
    // Without confirming to be the guardian: 422, nothing recorded.
    const unconfirmed = await guardian.post(path, { answer: 'consent' })
    expect(unconfirmed.status).toBe(422)
    expect(await textOf(unconfirmed)).toContain('Konfirmoni se jeni prind ose kujdestar ligjor.')
    const yes = await guardian.post(path, { answer: 'consent', isGuardian: 'on' })
    expect(yes.status).toBe(303)
    expect(await textOf(await guardian.get(yes.headers.get('location')!))).toContain(
      'Pëlqimi juaj u regjistrua.',
    )
    const [row] = await t.deps.db
      .select()
      .from(guardianConsents)
      .where(eq(guardianConsents.applicationId, id))
    expect(row).toMatchObject({
      method: 'email_link',
      guardianName: 'Mira Marku',
      guardianUserId: mother.user.id,
    })
    expect(row!.consentedAt).not.toBeNull()
    // One answer per link.
    expect((await guardian.post(path, { answer: 'decline', isGuardian: 'on' })).status).toBe(409)
    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'application.consent_given')))
    expect(audit).toHaveLength(1)
    // The learner and the guardian (signed in) see it given.
    expect(await textOf(await client.get(`/app/applications/${id}`))).toContain(
      'Një prind ose kujdestar ka dhënë pëlqimin.',
    )
  })

  it('[CONSENT][ASK]: the applicant asks a guardian who has no account; bad input keeps what was typed; an expired link refuses', async () => {
    const { call, tenantId } = await openCall(t)
    const ardit = await learner(t, tenantId, '2010-03-14', { displayName: 'Ardit Hoxha' })
    const client = await t.signedIn(ardit.login)
    const id = await submitted(client, call.id, '2010-03-14')
    const bad = await client.post(`/app/applications/${id}/consent-request`, {
      guardianName: 'Arben Hoxha',
      guardianEmail: 'not-an-email',
    })
    expect(bad.status).toBe(422)
    const html = await bad.text()
    expect(html).toContain('value="Arben Hoxha"')
    expect(html).toContain('value="not-an-email"')
    const ok = await client.post(`/app/applications/${id}/consent-request`, {
      guardianName: 'Arben Hoxha',
      guardianEmail: 'arben@example.al',
    })
    expect(ok.status).toBe(303)
    const path = linkIn(t.mailer.sent.find((m) => m.to === 'arben@example.al')!.text)
    t.setNow(new Date(NOW.getTime() + 31 * 86_400_000))
    try {
      const guardian = t.anonymous()
      expect(await textOf(await guardian.get(path))).toContain('This link has expired.')
      expect((await guardian.post(path, { answer: 'consent', isGuardian: 'on' })).status).toBe(409)
    } finally {
      t.setNow(NOW)
    }
    expect((await t.anonymous().get('/en/consent/not-a-real-token-not-a-real-token')).status).toBe(
      404,
    )
    // Others may not ask on the applicant's behalf; another school does not see it.
    const classmate = await t.make.member('learner', { tenantId })
    const form = { guardianName: 'X', guardianEmail: 'x@example.al' }
    expect(
      (
        await (
          await t.signedIn(classmate.login)
        ).post(`/app/applications/${id}/consent-request`, form)
      ).status,
    ).toBe(403)
    const outsider = await t.make.member('coordinator')
    expect(
      (
        await (
          await t.signedIn(outsider.login)
        ).post(`/app/applications/${id}/consent-request`, form)
      ).status,
    ).toBe(404)
  })

  it('[CONSENT][ADULT]: an adult on the start date needs no consent', async () => {
    const { call, tenantId } = await openCall(t)
    // 18 on the very day the mobility starts (12 April 2027).
    const ergys = await learner(t, tenantId, '2009-04-12')
    const client = await t.signedIn(ergys.login)
    const id = await submitted(client, call.id, '2009-04-12')
    const res = await client.post(`/app/applications/${id}/consent-request`, {
      guardianName: 'A B',
      guardianEmail: 'ab@example.al',
    })
    expect(res.status).toBe(409)
    expect(await textOf(res)).toContain('not a minor on the start date')
  })
})

describe('guardian consent in person', () => {
  it('[CONSENT][IN-PERSON]: a coordinator records who answered, when and how; a learner may not (403)', async () => {
    const { call, tenantId, coordinator } = await openCall(t)
    const ardit = await learner(t, tenantId, '2010-03-14')
    const pupil = await t.signedIn(ardit.login)
    const id = await submitted(pupil, call.id, '2010-03-14')
    const form = {
      guardianName: 'Arben Hoxha',
      answer: 'consent',
      answeredOn: '2027-01-09',
      note: 'Signed form in the file.',
    }
    expect((await pupil.post(`/app/applications/${id}/consent-in-person`, form)).status).toBe(403)
    const client = await t.signedIn(coordinator.login)
    const bad = await client.post(`/app/applications/${id}/consent-in-person`, {
      ...form,
      answer: '',
      answeredOn: '2027-02-30',
    })
    expect(bad.status).toBe(422)
    const html = await bad.text()
    expect(html).toContain('value="Arben Hoxha"')
    expect(html).toContain('Signed form in the file.')
    const future = await client.post(`/app/applications/${id}/consent-in-person`, {
      ...form,
      answeredOn: '2027-03-01',
    })
    expect(future.status).toBe(422)
    expect((await client.post(`/app/applications/${id}/consent-in-person`, form)).status).toBe(303)
    const [row] = await t.deps.db
      .select()
      .from(guardianConsents)
      .where(eq(guardianConsents.applicationId, id))
    expect(row).toMatchObject({
      method: 'in_person',
      guardianName: 'Arben Hoxha',
      recordedByUserId: coordinator.user.id,
      note: 'Signed form in the file.',
    })
    expect(row!.consentedAt!.toISOString().slice(0, 10)).toBe('2027-01-09')
  })
})

describe('guardian consent in the app', () => {
  it('[CONSENT][IN-APP]: a linked guardian, signed in, answers on the application page; the answer counts and is audited; others may not', async () => {
    const { call, tenantId } = await openCall(t)
    const ana = await learner(t, tenantId, '2011-04-12', { displayName: 'Ana Hoxha', locale: 'sq' })
    const father = await t.make.member('guardian', {
      tenantId,
      displayName: 'Arben Hoxha',
      email: 'arben.hoxha@example.al',
      locale: 'sq',
    })
    await t.make.guardianship(tenantId, father.user.id, ana.user.id)
    const id = await submitted(await t.signedIn(ana.login), call.id, '2011-04-12')
    const page = `/app/applications/${id}`

    const signedIn = await t.signedIn(father.login)
    const html = await (await signedIn.get(page)).text()
    expect(html).toContain(`action="${page}/consent-in-app"`)
    expect(html).toContain('Jap pëlqimin')
    // No answer chosen: 422, nothing recorded.
    expect((await signedIn.post(`${page}/consent-in-app`, {})).status).toBe(422)
    const yes = await signedIn.post(`${page}/consent-in-app`, { answer: 'consent' })
    expect(yes.status).toBe(303)
    expect(await textOf(await signedIn.get(yes.headers.get('location')!))).toContain(
      'Përgjigjja juaj u regjistrua.',
    )
    const rows = await t.deps.db
      .select()
      .from(guardianConsents)
      .where(and(eq(guardianConsents.applicationId, id), eq(guardianConsents.method, 'in_app')))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ guardianUserId: father.user.id, guardianName: 'Arben Hoxha' })
    expect(rows[0]!.consentedAt).not.toBeNull()
    const [audited] = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'application.consent_given')))
    expect(audited?.changes).toMatchObject({ method: { to: 'in_app' } })
    expect(await textOf(await signedIn.get(page))).toContain('në Ura, i identifikuar')

    // The learner herself, and a guardian not linked to her, cannot answer.
    expect(
      (await (await t.signedIn(ana.login)).post(`${page}/consent-in-app`, { answer: 'consent' }))
        .status,
    ).toBe(403)
    const other = await t.make.member('guardian', { tenantId })
    expect(
      (await (await t.signedIn(other.login)).post(`${page}/consent-in-app`, { answer: 'consent' }))
        .status,
    ).not.toBe(303)
  })
})
