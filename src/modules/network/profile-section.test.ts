import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { partnerships, twinningPairs } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

describe('partners on the public profile', () => {
  it('[NETWORK][PROFILE]: lists partners with a valid agreement and twinning partners, not expired ones', async () => {
    const school = await t.make.organisation({ name: { en: 'Durrës VET School' } })
    const current = await t.make.organisation({
      name: { en: 'Köln Partner School' },
      country: 'DE',
    })
    const expired = await t.make.organisation({
      name: { en: 'Old Partner Academy' },
      country: 'GR',
    })
    const twin = await t.make.organisation({ name: { en: 'Twin School Podgorica' }, country: 'ME' })
    await t.deps.db.insert(partnerships).values([
      {
        tenantId: school.id,
        partnerId: current.id,
        kind: 'memorandum',
        validFrom: '2025-01-01',
        validTo: '2099-12-31',
      },
      {
        tenantId: expired.id,
        partnerId: school.id,
        kind: 'memorandum',
        validFrom: '2020-01-01',
        validTo: '2021-12-31',
      },
    ])
    await t.deps.db
      .insert(twinningPairs)
      .values({ tenantId: twin.id, coachId: twin.id, coachedId: school.id })
    const text = await textOf(await t.app.request(`/en/o/${school.slug}`))
    expect(text).toContain('Partners')
    expect(text).toContain('Köln Partner School')
    expect(text).toContain('Twin School Podgorica')
    expect(text).not.toContain('Old Partner Academy')
  })

  it('[NETWORK][PROFILE]: an organisation without partners shows no empty section', async () => {
    const lonely = await t.make.organisation({ name: { en: 'Lonely School' } })
    const text = await textOf(await t.app.request(`/en/o/${lonely.slug}`))
    expect(text).not.toContain('Partners')
  })
})
