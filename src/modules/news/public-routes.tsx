import type { Context, Next } from 'hono'
import { Hono } from 'hono'
import { addSitemapSource } from '#src/http/sitemap.ts'
import type { AppEnv } from '#src/http/types.ts'
import { notFound } from '#src/lib/errors.ts'
import { getT, isLocale, LOCALES, type Locale, toLocale } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { excerptOf } from '#src/lib/markdown.ts'
import { cachedFeed } from './feed-cache.ts'
import { FEED_CONTENT_TYPES, type FeedFormat, renderFeed } from './feeds.ts'
import { completeLanguages, readingLanguage } from './languages.ts'
import { findPublicProjectBySlug, publicEventsByIds, publicProjectsByIds } from './links.ts'
import {
  getPublishedPost,
  getPublisher,
  listFeedPosts,
  listPublishedPosts,
  listSitemapPosts,
} from './public.ts'
import { newsArticleData } from './structured-data.ts'
import { PublicNewsListPage } from './views/public-list.tsx'
import { PublicPostPage } from './views/public-post.tsx'

addSitemapSource(async (deps) => {
  const rows = await listSitemapPosts(deps.db)
  const orgs = new Map<string, Date>()
  for (const r of rows) {
    const seen = orgs.get(r.orgSlug)
    if (!seen || r.updatedAt > seen) orgs.set(r.orgSlug, r.updatedAt)
  }
  return [
    ...[...orgs].map(([slug, lastModified]) => ({ path: `/o/${slug}/news`, lastModified })),
    ...rows.map((r) => ({
      path: `/n/${r.slug}`,
      locales: completeLanguages({ title: r.title, body: r.body }),
      lastModified: r.updatedAt,
    })),
  ]
})

const FEED_CACHE = 'public, max-age=300'

function localeOf(c: Context<AppEnv>): Locale | null {
  const locale = c.req.param('locale')
  return isLocale(locale) ? locale : null
}

/** Answers with a cached feed, or 304 when the reader already has this version. */
async function sendFeed(
  c: Context<AppEnv>,
  key: string,
  format: FeedFormat,
  build: () => Promise<string>,
) {
  const feed = await cachedFeed(`${key}:${format}`, build)
  const headers = { 'Cache-Control': FEED_CACHE, ETag: feed.etag }
  if (c.req.header('if-none-match') === feed.etag) return c.body(null, 304, headers)
  return c.body(feed.body, 200, { ...headers, 'Content-Type': FEED_CONTENT_TYPES[format] })
}

function orgFeed(c: Context<AppEnv>, next: Next, format: FeedFormat) {
  const locale = localeOf(c)
  if (!locale) return next()
  const slug = c.req.param('slug') ?? ''
  return sendFeed(c, `o:${slug}:${locale}`, format, async () => {
    const { db, env } = c.var.deps
    const org = await getPublisher(db, slug)
    const name = pickText(org.name, locale, [org.defaultLocale, 'en']).value
    const home = `${env.baseUrl}/${locale}/o/${org.slug}`
    return renderFeed({
      format,
      title: c.var.t('news:feeds.orgTitle', { name }),
      description: c.var.t('news:feeds.orgDescription', { name }),
      lang: locale,
      homeUrl: `${home}/news`,
      feedBase: `${home}/news`,
      author: { name, link: home },
      baseUrl: env.baseUrl,
      posts: await listFeedPosts(db, { tenantId: org.id }, locale),
    })
  })
}

function projectFeed(c: Context<AppEnv>, next: Next, format: FeedFormat) {
  const locale = localeOf(c)
  if (!locale) return next()
  const slug = c.req.param('slug') ?? ''
  return sendFeed(c, `p:${slug}:${locale}`, format, async () => {
    const { db, env } = c.var.deps
    const project = await findPublicProjectBySlug(db, slug)
    if (!project) throw notFound()
    const home = `${env.baseUrl}/${locale}/p/${project.slug}`
    return renderFeed({
      format,
      title: c.var.t('news:feeds.projectTitle', { name: project.acronym }),
      description: c.var.t('news:feeds.projectDescription', { name: project.acronym }),
      lang: locale,
      homeUrl: home,
      feedBase: `${home}/news`,
      author: { name: project.acronym, link: home },
      baseUrl: env.baseUrl,
      posts: await listFeedPosts(db, { projectId: project.id }, locale),
    })
  })
}

/** The organisation's feeds in one language, for the page head (feed readers' autodiscovery). */
function offerFeeds(
  c: Context<AppEnv>,
  org: { slug: string; name: Record<string, string | undefined>; defaultLocale: string },
  lang: string,
) {
  const base = `${c.var.deps.env.baseUrl}/${lang}/o/${org.slug}/news`
  const name = pickText(org.name, lang, [org.defaultLocale, 'en']).value
  const title = getT(toLocale(lang) ?? 'en')('news:feeds.orgTitle', { name })
  c.set('feeds', [
    { type: 'application/rss+xml', href: `${base}.rss`, title: `${title} (RSS)` },
    { type: 'application/atom+xml', href: `${base}.atom`, title: `${title} (Atom)` },
    { type: 'application/feed+json', href: `${base}.json`, title: `${title} (JSON Feed)` },
  ])
}

/** Public news pages (`/:locale/o/:slug/news`, `/:locale/n/:slug`) and feeds. */
export const publicNewsRoutes = new Hono<AppEnv>()
  .get('/:locale/o/:slug/news', async (c, next) => {
    const locale = localeOf(c)
    if (!locale) return next()
    const { db, env } = c.var.deps
    const org = await getPublisher(db, c.req.param('slug'))
    const page = Number.parseInt(c.req.query('page') ?? '1', 10) || 1
    const result = await listPublishedPosts(db, org.id, { page })
    c.set(
      'alternates',
      LOCALES.map((l) => ({ locale: l, href: `${env.baseUrl}/${l}/o/${org.slug}/news` })),
    )
    const name = pickText(org.name, locale, [org.defaultLocale, 'en']).value
    offerFeeds(c, org, locale)
    return c.render(<PublicNewsListPage org={org} {...result} />, {
      title: c.var.t('news:public.listTitle', { name }),
      layout: 'public',
      description: c.var.t('news:feeds.orgDescription', { name }),
    })
  })
  .get('/:locale/o/:slug/news.rss', (c, next) => orgFeed(c, next, 'rss'))
  .get('/:locale/o/:slug/news.atom', (c, next) => orgFeed(c, next, 'atom'))
  .get('/:locale/o/:slug/news.json', (c, next) => orgFeed(c, next, 'json'))
  .get('/:locale/p/:slug/news.rss', (c, next) => projectFeed(c, next, 'rss'))
  .get('/:locale/p/:slug/news.atom', (c, next) => projectFeed(c, next, 'atom'))
  .get('/:locale/p/:slug/news.json', (c, next) => projectFeed(c, next, 'json'))
  .get('/:locale/n/:slug', async (c, next) => {
    const locale = localeOf(c)
    if (!locale) return next()
    const { db, env } = c.var.deps
    const { post, org } = await getPublishedPost(db, c.req.param('slug'))
    const languages = completeLanguages({ title: post.title, body: post.bodyHtml })
    const lang = readingLanguage(languages, locale, org.defaultLocale)
    if (!lang) throw notFound()
    const [projects, events] = await Promise.all([
      publicProjectsByIds(db, post.projectIds),
      publicEventsByIds(db, post.eventIds),
    ])
    c.set(
      'alternates',
      LOCALES.map((l) => ({
        locale: l,
        href: `${env.baseUrl}/${l}/n/${post.slug}`,
        noHreflang: !languages.includes(l),
      })),
    )
    offerFeeds(c, org, lang)
    return c.render(
      <PublicPostPage
        post={post}
        org={org}
        lang={lang}
        languages={languages}
        projects={projects}
        events={events}
        structuredData={newsArticleData(post, org, lang, env.baseUrl)}
      />,
      {
        title: post.title[lang] ?? '',
        layout: 'public',
        description: post.summary[lang] ?? excerptOf(post.bodyHtml[lang] ?? '', 160),
      },
    )
  })
