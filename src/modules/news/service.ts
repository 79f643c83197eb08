import { randomBytes } from 'node:crypto'
import { and, count, desc, eq, like, or } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, type FieldErrors, notFound } from '#src/lib/errors.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { renderMarkdown } from '#src/lib/markdown.ts'
import { authorize } from '#src/lib/policy.ts'
import { slugify } from '../organisations/index.ts'
import { invalidateFeeds } from './feed-cache.ts'
import type { PostInput } from './inputs.ts'
import { completeLanguages } from './languages.ts'
import { campaignOptions, eventOptions, projectOptions } from './links.ts'
import { newsPosts } from './schema.ts'

export type Post = typeof newsPosts.$inferSelect

export const POSTS_PAGE_SIZE = 20

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The actor may write the organisation's news (403 otherwise, sign-in when anonymous). */
export function requireNewsEditor(ctx: Ctx) {
  return authorize(ctx, 'news.manage')
}

/** The organisation's post, or 404 (also for another organisation's post). */
export async function getPost(ctx: Ctx, id: string): Promise<Post> {
  const actor = authorize(ctx, 'news.manage')
  if (!UUID.test(id)) throw notFound()
  const [row] = await ctx.db
    .select()
    .from(newsPosts)
    .where(and(eq(newsPosts.id, id), eq(newsPosts.tenantId, actor.tenantId)))
  if (!row) throw notFound()
  return row
}

/** The organisation's posts, drafts included, most recently changed first. */
export async function listPosts(ctx: Ctx, options: { page: number }) {
  const actor = authorize(ctx, 'news.manage')
  const where = eq(newsPosts.tenantId, actor.tenantId)
  const [total] = await ctx.db.select({ n: count() }).from(newsPosts).where(where)
  const totalCount = total?.n ?? 0
  const pageCount = Math.max(1, Math.ceil(totalCount / POSTS_PAGE_SIZE))
  const page = Math.min(Math.max(1, options.page), pageCount)
  const items = await ctx.db
    .select({
      id: newsPosts.id,
      slug: newsPosts.slug,
      title: newsPosts.title,
      body: newsPosts.body,
      status: newsPosts.status,
      publishedAt: newsPosts.publishedAt,
      updatedAt: newsPosts.updatedAt,
    })
    .from(newsPosts)
    .where(where)
    .orderBy(desc(newsPosts.updatedAt))
    .limit(POSTS_PAGE_SIZE)
    .offset((page - 1) * POSTS_PAGE_SIZE)
  return { items, total: totalCount, page, pageCount }
}

/** What the editor offers to link a post to: the organisation's projects, events, campaigns. */
export async function getLinkOptions(ctx: Ctx) {
  const actor = authorize(ctx, 'news.manage')
  const [projects, events, campaigns] = await Promise.all([
    projectOptions(ctx.db, actor.tenantId),
    eventOptions(ctx.db, actor.tenantId),
    campaignOptions(ctx.db, actor.tenantId),
  ])
  return { projects, events, campaigns }
}
export type LinkOptions = Awaited<ReturnType<typeof getLinkOptions>>

function invalid(fields: FieldErrors, params: Record<string, unknown> = {}): AppError {
  const first = Object.values(fields)[0] ?? 'common:errors.invalidInput'
  return new AppError('INVALID_INPUT', first, params, fields)
}

/**
 * Renders every language's Markdown. Images without alternative text are field errors on that
 * language's body; `params.fieldParams` names the images so the message can list them.
 */
function renderBodies(body: LocalizedText) {
  const bodyHtml: LocalizedText = {}
  const fields: FieldErrors = {}
  const fieldParams: Record<string, Record<string, unknown>> = {}
  for (const [lang, markdown] of Object.entries(body)) {
    if (!markdown) continue
    const rendered = renderMarkdown(markdown)
    // Markdown that sanitises to nothing (only a script, say) leaves the language without text.
    if (rendered.html) bodyHtml[lang] = rendered.html
    if (rendered.imagesWithoutAlt.length > 0) {
      const key = `body.${lang}`
      fields[key] = 'news:errors.imageAlt'
      fieldParams[key] = {
        count: rendered.imagesWithoutAlt.length,
        images: rendered.imagesWithoutAlt.map((src) => src || '?').join(', '),
      }
    }
  }
  return { bodyHtml, fields, fieldParams }
}

/** Checks the links against what the organisation may link to; unknown ids are field errors. */
async function checkLinks(ctx: Ctx, input: PostInput): Promise<FieldErrors> {
  const options = await getLinkOptions(ctx)
  const fields: FieldErrors = {}
  const has = (list: { id: string }[], id: string) => list.some((x) => x.id === id)
  if (input.projectIds.some((id) => !has(options.projects, id))) {
    fields.projectIds = 'common:validation.choice'
  }
  if (input.eventIds.some((id) => !has(options.events, id))) {
    fields.eventIds = 'common:validation.choice'
  }
  if (input.campaignId && !has(options.campaigns, input.campaignId)) {
    fields.campaignId = 'common:validation.choice'
  }
  return fields
}

/** Validates a post and computes its columns; publishing needs one complete language. */
async function prepare(ctx: Ctx, input: PostInput, before: Post | null) {
  const { bodyHtml, fields, fieldParams } = renderBodies(input.body)
  Object.assign(fields, await checkLinks(ctx, input))
  const publishing = input.intent === 'publish'
  if (publishing && completeLanguages({ title: input.title, body: bodyHtml }).length === 0) {
    fields._form = 'news:errors.noCompleteLanguage'
  }
  if (Object.keys(fields).length > 0) throw invalid(fields, { fieldParams })
  return {
    title: input.title,
    summary: input.summary,
    body: input.body,
    bodyHtml,
    tags: input.tags,
    projectIds: input.projectIds,
    eventIds: input.eventIds,
    campaignId: input.campaignId,
    status: publishing ? ('published' as const) : ('draft' as const),
    publishedAt: publishing ? (before?.publishedAt ?? ctx.now()) : (before?.publishedAt ?? null),
  }
}

/** A slug no other post uses, from the English title if there is one. */
async function freeSlug(db: DbOrTx, title: LocalizedText): Promise<string> {
  const base = slugify(pickText(title, 'en').value, 70) || 'news'
  const rows = await db
    .select({ slug: newsPosts.slug })
    .from(newsPosts)
    .where(or(eq(newsPosts.slug, base), like(newsPosts.slug, `${base}-%`)))
  const taken = new Set(rows.map((r) => r.slug))
  let candidate = base
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`
  return candidate
}

function isSlugClash(err: unknown): boolean {
  const pg = ((err as { cause?: unknown })?.cause ?? err) as { code?: string; constraint?: string }
  return pg?.code === '23505' && pg.constraint === 'news_posts_slug_key'
}

/** Writes a new post as a draft, or publishes it straight away (`intent: 'publish'`). */
export async function createPost(ctx: Ctx, input: PostInput): Promise<Post> {
  const actor = authorize(ctx, 'news.manage')
  const values = await prepare(ctx, input, null)
  const slug = await freeSlug(ctx.db, input.title)
  const insert = (s: string) =>
    ctx.db
      .insert(newsPosts)
      .values({ ...values, slug: s, tenantId: actor.tenantId, authorId: actor.userId })
      .returning()
  try {
    const [row] = await insert(slug)
    return row!
  } catch (err) {
    // Two posts with the same title saved at the same moment: the second gets a random suffix.
    if (!isSlugClash(err)) throw err
    const [row] = await insert(`${slug}-${randomBytes(3).toString('hex')}`)
    return row!
  } finally {
    invalidateFeeds()
  }
}

/** Saves the editor's changes; `intent` keeps it a draft, publishes it or keeps it published. */
export async function updatePost(ctx: Ctx, id: string, input: PostInput): Promise<Post> {
  const before = await getPost(ctx, id)
  const values = await prepare(ctx, input, before)
  const [row] = await ctx.db
    .update(newsPosts)
    .set(values)
    .where(and(eq(newsPosts.id, before.id), eq(newsPosts.tenantId, before.tenantId)))
    .returning()
  invalidateFeeds()
  return row!
}

/** Deletes a post for good. */
export async function deletePost(ctx: Ctx, id: string): Promise<void> {
  const before = await getPost(ctx, id)
  await ctx.db
    .delete(newsPosts)
    .where(and(eq(newsPosts.id, before.id), eq(newsPosts.tenantId, before.tenantId)))
  invalidateFeeds()
}
