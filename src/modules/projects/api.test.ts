import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { randomToken, sha256 } from '../../lib/crypto.ts'
import { apiTokens } from '../api-tokens/schema.ts'
import { tasks } from './schema.ts'
import { type Consortium, makeConsortium } from './testing.ts'

let t: TestApp
let c: Consortium

beforeAll(async () => {
  t = await setupTestApp()
  c = await makeConsortium(t)
  await t.deps.db.insert(tasks).values({
    tenantId: c.partner.tenantId,
    projectId: c.project.id,
    ownerOrganisationId: c.partner.tenantId,
    title: 'Send the timesheets',
    dueDate: '2026-02-01',
  })
})

/** A bearer token for a member; `get` calls the JSON API with it. */
async function tokenOf(member: { user: { id: string }; tenantId: string }) {
  const secret = `ura_${randomToken()}`
  await t.deps.db.insert(apiTokens).values({
    tenantId: member.tenantId,
    userId: member.user.id,
    name: 'test',
    prefix: secret.slice(0, 8),
    tokenHash: sha256(secret),
  })
  return (path: string) =>
    t.app.request(`/api${path}`, { headers: { authorization: `Bearer ${secret}` } })
}

describe('GET /api/v1/projects', () => {
  it('[PROJECTS][API]: without a token the answer is 401', async () => {
    expect((await t.app.request('/api/v1/projects')).status).toBe(401)
  })

  it('[PROJECTS][API]: a partner lists its projects with its role; exact amounts as strings', async () => {
    const get = await tokenOf(c.partnerStaff)
    const res = await get('/v1/projects?q=testing')
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.total).toBe(1)
    expect(body.data[0]).toMatchObject({
      acronym: 'TEST-VET',
      ourRole: 'partner',
      totalBudget: '400000.00',
    })
  })

  it('[PROJECTS][API]: one project with partners and work packages; another consortium 404; a learner 403', async () => {
    const res = await (await tokenOf(c.lead))(`/v1/projects/${c.project.id}`)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.ourRole).toBe('coordinator')
    expect(body.partners).toHaveLength(3)
    expect(body.workPackages.map((w: { code: string }) => w.code)).toContain('WP6')
    const outsider = await tokenOf(c.outsider)
    const hidden = await outsider(`/v1/projects/${c.project.id}`)
    expect(hidden.status).toBe(404)
    expect((await hidden.json()).error.code).toBe('NOT_FOUND')
    expect((await outsider(`/v1/projects/${c.project.id}/tasks`)).status).toBe(404)
    expect((await outsider('/v1/projects')).status).toBe(200)
    const learner = await tokenOf(c.partnerLearner)
    expect((await learner(`/v1/projects/${c.project.id}`)).status).toBe(403)
    expect((await learner('/v1/projects')).status).toBe(403)
  })

  it('[PROJECTS][API]: the tasks of a project, paged', async () => {
    const res = await (await tokenOf(c.partner))(`/v1/projects/${c.project.id}/tasks`)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({ page: 1, pageSize: 50, total: 1 })
    expect(body.data[0]).toMatchObject({
      title: 'Send the timesheets',
      status: 'todo',
      dueDate: '2026-02-01',
    })
  })

  it('[PROJECTS][API]: the OpenAPI document describes the project routes', async () => {
    const doc = await (await t.app.request('/api/openapi.json')).json()
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/v1/projects', '/v1/projects/{id}', '/v1/projects/{id}/tasks']),
    )
  })
})
