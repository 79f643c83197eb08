import { randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { projects } from '../projects/schema.ts'
import { memberships } from '../users/schema.ts'
import { parseXmlFeed } from './feed-check.ts'
import type { PostInput } from './inputs.ts'
import { createPost } from './service.ts'

let t: TestApp
let org: { id: string; slug: string }
let both: { slug: string }
let onlyEn: { slug: string }
let project: { id: string; slug: string }

const input = (over: Partial<PostInput>): PostInput => ({
  title: {},
  summary: {},
  body: {},
  tags: [],
  projectIds: [],
  eventIds: [],
  campaignId: null,
  intent: 'publish',
  ...over,
})

beforeAll(async () => {
  t = await setupTestApp()
  const made = await t.make.organisation({
    slug: 'news-school',
    name: { sq: 'Shkolla e Lajmeve', en: 'News School' },
    defaultLocale: 'sq',
  })
  org = made
  const { user } = await t.make.member('coordinator', { tenantId: org.id })
  const ctx = await t.ctxFor(user.id, org.id)
  const [p] = await t.deps.db
    .insert(projects)
    .values({
      tenantId: org.id,
      slug: `alliance-${randomBytes(3).toString('hex')}`,
      acronym: 'ALLIANCE',
      title: { en: 'Alliance project' },
      isPublic: true,
      startDate: '2025-01-01',
    })
    .returning()
  project = p!
  t.setNow(new Date('2025-11-18T09:00:00Z'))
  both = await createPost(
    ctx,
    input({
      title: { sq: 'Projekti ALLIANCE në Durrës', en: 'ALLIANCE in Durrës' },
      summary: { en: 'Three events in one autumn.' },
      body: { sq: 'Teksti **shqip**.', en: 'The **English** text.' },
      tags: ['ALLIANCE'],
      projectIds: [project.id],
    }),
  )
  t.setNow(new Date('2025-11-20T09:00:00Z'))
  onlyEn = await createPost(
    ctx,
    input({ title: { en: 'English only', sq: 'Vetëm titull' }, body: { en: 'Only in English.' } }),
  )
  await createPost(
    ctx,
    input({ title: { en: 'A draft' }, body: { en: 'Secret' }, intent: 'draft' }),
  )
  t.setNow(new Date())
})

function alternates(html: string) {
  return [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
    (m) => `${m[1]} ${m[2]}`,
  )
}

function jsonLd(html: string) {
  const m = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)
  return m ? JSON.parse(m[1]!) : null
}

describe('/:locale/n/:slug', () => {
  it('[NEWS][PUBLIC]: shows the post in the reader language, offers the other, hreflang for both only', async () => {
    const res = await t.anonymous().get(`/sq/n/${both.slug}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<h1>Projekti ALLIANCE në Durrës</h1>')
    expect(html).toContain('<p>Teksti <strong>shqip</strong>.</p>')
    expect(html).toMatch(
      new RegExp(`<a href="/en/n/${both.slug}" hreflang="en" lang="en">English</a>`),
    )
    expect(alternates(html)).toEqual([
      `en http://ura.test/en/n/${both.slug}`,
      `sq http://ura.test/sq/n/${both.slug}`,
      `x-default http://ura.test/en/n/${both.slug}`,
    ])
    expect(html).toContain(`href="/sq/p/${project.slug}">ALLIANCE</a>`)
    const data = jsonLd(html)
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Projekti ALLIANCE në Durrës',
      inLanguage: 'sq',
      url: `http://ura.test/sq/n/${both.slug}`,
      datePublished: '2025-11-18T09:00:00.000Z',
      publisher: { '@type': 'Organization', name: 'Shkolla e Lajmeve' },
    })
  })

  it('[NEWS][FALLBACK]: a reader language that does not exist falls back, says so, and keeps the UI language', async () => {
    const html = await (await t.anonymous().get(`/mk/n/${both.slug}`)).text()
    expect(html).toContain('<html lang="mk"')
    // The organisation writes Albanian first, so Albanian is the fallback for Macedonian.
    expect(html).toContain('<h1 lang="sq">Projekti ALLIANCE në Durrës</h1>')
    expect(html).toContain('не е достапна на македонски, па се прикажува на албански')
    expect(alternates(html)).not.toContainEqual(expect.stringMatching(/^mk /))
    // The language switcher still leads to the Macedonian address (no hreflang claim there).
    expect(html).toContain(`href="http://ura.test/mk/n/${both.slug}" hreflang="mk" lang="mk"`)
    const only = await (await t.anonymous().get(`/sq/n/${onlyEn.slug}`)).text()
    expect(only).toContain('<h1 lang="en">English only</h1>')
    expect(alternates(only)).toEqual([
      `en http://ura.test/en/n/${onlyEn.slug}`,
      `x-default http://ura.test/en/n/${onlyEn.slug}`,
    ])
  })

  it('[NEWS][PUBLIC]: drafts, unknown posts and unknown locales are not found', async () => {
    const client = t.anonymous()
    expect((await client.get('/en/n/a-draft')).status).toBe(404)
    expect((await client.get('/en/n/nothing-here')).status).toBe(404)
    expect((await client.get(`/de/n/${both.slug}`)).status).toBe(404)
  })
})

describe('/:locale/o/:slug/news', () => {
  it('[NEWS][PUBLIC]: lists published posts newest first, with feed links; not drafts', async () => {
    const res = await t.anonymous().get('/en/o/news-school/news')
    expect(res.status).toBe(200)
    const html = await res.text()
    const text = await textOf(new Response(html))
    expect(text).toContain('News from News School')
    expect(text.indexOf('English only')).toBeLessThan(text.indexOf('ALLIANCE in Durrës'))
    expect(text).toContain('Three events in one autumn.')
    expect(text).not.toContain('A draft')
    expect(html).toContain('href="/en/o/news-school/news.rss"')
    expect(alternates(html)).toContain('mk http://ura.test/mk/o/news-school/news')
    // Feed readers find the feeds from the page's head (autodiscovery).
    const head = html.slice(0, html.indexOf('</head>'))
    expect(head).toContain(
      '<link rel="alternate" type="application/rss+xml" title="News from News School (RSS)" href="http://ura.test/en/o/news-school/news.rss"/>',
    )
    expect(head).toContain('type="application/atom+xml"')
    expect(head).toContain('type="application/feed+json"')
  })

  it('[NEWS][PUBLIC]: a post’s page offers its school’s feeds in the language it is read in', async () => {
    const html = await (await t.anonymous().get(`/sq/n/${both.slug}`)).text()
    const head = html.slice(0, html.indexOf('</head>'))
    expect(head).toMatch(
      /<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="http:\/\/ura\.test\/sq\/o\/news-school\/news\.rss"\/>/,
    )
  })

  it('[NEWS][PUBLIC]: an external or unknown organisation has no news page', async () => {
    await t.make.organisation({ slug: 'external-co', isExternal: true })
    expect((await t.anonymous().get('/en/o/external-co/news')).status).toBe(404)
    expect((await t.anonymous().get('/en/o/nobody/news.rss')).status).toBe(404)
  })

  it('[NEWS][PROFILE]: the profile shows the latest news with NewsArticle data; no section without news', async () => {
    const html = await (await t.anonymous().get('/en/o/news-school')).text()
    expect(html).toContain('Latest news')
    expect(html).toContain(`href="/en/n/${onlyEn.slug}"`)
    const graph = jsonLd(html)['@graph'] as { '@type': string; headline?: string }[]
    expect(graph.map((n) => n['@type'])).toEqual([
      'EducationalOrganization',
      'NewsArticle',
      'NewsArticle',
    ])
    await t.make.organisation({ slug: 'quiet-school' })
    const quiet = await (await t.anonymous().get('/en/o/quiet-school')).text()
    expect(quiet).not.toContain('Latest news')
    expect(quiet).not.toContain('NewsArticle')
  })
})

describe('feeds', () => {
  it('[NEWS][FEED]: RSS per language holds only the posts complete in that language, with absolute links', async () => {
    const en = await t.anonymous().get('/en/o/news-school/news.rss')
    expect(en.status).toBe(200)
    expect(en.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    const enFeed = parseXmlFeed(await en.text())
    expect(enFeed.language).toBe('en')
    expect(enFeed.items.map((i) => i.title)).toEqual(['English only', 'ALLIANCE in Durrës'])
    expect(enFeed.items[1]!.link).toBe(`http://ura.test/en/n/${both.slug}`)
    const sqFeed = parseXmlFeed(
      await (await t.anonymous().get('/sq/o/news-school/news.rss')).text(),
    )
    expect(sqFeed.items.map((i) => i.title)).toEqual(['Projekti ALLIANCE në Durrës'])
    expect(sqFeed.items[0]!.html).toContain('<strong>shqip</strong>')
    expect(sqFeed.items[0]!.html).not.toContain('English')
    const mkFeed = parseXmlFeed(
      await (await t.anonymous().get('/mk/o/news-school/news.rss')).text(),
    )
    expect(mkFeed.items).toEqual([])
  })

  it('[NEWS][FEED]: Atom and JSON Feed 1.1 with their content types', async () => {
    const atom = await t.anonymous().get('/sq/o/news-school/news.atom')
    expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const parsed = parseXmlFeed(await atom.text())
    expect(parsed.root).toBe('feed http://www.w3.org/2005/Atom')
    expect(parsed.items[0]!.id).toBe(`http://ura.test/sq/n/${both.slug}`)
    const json = await t.anonymous().get('/en/o/news-school/news.json')
    expect(json.headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
    const feed = await json.json()
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      language: 'en',
      home_page_url: 'http://ura.test/en/o/news-school/news',
      feed_url: 'http://ura.test/en/o/news-school/news.json',
    })
    expect(feed.items[1]).toMatchObject({
      url: `http://ura.test/en/n/${both.slug}`,
      summary: 'Three events in one autumn.',
      tags: ['ALLIANCE'],
    })
  })

  it('[NEWS][FEED]: a public project has its own feeds; a private or unknown one has none', async () => {
    const res = await t.anonymous().get(`/en/p/${project.slug}/news.rss`)
    expect(res.status).toBe(200)
    const feed = parseXmlFeed(await res.text())
    expect(feed.title).toBe('ALLIANCE: news')
    expect(feed.items.map((i) => i.title)).toEqual(['ALLIANCE in Durrës'])
    const json = await (await t.anonymous().get(`/sq/p/${project.slug}/news.json`)).json()
    expect(json.items.map((i: { title: string }) => i.title)).toEqual([
      'Projekti ALLIANCE në Durrës',
    ])
    expect((await t.anonymous().get('/en/p/no-such-project/news.atom')).status).toBe(404)
  })

  it('[NEWS][FEED][CACHE]: 304 for a reader that has the version; a new post shows at once', async () => {
    const client = t.anonymous()
    const first = await client.get('/en/o/news-school/news.json')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await client.get('/en/o/news-school/news.json', { 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    const [member] = await t.deps.db
      .select()
      .from(memberships)
      .where(eq(memberships.tenantId, org.id))
    await createPost(
      await t.ctxFor(member!.userId, org.id),
      input({ title: { en: 'Fresh' }, body: { en: 'New.' } }),
    )
    const fresh = await client.get('/en/o/news-school/news.json', { 'if-none-match': etag })
    expect(fresh.status).toBe(200)
    expect(fresh.headers.get('etag')).not.toBe(etag)
    expect((await fresh.json()).items[0].title).toBe('Fresh')
  })

  it('[NEWS][SITEMAP]: posts in the languages they exist in, and the news page of the organisation', async () => {
    const xml = await (await t.anonymous().get('/sitemap.xml')).text()
    expect(xml).toContain(`<loc>http://ura.test/sq/n/${both.slug}</loc>`)
    expect(xml).toContain(`<loc>http://ura.test/en/n/${both.slug}</loc>`)
    expect(xml).not.toContain(`<loc>http://ura.test/mk/n/${both.slug}</loc>`)
    expect(xml).not.toContain(`<loc>http://ura.test/sq/n/${onlyEn.slug}</loc>`)
    expect(xml).toContain('<loc>http://ura.test/mk/o/news-school/news</loc>')
    expect(xml).not.toContain('a-draft')
  })
})
