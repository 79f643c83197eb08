import { and, asc, count, eq, ilike, like, ne, or, sql } from 'drizzle-orm'
import type { Db, DbOrTx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, forbidden, notFound } from '#src/lib/errors.ts'
import { normaliseText } from '#src/lib/localized-text.ts'
import { can, requireActor } from '#src/lib/policy.ts'
import { diffForAudit, recordAudit } from '../audit/index.ts'
import type { OrganisationInput, OrganisationPatch } from './inputs.ts'
import { organisations } from './schema.ts'
import { slugFromName } from './slug.ts'

export type Organisation = typeof organisations.$inferSelect

export const ORGANISATIONS_PAGE_SIZE = 20

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

async function findById(db: DbOrTx, id: string): Promise<Organisation | null> {
  if (!UUID.test(id)) return null
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id))
  return row ?? null
}

/** One organisation: the actor's active one, or any for a platform administrator. */
export async function getOrganisation(ctx: Ctx, id: string): Promise<Organisation> {
  const actor = requireActor(ctx)
  if (!actor.isPlatformAdmin && actor.tenantId !== id) throw notFound()
  const row = await findById(ctx.db, id)
  if (!row) throw notFound()
  return row
}

/** The organisation the actor is working in now. */
export async function getCurrentOrganisation(ctx: Ctx): Promise<Organisation> {
  const actor = requireActor(ctx)
  if (!actor.tenantId) throw new AppError('INVALID_STATE', 'common:errors.noOrganisation')
  return getOrganisation(ctx, actor.tenantId)
}

/** An organisation the actor may edit: 404 for another organisation, 403 for a weaker role. */
export async function getEditableOrganisation(ctx: Ctx, id: string): Promise<Organisation> {
  const actor = requireActor(ctx)
  const row = await getOrganisation(ctx, id)
  if (!can(actor, 'organisation.edit')) throw forbidden()
  return row
}

/** Any organisation, for the platform administrators' pages (403 for everyone else). */
export async function getOrganisationAsPlatformAdmin(ctx: Ctx, id: string): Promise<Organisation> {
  requirePlatformAdmin(ctx)
  return getOrganisation(ctx, id)
}

/** Platform administrators only; everyone else gets 403. */
export function requirePlatformAdmin(ctx: Ctx) {
  const actor = requireActor(ctx)
  if (!actor.isPlatformAdmin) throw forbidden()
  return actor
}

type Columns = Partial<typeof organisations.$inferInsert>

function toColumns(input: OrganisationPatch): Columns {
  const out: Columns = {}
  if (input.name !== undefined) out.name = normaliseText(input.name)
  if (input.type !== undefined) out.type = input.type
  if (input.country !== undefined) out.country = input.country
  if (input.city !== undefined) out.city = input.city
  if (input.latitude !== undefined) out.latitude = decimalColumn(input.latitude)
  if (input.longitude !== undefined) out.longitude = decimalColumn(input.longitude)
  if (input.website !== undefined) out.website = input.website
  if (input.erasmusOid !== undefined) out.erasmusOid = input.erasmusOid
  if (input.erasmusPic !== undefined) out.erasmusPic = input.erasmusPic
  if (input.workingLanguages !== undefined) out.workingLanguages = input.workingLanguages
  if (input.defaultLocale !== undefined) out.defaultLocale = input.defaultLocale
  if (input.timeZone !== undefined) out.timeZone = input.timeZone
  if (input.slug !== undefined) out.slug = input.slug
  return out
}

function decimalColumn(value: number | null): string | null {
  return value === null ? null : value.toFixed(6)
}

/** OID and slug are unique across Ura; say which field clashes rather than failing on the index. */
async function assertUnique(tx: DbOrTx, id: string | null, values: Columns) {
  const others = id ? ne(organisations.id, id) : undefined
  if (values.erasmusOid) {
    const [clash] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.erasmusOid, values.erasmusOid), others))
    if (clash) throw conflict('erasmusOid')
  }
  if (values.slug) {
    const [clash] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.slug, values.slug), others))
    if (clash) throw conflict('slug')
  }
}

function conflict(field: 'erasmusOid' | 'slug') {
  const key = field === 'slug' ? 'organisations:errors.slugTaken' : 'organisations:errors.oidTaken'
  return new AppError('CONFLICT', key, {}, { [field]: key })
}

/** A unique-index violation that slipped past `assertUnique` (two saves at once). */
export function mapUniqueViolation(err: unknown): never {
  const pgError = (err as { cause?: { code?: string; constraint?: string } })?.cause ?? err
  const { code, constraint } = (pgError ?? {}) as { code?: string; constraint?: string }
  if (code === '23505' && constraint === 'organisations_oid_key') throw conflict('erasmusOid')
  if (code === '23505' && constraint === 'organisations_slug_key') throw conflict('slug')
  throw err
}

/** A slug that no other organisation uses: `base`, `base-2`, `base-3` … */
async function freeSlug(db: DbOrTx, base: string): Promise<string> {
  const rows = await db
    .select({ slug: organisations.slug })
    .from(organisations)
    .where(or(eq(organisations.slug, base), like(organisations.slug, `${base}-%`)))
  const taken = new Set(rows.map((r) => r.slug))
  let candidate = base
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`
  return candidate
}

/** Changes an organisation's details; needs 'organisation.edit' there. Audited field by field. */
export async function updateOrganisation(
  ctx: Ctx,
  id: string,
  input: OrganisationPatch,
): Promise<Organisation> {
  const before = await getEditableOrganisation(ctx, id)
  const values = toColumns(input)
  if (Object.keys(values).length === 0) return before
  try {
    return await ctx.db.transaction(async (tx) => {
      await assertUnique(tx, id, values)
      const [after] = await tx
        .update(organisations)
        .set(values)
        .where(eq(organisations.id, id))
        .returning()
      const keys = Object.keys(values) as (keyof Organisation)[]
      const changes = diffForAudit(pickKeys(before, keys), pickKeys(after!, keys))
      if (Object.keys(changes).length > 0) {
        await recordAudit(
          ctx,
          {
            tenantId: id,
            action: 'organisation.updated',
            entityType: 'organisation',
            entityId: id,
            changes,
          },
          tx,
        )
      }
      return after!
    })
  } catch (err) {
    return mapUniqueViolation(err)
  }
}

function pickKeys(row: Organisation, keys: (keyof Organisation)[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, row[k]]))
}

/** Adds an organisation to Ura (platform administrators only). Its slug comes from its name. */
export async function createOrganisation(
  ctx: Ctx,
  input: OrganisationInput,
): Promise<Organisation> {
  requirePlatformAdmin(ctx)
  const values = toColumns(input)
  try {
    return await ctx.db.transaction(async (tx) => {
      await assertUnique(tx, null, values)
      const slug =
        values.slug ?? (await freeSlug(tx, slugFromName(input.name, input.defaultLocale ?? 'en')))
      const [row] = await tx
        .insert(organisations)
        .values({
          ...values,
          slug,
          name: values.name ?? {},
          type: input.type,
          country: input.country,
        })
        .returning()
      await recordAudit(
        ctx,
        {
          tenantId: row!.id,
          action: 'organisation.created',
          entityType: 'organisation',
          entityId: row!.id,
          changes: diffForAudit(null, { ...values, slug }),
        },
        tx,
      )
      return row!
    })
  } catch (err) {
    return mapUniqueViolation(err)
  }
}

function likePattern(q: string) {
  return `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
}

/** Every organisation, searched by name (any language), city, slug or OID; platform admins only. */
export async function listOrganisations(
  ctx: Ctx,
  options: { q?: string | undefined; page: number },
) {
  requirePlatformAdmin(ctx)
  const q = options.q?.trim()
  const pattern = q ? likePattern(q) : null
  const where = pattern
    ? or(
        ilike(organisations.slug, pattern),
        ilike(organisations.city, pattern),
        ilike(organisations.erasmusOid, pattern),
        sql`exists (select 1 from jsonb_each_text(${organisations.name}) as n where n.value ilike ${pattern})`,
      )
    : undefined
  const [total] = await ctx.db.select({ n: count() }).from(organisations).where(where)
  const totalCount = total?.n ?? 0
  const pageCount = Math.max(1, Math.ceil(totalCount / ORGANISATIONS_PAGE_SIZE))
  const page = Math.min(options.page, pageCount)
  const items = await ctx.db
    .select()
    .from(organisations)
    .where(where)
    .orderBy(asc(organisations.slug))
    .limit(ORGANISATIONS_PAGE_SIZE)
    .offset((page - 1) * ORGANISATIONS_PAGE_SIZE)
  return { items, total: totalCount, page, pageCount }
}

/** The public profile of an organisation that uses Ura; external ones have none. */
export async function getPublicProfile(ctx: Ctx, slug: string): Promise<Organisation> {
  const [row] = await ctx.db
    .select()
    .from(organisations)
    .where(and(eq(organisations.slug, slug), eq(organisations.isExternal, false)))
  if (!row) throw notFound()
  return row
}

/** Every public profile, for the sitemap. */
export async function listPublicProfiles(db: Db) {
  return db
    .select({ slug: organisations.slug, updatedAt: organisations.updatedAt })
    .from(organisations)
    .where(eq(organisations.isExternal, false))
    .orderBy(asc(organisations.slug))
}
