import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { DEMO_PASSWORD, loadDemoData } from '../demo/index.ts'
import { catalogueEntries, catalogueReviews } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
  t.deps.env.dataDir = await mkdtemp(path.join(tmpdir(), 'ura-catalogue-demo-'))
  await loadDemoData(t.deps)
})

describe('[CATALOGUE][DEMO]', () => {
  it('[CATALOGUE][DEMO]: approved, pending and rejected entries; a reviewed Ura course; every page has content', async () => {
    const entries = await t.deps.db.select().from(catalogueEntries)
    expect(entries.length).toBeGreaterThanOrEqual(8)
    expect(new Set(entries.map((e) => e.status))).toEqual(
      new Set(['approved', 'pending', 'rejected']),
    )
    expect(new Set(entries.map((e) => e.country ?? e.providerCountry))).toEqual(
      new Set([null, 'IT', 'DE', 'AT', 'SI', 'XK', 'AL']),
    )
    const [review] = await t.deps.db.select().from(catalogueReviews)
    const reviewed = entries.find((e) => e.id === review!.entryId)!
    expect(reviewed.courseId).not.toBeNull()

    const list = await textOf(await t.anonymous().get('/sq/catalogue/courses'))
    expect(list).toContain('Të nxënit me projekte në klasën e arsimit profesional')
    expect(list).toContain('Kurset e vetë Ura-s')
    expect(list).not.toContain('Sigurimi i cilësisë në arsimin profesional')
    const page = await textOf(await t.anonymous().get(`/en/catalogue/courses/${reviewed.id}`))
    expect(page).toContain('Shumë praktik')

    const admin = await t.signedIn('admin@ura.local', DEMO_PASSWORD)
    expect(await textOf(await admin.get('/app/catalogue/courses/moderation'))).toMatch(
      /Quality assurance in VET|Sigurimi i cilësisë në arsimin profesional/,
    )
    const coordinator = await t.signedIn('coordinator@beqircela.edu.al', DEMO_PASSWORD)
    expect(await textOf(await coordinator.get('/app/catalogue/courses'))).toMatch(
      /Drejtimi i një Zyre Ndërkombëtare|Running an International Office/,
    )
    const ferizaj = entries.find((e) => e.status === 'rejected')!
    expect(ferizaj.rejectionReason).not.toBe('')
  })
})
