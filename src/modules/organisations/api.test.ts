import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { randomToken, sha256 } from '../../lib/crypto.ts'
import { apiTokens } from '../api-tokens/schema.ts'
import type { Role } from '../users/schema.ts'
import { organisations } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

/** A member with an API token; `call` sends JSON with `Authorization: Bearer …`. */
async function tokenFor(role: Role, tenantId?: string) {
  const member = await t.make.member(role, tenantId ? { tenantId } : {})
  const secret = `ura_${randomToken()}`
  await t.deps.db.insert(apiTokens).values({
    tenantId: member.tenantId,
    userId: member.user.id,
    name: 'test',
    prefix: secret.slice(0, 8),
    tokenHash: sha256(secret),
  })
  const call = (method: string, path: string, body?: unknown) =>
    t.app.request(`/api${path}`, {
      method,
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  return { ...member, call }
}

describe('GET /api/v1/organisations', () => {
  it('[ORG][API]: without a token the answer is 401 JSON', async () => {
    const res = await t.app.request('/api/v1/organisations/current')
    expect(res.status).toBe(401)
    expect((await res.json()).error.code).toBe('UNAUTHENTICATED')
  })

  it("[ORG][API]: returns the token's organisation, numbers as numbers", async () => {
    const { call, tenantId } = await tokenFor('learner')
    await t.deps.db
      .update(organisations)
      .set({ latitude: '41.327500', longitude: '19.818700' })
      .where(eq(organisations.id, tenantId))
    const current = await call('GET', '/v1/organisations/current')
    expect(current.status).toBe(200)
    const body = await current.json()
    expect(body).toMatchObject({
      id: tenantId,
      latitude: 41.3275,
      longitude: 19.8187,
      country: 'AL',
    })
    const byId = await call('GET', `/v1/organisations/${tenantId}`)
    expect((await byId.json()).id).toBe(tenantId)
  })

  it("[ORG][API][TENANCY]: another organisation's id is 404, like an unknown one", async () => {
    const { call } = await tokenFor('org_admin')
    const other = await t.make.organisation()
    for (const id of [other.id, randomUUID(), 'not-a-uuid']) {
      const res = await call('GET', `/v1/organisations/${id}`)
      expect(res.status, id).toBe(404)
      expect((await res.json()).error.code).toBe('NOT_FOUND')
    }
    const patch = await call('PATCH', `/v1/organisations/${other.id}`, { city: 'Elsewhere' })
    expect(patch.status).toBe(404)
    const [after] = await t.deps.db
      .select()
      .from(organisations)
      .where(eq(organisations.id, other.id))
    expect(after?.city).toBe(other.city)
  })
})

describe('PATCH /api/v1/organisations/{id}', () => {
  it('[ORG][API]: a coordinator changes only the fields sent; null clears', async () => {
    const { call, tenantId } = await tokenFor('coordinator')
    const first = await call('PATCH', `/v1/organisations/${tenantId}`, {
      erasmusOid: 'E10222333',
      website: 'https://school.example.al',
      workingLanguages: ['sq', 'en', 'de'],
    })
    expect(first.status).toBe(200)
    expect(await first.json()).toMatchObject({
      erasmusOid: 'E10222333',
      website: 'https://school.example.al',
      workingLanguages: ['sq', 'en', 'de'],
      city: 'Tiranë',
    })
    const second = await call('PATCH', `/v1/organisations/${tenantId}`, { website: null })
    expect(await second.json()).toMatchObject({ website: null, erasmusOid: 'E10222333' })
  })

  it('[ORG][API]: staff get 403', async () => {
    const { call, tenantId } = await tokenFor('staff')
    const res = await call('PATCH', `/v1/organisations/${tenantId}`, { city: 'Vlorë' })
    expect(res.status).toBe(403)
    expect((await res.json()).error.code).toBe('FORBIDDEN')
  })

  it('[ORG][API]: bad input is 400 with a translated message per field', async () => {
    const { call, tenantId } = await tokenFor('org_admin')
    const res = await call('PATCH', `/v1/organisations/${tenantId}`, {
      erasmusOid: 'X1',
      latitude: 123,
      country: 'QQ',
      timeZone: 'Mars/Olympus',
      name: {},
    })
    expect(res.status).toBe(400)
    const { error } = await res.json()
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.fields).toEqual({
      erasmusOid: 'Enter the OID as the letter E followed by 8 digits, for example E10123456.',
      latitude: 'Enter a latitude between -90 and 90, for example 41.3275.',
      country: 'Choose a country.',
      timeZone: 'Choose a time zone from the list.',
      name: 'Fill this in for at least one language.',
    })
  })

  it('[ORG][API]: a duplicate OID is 409 naming the field', async () => {
    const { call: first, tenantId: a } = await tokenFor('org_admin')
    const { call: second, tenantId: b } = await tokenFor('org_admin')
    expect(
      (await first('PATCH', `/v1/organisations/${a}`, { erasmusOid: 'E10444444' })).status,
    ).toBe(200)
    const res = await second('PATCH', `/v1/organisations/${b}`, { erasmusOid: 'E10444444' })
    expect(res.status).toBe(409)
    expect((await res.json()).error).toMatchObject({
      code: 'CONFLICT',
      fields: { erasmusOid: 'Another organisation in Ura already has this OID.' },
    })
  })
})
