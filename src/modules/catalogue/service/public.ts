import { and, asc, avg, count, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { notFound } from '#src/lib/errors.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import {
  listPublicCourses,
  type PublicCourseCard,
  type PublicCourseLink,
  publicCourseLinks,
} from '../../learning/index.ts'
import { organisationNames } from '../../organisations/index.ts'
import { userNames } from '../../users/index.ts'
import type { PublicFilters } from '../inputs.ts'
import { catalogueEntries, catalogueReviews } from '../schema.ts'
import { isUuid } from './access.ts'
import type { Entry } from './entries.ts'

export const PUBLIC_PAGE_SIZE = 20

type Db = Ctx

export type PublicEntry = Entry & {
  provider: { name: LocalizedText | string; isUra: boolean; country: string | null }
  rating: { average: number | null; count: number }
}

function escapeLike(q: string) {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`)
}

function where(f: PublicFilters): SQL | undefined {
  const e = catalogueEntries
  const pattern = f.q ? `%${escapeLike(f.q)}%` : null
  return and(
    eq(e.status, 'approved'),
    f.topic ? sql`${f.topic} = any(${e.topics})` : undefined,
    f.isced ? eq(e.iscedField, f.isced) : undefined,
    f.eqf ? eq(e.eqfLevel, Number(f.eqf)) : undefined,
    f.language ? sql`${f.language} = any(${e.languages})` : undefined,
    f.mode ? eq(e.mode, f.mode as Entry['mode']) : undefined,
    f.country ? eq(e.country, f.country) : undefined,
    pattern
      ? or(
          ilike(sql`${e.title}::text`, pattern),
          ilike(sql`${e.description}::text`, pattern),
          ilike(e.providerName, pattern),
          ilike(e.city, pattern),
        )
      : undefined,
  )
}

/** Providers' names and review figures for a page of entries, in two queries. */
async function decorate(ctx: Db, rows: Entry[]): Promise<PublicEntry[]> {
  const orgIds = rows.flatMap((r) => (r.providerOrgId ? [r.providerOrgId] : []))
  const [names, stats] = await Promise.all([
    organisationNames(ctx, orgIds),
    rows.length === 0
      ? []
      : ctx.db
          .select({
            entryId: catalogueReviews.entryId,
            n: count(),
            average: avg(catalogueReviews.rating),
          })
          .from(catalogueReviews)
          .where(
            inArray(
              catalogueReviews.entryId,
              rows.map((r) => r.id),
            ),
          )
          .groupBy(catalogueReviews.entryId),
  ])
  return rows.map((r) => {
    const s = stats.find((x) => x.entryId === r.id)
    const orgName = r.providerOrgId ? names.get(r.providerOrgId) : undefined
    return {
      ...r,
      provider: orgName
        ? { name: orgName, isUra: true, country: r.country }
        : { name: r.providerName, isUra: false, country: r.providerCountry },
      rating: { average: s?.average ? Number(s.average) : null, count: s?.n ?? 0 },
    }
  })
}

/** Approved entries matching the filters, soonest start first (self-paced last), a page at a time. */
export async function listPublicEntries(ctx: Db, filters: PublicFilters, page = 1) {
  const cond = where(filters)
  const [total] = await ctx.db.select({ n: count() }).from(catalogueEntries).where(cond)
  const totalCount = total?.n ?? 0
  const pageCount = Math.max(1, Math.ceil(totalCount / PUBLIC_PAGE_SIZE))
  const current = Math.min(Math.max(1, page), pageCount)
  const rows = await ctx.db
    .select()
    .from(catalogueEntries)
    .where(cond)
    .orderBy(
      sql`${catalogueEntries.startsOn} asc nulls last`,
      desc(catalogueEntries.updatedAt),
      asc(catalogueEntries.id),
    )
    .limit(PUBLIC_PAGE_SIZE)
    .offset((current - 1) * PUBLIC_PAGE_SIZE)
  return { items: await decorate(ctx, rows), total: totalCount, page: current, pageCount }
}

/**
 * Ura's own public courses (the learning module's catalogue), on the first page of the list.
 * They are online and carry no field, level, place or topic: any of those filters hides them;
 * the free text looks in their titles and summaries, a language asks for a title in it.
 */
export async function uraCourses(ctx: Db, f: PublicFilters, locale: string) {
  if (f.topic || f.isced || f.eqf || f.country || (f.mode && f.mode !== 'online')) return []
  const { items } = await listPublicCourses(ctx.db, 1)
  const q = f.q.toLocaleLowerCase(locale)
  return items.filter((c: PublicCourseCard) => {
    if (f.language && !Object.keys(c.title).some((l) => l.split('-')[0] === f.language))
      return false
    if (!q) return true
    return [pickText(c.title, locale).value, pickText(c.summary, locale).value].some((s) =>
      s.toLocaleLowerCase(locale).includes(q),
    )
  })
}

export type PublicReview = {
  id: string
  rating: number
  text: string
  author: string
  createdAt: Date
}

export type PublicEntryPage = {
  entry: PublicEntry
  reviews: PublicReview[]
  course: PublicCourseLink | null
}

/** An approved entry with its reviews and, when it names a public Ura course, that course. */
export async function getPublicEntry(ctx: Db, id: string): Promise<PublicEntryPage> {
  if (!isUuid(id)) throw notFound()
  const [row] = await ctx.db
    .select()
    .from(catalogueEntries)
    .where(and(eq(catalogueEntries.id, id), eq(catalogueEntries.status, 'approved')))
  if (!row) throw notFound()
  const [[entry], reviews, links] = await Promise.all([
    decorate(ctx, [row]),
    ctx.db
      .select()
      .from(catalogueReviews)
      .where(eq(catalogueReviews.entryId, row.id))
      .orderBy(desc(catalogueReviews.createdAt))
      .limit(100),
    publicCourseLinks(ctx, row.courseId ? [row.courseId] : []),
  ])
  const names = await userNames(ctx, [...new Set(reviews.map((r) => r.userId))])
  return {
    entry: entry!,
    reviews: reviews.map((r) => ({
      id: r.id,
      rating: r.rating,
      text: r.text,
      author: names.get(r.userId) ?? '',
      createdAt: r.createdAt,
    })),
    course: row.courseId ? (links.get(row.courseId) ?? null) : null,
  }
}

/** For the sitemap: every approved entry's id and when it last changed. */
export async function listApprovedEntryIds(ctx: Pick<Ctx, 'db'>) {
  return ctx.db
    .select({ id: catalogueEntries.id, updatedAt: catalogueEntries.updatedAt })
    .from(catalogueEntries)
    .where(eq(catalogueEntries.status, 'approved'))
    .orderBy(asc(catalogueEntries.id))
    .limit(50_000)
}
