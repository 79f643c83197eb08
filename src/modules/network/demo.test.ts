import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { DEMO_PASSWORD, loadDemoData } from '../demo/index.ts'
import { organisations } from '../organisations/schema.ts'
import { twinningGoals, twinningPairs } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
  await loadDemoData(t.deps)
})

describe('network demo data', () => {
  it('[NETWORK][DEMO]: the five V2V pairs twin an EU school with a Western Balkans school, each with a plan', async () => {
    const orgs = await t.deps.db.select().from(organisations)
    const country = new Map(orgs.map((o) => [o.id, o.country]))
    const pairs = await t.deps.db.select().from(twinningPairs)
    expect(pairs).toHaveLength(5)
    expect(new Set(pairs.map((p) => country.get(p.coachId)))).toEqual(
      new Set(['IT', 'NL', 'FI', 'SI', 'HR']),
    )
    expect(pairs.every((p) => ['ME', 'XK', 'BA'].includes(country.get(p.coachedId)!))).toBe(true)
    const goals = await t.deps.db.select().from(twinningGoals)
    expect(new Set(goals.map((g) => g.pairId)).size).toBe(5)
  })

  it('[NETWORK][DEMO]: Beqir Çela’s coordinator sees an agreement to renew, the map and two host companies', async () => {
    const client = await t.signedIn('coordinator@beqircela.edu.al', DEMO_PASSWORD)
    const network = await textOf(await client.get('/app/network'))
    // She reads Ura in Albanian, her school's language.
    expect(network).toContain('Marrëveshje për t’u rinovuar në 90 ditët e ardhshme')
    expect(network).toMatch(
      /Memorandum mirëkuptimi – “Ermis” Lifelong Learning Centre: mbaron më .*, pas 60 ditësh/,
    )
    const agreements = await textOf(await client.get('/app/network/partnerships'))
    expect(agreements).toContain('2 marrëveshje')
    const hosts = await textOf(await client.get('/app/network/host-companies'))
    expect(hosts).toContain('2 kompani pritëse')
    expect(hosts).toContain('Për t’u rinovuar')
    expect(hosts).toContain('Në rregull')
    const map = await client.get('/app/network/map')
    expect(map.status).toBe(200)
    expect(await map.text()).toContain('class="map-partnership"')
  })

  it('[NETWORK][DEMO]: a V2V coach sees its pair and the coached school sees the same plan', async () => {
    const coach = await t.signedIn('giulia.gallo@apro-formazione-alba.example', DEMO_PASSWORD)
    const list = await coach.get('/app/network/twinning')
    const id = (await list.text()).match(/\/app\/network\/twinning\/([0-9a-f-]{36})/)![1]!
    expect(await textOf(await coach.get(`/app/network/twinning/${id}`))).toContain(
      'Write an internationalisation strategy approved by the school board',
    )
    const coached = await t.signedIn('marko.durovic@onogost-niksic.example', DEMO_PASSWORD)
    const plan = await textOf(await coached.get(`/app/network/twinning/${id}`))
    expect(plan).toContain('Školski odbor je usvojio strategiju 24. juna 2021.')
  })
})
