import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import {
  applicationDocuments,
  applications,
  callCriteria,
  callRequiredDocuments,
  calls,
} from './schema.ts'
import { startApplication, submitApplication } from './service/applications.ts'
import { createCall } from './service/calls.ts'
import { uploadDocument } from './service/documents.ts'
import { addCriterion, addRequiredDocument } from './service/setup.ts'
import { callInput, learner, NOW, openCall, useTempDataDir } from './test-fixtures.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
  t.setNow(NOW)
  useTempDataDir(t)
})

async function draftCall() {
  const coordinator = await t.make.member('coordinator')
  const ctx = await t.ctxFor(coordinator.user.id, coordinator.tenantId)
  const call = await createCall(ctx, callInput())
  await addCriterion(ctx, call.id, {
    name: { en: 'Motivation' },
    weight: 1,
    maxScore: 10,
    isFewerOpportunities: false,
  })
  await addRequiredDocument(ctx, call.id, {
    kind: 'cv',
    label: {},
    required: true,
    minorsOnly: false,
  })
  return { coordinator, ctx, call, client: await t.signedIn(coordinator.login) }
}

describe('editing a call', () => {
  it('[CALLS][EDIT]: the form shows the stored call; a save is kept; bad input is 422 with values; staff 403', async () => {
    const { call, client, coordinator } = await draftCall()
    const form = await client.get(`/app/calls/${call.id}/edit`)
    expect(form.status).toBe(200)
    const html = await form.text()
    expect(html).toContain('value="Kitchen internships in Thessaloniki"')
    expect(html).toContain('value="2027-02-15"')
    const values = {
      'title.en': 'Kitchen internships in Thessaloniki and Larisa',
      activityType: 'LM-SHORT-VET',
      places: '3',
      waitingListPlaces: '0',
      startDate: '2027-04-12',
      endDate: '2027-04-30',
      applyFrom: '2027-01-01',
      applyUntil: '2027-02-20',
      'destinations.0.country': 'GR',
      appealDays: '10',
    }
    expect((await client.post(`/app/calls/${call.id}/edit`, values)).status).toBe(303)
    const [row] = await t.deps.db.select().from(calls).where(eq(calls.id, call.id))
    expect(row!.places).toBe(3)
    expect(row!.title.en).toBe('Kitchen internships in Thessaloniki and Larisa')
    const bad = await client.post(`/app/calls/${call.id}/edit`, {
      ...values,
      appealDays: '-1',
      'title.en': '',
    })
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('value="-1"')
    const staff = await t.make.member('staff', { tenantId: coordinator.tenantId })
    const staffClient = await t.signedIn(staff.login)
    expect((await staffClient.get(`/app/calls/${call.id}/edit`)).status).toBe(403)
    expect((await staffClient.post(`/app/calls/${call.id}/edit`, values)).status).toBe(403)
  })

  it('[CALLS][SETUP]: criteria and documents are removed from a draft; another school gets 404; staff 403', async () => {
    const { call, client, coordinator } = await draftCall()
    const [criterion] = await t.deps.db
      .select()
      .from(callCriteria)
      .where(eq(callCriteria.callId, call.id))
    const [doc] = await t.deps.db
      .select()
      .from(callRequiredDocuments)
      .where(eq(callRequiredDocuments.callId, call.id))
    const other = await t.signedIn((await t.make.member('coordinator')).login)
    expect(
      (await other.post(`/app/calls/${call.id}/criteria/${criterion!.id}/delete`)).status,
    ).toBe(404)
    expect((await other.post(`/app/calls/${call.id}/documents/${doc!.id}/delete`)).status).toBe(404)
    const staff = await t.signedIn(
      (await t.make.member('staff', { tenantId: coordinator.tenantId })).login,
    )
    expect(
      (await staff.post(`/app/calls/${call.id}/criteria/${criterion!.id}/delete`)).status,
    ).toBe(403)
    expect((await client.get(`/app/calls/${call.id}/documents`)).status).toBe(200)
    expect(
      (await client.post(`/app/calls/${call.id}/criteria/${criterion!.id}/delete`)).status,
    ).toBe(303)
    expect((await client.post(`/app/calls/${call.id}/documents/${doc!.id}/delete`)).status).toBe(
      303,
    )
    expect((await client.post(`/app/calls/${call.id}/documents/${doc!.id}/delete`)).status).toBe(
      404,
    )
    expect(
      await t.deps.db.select().from(callCriteria).where(eq(callCriteria.callId, call.id)),
    ).toHaveLength(0)
  })
})

describe('coordinator tools on an application', () => {
  it('[APPLY][REJECT]: a coordinator rejects as not eligible with a reason the applicant reads; 422 without one; a learner 403', async () => {
    const s = await openCall(t)
    const pupil = await learner(t, s.tenantId, '2007-01-17', { displayName: 'Ergys Lika' })
    const ctx = await t.ctxFor(pupil.user.id, s.tenantId)
    const app = await startApplication(ctx, s.call.id)
    await submitApplication(ctx, app.id, { motivation: 'Yes', dateOfBirth: '2007-01-17' })
    const own = await t.signedIn(pupil.login)
    expect((await own.post(`/app/applications/${app.id}/reject`, { reason: 'x' })).status).toBe(403)
    const client = await t.signedIn(s.coordinator.login)
    expect((await client.post(`/app/applications/${app.id}/reject`, { reason: '' })).status).toBe(
      422,
    )
    t.mailer.sent.length = 0
    expect(
      (
        await client.post(`/app/applications/${app.id}/reject`, {
          reason: 'The placement needs a B1 certificate.',
        })
      ).status,
    ).toBe(303)
    const [row] = await t.deps.db.select().from(applications).where(eq(applications.id, app.id))
    expect(row!.status).toBe('rejected')
    expect(t.mailer.sent[0]!.to).toBe(pupil.user.email)
    expect(await textOf(await own.get(`/app/applications/${app.id}`))).toContain(
      'The placement needs a B1 certificate.',
    )
  })

  it('[APPLY][FILES]: a medical certificate is for the applicant and coordinators, not the panel', async () => {
    const s = await openCall(t)
    const pupil = await learner(t, s.tenantId, '2007-01-17')
    const ctx = await t.ctxFor(pupil.user.id, s.tenantId)
    const app = await startApplication(ctx, s.call.id)
    await uploadDocument(ctx, app.id, undefined, {
      name: 'cv.pdf',
      bytes: new TextEncoder().encode('%PDF-1.4 cv'),
    })
    const [required] = await t.deps.db
      .insert(callRequiredDocuments)
      .values({ tenantId: s.tenantId, callId: s.call.id, kind: 'medical', required: false })
      .returning()
    await uploadDocument(ctx, app.id, required!.id, {
      name: 'health.pdf',
      bytes: new TextEncoder().encode('%PDF-1.4 health'),
    })
    const docs = await t.deps.db
      .select()
      .from(applicationDocuments)
      .where(eq(applicationDocuments.applicationId, app.id))
    const medical = docs.find((d) => d.kind === 'medical')!
    const cv = docs.find((d) => d.kind === 'other')!
    const panel = await t.signedIn(s.panel.login)
    expect((await panel.get(`/app/applications/${app.id}/documents/${cv.id}`)).status).toBe(200)
    expect((await panel.get(`/app/applications/${app.id}/documents/${medical.id}`)).status).toBe(
      403,
    )
    const coordinator = await t.signedIn(s.coordinator.login)
    expect(
      (await coordinator.get(`/app/applications/${app.id}/documents/${medical.id}`)).status,
    ).toBe(200)
    const other = await t.signedIn((await t.make.member('coordinator')).login)
    expect((await other.get(`/app/applications/${app.id}/documents/${cv.id}`)).status).toBe(404)
  })
})
