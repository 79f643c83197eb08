import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { randomToken, sha256 } from '../../lib/crypto.ts'
import { apiTokens } from '../api-tokens/schema.ts'
import type { Role } from '../users/schema.ts'
import { hostCompanies, partnerships } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
  t.setNow(new Date('2026-03-01T09:00:00Z'))
})

/** A member with an API token; `get` calls the API with `Authorization: Bearer …`. */
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
  const get = (path: string) =>
    t.app.request(`/api${path}`, { headers: { authorization: `Bearer ${secret}` } })
  return { ...member, get }
}

describe('network API', () => {
  it('[NETWORK][API]: without a token every endpoint answers 401 JSON', async () => {
    for (const path of ['/v1/network/organisations', '/v1/partnerships', '/v1/host-companies']) {
      const res = await t.app.request(`/api${path}`)
      expect(res.status, path).toBe(401)
      expect((await res.json()).error.code).toBe('UNAUTHENTICATED')
    }
  })

  it('[NETWORK][API]: a learner token is refused (403)', async () => {
    const { get } = await tokenFor('learner')
    for (const path of ['/v1/network/organisations', '/v1/partnerships', '/v1/host-companies']) {
      expect((await get(path)).status, path).toBe(403)
    }
  })

  it("[NETWORK][API]: the directory is searched; agreements and host companies are the token's organisation's only", async () => {
    const school = await t.make.organisation({
      name: { sq: 'Shkolla “Beqir Çela”' },
      city: 'Durrës',
    })
    const partner = await t.make.organisation({ name: { de: 'Brücke Europa' }, country: 'DE' })
    const hotel = await t.make.organisation({
      name: { sq: 'Hotel Bregdeti' },
      type: 'company',
      isExternal: true,
    })
    await t.deps.db.insert(partnerships).values({
      tenantId: school.id,
      partnerId: partner.id,
      kind: 'memorandum',
      validFrom: '2025-01-01',
      validTo: '2026-04-30',
      quotas: { 'LM-SHORT-VET': 8 },
    })
    await t.deps.db.insert(hostCompanies).values({
      tenantId: school.id,
      organisationId: hotel.id,
      sector: '10',
      acceptsMinors: true,
      contactName: 'Elona Dervishi',
    })
    const { get } = await tokenFor('staff', school.id)

    const found = await (await get('/v1/network/organisations?q=cela')).json()
    expect(found.total).toBe(1)
    expect(found.data[0]).toMatchObject({ id: school.id, isExternal: false, city: 'Durrës' })
    const companies = await (await get('/v1/network/organisations?type=company')).json()
    expect(companies.data.map((o: { id: string }) => o.id)).toContain(hotel.id)

    const agreements = await (await get('/v1/partnerships')).json()
    expect(agreements.data).toEqual([
      expect.objectContaining({
        partner: expect.objectContaining({ id: partner.id, country: 'DE' }),
        status: 'expiring',
        quotas: { 'LM-SHORT-VET': 8 },
        hasDocument: false,
      }),
    ])
    expect((await (await get('/v1/partnerships?status=expired')).json()).data).toEqual([])

    const hosts = await (await get('/v1/host-companies?sector=10&minors=yes')).json()
    expect(hosts.data).toEqual([
      expect.objectContaining({ sector: '10', safeguarding: 'missing', acceptsMinors: true }),
    ])

    const outsider = await tokenFor('coordinator')
    expect((await (await outsider.get('/v1/partnerships')).json()).data).toEqual([])
    expect((await (await outsider.get('/v1/host-companies')).json()).data).toEqual([])
  })

  it('[NETWORK][API]: the OpenAPI document lists the three endpoints', async () => {
    const doc = await (await t.app.request('/api/openapi.json')).json()
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/v1/network/organisations',
        '/v1/partnerships',
        '/v1/host-companies',
      ]),
    )
  })
})
