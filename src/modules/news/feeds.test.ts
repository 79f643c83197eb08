import { describe, expect, it } from 'vitest'
import { parseXmlFeed, topLevelNames } from './feed-check.ts'
import { type FeedSpec, renderFeed } from './feeds.ts'

const base: Omit<FeedSpec, 'format'> = {
  title: 'News from “Beqir Çela” & friends',
  description: 'The latest news',
  lang: 'sq',
  homeUrl: 'http://ura.test/sq/o/beqir-cela-durres/news',
  feedBase: 'http://ura.test/sq/o/beqir-cela-durres/news',
  author: { name: '“Beqir Çela”', link: 'http://ura.test/sq/o/beqir-cela-durres' },
  baseUrl: 'http://ura.test',
  posts: [
    {
      slug: 'alliance-autumn',
      title: 'Projekti <ALLIANCE> & ]]> vjeshta\u0001',
      summary: 'Përmbledhje <b>',
      html: '<p>Tekst <strong>i trashë</strong> <a href="https://x.example/]]>" rel="noopener">a</a></p>',
      tags: ['ALLIANCE', 'AFP'],
      publishedAt: new Date('2025-11-18T10:00:00Z'),
      updatedAt: new Date('2025-11-19T10:00:00Z'),
    },
    {
      slug: 'second',
      title: 'E dyta',
      summary: null,
      html: '<p>Dy</p>',
      tags: [],
      publishedAt: new Date('2025-10-01T10:00:00Z'),
      updatedAt: new Date('2025-10-01T10:00:00Z'),
    },
  ],
}

describe('renderFeed', () => {
  it('[NEWS][FEED][RSS]: well-formed RSS 2.0 with the required channel and item fields', () => {
    const xml = renderFeed({ ...base, format: 'rss' })
    const feed = parseXmlFeed(xml)
    expect(feed.root).toBe('rss 2.0')
    expect(feed.title).toBe(base.title)
    expect(feed.language).toBe('sq')
    expect(topLevelNames(xml)).toEqual(
      expect.arrayContaining(['title', 'link', 'description', 'language', 'item']),
    )
    expect(feed.items).toHaveLength(2)
    const [first] = feed.items
    expect(first!.title).toBe('Projekti &lt;ALLIANCE&gt; &amp; ]]&gt; vjeshta')
    expect(first!.link).toBe('http://ura.test/sq/n/alliance-autumn')
    expect(first!.date).toBe('Tue, 18 Nov 2025 10:00:00 GMT')
    expect(first!.html).toContain('<strong>i trashë</strong>')
  })

  it('[NEWS][FEED][ATOM]: well-formed Atom 1.0 with id, title, updated, author and entries', () => {
    const xml = renderFeed({ ...base, format: 'atom' })
    const feed = parseXmlFeed(xml)
    expect(feed.root).toBe('feed http://www.w3.org/2005/Atom')
    expect(topLevelNames(xml)).toEqual(
      expect.arrayContaining(['id', 'title', 'updated', 'author', 'link', 'entry']),
    )
    expect(xml).toContain('<updated>2025-11-19T10:00:00.000Z</updated>')
    // The feed's language, as Atom puts it (RFC 4287 §2: xml:lang on any element).
    expect(xml).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="sq"/)
    expect(feed.items[0]!.id).toBe('http://ura.test/sq/n/alliance-autumn')
    expect(feed.items[0]!.link).toBe('http://ura.test/sq/n/alliance-autumn')
    expect(feed.items[1]!.html).toBe('<p>Dy</p>')
  })

  it('[NEWS][FEED][JSON]: JSON Feed 1.1 with language, authors and items', () => {
    const json = JSON.parse(renderFeed({ ...base, format: 'json' }))
    expect(json.version).toBe('https://jsonfeed.org/version/1.1')
    expect(json.title).toBe(base.title)
    expect(json.home_page_url).toBe(base.homeUrl)
    expect(json.feed_url).toBe(`${base.feedBase}.json`)
    expect(json.language).toBe('sq')
    expect(json.authors).toEqual([{ name: base.author.name, url: base.author.link }])
    expect(json.author).toBeUndefined()
    expect(json.items).toHaveLength(2)
    const item = json.items[0]
    expect(item.id).toBe('http://ura.test/sq/n/alliance-autumn')
    expect(item.url).toBe(item.id)
    expect(item.title).toBe('Projekti <ALLIANCE> & ]]> vjeshta')
    expect(item.summary).toBe('Përmbledhje <b>')
    expect(item.content_html).toContain('<strong>')
    expect(item.date_published).toBe('2025-11-18T10:00:00.000Z')
    expect(item.tags).toEqual(['ALLIANCE', 'AFP'])
    expect(item.language).toBe('sq')
    expect(item.author).toBeUndefined()
  })

  it('[NEWS][FEED]: an empty feed is still valid', () => {
    for (const format of ['rss', 'atom'] as const) {
      expect(parseXmlFeed(renderFeed({ ...base, posts: [], format })).items).toEqual([])
    }
    expect(JSON.parse(renderFeed({ ...base, posts: [], format: 'json' })).items).toEqual([])
  })
})
