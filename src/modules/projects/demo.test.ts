import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { loadDemoData } from '../demo/index.ts'
import { projectPartners, projects, workPackages } from './schema.ts'
import { sumAmounts } from './values.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
  await loadDemoData(t.deps)
})

describe('projects demo data', () => {
  it('[PROJECTS][DEMO]: ALLIANCE as the seed gives it; shares and lump sums add up to the budget exactly', async () => {
    const [alliance] = await t.deps.db.select().from(projects).where(eq(projects.slug, 'alliance'))
    expect(alliance).toMatchObject({
      action: 'ERASMUS-EDU-2024-CB-VET',
      grantNumber: '101183414',
      startDate: '2025-01-01',
      endDate: '2027-12-31',
      totalBudget: '399542.28',
      status: 'running',
      isPublic: true,
    })
    const partners = await t.deps.db
      .select()
      .from(projectPartners)
      .where(eq(projectPartners.projectId, alliance!.id))
    expect(partners).toHaveLength(9)
    expect(sumAmounts(partners.map((p) => p.budgetShare))).toBe('399542.28')
    const wps = await t.deps.db
      .select()
      .from(workPackages)
      .where(eq(workPackages.projectId, alliance!.id))
    expect(wps.map((w) => w.code).sort()).toEqual(['WP1', 'WP2', 'WP3', 'WP4', 'WP5'])
    expect(wps.find((w) => w.code === 'WP3')?.title.en).toBe(
      'Capacity Building in EU Projects and International Cooperation',
    )
    expect(sumAmounts(wps.map((w) => w.lumpSumAmount))).toBe('399542.28')
  })

  it('[PROJECTS][DEMO]: V2V has its four lots and Connected through Mobility its dates; both closed', async () => {
    const rows = await t.deps.db.select().from(projects)
    const v2v = rows.find((p) => p.slug === 'v2v')!
    const ctm = rows.find((p) => p.slug === 'connected-through-mobility')!
    expect(v2v).toMatchObject({ startDate: '2020-11-01', endDate: '2023-10-31', status: 'closed' })
    expect(ctm).toMatchObject({ startDate: '2021-02-01', endDate: '2024-01-31', status: 'closed' })
    const lots = await t.deps.db
      .select()
      .from(workPackages)
      .where(eq(workPackages.projectId, v2v.id))
    expect(lots.map((l) => l.code).sort()).toEqual(['LOT 1', 'LOT 2', 'LOT 3', 'LOT 4'])
  })

  it('[PROJECTS][DEMO]: the demo coordinator of Beqir Çela sees ALLIANCE as a partner, with its public page on', async () => {
    const client = await t.signedIn('coordinator@beqircela.edu.al', 'ura-demo-2026')
    const list = await textOf(await client.get('/app/projects'))
    expect(list).toContain('ALLIANCE')
    expect(list).not.toContain('V2V')
    const page = await t.anonymous().get('/en/p/alliance')
    expect(page.status).toBe(200)
    expect(await textOf(page)).toContain('WP5: Dissemination & Exploitation Activities')
  })
})
