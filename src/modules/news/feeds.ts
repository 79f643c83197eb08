import { Feed } from 'feed'
import type { FeedPost } from './public.ts'

export const FEED_FORMATS = ['rss', 'atom', 'json'] as const
export type FeedFormat = (typeof FEED_FORMATS)[number]

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

export type FeedSpec = {
  format: FeedFormat
  /** Already translated: "News from “Beqir Çela” Vocational School". */
  title: string
  description: string
  lang: string
  /** Absolute URLs. */
  homeUrl: string
  /** The feed's own address without the extension: `…/sq/o/beqir-cela-durres/news`. */
  feedBase: string
  author: { name: string; link: string }
  /** Absolute base of the site, for item links. */
  baseUrl: string
  posts: FeedPost[]
}

// Characters XML 1.0 does not allow at all (a pasted control character would break the feed).
function isXmlChar(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0
  if (code === 0x9 || code === 0xa || code === 0xd) return true
  return code >= 0x20 && code !== 0xfffe && code !== 0xffff
}

function clean(s: string): string {
  for (const ch of s) {
    if (!isXmlChar(ch)) return [...s].filter(isXmlChar).join('')
  }
  return s
}

/** Titles are plain text; RSS and Atom readers treat them as HTML, so escape them there. */
function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * One language's news as RSS 2.0, Atom 1.0 or JSON Feed 1.1, with absolute links. The `feed`
 * package writes JSON Feed 1.0, so its output is lifted to 1.1 (`authors`, `language`).
 */
export function renderFeed(spec: FeedSpec): string {
  const isXml = spec.format !== 'json'
  const text = (s: string) => {
    const c = clean(s)
    return isXml ? escapeHtml(c) : c
  }
  // Sanitised HTML escapes `>` in text; an attribute could still hold `]]>`, which ends CDATA.
  const html = (s: string) => (isXml ? clean(s).replaceAll(']]>', ']]&gt;') : clean(s))
  const latest = spec.posts.reduce<Date | undefined>(
    (max, p) => (!max || p.updatedAt > max ? p.updatedAt : max),
    undefined,
  )
  const feed = new Feed({
    id: `${spec.feedBase}.${spec.format}`,
    title: clean(spec.title),
    description: clean(spec.description),
    link: spec.homeUrl,
    language: spec.lang,
    updated: latest ?? new Date(0),
    generator: 'Ura',
    feedLinks: {
      rss: `${spec.feedBase}.rss`,
      atom: `${spec.feedBase}.atom`,
      json: `${spec.feedBase}.json`,
    },
    author: spec.author,
    copyright: clean(spec.author.name),
  })
  // Items carry no author: RSS wants an e-mail address there, and Atom entries inherit the feed's.
  for (const post of spec.posts) {
    const link = `${spec.baseUrl}/${spec.lang}/n/${post.slug}`
    feed.addItem({
      id: link,
      link,
      title: text(post.title),
      ...(post.summary ? { description: text(post.summary) } : {}),
      content: html(post.html),
      date: post.updatedAt,
      published: post.publishedAt,
      category: post.tags.map((name) => ({ name: clean(name), term: clean(name) })),
    })
  }
  if (spec.format === 'rss') return feed.rss2()
  // The feed package writes no language on an Atom feed; readers and validators want xml:lang.
  if (spec.format === 'atom') {
    return feed.atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom"', (tag) => {
      return `${tag} xml:lang="${escapeHtml(spec.lang)}"`
    })
  }
  return toJsonFeed11(feed.json1(), spec)
}

type JsonFeedItem = Record<string, unknown> & { author?: unknown }

function toJsonFeed11(json: string, spec: FeedSpec): string {
  const {
    author: _author,
    items,
    ...rest
  } = JSON.parse(json) as Record<string, unknown> & {
    items: JsonFeedItem[]
  }
  const authors = [{ name: spec.author.name, url: spec.author.link }]
  const out = {
    ...rest,
    version: 'https://jsonfeed.org/version/1.1',
    language: spec.lang,
    authors,
    items: items.map(({ author: _a, ...item }) => ({ ...item, language: spec.lang, authors })),
  }
  return JSON.stringify(out)
}
