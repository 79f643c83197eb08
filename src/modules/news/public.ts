import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import { notFound } from '#src/lib/errors.ts'
import { organisations } from '../organisations/index.ts'
import { newsPosts } from './schema.ts'

/*
 * What visitors see: published posts of organisations that use Ura (not external ones).
 * No actor is needed, so these take the database rather than a ctx.
 */

export const PUBLIC_PAGE_SIZE = 10
export const FEED_SIZE = 20

const publisher = {
  id: organisations.id,
  slug: organisations.slug,
  name: organisations.name,
  type: organisations.type,
  city: organisations.city,
  country: organisations.country,
  website: organisations.website,
  defaultLocale: organisations.defaultLocale,
  timeZone: organisations.timeZone,
}
export type Publisher = {
  id: string
  slug: string
  name: Partial<Record<string, string>>
  type: string
  city: string
  country: string
  website: string | null
  defaultLocale: string
  timeZone: string
}

const published = eq(newsPosts.status, 'published')

/** The language is complete in the post: a title and a text (empty values are never stored). */
function hasLanguage(lang: string): SQL {
  return sql`(${newsPosts.title} ->> ${lang}) is not null and (${newsPosts.bodyHtml} ->> ${lang}) is not null`
}

/** An organisation with a public profile, by its address; 404 otherwise. */
export async function getPublisher(db: DbOrTx, slug: string): Promise<Publisher> {
  const [row] = await db
    .select(publisher)
    .from(organisations)
    .where(and(eq(organisations.slug, slug), eq(organisations.isExternal, false)))
  if (!row) throw notFound()
  return row
}

/** A published post with its organisation, by the post's address; 404 otherwise. */
export async function getPublishedPost(db: DbOrTx, slug: string) {
  const [row] = await db
    .select({ post: newsPosts, org: publisher })
    .from(newsPosts)
    .innerJoin(organisations, eq(organisations.id, newsPosts.tenantId))
    .where(and(eq(newsPosts.slug, slug), published, eq(organisations.isExternal, false)))
  if (!row) throw notFound()
  return row
}

const listColumns = {
  id: newsPosts.id,
  slug: newsPosts.slug,
  title: newsPosts.title,
  summary: newsPosts.summary,
  bodyHtml: newsPosts.bodyHtml,
  tags: newsPosts.tags,
  publishedAt: newsPosts.publishedAt,
  updatedAt: newsPosts.updatedAt,
}
export type PublicPostSummary = {
  id: string
  slug: string
  title: Partial<Record<string, string>>
  summary: Partial<Record<string, string>>
  bodyHtml: Partial<Record<string, string>>
  tags: string[]
  publishedAt: Date | null
  updatedAt: Date
}

/** An organisation's published posts in every language, newest first, one page at a time. */
export async function listPublishedPosts(
  db: DbOrTx,
  tenantId: string,
  options: { page?: number; limit?: number } = {},
) {
  const where = and(eq(newsPosts.tenantId, tenantId), published)
  const limit = options.limit ?? PUBLIC_PAGE_SIZE
  const [total] = await db.select({ n: count() }).from(newsPosts).where(where)
  const totalCount = total?.n ?? 0
  const pageCount = Math.max(1, Math.ceil(totalCount / limit))
  const page = Math.min(Math.max(1, options.page ?? 1), pageCount)
  const items: PublicPostSummary[] = await db
    .select(listColumns)
    .from(newsPosts)
    .where(where)
    .orderBy(desc(newsPosts.publishedAt))
    .limit(limit)
    .offset((page - 1) * limit)
  return { items, total: totalCount, page, pageCount }
}

/** The latest published posts of an organisation, for its profile page. */
export async function latestPublishedPosts(db: DbOrTx, tenantId: string, limit = 3) {
  return db
    .select(listColumns)
    .from(newsPosts)
    .where(and(eq(newsPosts.tenantId, tenantId), published))
    .orderBy(desc(newsPosts.publishedAt))
    .limit(limit)
}

/** One language of a post, as a feed item. */
export type FeedPost = {
  slug: string
  title: string
  summary: string | null
  html: string
  tags: string[]
  publishedAt: Date
  updatedAt: Date
}

/**
 * The latest posts complete in `lang`, only that language's text selected (a feed of one
 * language never carries the others). By organisation or by linked project.
 */
export async function listFeedPosts(
  db: DbOrTx,
  scope: { tenantId: string } | { projectId: string },
  lang: string,
): Promise<FeedPost[]> {
  const inScope =
    'tenantId' in scope
      ? eq(newsPosts.tenantId, scope.tenantId)
      : sql`${newsPosts.projectIds} @> array[${scope.projectId}]::uuid[]`
  const rows = await db
    .select({
      slug: newsPosts.slug,
      title: sql<string>`${newsPosts.title} ->> ${lang}`,
      summary: sql<string | null>`${newsPosts.summary} ->> ${lang}`,
      html: sql<string>`${newsPosts.bodyHtml} ->> ${lang}`,
      tags: newsPosts.tags,
      publishedAt: newsPosts.publishedAt,
      updatedAt: newsPosts.updatedAt,
    })
    .from(newsPosts)
    .innerJoin(organisations, eq(organisations.id, newsPosts.tenantId))
    .where(and(inScope, published, eq(organisations.isExternal, false), hasLanguage(lang)))
    .orderBy(desc(newsPosts.publishedAt))
    .limit(FEED_SIZE)
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt ?? r.updatedAt }))
}

/** Published posts linked to a project, newest first, for the project's public page. */
export async function listProjectPosts(db: DbOrTx, projectId: string, limit = 5) {
  return db
    .select({
      ...listColumns,
      orgDefault: organisations.defaultLocale,
      timeZone: organisations.timeZone,
    })
    .from(newsPosts)
    .innerJoin(organisations, eq(organisations.id, newsPosts.tenantId))
    .where(
      and(
        sql`${newsPosts.projectIds} @> array[${projectId}]::uuid[]`,
        published,
        eq(organisations.isExternal, false),
      ),
    )
    .orderBy(desc(newsPosts.publishedAt))
    .limit(limit)
}

/** Every published post and every organisation with news, for the sitemap. */
export async function listSitemapPosts(db: DbOrTx) {
  return db
    .select({
      slug: newsPosts.slug,
      orgSlug: organisations.slug,
      title: newsPosts.title,
      body: newsPosts.bodyHtml,
      updatedAt: newsPosts.updatedAt,
    })
    .from(newsPosts)
    .innerJoin(organisations, eq(organisations.id, newsPosts.tenantId))
    .where(and(published, eq(organisations.isExternal, false)))
    .orderBy(desc(newsPosts.publishedAt))
    .limit(10_000)
}
