import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { DEMO_PASSWORD, loadDemoData } from '../demo/index.ts'
import { learningAgreements, mobilityCertificates } from './schema.ts'
import { hashContent } from './service/agreement-content.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
  await loadDemoData(t.deps)
})

describe('[MOBILITY][DEMO]', () => {
  it('[MOBILITY][DEMO]: Beqir Çela sends two learners to Köln and hosts a teacher from Larisa', async () => {
    const coordinator = await t.signedIn('coordinator@beqircela.edu.al', DEMO_PASSWORD)
    await coordinator.get('/locale/en?next=/app')
    const list = await textOf(await coordinator.get('/app/mobility'))
    expect(list).toContain('Ergys Bregu')
    expect(list).toContain('Ardit Meta')
    expect(list).toContain('2 mobilities')
    const incoming = await textOf(await coordinator.get('/app/mobility/incoming'))
    expect(incoming).toContain('Δημήτρης Παπαδάκης')
    expect(incoming).toContain('Job shadowing')
  })

  it('[MOBILITY][DEMO]: the stored hashes match the content, and the certificate verifies', async () => {
    for (const a of await t.deps.db.select().from(learningAgreements)) {
      expect(a.contentHash).toBe(hashContent(a.contentJson))
    }
    const [certificate] = await t.deps.db.select().from(mobilityCertificates)
    const old = await t.anonymous().get(`/en/verify/${certificate!.token}`)
    const page = await textOf(await t.anonymous().get(old.headers.get('location')!))
    expect(page).toContain('Valid.')
    expect(page).toContain('Ergys Bregu')
    expect(page).toContain('Install and test low-voltage circuits')
    const [agreement] = await t.deps.db
      .select()
      .from(learningAgreements)
      .where(eq(learningAgreements.status, 'signing'))
    expect(agreement).toBeDefined()
  })

  it('[MOBILITY][DEMO]: Ardit’s mother sees his mobility and may sign his agreement', async () => {
    const guardian = await t.signedIn('mirela.meta@example.com', DEMO_PASSWORD)
    await guardian.get('/locale/en?next=/app')
    const mine = await textOf(await guardian.get('/app/my-mobility'))
    expect(mine).toContain('Ardit Meta')
    expect(mine).not.toContain('Ergys Bregu')
  })
})
