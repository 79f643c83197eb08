import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { createApiToken } from '../api-tokens/index.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

async function tokenFor(role: 'coordinator' | 'staff' | 'org_admin', tenantId?: string) {
  const m = await t.make.member(role, tenantId ? { tenantId } : {})
  const { token } = await createApiToken(await t.ctxFor(m.user.id, m.tenantId), { name: 'api' })
  return { ...m, headers: { authorization: `Bearer ${token}` } }
}

describe('members API', () => {
  it('[API][MEMBERS]: a coordinator lists the people of the token’s organisation only', async () => {
    const coordinator = await tokenFor('coordinator')
    const learner = await t.make.member('learner', { tenantId: coordinator.tenantId })
    const outsider = await t.make.member('staff')
    const res = await t.app.request('/api/v1/members', { headers: coordinator.headers })
    expect(res.status).toBe(200)
    const ids = (await res.json()).data.map((m: { userId: string }) => m.userId)
    expect(ids).toContain(learner.user.id)
    expect(ids).toContain(coordinator.user.id)
    expect(ids).not.toContain(outsider.user.id)
  })

  it('[API][MEMBERS]: filters by role', async () => {
    const coordinator = await tokenFor('coordinator')
    await t.make.member('learner', { tenantId: coordinator.tenantId })
    const res = await t.app.request('/api/v1/members?role=learner', {
      headers: coordinator.headers,
    })
    const data = (await res.json()).data as { role: string }[]
    expect(data.length).toBe(1)
    expect(data.every((m) => m.role === 'learner')).toBe(true)
  })

  it('[API][MEMBERS]: a bad role filter is a 400 naming the field', async () => {
    const coordinator = await tokenFor('coordinator')
    const res = await t.app.request('/api/v1/members?role=king', { headers: coordinator.headers })
    expect(res.status).toBe(400)
    expect(Object.keys((await res.json()).error.fields)).toContain('role')
  })

  it('[API][MEMBERS]: staff get 403, as on the page', async () => {
    const staff = await tokenFor('staff')
    expect((await t.app.request('/api/v1/members', { headers: staff.headers })).status).toBe(403)
  })

  it('[API][MEMBERS]: one member with their guardians; another organisation’s member is 404', async () => {
    const admin = await tokenFor('org_admin')
    const learner = await t.make.member('learner', { tenantId: admin.tenantId })
    const guardian = await t.make.member('guardian', { tenantId: admin.tenantId })
    await t.make.guardianship(admin.tenantId, guardian.user.id, learner.user.id)
    const res = await t.app.request(`/api/v1/members/${learner.membership.id}`, {
      headers: admin.headers,
    })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.role).toBe('learner')
    expect(body.guardians.map((g: { userId: string }) => g.userId)).toEqual([guardian.user.id])
    const other = await t.make.member('learner')
    const hidden = await t.app.request(`/api/v1/members/${other.membership.id}`, {
      headers: admin.headers,
    })
    expect(hidden.status).toBe(404)
  })
})

describe('API validation messages', () => {
  it('[API][I18N]: field messages are translated like the forms', async () => {
    const coordinator = await tokenFor('coordinator')
    const res = await t.app.request('/api/v1/members?role=king', {
      headers: { ...coordinator.headers, 'accept-language': 'sq' },
    })
    const body = await res.json()
    expect(body.error.fields.role).not.toMatch(/^[a-z]+:/)
    expect(body.error.fields.role).not.toContain('Invalid')
  })
})
