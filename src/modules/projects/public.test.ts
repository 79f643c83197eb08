import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { zonedToInstant } from '#src/lib/dates.ts'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { deliverables, projects } from './schema.ts'
import { listPublicProjectsOf } from './service/public.ts'
import { monthsBetween, planFromTemplate } from './templates.ts'
import { type Consortium, makeConsortium } from './testing.ts'
import { foldForSearch, parseAmount, sumAmounts, toCents } from './values.ts'

let t: TestApp
let c: Consortium
let slug: string

beforeAll(async () => {
  t = await setupTestApp()
  c = await makeConsortium(t)
  const [p] = await t.deps.db
    .update(projects)
    .set({ isPublic: true })
    .where(eq(projects.id, c.project.id))
    .returning()
  slug = p!.slug
  const rows = await t.deps.db
    .select()
    .from(deliverables)
    .where(eq(deliverables.projectId, c.project.id))
  await t.deps.db
    .update(deliverables)
    .set({ isPublic: true })
    .where(eq(deliverables.id, rows[0]!.id))
  await t.deps.db
    .update(deliverables)
    .set({ isPublic: true, disseminationLevel: 'SEN', title: { en: 'Secret budget notes' } })
    .where(eq(deliverables.id, rows[1]!.id))
})

describe('public project page', () => {
  it('[PROJECTS][PUBLIC]: shows the project in the reader’s language, hreflang for its languages, public deliverables only', async () => {
    const res = await t.anonymous().get(`/sq/p/${slug}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('Testimi i AFP-së')
    expect(html).toContain('hreflang="en"')
    expect(html).toContain(`href="http://ura.test/sq/p/${slug}"`)
    expect(html).not.toContain(`http://ura.test/mk/p/${slug}`)
    const text = await textOf(await t.anonymous().get(`/en/p/${slug}`))
    expect(text).toContain('Project handbook')
    expect(text).not.toContain('Secret budget notes')
    expect(text).toContain('Funded by the European Union')
    expect(html).toContain('<script type="application/ld+json">')
    expect(html).toContain('"@type":"Project"')
    // A partner school has a public profile; the external organisation has none.
    expect(html).toMatch(/href="\/sq\/o\/org-[0-9a-f]+"/)
  })

  it('[PROJECTS][PUBLIC]: a project that is not public, or an unknown locale, is not found', async () => {
    await t.deps.db.update(projects).set({ isPublic: false }).where(eq(projects.id, c.project.id))
    expect((await t.anonymous().get(`/en/p/${slug}`)).status).toBe(404)
    await t.deps.db.update(projects).set({ isPublic: true }).where(eq(projects.id, c.project.id))
    expect((await t.anonymous().get(`/xx/p/${slug}`)).status).toBe(404)
  })

  it('[PROJECTS][PUBLIC]: the sitemap lists the page in its languages; profiles can list public projects', async () => {
    const xml = await (await t.anonymous().get('/sitemap.xml')).text()
    expect(xml).toContain(`<loc>http://ura.test/en/p/${slug}</loc>`)
    expect(xml).toContain(`<loc>http://ura.test/sq/p/${slug}</loc>`)
    expect(xml).not.toContain(`<loc>http://ura.test/mk/p/${slug}</loc>`)
    const mine = await listPublicProjectsOf(t.deps, c.partner.tenantId)
    expect(mine.map((p) => p.slug)).toEqual([slug])
    expect(await listPublicProjectsOf(t.deps, c.outsider.tenantId)).toEqual([])
  })
})

describe('values and templates', () => {
  it('[PROJECTS][MONEY]: amounts are parsed and added exactly', () => {
    expect(parseAmount('399 542,28')).toBe('399542.28')
    expect(parseAmount('399,542.28')).toBe('399542.28')
    expect(parseAmount('1.234.567,8')).toBe('1234567.80')
    expect(parseAmount('12.345')).toBeNull()
    expect(parseAmount('-5')).toBeNull()
    expect(sumAmounts(['0.10', '0.20', null, '399542.28'])).toBe('399542.58')
    expect(toCents('87542.28') + toCents('312000.00')).toBe(39954228n)
  })

  it('[PROJECTS][SEARCH]: folding drops accents and case in every script', () => {
    expect(foldForSearch('Shkolla “Beqir Çela”')).toBe('shkolla “beqir cela”')
    expect(foldForSearch('Đurđa  Ćirić')).toBe('durda ciric')
    expect(foldForSearch('Битола')).toBe('битола')
  })

  it('[PROJECTS][TIME]: a meeting time typed in Tirana is stored in UTC, also across DST', () => {
    expect(zonedToInstant('2026-07-01T10:00', 'Europe/Tirane')?.toISOString()).toBe(
      '2026-07-01T08:00:00.000Z',
    )
    expect(zonedToInstant('2026-01-15T10:00', 'Europe/Tirane')?.toISOString()).toBe(
      '2026-01-15T09:00:00.000Z',
    )
    expect(zonedToInstant('not a time', 'Europe/Tirane')).toBeNull()
  })

  it('[PROJECTS][TEMPLATES]: templates span the project and name the CB-VET call year', () => {
    expect(monthsBetween('2025-01-01', '2027-12-31')).toBe(36)
    const plan = planFromTemplate('cb-vet', '2025-01-01', '2027-12-31')
    expect(plan.action).toBe('ERASMUS-EDU-2024-CB-VET')
    expect(plan.workPackages[0]).toMatchObject({
      code: 'WP1',
      startDate: '2025-01-01',
      endDate: '2027-12-31',
    })
    expect(plan.workPackages[2]).toMatchObject({ startDate: '2025-01-01', endDate: '2025-09-30' })
    expect(plan.deliverables.map((d) => d.code)).toEqual(['D1.1', 'D2.1', 'D6.1'])
    const small = planFromTemplate('ka210-vet', null, null)
    expect(small.workPackages).toHaveLength(4)
    expect(small.workPackages.every((w) => w.title.mk && w.title.sq && w.title['sr-Latn'])).toBe(
      true,
    )
  })
})
