import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { organisations } from '../organisations/index.ts'
import { createCall } from './service/calls.ts'
import { callInput, NOW, openCall } from './test-fixtures.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

describe('public pages', () => {
  it('[CALLS][PUBLIC]: an open call has a public page in every language, is listed on the organisation’s profile and in the sitemap', async () => {
    const s = await openCall(t)
    const org = (
      await t.deps.db.select().from(organisations).where(eq(organisations.id, s.tenantId))
    )[0]!
    const page = await t.anonymous().get(`/en/c/${s.call.slug}`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('Kitchen internships in Thessaloniki')
    expect(html).toContain('hreflang="mk"')
    expect(html).toContain('Apply now')
    const profile = await textOf(await t.anonymous().get(`/en/o/${org.slug}`))
    expect(profile).toContain('Open calls for mobility')
    expect(profile).toContain('Kitchen internships in Thessaloniki')
    const sitemap = await (await t.anonymous().get('/sitemap.xml')).text()
    expect(sitemap).toContain(`/sq/c/${s.call.slug}`)
  })

  it('[CALLS][PUBLIC]: a draft is not public (404); after the deadline the page says applications are closed and the profile drops it', async () => {
    const s = await openCall(t)
    const draft = await createCall(s.ctx, callInput({ title: { en: 'Secret draft' } }))
    expect((await t.anonymous().get(`/en/c/${draft.slug}`)).status).toBe(404)
    expect((await t.anonymous().get('/en/c/no-such-call')).status).toBe(404)
    t.setNow(new Date('2027-03-01T10:00:00Z'))
    try {
      const late = await textOf(await t.anonymous().get(`/en/c/${s.call.slug}`))
      expect(late).toContain('Applications for this call are closed.')
      expect(late).not.toContain('Apply now')
      const org = (
        await t.deps.db.select().from(organisations).where(eq(organisations.id, s.tenantId))
      )[0]!
      expect(await textOf(await t.anonymous().get(`/en/o/${org.slug}`))).not.toContain(
        'Open calls for mobility',
      )
    } finally {
      t.setNow(NOW)
    }
  })
})
