import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { createApiToken } from '../api-tokens/index.ts'
import { startApplication, submitApplication } from './service/applications.ts'
import { createCall, publishCall } from './service/calls.ts'
import { addCriterion } from './service/setup.ts'
import { callInput, learner, openCall } from './test-fixtures.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

async function bearer(userId: string, tenantId: string) {
  const { token } = await createApiToken(await t.ctxFor(userId, tenantId), { name: 'api' })
  return { authorization: `Bearer ${token}` }
}

describe('calls API', () => {
  it('[API][CALLS]: a coordinator lists the organisation’s calls, drafts included; another school’s call is 404', async () => {
    const s = await openCall(t)
    const draft = await createCall(s.ctx, callInput({ title: { en: 'Draft call' } }))
    const headers = await bearer(s.coordinator.user.id, s.tenantId)
    const res = await t.app.request('/api/v1/calls', { headers })
    expect(res.status).toBe(200)
    const ids = (await res.json()).data.map((c: { id: string }) => c.id)
    expect(ids).toEqual(expect.arrayContaining([s.call.id, draft.id]))
    const one = await t.app.request(`/api/v1/calls/${s.call.id}`, { headers })
    expect(one.status).toBe(200)
    const body = await one.json()
    expect(body).toMatchObject({
      activityType: 'LM-SHORT-VET',
      participantType: 'learner',
      status: 'open',
      places: 2,
    })
    expect(body.criteria.map((c: { weight: number }) => c.weight)).toEqual([60, 40])
    const other = await openCall(t)
    expect((await t.app.request(`/api/v1/calls/${other.call.id}`, { headers })).status).toBe(404)
  })

  it('[API][CALLS]: staff see the open calls for staff only, not drafts (404) nor applications (403)', async () => {
    const s = await openCall(t)
    const draft = await createCall(
      s.ctx,
      callInput({ title: { en: 'Draft call' }, activityType: 'SM-JOB-SHDW' }),
    )
    const shadowing = await createCall(
      s.ctx,
      callInput({ title: { en: 'Job shadowing' }, activityType: 'SM-JOB-SHDW' }),
    )
    await addCriterion(s.ctx, shadowing.id, {
      name: { en: 'Plan' },
      weight: 1,
      maxScore: 5,
      isFewerOpportunities: false,
    })
    await publishCall(s.ctx, shadowing.id)
    const teacher = await t.make.member('staff', { tenantId: s.tenantId })
    const headers = await bearer(teacher.user.id, s.tenantId)
    const list = await (await t.app.request('/api/v1/calls', { headers })).json()
    expect(list.data.map((c: { id: string }) => c.id)).toEqual([shadowing.id])
    expect((await t.app.request(`/api/v1/calls/${draft.id}`, { headers })).status).toBe(404)
    expect((await t.app.request('/api/v1/applications', { headers })).status).toBe(403)
  })

  it('[API][APPLICATIONS]: a coordinator lists submitted applications with the minor and consent flags; a bad filter is 400', async () => {
    const s = await openCall(t)
    const minor = await learner(t, s.tenantId, '2010-03-14')
    const ctx = await t.ctxFor(minor.user.id, s.tenantId)
    const app = await startApplication(ctx, s.call.id)
    await submitApplication(ctx, app.id, { motivation: 'Yes', dateOfBirth: '2010-03-14' })
    const drafting = await learner(t, s.tenantId, '2008-01-01')
    await startApplication(await t.ctxFor(drafting.user.id, s.tenantId), s.call.id)
    const headers = await bearer(s.coordinator.user.id, s.tenantId)
    const res = await t.app.request(`/api/v1/applications?callId=${s.call.id}`, { headers })
    expect(res.status).toBe(200)
    const { data } = await res.json()
    expect(data).toHaveLength(1)
    expect(data[0]).toMatchObject({
      id: app.id,
      status: 'submitted',
      isMinor: true,
      guardianConsent: 'pending',
    })
    const bad = await t.app.request('/api/v1/applications?status=won', { headers })
    expect(bad.status).toBe(400)
    expect(Object.keys((await bad.json()).error.fields)).toContain('status')
    const staff = await t.make.member('staff', { tenantId: s.tenantId })
    expect(
      (
        await t.app.request('/api/v1/applications', {
          headers: await bearer(staff.user.id, s.tenantId),
        })
      ).status,
    ).toBe(403)
  })
})
