import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { getT, isLocale } from '#src/lib/i18n.ts'
import { parseXmlFeed } from '#src/modules/news/feed-check.ts'
import { SKIP_E2E } from './support/browser.ts'
import { useJourney } from './support/journey.ts'
import {
  checkA11y,
  expectNoHorizontalOverflow,
  expectNoPageProblems,
  htmlLang,
  screenshot,
  signIn,
} from './support/pages.ts'

const COORDINATOR = 'coordinator@beqircela.edu.al'
const DEMO_PASSWORD = 'ura-demo-2026'
const ORG = 'beqir-cela-durres'

const post = {
  sq: {
    title: 'Dita e Informimit Erasmus+ në Durrës',
    body: 'Nxënësit e vitit të tretë u njohën me **praktikat profesionale** jashtë vendit.\n\n## Hapat e ardhshëm\n\nAplikimet hapen në janar.',
  },
  en: {
    title: 'Erasmus+ Info Day in Durrës',
    body: 'Third-year learners heard about **work placements** abroad.\n\n## Next steps\n\nApplications open in January.',
  },
}

const path = (url: string) => new URL(url).pathname

/** The translation of `key` in the language the page is shown in. */
async function tr(page: Page, key: string) {
  const lang = await htmlLang(page)
  if (!isLocale(lang)) throw new Error(`unexpected html lang "${lang}"`)
  return getT(lang)(key)
}

describe.skipIf(SKIP_E2E)('[NEWS][JOURNEY]', () => {
  const journey = useJourney()

  it('[NEWS][JOURNEY]: a coordinator publishes news in Albanian and English on a phone; readers and feeds get both', async () => {
    // 1. The coordinator writes the post on a 360 px phone.
    const { page } = await journey.open({ phone: true })
    await page.goto('/signin')
    await signIn(page, COORDINATOR, DEMO_PASSWORD)
    await page.goto('/app/news')
    await checkA11y(page, 'newsroom')
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/app/news/new'),
      page.locator('main a[href="/app/news/new"]').first().click(),
    ])
    await checkA11y(page, 'news editor')
    await expectNoHorizontalOverflow(page, 'news editor')
    for (const lang of ['sq', 'en'] as const) {
      await page.locator(`input[name="title.${lang}"]`).fill(post[lang].title)
      await page.locator(`textarea[name="body.${lang}"]`).fill(post[lang].body)
    }
    // On a phone the languages are stacked: English starts below the Albanian column.
    const [sqBox, enBox] = await Promise.all(
      ['sq', 'en'].map((l) => page.locator(`fieldset:has(input[name="title.${l}"])`).boundingBox()),
    )
    expect(enBox!.y).toBeGreaterThanOrEqual(sqBox!.y + sqBox!.height)
    await page.locator('input[name="tags"]').fill('Erasmus+, Info Day')
    await screenshot(page, 'news-editor-phone')
    await Promise.all([
      page.waitForURL((url) => /^\/app\/news\/[0-9a-f-]{36}$/.test(url.pathname)),
      page.locator('button[name="intent"][value="publish"]').click(),
    ])
    expect(await page.locator('[role="status"]').textContent()).toBe(
      await tr(page, 'news:notices.published'),
    )
    await checkA11y(page, 'news editor after publishing')
    const viewPublic = page.locator('a.btn', { hasText: await tr(page, 'news:editor.viewPublic') })
    const publicHref = await viewPublic.getAttribute('href')
    // The slug comes from the English title; the link opens the coordinator's own language.
    expect(publicHref).toMatch(/^\/(sq|en)\/n\/erasmus-info-day-in-durres$/)
    const slug = publicHref!.split('/').pop()!
    expectNoPageProblems(page, 'coordinator')

    // On a wide screen the same editor shows the two languages side by side.
    const desk = await journey.open()
    await desk.page.goto('/signin')
    await signIn(desk.page, COORDINATOR, DEMO_PASSWORD)
    await desk.page.goto(new URL(page.url()).pathname)
    const [sqWide, enWide] = await Promise.all(
      ['sq', 'en'].map((l) =>
        desk.page.locator(`fieldset:has(input[name="title.${l}"])`).boundingBox(),
      ),
    )
    expect(enWide!.y).toBe(sqWide!.y)
    expect(enWide!.x).toBeGreaterThan(sqWide!.x + sqWide!.width - 1)
    await checkA11y(desk.page, 'news editor (desktop)')
    await screenshot(desk.page, 'news-editor-desktop')

    // 2. A visitor reads it in Albanian, sees English offered, and switches.
    const visitor = await journey.open({ phone: true })
    const reader = visitor.page
    await reader.goto(`/sq/n/${slug}`)
    expect(await reader.locator('h1').textContent()).toBe(post.sq.title)
    expect(await reader.locator('.news-body strong').first().textContent()).toBe(
      'praktikat profesionale',
    )
    expect(await reader.locator('script[type="application/ld+json"]').count()).toBe(1)
    const hreflangs = await reader
      .locator('head link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')))
    expect(hreflangs.sort()).toEqual(['en', 'sq', 'x-default'])
    // Feed readers discover the school's feeds in the language the post is read in.
    const feeds = await reader
      .locator('head link[rel="alternate"][type]')
      .evaluateAll((links) =>
        links.map((l) => `${l.getAttribute('type')} ${l.getAttribute('href')}`),
      )
    expect(feeds).toHaveLength(3)
    expect(feeds.every((f) => /\/sq\/o\/[a-z0-9-]+\/news\.(rss|atom|json)$/.test(f))).toBe(true)
    await checkA11y(reader, 'news post (sq)')
    await expectNoHorizontalOverflow(reader, 'news post (sq)')
    await screenshot(reader, 'news-post-phone')
    const english = reader.locator('nav.news-other-langs a[hreflang="en"]')
    await Promise.all([
      reader.waitForURL((url) => url.pathname === `/en/n/${slug}`),
      english.click(),
    ])
    expect(await reader.locator('h1').textContent()).toBe(post.en.title)
    await checkA11y(reader, 'news post (en)')
    // A language it was not written in falls back to the organisation's own, and says so.
    await reader.goto(`/mk/n/${slug}`)
    expect(await reader.locator('h1').getAttribute('lang')).toBe('sq')
    await checkA11y(reader, 'news post (mk, fallback)')
    await reader.goto(`/sq/o/${ORG}/news`)
    await checkA11y(reader, 'news list')
    await reader.goto(`/sq/o/${ORG}`)
    expect(await reader.locator('main').textContent()).toContain(post.sq.title)
    await checkA11y(reader, 'public profile with news')
    // The JSON-LD blocks are data, never run: the strict CSP has nothing to refuse.
    expectNoPageProblems(reader, 'visitor')

    // 3. Without JavaScript the post reads the same.
    const noJs = await journey.open({ phone: true, javaScriptEnabled: false })
    await noJs.page.goto(`/en/n/${slug}`)
    expect(await noJs.page.locator('.news-body h2').textContent()).toBe('Next steps')

    // 4. The RSS feed of each language carries that language's version.
    for (const lang of ['sq', 'en'] as const) {
      const res = await reader.request.get(`/${lang}/o/${ORG}/news.rss`)
      expect(res.status()).toBe(200)
      expect(res.headers()['content-type']).toBe('application/rss+xml; charset=utf-8')
      const feed = parseXmlFeed(await res.text())
      const item = feed.items.find((i) => path(i.link) === `/${lang}/n/${slug}`)
      expect(item?.title, `${lang} feed`).toBe(post[lang].title)
    }
    const mk = parseXmlFeed(await (await reader.request.get(`/mk/o/${ORG}/news.rss`)).text())
    expect(mk.items.some((i) => i.link.endsWith(`/${slug}`))).toBe(false)
  })
})
