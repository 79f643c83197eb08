import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import type { TestClient } from '../../../tests/setup/client.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { applicationDocuments, applications, callRequiredDocuments } from './schema.ts'
import { learner, openCall, useTempDataDir } from './test-fixtures.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
  useTempDataDir(t)
})

const PDF = '%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n'

async function upload(client: TestClient, id: string, file: File | null, requiredDocumentId = '') {
  const data = new FormData()
  data.set('_csrf', client.cookies.get('ura_csrf')!)
  data.set('requiredDocumentId', requiredDocumentId)
  if (file) data.set('file', file)
  return client.request(`/app/applications/${id}/documents`, { method: 'POST', body: data })
}

async function start(client: TestClient, callId: string) {
  const res = await client.post(`/app/calls/${callId}/apply`)
  expect(res.status).toBe(303)
  return res.headers.get('location')!.match(/applications\/([0-9a-f-]{36})/)![1]!
}

describe('applying from a phone', () => {
  it('[APPLY][DRAFT]: a learner starts, saves and comes back to a draft prefilled with their date of birth', async () => {
    const { call, tenantId } = await openCall(t)
    const ardit = await learner(t, tenantId, '2008-01-20')
    const client = await t.signedIn(ardit.login)
    const id = await start(client, call.id)
    expect(await start(client, call.id)).toBe(id) // the same application, not a second one
    const page = await client.get(`/app/applications/${id}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('value="2008-01-20"')
    const saved = await client.post(`/app/applications/${id}`, {
      intent: 'save',
      motivation: 'I love cooking.',
      dateOfBirth: '2008-01-20',
    })
    expect(saved.status).toBe(303)
    expect(saved.headers.get('location')).toContain('notice=calls:notices.draftSaved')
    expect(await textOf(await client.get(`/app/applications/${id}`))).toContain('I love cooking.')
    const [row] = await t.deps.db.select().from(applications).where(eq(applications.id, id))
    expect(row).toMatchObject({
      status: 'draft',
      motivation: 'I love cooking.',
      dateOfBirth: '2008-01-20',
    })
  })

  it('[APPLY][SUBMIT]: a missing required document and an empty motivation give 422 with what was typed kept', async () => {
    const { call, tenantId } = await openCall(t, {}, { documents: true })
    const ardit = await learner(t, tenantId, '2008-01-20')
    const client = await t.signedIn(ardit.login)
    const id = await start(client, call.id)
    const res = await client.post(`/app/applications/${id}`, {
      intent: 'submit',
      motivation: '',
      dateOfBirth: '2008-01-2',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Enter a real date.')
    expect(html).toContain('value="2008-01-2"')
    const again = await client.post(`/app/applications/${id}`, {
      intent: 'submit',
      motivation: 'Kitchens!',
      dateOfBirth: '2008-01-20',
    })
    expect(again.status).toBe(422)
    const text = await textOf(again)
    expect(text).toContain('Upload the missing required document before sending the application.')
    expect(text).toContain('Kitchens!')
  })

  it('[APPLY][UPLOAD]: files are checked by their bytes and size, with translated errors; a PDF then lets the learner submit', async () => {
    const { call, tenantId } = await openCall(t, {}, { documents: true })
    const ardit = await learner(t, tenantId, '2008-01-20', { locale: 'sq' })
    const client = await t.signedIn(ardit.login)
    const id = await start(client, call.id)
    const [required] = await t.deps.db
      .select()
      .from(callRequiredDocuments)
      .where(eq(callRequiredDocuments.callId, call.id))
    const fake = await upload(
      client,
      id,
      new File(['MZ not a pdf'], 'id.pdf', { type: 'application/pdf' }),
      required!.id,
    )
    expect(fake.status).toBe(422)
    expect(await textOf(fake)).toContain('Ky lloj skedari nuk pranohet.')
    const big = await upload(
      client,
      id,
      new File([PDF, new Uint8Array(10 * 1024 * 1024)], 'big.pdf'),
      required!.id,
    )
    expect(big.status).toBe(422)
    expect(await textOf(big)).toContain('Skedari është më i madh se 10 MB.')
    const none = await upload(client, id, null, required!.id)
    expect(none.status).toBe(422)
    const ok = await upload(client, id, new File([PDF], '../pasaporta.pdf'), required!.id)
    expect(ok.status).toBe(303)
    const docs = await t.deps.db
      .select()
      .from(applicationDocuments)
      .where(eq(applicationDocuments.applicationId, id))
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      fileName: 'pasaporta.pdf',
      contentType: 'application/pdf',
      kind: 'id_copy',
    })
    const file = await client.get(`/app/applications/${id}/documents/${docs[0]!.id}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(await file.text()).toBe(PDF)
    const sent = await client.post(`/app/applications/${id}`, {
      intent: 'submit',
      motivation: 'Dua të mësoj.',
      dateOfBirth: '2008-01-20',
    })
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toContain('notice=calls:notices.submitted')
    // Sent: no more changes.
    expect((await upload(client, id, new File([PDF], 'more.pdf'))).status).toBe(409)
    expect(
      (await client.post(`/app/applications/${id}/documents/${docs[0]!.id}/delete`)).status,
    ).toBe(409)
  })

  it('[APPLY][AGE]: an applicant outside the call’s ages cannot submit', async () => {
    const { call, tenantId } = await openCall(t, { minAge: 15, maxAge: 18 })
    const old = await learner(t, tenantId, '2000-01-01')
    const client = await t.signedIn(old.login)
    const id = await start(client, call.id)
    const res = await client.post(`/app/applications/${id}`, {
      intent: 'submit',
      motivation: 'Please',
      dateOfBirth: '2000-01-01',
    })
    expect(res.status).toBe(422)
    expect(await textOf(res)).toContain('outside the ages this call is for')
  })

  it('[APPLY][WITHDRAW]: the applicant withdraws; afterwards the call can be applied to again while open', async () => {
    const { call, tenantId } = await openCall(t)
    const ardit = await learner(t, tenantId, '2008-01-20')
    const client = await t.signedIn(ardit.login)
    const id = await start(client, call.id)
    await client.post(`/app/applications/${id}`, {
      intent: 'submit',
      motivation: 'Yes',
      dateOfBirth: '2008-01-20',
    })
    expect((await client.post(`/app/applications/${id}/withdraw`)).status).toBe(303)
    const [row] = await t.deps.db.select().from(applications).where(eq(applications.id, id))
    expect(row!.status).toBe('withdrawn')
    expect((await client.post(`/app/applications/${id}/withdraw`)).status).toBe(409)
    expect(await start(client, call.id)).toBe(id)
  })

  it('[APPLY][ROLES]: staff cannot apply to a learners’ call (403); a learner cannot apply to a staff call', async () => {
    const { call, tenantId } = await openCall(t)
    const staff = await t.make.member('staff', { tenantId })
    const res = await (await t.signedIn(staff.login)).post(`/app/calls/${call.id}/apply`)
    expect(res.status).toBe(403)
    expect(await textOf(res)).toContain('This call is for learners only.')
    const job = await openCall(t, { activityType: 'SM-JOB-SHDW' })
    const pupil = await t.make.member('learner', { tenantId: job.tenantId })
    expect(
      (await (await t.signedIn(pupil.login)).post(`/app/calls/${job.call.id}/apply`)).status,
    ).toBe(403)
    const teacher = await t.make.member('staff', { tenantId: job.tenantId })
    expect(
      (await (await t.signedIn(teacher.login)).post(`/app/calls/${job.call.id}/apply`)).status,
    ).toBe(303)
  })

  it('[APPLY][CLOSED]: after the deadline nobody can start or submit', async () => {
    const { call, tenantId } = await openCall(t)
    const ardit = await learner(t, tenantId, '2008-01-20')
    const client = await t.signedIn(ardit.login)
    const id = await start(client, call.id)
    t.setNow(new Date('2027-02-16T10:00:00Z'))
    try {
      const again = await t.signedIn(ardit.login) // sessions end when idle for weeks
      const late = await again.post(`/app/applications/${id}`, {
        intent: 'submit',
        motivation: 'Late',
        dateOfBirth: '2008-01-20',
      })
      expect(late.status).toBe(409)
      expect(await textOf(late)).toContain('This call is not accepting applications now.')
      const other = await learner(t, tenantId, '2008-03-03')
      expect(
        (await (await t.signedIn(other.login)).post(`/app/calls/${call.id}/apply`)).status,
      ).toBe(409)
    } finally {
      t.setNow(new Date('2027-01-10T10:00:00Z'))
    }
  })
})

describe('who sees an application', () => {
  it('[APPLY][ACCESS]: only the applicant, their guardian, coordinators and the panel; others 403; another school 404', async () => {
    const { call, tenantId, coordinator, panel } = await openCall(t)
    const ardit = await learner(t, tenantId, '2010-03-14', { displayName: 'Ardit Hoxha' })
    const client = await t.signedIn(ardit.login)
    const id = await start(client, call.id)
    const parent = await t.make.member('guardian', { tenantId })
    await t.make.guardianship(tenantId, parent.user.id, ardit.user.id)
    const otherParent = await t.make.member('guardian', { tenantId })
    const classmate = await t.make.member('learner', { tenantId })
    const staff = await t.make.member('staff', { tenantId })
    const outsider = await t.make.member('coordinator')

    const parentClient = await t.signedIn(parent.login)
    expect((await parentClient.get(`/app/applications/${id}`)).status).toBe(200)
    expect(await textOf(await parentClient.get('/app/applications'))).toContain('Ardit Hoxha')
    expect(
      (await (await t.signedIn(coordinator.login)).get(`/app/applications/${id}`)).status,
    ).toBe(200)
    expect((await (await t.signedIn(panel.login)).get(`/app/applications/${id}`)).status).toBe(200)
    for (const who of [otherParent, classmate, staff]) {
      const c = await t.signedIn(who.login)
      expect((await c.get(`/app/applications/${id}`)).status, who.user.displayName).toBe(403)
      expect((await c.post(`/app/applications/${id}/withdraw`)).status).toBe(403)
      expect(await textOf(await c.get('/app/applications'))).not.toContain('Ardit Hoxha')
    }
    // A guardian reads but does not change the child's application.
    expect(
      (await parentClient.post(`/app/applications/${id}`, { intent: 'save', motivation: 'x' }))
        .status,
    ).toBe(403)
    const foreign = await t.signedIn(outsider.login)
    expect((await foreign.get(`/app/applications/${id}`)).status).toBe(404)
    expect((await foreign.post(`/app/applications/${id}/withdraw`)).status).toBe(404)
    expect(
      (await foreign.post(`/app/applications/${id}`, { intent: 'save', motivation: 'x' })).status,
    ).toBe(404)
    expect((await t.anonymous().get(`/app/applications/${id}`)).status).toBe(302)
  })
})
