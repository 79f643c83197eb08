import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { auditLog } from '../audit/schema.ts'
import { applications, callCriteria, calls } from './schema.ts'
import { NOW, openCall } from './test-fixtures.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
  t.setNow(NOW)
})

const form = {
  'title.en': 'Job shadowing in Cologne',
  'title.sq': 'Job shadowing në Këln',
  activityType: 'SM-JOB-SHDW',
  places: '2',
  waitingListPlaces: '1',
  startDate: '2027-05-03',
  endDate: '2027-05-07',
  applyFrom: '2027-01-05',
  applyUntil: '2027-02-20',
  'destinations.0.country': 'DE',
  appealDays: '7',
  'text.en': 'Shadow a colleague for a week.',
}

async function coordinator() {
  const c = await t.make.member('coordinator')
  return { ...c, client: await t.signedIn(c.login) }
}

describe('creating a call', () => {
  it('[CALLS][CREATE]: a coordinator creates a draft call; staff get 403; anonymous are sent to sign in', async () => {
    const { client, tenantId } = await coordinator()
    expect((await client.get('/app/calls/new')).status).toBe(200)
    const res = await client.post('/app/calls/new', form)
    expect(res.status).toBe(303)
    const id = res.headers.get('location')!.match(/calls\/([0-9a-f-]{36})/)![1]!
    const [row] = await t.deps.db.select().from(calls).where(eq(calls.id, id))
    expect(row).toMatchObject({
      tenantId,
      status: 'draft',
      participantType: 'staff',
      places: 2,
      appealDays: 7,
    })
    // The last day to apply is the whole of 20 February in Tirana.
    expect(row!.applyUntil.toISOString()).toBe('2027-02-20T23:00:00.000Z')
    expect(row!.destinations).toEqual([{ country: 'DE', organisationId: null }])
    const page = await textOf(await client.get(`/app/calls/${id}`))
    expect(page).toContain('Job shadowing in Cologne')
    expect(page).toContain('Publish the call')

    const staff = await t.make.member('staff', { tenantId })
    const staffClient = await t.signedIn(staff.login)
    expect((await staffClient.get('/app/calls/new')).status).toBe(403)
    expect((await staffClient.post('/app/calls/new', form)).status).toBe(403)
    expect((await staffClient.get(`/app/calls/${id}`)).status).toBe(404) // a draft is not theirs to see
    const anon = await t.anonymous().get('/app/calls/new')
    expect(anon.status).toBe(302)
  })

  it('[CALLS][CREATE]: bad input re-renders with 422 and keeps what was typed', async () => {
    const { client } = await coordinator()
    const res = await client.post('/app/calls/new', {
      ...form,
      endDate: '2027-05-01',
      applyUntil: '2027-06-01',
      places: 'many',
      'destinations.1.country': 'GR',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('The mobility cannot end before it starts.')
    expect(html).toContain('Applications must close before the mobility starts.')
    expect(html).toContain('value="Job shadowing in Cologne"')
    expect(html).toContain('value="many"')
    expect(html).toMatch(/<option value="GR" selected/)
  })

  it('[CALLS][CREATE]: an unknown activity code and a host in another country are field errors', async () => {
    const { client } = await coordinator()
    const host = await t.make.organisation({ country: 'GR' })
    const res = await client.post('/app/calls/new', {
      ...form,
      'destinations.0.organisationId': host.id,
    })
    expect(res.status).toBe(422)
    expect(await res.text()).toContain(
      'This organisation is not in the country chosen for this destination.',
    )
    const bad = await client.post('/app/calls/new', { ...form, activityType: 'XX-NOPE' })
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('Choose an activity type from the list.')
  })
})

describe('setting up and publishing', () => {
  it('[CALLS][CRITERIA]: criteria are added to a draft; publishing needs one; the public page then shows the call', async () => {
    const { client, tenantId } = await coordinator()
    const id = (await client.post('/app/calls/new', form)).headers
      .get('location')!
      .match(/calls\/([0-9a-f-]{36})/)![1]!
    const refused = await client.post(`/app/calls/${id}/publish`)
    expect(refused.status).toBe(409)
    expect(await textOf(refused)).toContain(
      'Add at least one selection criterion before publishing the call.',
    )

    const missing = await client.post(`/app/calls/${id}/criteria`, {
      'name.en': 'Motivation',
      weight: '0',
      maxScore: '10',
    })
    expect(missing.status).toBe(422)
    expect(await missing.text()).toContain('value="Motivation"')
    const added = await client.post(`/app/calls/${id}/criteria`, {
      'name.en': 'Motivation',
      weight: '70',
      maxScore: '10',
    })
    expect(added.status).toBe(303)
    await client.post(`/app/calls/${id}/criteria`, {
      'name.en': 'Fewer opportunities',
      weight: '30',
      maxScore: '5',
      isFewerOpportunities: 'on',
    })
    const rows = await t.deps.db.select().from(callCriteria).where(eq(callCriteria.callId, id))
    expect(rows.map((r) => [r.weight, r.isFewerOpportunities])).toEqual([
      [70, false],
      [30, true],
    ])
    expect(
      (await client.post(`/app/calls/${id}/documents`, { kind: 'cv', required: 'on' })).status,
    ).toBe(303)
    expect((await client.post(`/app/calls/${id}/documents`, { kind: 'passport' })).status).toBe(422)

    expect((await client.post(`/app/calls/${id}/publish`)).status).toBe(303)
    const [call] = await t.deps.db.select().from(calls).where(eq(calls.id, id))
    expect(call!.status).toBe('open')
    // Published: criteria are fixed.
    expect(
      (
        await client.post(`/app/calls/${id}/criteria`, {
          'name.en': 'Late',
          weight: '1',
          maxScore: '1',
        })
      ).status,
    ).toBe(409)
    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'call.published')))
    expect(audit).toHaveLength(1)
    expect(audit[0]!.tenantId).toBe(tenantId)

    const pub = await t.anonymous().get(`/sq/c/${call!.slug}`)
    expect(pub.status).toBe(200)
    const text = await textOf(pub)
    expect(text).toContain('Job shadowing në Këln')
    expect(text).toContain('Aplikoni tani')
  })

  it('[CALLS][PANEL]: staff are put on the panel; a learner cannot be; a member who scored stays', async () => {
    const { client, tenantId } = await coordinator()
    const id = (await client.post('/app/calls/new', form)).headers
      .get('location')!
      .match(/calls\/([0-9a-f-]{36})/)![1]!
    const staff = await t.make.member('staff', { tenantId, displayName: 'Besa Staff' })
    const pupil = await t.make.member('learner', { tenantId })
    expect((await client.get(`/app/calls/${id}/panel`)).status).toBe(200)
    expect((await client.post(`/app/calls/${id}/panel`, { userId: staff.user.id })).status).toBe(
      303,
    )
    const bad = await client.post(`/app/calls/${id}/panel`, { userId: pupil.user.id })
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('Only staff, coordinators and administrators')
    expect(await textOf(await client.get(`/app/calls/${id}/panel`))).toContain('Besa Staff')
    expect((await client.post(`/app/calls/${id}/panel/${staff.user.id}/delete`)).status).toBe(303)
  })
})

describe('tenancy and roles', () => {
  it('[CALLS][TENANCY]: another school’s call is 404 on every page and action', async () => {
    const { call } = await openCall(t)
    const other = await coordinator()
    for (const path of ['', '/edit', '/criteria', '/documents', '/panel', '/applications']) {
      expect((await other.client.get(`/app/calls/${call.id}${path}`)).status, path).toBe(404)
    }
    for (const path of [
      '/publish',
      '/close',
      '/decide',
      '/edit',
      '/criteria',
      '/panel',
      '/apply',
    ]) {
      expect((await other.client.post(`/app/calls/${call.id}${path}`, form)).status, path).toBe(404)
    }
    expect((await other.client.get('/app/calls/not-a-uuid')).status).toBe(404)
  })

  it('[CALLS][ROLES]: learners see open calls for learners, not the set-up pages (403); partner contacts see none', async () => {
    const { call, tenantId } = await openCall(t)
    const pupil = await t.make.member('learner', { tenantId })
    const client = await t.signedIn(pupil.login)
    const list = await textOf(await client.get('/app/calls'))
    expect(list).toContain('Kitchen internships in Thessaloniki')
    expect(list).not.toContain('New call')
    expect((await client.get(`/app/calls/${call.id}`)).status).toBe(200)
    for (const path of ['/edit', '/criteria', '/documents', '/panel', '/applications']) {
      expect((await client.get(`/app/calls/${call.id}${path}`)).status, path).toBe(403)
    }
    expect((await client.post(`/app/calls/${call.id}/close`)).status).toBe(403)
    const partner = await t.make.member('partner_contact', { tenantId })
    expect((await (await t.signedIn(partner.login)).get('/app/calls')).status).toBe(403)
  })

  it('[CALLS][CLOSE]: closing sends submitted applications to review and keeps drafts out', async () => {
    const { call, coordinator: coord, tenantId } = await openCall(t)
    const a = await t.make.member('learner', { tenantId })
    const b = await t.make.member('learner', { tenantId })
    await t.deps.db.insert(applications).values([
      {
        tenantId,
        callId: call.id,
        applicantUserId: a.user.id,
        status: 'submitted',
        submittedAt: NOW,
      },
      { tenantId, callId: call.id, applicantUserId: b.user.id, status: 'draft' },
    ])
    const client = await t.signedIn(coord.login)
    expect((await client.post(`/app/calls/${call.id}/close`)).status).toBe(303)
    const rows = await t.deps.db.select().from(applications).where(eq(applications.callId, call.id))
    expect(rows.map((r) => r.status).sort()).toEqual(['draft', 'under_review'])
    expect((await client.post(`/app/calls/${call.id}/close`)).status).toBe(409)
    const edit = await client.post(`/app/calls/${call.id}/edit`, form)
    expect(edit.status).toBe(409)
  })
})
