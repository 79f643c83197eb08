import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { credentials } from '../credentials/schema.ts'
import { DEMO_PASSWORD, loadDemoData } from '../demo/index.ts'
import {
  curricula,
  curriculumCourses,
  curriculumFollowers,
  guidebookFiles,
  guidebooks,
} from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
  t.deps.env.dataDir = await mkdtemp(path.join(tmpdir(), 'ura-curricula-demo-'))
  await loadDemoData(t.deps)
})

describe('[CURRICULA][DEMO]', () => {
  it('[CURRICULA][DEMO]: the International Office Programme, followed by three, one certified', async () => {
    const [programme] = await t.deps.db.select().from(curricula)
    expect(programme).toMatchObject({
      status: 'published',
      visibility: 'consortium',
      optionalToComplete: 1,
    })
    expect(programme!.title.en).toBe('International Office Programme')
    const steps = await t.deps.db
      .select()
      .from(curriculumCourses)
      .where(eq(curriculumCourses.curriculumId, programme!.id))
    expect(steps.map((s) => s.required).sort()).toEqual([false, true, true, true])
    const followers = await t.deps.db
      .select()
      .from(curriculumFollowers)
      .where(eq(curriculumFollowers.curriculumId, programme!.id))
    expect(followers).toHaveLength(3)
    expect(followers.filter((f) => f.completedAt)).toHaveLength(1)
    const issued = await t.deps.db
      .select()
      .from(credentials)
      .where(eq(credentials.kind, 'curriculum'))
    expect(issued).toHaveLength(1)
    expect(issued[0]!.achievement.name.en).toBe('International Office Programme')

    // The printed coordinator sees their progress and the next step.
    const c = await t.signedIn('coordinator@beqircela.edu.al', DEMO_PASSWORD)
    const page = await textOf(await c.get(`/app/learning/curricula/${programme!.id}`))
    expect(page).toContain('Programi i Zyrës Ndërkombëtare')
    expect(page).toContain('Përparimi juaj')
  })

  it('[CURRICULA][DEMO]: two guidebooks, files in two or three languages, one with two versions', async () => {
    const books = await t.deps.db.select().from(guidebooks)
    expect(books.map((b) => b.title.en).sort()).toEqual([
      'Mobility quality guidebook',
      'Safeguarding minors abroad',
    ])
    const files = await t.deps.db.select().from(guidebookFiles)
    expect(files).toHaveLength(6)
    expect(files.filter((f) => f.version === 2).map((f) => f.lang)).toEqual(['en'])
    expect(files.every((f) => f.contentType === 'application/pdf')).toBe(true)
  })
})
