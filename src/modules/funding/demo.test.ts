import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { eq, isNotNull } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { DEMO_PASSWORD, loadDemoData } from '../demo/index.ts'
import { projectPartners } from '../projects/schema.ts'
import { fundingApplications, fundingOpportunities, fundingWatches } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
  t.deps.env.dataDir = await mkdtemp(path.join(tmpdir(), 'ura-funding-demo-'))
  await loadDemoData(t.deps)
})

describe('[FUNDING][DEMO]', () => {
  it('[FUNDING][DEMO]: the register, watches and a pipeline with one funded application and its project', async () => {
    const register = await t.deps.db.select().from(fundingOpportunities)
    expect(register.filter((r) => r.seedKey)).toHaveLength(8)
    expect(register.filter((r) => r.organisationId)).toHaveLength(1)
    expect((await t.deps.db.select().from(fundingWatches)).length).toBeGreaterThanOrEqual(8)
    const apps = await t.deps.db.select().from(fundingApplications)
    expect(new Set(apps.map((a) => a.stage))).toEqual(
      new Set(['idea', 'partners_found', 'drafting', 'funded', 'rejected']),
    )
    const [funded] = await t.deps.db
      .select()
      .from(fundingApplications)
      .where(isNotNull(fundingApplications.projectId))
    const consortium = await t.deps.db
      .select()
      .from(projectPartners)
      .where(eq(projectPartners.projectId, funded!.projectId!))
    expect(consortium.map((p) => p.role).sort()).toEqual(['coordinator', 'partner', 'partner'])
  })

  it('[FUNDING][DEMO]: the Albanian coordinator reads every page in Albanian, none empty', async () => {
    const c = await t.signedIn('coordinator@beqircela.edu.al', DEMO_PASSWORD)
    const list = await textOf(await c.get('/app/funding'))
    expect(list).toContain('Mundësi financimi')
    expect(list).toContain('E pakonfirmuar — verifikoni')
    expect(list).toContain('Bashkia Durrës')
    const watches = await textOf(await c.get('/app/funding/watches'))
    expect(watches).toContain('Ngritja e kapaciteteve në fushën e arsimit dhe formimit profesional')
    const board = await textOf(await c.get('/app/funding/applications'))
    expect(board).toContain('Të nxënit në punë në rajonin e Adriatikut')
    expect(board).toContain('Hap projektin')
    expect(board).toContain('Financuar')
  })
})
