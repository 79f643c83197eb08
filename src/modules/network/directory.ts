import { and, asc, count, eq, like, or, type SQL, sql } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { normaliseText, pickText } from '#src/lib/localized-text.ts'
import { diffForAudit, recordAudit } from '../audit/index.ts'
import { createInvitation } from '../invitations/index.ts'
import { type Organisation, organisations, slugify } from '../organisations/index.ts'
import { directoryReader, isUuid, manager, platformAdmin } from './access.ts'
import type { ClaimInput, DirectoryQuery, ExternalOrganisationInput } from './inputs.ts'
import { containsPattern, foldedSql } from './search.ts'

export const DIRECTORY_PAGE_SIZE = 25

function directoryWhere(query: Omit<DirectoryQuery, 'page'>): SQL | undefined {
  const conditions: (SQL | undefined)[] = []
  const q = query.q?.trim()
  if (q) {
    const pattern = containsPattern(q)
    conditions.push(
      or(
        sql`exists (select 1 from jsonb_each_text(${organisations.name}) as n where ${foldedSql(sql`n.value`)} like ${pattern})`,
        sql`${foldedSql(organisations.city)} like ${pattern}`,
        sql`${foldedSql(organisations.slug)} like ${pattern}`,
      ),
    )
  }
  if (query.country) conditions.push(eq(organisations.country, query.country))
  if (query.type) conditions.push(eq(organisations.type, query.type))
  return and(...conditions)
}

/**
 * Every organisation in Ura, external ones included, searched by name in any of its languages
 * (accents and case ignored), city, country and type.
 */
export async function listDirectory(ctx: Ctx, query: DirectoryQuery) {
  directoryReader(ctx)
  const where = directoryWhere(query)
  const [total] = await ctx.db.select({ n: count() }).from(organisations).where(where)
  const totalCount = total?.n ?? 0
  const pageCount = Math.max(1, Math.ceil(totalCount / DIRECTORY_PAGE_SIZE))
  const page = Math.min(query.page, pageCount)
  const items = await ctx.db
    .select()
    .from(organisations)
    .where(where)
    .orderBy(asc(organisations.slug))
    .limit(DIRECTORY_PAGE_SIZE)
    .offset((page - 1) * DIRECTORY_PAGE_SIZE)
  return { items, total: totalCount, page, pageCount }
}

/** Every organisation, lightly, for choosing a partner in a form (sorted by slug). */
export async function listOrganisationChoices(ctx: Ctx, options: { type?: 'company' } = {}) {
  directoryReader(ctx)
  return ctx.db
    .select({
      id: organisations.id,
      name: organisations.name,
      defaultLocale: organisations.defaultLocale,
      country: organisations.country,
      city: organisations.city,
      type: organisations.type,
    })
    .from(organisations)
    .where(options.type ? eq(organisations.type, options.type) : undefined)
    .orderBy(asc(organisations.slug))
    .limit(2000)
}

/** One organisation of the directory (any organisation: the directory is shared). */
export async function getDirectoryOrganisation(ctx: Ctx, id: string): Promise<Organisation> {
  directoryReader(ctx)
  if (!isUuid(id)) throw notFound()
  const [row] = await ctx.db.select().from(organisations).where(eq(organisations.id, id))
  if (!row) throw notFound()
  return row
}

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

const oidTaken = () =>
  new AppError(
    'CONFLICT',
    'organisations:errors.oidTaken',
    {},
    {
      erasmusOid: 'organisations:errors.oidTaken',
    },
  )

/**
 * Adds an organisation that nobody of uses Ura yet (isExternal), so that agreements, pairs and
 * host placements can name it. Coordinators may; it is audited in their organisation's log.
 */
export async function createExternalOrganisation(
  ctx: Ctx,
  input: ExternalOrganisationInput,
): Promise<Organisation> {
  const actor = manager(ctx)
  const name = normaliseText(input.name)
  const values = {
    name,
    type: input.type,
    country: input.country,
    city: input.city ?? '',
    latitude: input.latitude == null ? null : input.latitude.toFixed(6),
    longitude: input.longitude == null ? null : input.longitude.toFixed(6),
    website: input.website ?? null,
    erasmusOid: input.erasmusOid ?? null,
    isExternal: true,
  }
  try {
    return await ctx.db.transaction(async (tx) => {
      if (values.erasmusOid) {
        const [clash] = await tx
          .select({ id: organisations.id })
          .from(organisations)
          .where(eq(organisations.erasmusOid, values.erasmusOid))
        if (clash) throw oidTaken()
      }
      const base = slugify(pickText(name, 'en').value) || 'organisation'
      const slug = await freeSlug(tx, base)
      const [row] = await tx
        .insert(organisations)
        .values({ ...values, slug })
        .returning()
      await recordAudit(
        ctx,
        {
          tenantId: actor.tenantId,
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
    const cause = (err as { cause?: { code?: string; constraint?: string } }).cause ?? err
    const { code, constraint } = (cause ?? {}) as { code?: string; constraint?: string }
    if (code === '23505' && constraint === 'organisations_oid_key') throw oidTaken()
    throw err
  }
}

/**
 * A platform administrator turns an external organisation into a regular one and invites its
 * first administrator by e-mail (the invitation is audited in the organisation's own log).
 */
export async function claimOrganisation(ctx: Ctx, id: string, input: ClaimInput) {
  const admin = platformAdmin(ctx)
  if (!isUuid(id)) throw notFound()
  const [org] = await ctx.db.select().from(organisations).where(eq(organisations.id, id))
  if (!org) throw notFound()
  if (!org.isExternal) throw new AppError('INVALID_STATE', 'network:errors.notExternal')
  // The invitation acts as the administrator working in the claimed organisation.
  const inOrg: Ctx = { ...ctx, actor: { ...admin, tenantId: org.id, role: 'org_admin' } }
  const invitation = await createInvitation(inOrg, {
    email: input.email,
    displayName: input.displayName,
    role: 'org_admin',
  })
  await ctx.db.transaction(async (tx) => {
    await tx.update(organisations).set({ isExternal: false }).where(eq(organisations.id, id))
    await recordAudit(
      inOrg,
      {
        tenantId: org.id,
        action: 'organisation.updated',
        entityType: 'organisation',
        entityId: org.id,
        changes: { isExternal: { from: true, to: false } },
      },
      tx,
    )
  })
  return invitation
}
