import { randomBytes } from 'node:crypto'
import { and, asc, eq, inArray, like, or } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { notFound } from '#src/lib/errors.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { authorize, requireActor } from '#src/lib/policy.ts'
import { recordAudit } from '../audit/index.ts'
import { slugify } from '../organisations/index.ts'
import { competenceByCode, competenceFrameworks, OWN_CODE } from './frameworks.ts'
import type { OwnCompetenceInput } from './inputs.ts'
import { frameworkOfCode, OWN_FRAMEWORK, type Scale, scaleOfFramework } from './levels.ts'
import { ownCompetences } from './schema.ts'

export type OwnCompetence = typeof ownCompetences.$inferSelect

/**
 * One competence, framework or own, as the pages that rate and count need it: its names (the
 * frameworks' in English, an own list's in its languages), its area and its scale.
 */
export type CompetenceInfo = {
  code: string
  /** `digcomp-2.2`, `digcompedu`, `greencomp`, `entrecomp`, or `org` for an own list. */
  frameworkId: string
  /** The framework's own number (`1.1`), or the slug of an own competence. */
  id: string
  name: LocalizedText
  description: LocalizedText
  areaId: string
  areaName: LocalizedText
  scale: Scale
  /** The organisation whose own list it is; null for the frameworks. */
  ownerId: string | null
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A framework competence by its code, in the shape above (no database needed). */
export function frameworkCompetence(code: string): CompetenceInfo | undefined {
  const c = competenceByCode(code)
  if (!c) return undefined
  const area = c.framework.areas.find((a) => a.competences.some((x) => x.code === code))
  return {
    code,
    frameworkId: c.framework.id,
    id: c.id,
    name: { en: c.name },
    description: {},
    areaId: area?.id ?? '',
    areaName: { en: area?.name ?? '' },
    scale: c.framework.scale,
    ownerId: null,
  }
}

function ownInfo(row: OwnCompetence): CompetenceInfo {
  return {
    code: row.code,
    frameworkId: OWN_FRAMEWORK,
    id: row.code.slice(OWN_FRAMEWORK.length + 1),
    name: row.name,
    description: row.description,
    areaId: '',
    areaName: {},
    scale: scaleOfFramework(OWN_FRAMEWORK),
    ownerId: row.tenantId,
  }
}

/** Every competence of one framework, in its order. */
export function frameworkCompetences(frameworkId: string): CompetenceInfo[] {
  const f = competenceFrameworks().find((x) => x.id === frameworkId)
  if (!f) return []
  return f.areas.flatMap((a) => a.competences.map((c) => frameworkCompetence(c.code)!))
}

/**
 * The competences behind a list of codes, framework and own alike, by code. Unknown codes are
 * left out. No permission check: names of competences are not secret, and callers pass codes
 * they have read under their own.
 */
export async function describeCompetences(
  ctx: Pick<Ctx, 'db'>,
  codes: readonly string[],
): Promise<Map<string, CompetenceInfo>> {
  const out = new Map<string, CompetenceInfo>()
  const own: string[] = []
  for (const code of new Set(codes)) {
    const known = frameworkCompetence(code)
    if (known) out.set(code, known)
    else if (frameworkOfCode(code) === OWN_FRAMEWORK) own.push(code)
  }
  if (own.length > 0) {
    const rows = await ctx.db.select().from(ownCompetences).where(inArray(ownCompetences.code, own))
    for (const row of rows) out.set(row.code, ownInfo(row))
  }
  return out
}

async function ownList(db: DbOrTx, tenantId: string): Promise<OwnCompetence[]> {
  return db
    .select()
    .from(ownCompetences)
    .where(eq(ownCompetences.tenantId, tenantId))
    .orderBy(asc(ownCompetences.createdAt), asc(ownCompetences.id))
    .limit(500)
}

/** The actor's organisation's own list, for the pages that show and rate it. */
export async function listOwnCompetences(ctx: Ctx): Promise<OwnCompetence[]> {
  const actor = authorize(ctx, 'competences.rate')
  return ownList(ctx.db, actor.tenantId)
}

/** The own list as `CompetenceInfo`, for the rating page. */
export async function ownCompetenceInfos(ctx: Ctx): Promise<CompetenceInfo[]> {
  return (await listOwnCompetences(ctx)).map(ownInfo)
}

/**
 * The own list of the actor's organisation for a competence picker (a course form). Any member
 * may see it: it is what their school's courses are tagged with.
 */
export async function ownCompetenceChoices(
  ctx: Ctx,
): Promise<{ code: string; name: LocalizedText }[]> {
  const actor = requireActor(ctx)
  if (!actor.tenantId) return []
  const rows = await ownList(ctx.db, actor.tenantId)
  return rows.map((r) => ({ code: r.code, name: r.name }))
}

/** The own competences among a course's tags, with their names (no query when there are none). */
export async function ownCompetenceNames(
  ctx: Pick<Ctx, 'db'>,
  codes: readonly string[],
): Promise<{ code: string; name: LocalizedText }[]> {
  const own = codes.filter((c) => OWN_CODE.test(c))
  if (own.length === 0) return []
  const rows = await ctx.db
    .select({ code: ownCompetences.code, name: ownCompetences.name })
    .from(ownCompetences)
    .where(inArray(ownCompetences.code, own))
  const byCode = new Map(rows.map((r) => [r.code, r]))
  return own.flatMap((c) => byCode.get(c) ?? [])
}

/**
 * Of the codes given, the own codes that are not in the organisation's list (another school's,
 * or none at all). A course may be tagged only with its own school's list.
 */
export async function foreignOwnCodes(
  db: DbOrTx,
  tenantId: string,
  codes: readonly string[],
): Promise<string[]> {
  const own = codes.filter((c) => OWN_CODE.test(c))
  if (own.length === 0) return []
  const rows = await db
    .select({ code: ownCompetences.code })
    .from(ownCompetences)
    .where(and(eq(ownCompetences.tenantId, tenantId), inArray(ownCompetences.code, own)))
  const mine = new Set(rows.map((r) => r.code))
  return own.filter((c) => !mine.has(c))
}

/** One own competence for its organisation's managers; another school's is "not found". */
export async function getOwnCompetence(ctx: Ctx, id: string): Promise<OwnCompetence> {
  const actor = authorize(ctx, 'competences.manage')
  if (!UUID.test(id)) throw notFound()
  const [row] = await ctx.db
    .select()
    .from(ownCompetences)
    .where(and(eq(ownCompetences.id, id), eq(ownCompetences.tenantId, actor.tenantId)))
  if (!row) throw notFound()
  return row
}

async function freeCode(db: DbOrTx, name: LocalizedText): Promise<string> {
  const base = `org:${slugify(pickText(name, 'en').value, 50) || 'competence'}`
  const rows = await db
    .select({ code: ownCompetences.code })
    .from(ownCompetences)
    .where(or(eq(ownCompetences.code, base), like(ownCompetences.code, `${base}-%`)))
  const taken = new Set(rows.map((r) => r.code))
  let candidate = base
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`
  return candidate
}

/** Adds a competence to the organisation's own list; its code comes from its (English) name. */
export async function createOwnCompetence(
  ctx: Ctx,
  input: OwnCompetenceInput,
): Promise<OwnCompetence> {
  const actor = authorize(ctx, 'competences.manage')
  const code = await freeCode(ctx.db, input.name)
  return ctx.db.transaction(async (tx) => {
    const values = {
      tenantId: actor.tenantId,
      name: input.name,
      description: input.description,
      createdById: actor.userId,
    }
    const [row] = await tx
      .insert(ownCompetences)
      .values({ ...values, code })
      .onConflictDoNothing()
      .returning()
    // The same name saved twice in one instant: the second gets a random suffix.
    const saved =
      row ??
      (
        await tx
          .insert(ownCompetences)
          .values({ ...values, code: `${code}-${randomBytes(3).toString('hex')}` })
          .returning()
      )[0]!
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'competences.own.created',
        entityType: 'own_competence',
        entityId: saved.id,
      },
      tx,
    )
    return saved
  })
}

/** Renames or redescribes an own competence; its code stays, so tags and ratings keep it. */
export async function updateOwnCompetence(
  ctx: Ctx,
  id: string,
  input: OwnCompetenceInput,
): Promise<OwnCompetence> {
  const before = await getOwnCompetence(ctx, id)
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(ownCompetences)
      .set({ name: input.name, description: input.description })
      .where(and(eq(ownCompetences.id, before.id), eq(ownCompetences.tenantId, before.tenantId)))
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: before.tenantId,
        action: 'competences.own.updated',
        entityType: 'own_competence',
        entityId: before.id,
      },
      tx,
    )
    return row!
  })
}

/** Demo data only: an own list written straight in (no actor, no audit). */
export async function seedOwnCompetences(
  db: DbOrTx,
  tenantId: string,
  items: { slug: string; name: LocalizedText; description: LocalizedText }[],
): Promise<string[]> {
  if (items.length === 0) return []
  const rows = await db
    .insert(ownCompetences)
    .values(
      items.map((i) => ({
        tenantId,
        code: `org:${i.slug}`,
        name: i.name,
        description: i.description,
      })),
    )
    .returning({ code: ownCompetences.code })
  return rows.map((r) => r.code)
}
