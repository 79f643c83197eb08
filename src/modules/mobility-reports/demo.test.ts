import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { DEMO_PASSWORD, loadDemoData } from '../demo/index.ts'
import { nationalAgencyRates } from '../grants/schema.ts'
import { guardianships, users } from '../users/schema.ts'
import { DEMO_KA121, DEMO_MINOR } from './demo.ts'
import { mobilityGrants } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
  await loadDemoData(t.deps)
})

describe('reports demo', () => {
  it('[REPORTS][DEMO]: German, Greek and Italian demo rates for 2026, marked as demo', async () => {
    const rows = await t.deps.db.select().from(nationalAgencyRates)
    expect(new Set(rows.map((r) => r.sendingCountry))).toEqual(new Set(['DE', 'GR', 'IT']))
    expect(rows).toHaveLength(18)
    expect(rows.every((r) => r.isDemo && r.callYear === 2026)).toBe(true)
  })

  it('[REPORTS][DEMO]: a 15-year-old learner with her guardian', async () => {
    const [minor] = await t.deps.db
      .select()
      .from(users)
      .where(eq(users.username, DEMO_MINOR.username))
    const age = (t.deps.now().getTime() - Date.parse(minor!.dateOfBirth!)) / (365.25 * 86_400_000)
    expect(Math.floor(age)).toBe(15)
    const [link] = await t.deps.db
      .select()
      .from(guardianships)
      .where(eq(guardianships.learnerUserId, minor!.id))
    const [guardian] = await t.deps.db
      .select()
      .from(users)
      .where(eq(users.id, link!.guardianUserId))
    expect(guardian?.email).toBe(DEMO_MINOR.guardianEmail)
  })

  it('[REPORTS][DEMO]: Beqir Çela’s decided outgoing mobilities have grants at the German demo rates', async () => {
    const grants = await t.deps.db.select().from(mobilityGrants)
    expect(grants.length).toBeGreaterThanOrEqual(2)
    for (const g of grants) {
      expect(g.inputs.nationalAgencyCountry).toBe('DE')
      expect(g.notes.map((n) => n.key)).toContain('reports:grant.notes.demoRate')
      expect(g.totalMin).toBe(g.totalMax)
    }
  })

  it('[REPORTS][DEMO]: the coordinator finds the pipeline, the totals and the export with Unique Mobility IDs', async () => {
    const client = await t.signedIn('coordinator@beqircela.edu.al', DEMO_PASSWORD)
    expect((await client.get('/app/mobility/pipeline')).status).toBe(200)
    const totals = await textOf(await client.get('/app/reports/grants'))
    expect(totals).toContain(DEMO_KA121.acronym)
    const page = await textOf(await client.get('/app/reports/export'))
    expect(page).toMatch(/2026-SHORT-000\d-KA121-VET-000187342/)
  })
})
