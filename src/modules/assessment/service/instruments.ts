import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { authorize } from '#src/lib/policy.ts'
import { recordAudit } from '../../audit/index.ts'
import {
  asksAnything,
  type InstrumentContent,
  type NewQuestion,
  type Question,
  type SeedInstrument,
  ZInstrumentContent,
} from '../content.ts'
import {
  assessmentInstruments,
  assessmentRounds,
  assessmentVersions,
  type InstrumentKind,
} from '../schema.ts'
import { IO_CAPACITY_CHECKLIST } from '../seed-checklist.ts'

export type Instrument = typeof assessmentInstruments.$inferSelect
export type Version = typeof assessmentVersions.$inferSelect

/** What Ura ships. A new release's content becomes a new published version, never an edit. */
export const SHIPPED_INSTRUMENTS: readonly SeedInstrument[] = [IO_CAPACITY_CHECKLIST]

const seeded = new WeakSet<object>()

/**
 * Makes sure Ura's own instruments exist and their latest version matches this release: run on
 * first use by each process (no migration carries content). Safe to run twice at once.
 */
export async function ensureShippedInstruments(db: DbOrTx): Promise<void> {
  if (seeded.has(db)) return
  for (const seed of SHIPPED_INSTRUMENTS) {
    await db
      .insert(assessmentInstruments)
      .values({ key: seed.key, kind: seed.kind, title: seed.title, description: seed.description })
      .onConflictDoNothing()
    const [instrument] = await db
      .select()
      .from(assessmentInstruments)
      .where(and(isNull(assessmentInstruments.tenantId), eq(assessmentInstruments.key, seed.key)))
    if (!instrument) continue
    const [latest] = await db
      .select()
      .from(assessmentVersions)
      .where(eq(assessmentVersions.instrumentId, instrument.id))
      .orderBy(desc(assessmentVersions.version))
      .limit(1)
    if (latest && JSON.stringify(latest.content) === JSON.stringify(seed.content)) continue
    await db
      .insert(assessmentVersions)
      .values({
        instrumentId: instrument.id,
        version: (latest?.version ?? 0) + 1,
        status: 'published',
        content: seed.content,
        publishedAt: new Date(),
      })
      .onConflictDoNothing()
    await db
      .update(assessmentInstruments)
      .set({ title: seed.title, description: seed.description })
      .where(eq(assessmentInstruments.id, instrument.id))
  }
  seeded.add(db)
}

export type InstrumentRow = Instrument & {
  latestVersion: number | null
  hasDraft: boolean
  questionCount: number
  rounds: number
  own: boolean
}

/** Ura's instruments and the school's own, with their latest published version. */
export async function listInstruments(ctx: Ctx): Promise<InstrumentRow[]> {
  const actor = authorize(ctx, 'assessment.view')
  await ensureShippedInstruments(ctx.db)
  const rows = await ctx.db
    .select()
    .from(assessmentInstruments)
    .where(
      or(
        isNull(assessmentInstruments.tenantId),
        eq(assessmentInstruments.tenantId, actor.tenantId),
      ),
    )
    // Ura's own first, then the school's, oldest first.
    .orderBy(sql`${assessmentInstruments.tenantId} is not null`, assessmentInstruments.createdAt)
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const versions = await ctx.db
    .select({
      instrumentId: assessmentVersions.instrumentId,
      version: assessmentVersions.version,
      status: assessmentVersions.status,
      questions: sql<number>`(select coalesce(sum(jsonb_array_length(s->'questions')), 0)::int
        from jsonb_array_elements(${assessmentVersions.content}->'sections') s)`,
    })
    .from(assessmentVersions)
    .where(inArray(assessmentVersions.instrumentId, ids))
  const rounds = await ctx.db
    .select({ instrumentId: assessmentVersions.instrumentId, n: sql<number>`count(*)::int` })
    .from(assessmentRounds)
    .innerJoin(assessmentVersions, eq(assessmentVersions.id, assessmentRounds.versionId))
    .where(eq(assessmentRounds.tenantId, actor.tenantId))
    .groupBy(assessmentVersions.instrumentId)
  const roundsOf = new Map(rounds.map((r) => [r.instrumentId, r.n]))
  return rows.map((row) => {
    const own = versions.filter((v) => v.instrumentId === row.id)
    const published = own.filter((v) => v.status === 'published')
    const latest = published.reduce<(typeof own)[number] | null>(
      (a, v) => (!a || v.version > a.version ? v : a),
      null,
    )
    return {
      ...row,
      latestVersion: latest?.version ?? null,
      hasDraft: own.some((v) => v.status === 'draft'),
      questionCount: latest?.questions ?? own[0]?.questions ?? 0,
      rounds: roundsOf.get(row.id) ?? 0,
      own: row.tenantId === actor.tenantId,
    }
  })
}

export type InstrumentDetail = {
  instrument: Instrument
  versions: Version[]
  /** The version shown: the one asked for, else the draft for an editor, else the latest published. */
  shown: Version | null
  canEdit: boolean
}

async function readableInstrument(ctx: Ctx, id: string): Promise<Instrument> {
  const actor = authorize(ctx, 'assessment.view')
  await ensureShippedInstruments(ctx.db)
  const [row] = await ctx.db
    .select()
    .from(assessmentInstruments)
    .where(
      and(
        eq(assessmentInstruments.id, id),
        or(
          isNull(assessmentInstruments.tenantId),
          eq(assessmentInstruments.tenantId, actor.tenantId),
        ),
      ),
    )
  if (!row) throw notFound()
  return row
}

export async function loadInstrument(
  ctx: Ctx,
  id: string,
  version?: number,
): Promise<InstrumentDetail> {
  const instrument = await readableInstrument(ctx, id)
  const versions = await ctx.db
    .select()
    .from(assessmentVersions)
    .where(eq(assessmentVersions.instrumentId, id))
    .orderBy(desc(assessmentVersions.version))
  const canEdit =
    instrument.tenantId !== null &&
    instrument.tenantId === ctx.actor?.tenantId &&
    authorizeQuietly(ctx)
  const shown =
    (version !== undefined ? versions.find((v) => v.version === version) : undefined) ??
    (canEdit ? versions.find((v) => v.status === 'draft') : undefined) ??
    versions.find((v) => v.status === 'published') ??
    null
  if (version !== undefined && shown?.version !== version) throw notFound()
  return { instrument, versions, shown, canEdit }
}

function authorizeQuietly(ctx: Ctx): boolean {
  try {
    authorize(ctx, 'assessment.manage')
    return true
  } catch {
    return false
  }
}

/** The latest published version of an instrument the school may use. */
export async function latestPublished(ctx: Ctx, instrumentId: string): Promise<Version> {
  const detail = await loadInstrument(ctx, instrumentId)
  const published = detail.versions.find((v) => v.status === 'published')
  if (!published) throw new AppError('INVALID_STATE', 'assessment:errors.notPublished')
  return published
}

async function ownInstrument(ctx: Ctx, id: string, db: DbOrTx = ctx.db): Promise<Instrument> {
  const actor = authorize(ctx, 'assessment.manage')
  const [row] = await db
    .select()
    .from(assessmentInstruments)
    .where(
      and(eq(assessmentInstruments.id, id), eq(assessmentInstruments.tenantId, actor.tenantId)),
    )
  if (!row) throw notFound()
  return row
}

export type NewInstrumentInput = {
  kind: InstrumentKind
  title: LocalizedText
  description: LocalizedText
}

/** A school's own survey or checklist, with an empty draft to fill. */
export async function createInstrument(ctx: Ctx, input: NewInstrumentInput): Promise<Instrument> {
  const actor = authorize(ctx, 'assessment.manage')
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(assessmentInstruments)
      .values({
        tenantId: actor.tenantId,
        key: `own-${crypto.randomUUID().slice(0, 8)}`,
        kind: input.kind,
        title: input.title,
        description: input.description,
        createdBy: actor.userId,
      })
      .returning()
    await tx
      .insert(assessmentVersions)
      .values({ instrumentId: row!.id, version: 1, content: { sections: [] } })
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'assessment.instrumentCreated',
        entityType: 'assessment_instrument',
        entityId: row!.id,
      },
      tx,
    )
    return row!
  })
}

/**
 * The school's own copy of an instrument (Ura's checklist, to add its own items): version 1 is
 * the original's latest published content, and results stay comparable through the same keys.
 */
export async function copyInstrument(ctx: Ctx, id: string): Promise<Instrument> {
  const actor = authorize(ctx, 'assessment.manage')
  const source = await latestPublished(ctx, id)
  const original = await readableInstrument(ctx, id)
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(assessmentInstruments)
      .values({
        tenantId: actor.tenantId,
        key: `${original.key.slice(0, 40)}-${crypto.randomUUID().slice(0, 8)}`,
        kind: original.kind,
        title: original.title,
        description: original.description,
        basedOnId: original.id,
        createdBy: actor.userId,
      })
      .returning()
    await tx.insert(assessmentVersions).values({
      instrumentId: row!.id,
      version: 1,
      status: 'published',
      content: source.content,
      publishedAt: ctx.now(),
    })
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'assessment.instrumentCopied',
        entityType: 'assessment_instrument',
        entityId: row!.id,
        changes: { basedOn: { to: original.id } },
      },
      tx,
    )
    return row!
  })
}

/** The instrument's draft, made from its latest version when there is none. */
async function draftOf(ctx: Ctx, instrumentId: string, db: DbOrTx): Promise<Version> {
  await ownInstrument(ctx, instrumentId, db)
  const versions = await db
    .select()
    .from(assessmentVersions)
    .where(eq(assessmentVersions.instrumentId, instrumentId))
    .orderBy(desc(assessmentVersions.version))
    .for('update')
  const draft = versions.find((v) => v.status === 'draft')
  if (draft) return draft
  const latest = versions[0]
  const [made] = await db
    .insert(assessmentVersions)
    .values({
      instrumentId,
      version: (latest?.version ?? 0) + 1,
      content: latest?.content ?? { sections: [] },
    })
    .returning()
  return made!
}

/** Makes the instrument's draft (a copy of its latest version) to edit; nothing when there is one. */
export async function startDraft(ctx: Ctx, instrumentId: string): Promise<Version> {
  return ctx.db.transaction((tx) => draftOf(ctx, instrumentId, tx))
}

/** Changes the draft's content in one step; the result must still be a valid instrument. */
async function changeDraft(
  ctx: Ctx,
  instrumentId: string,
  change: (content: InstrumentContent) => InstrumentContent,
): Promise<Version> {
  return ctx.db.transaction(async (tx) => {
    const draft = await draftOf(ctx, instrumentId, tx)
    const next = change(structuredClone(draft.content))
    const parsed = ZInstrumentContent.safeParse(next)
    if (!parsed.success) {
      throw new AppError(
        'INVALID_INPUT',
        'assessment:errors.duplicateKey',
        {},
        {
          key: 'assessment:errors.duplicateKey',
        },
      )
    }
    const [saved] = await tx
      .update(assessmentVersions)
      .set({ content: parsed.data })
      .where(eq(assessmentVersions.id, draft.id))
      .returning()
    return saved!
  })
}

/** A key for a new section or question: from its English (or first) text, unique in the content. */
export function freshKey(content: InstrumentContent, text: LocalizedText, prefix: string): string {
  const words = (text.en ?? Object.values(text).find(Boolean) ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
  const taken = new Set(content.sections.flatMap((s) => [s.key, ...s.questions.map((q) => q.key)]))
  const stem = `${prefix}${words || 'item'}`.replace(/-+$/, '')
  let key = stem
  for (let n = 2; taken.has(key); n++) key = `${stem}-${n}`
  return key
}

export async function addSection(
  ctx: Ctx,
  instrumentId: string,
  input: { title: LocalizedText; description: LocalizedText },
): Promise<Version> {
  return changeDraft(ctx, instrumentId, (content) => {
    content.sections.push({
      key: freshKey(content, input.title, 'own-'),
      title: input.title,
      description: input.description,
      questions: [],
    })
    return content
  })
}

/** Adds a question (without its key) at the end of a section of the draft. */
export async function addQuestion(
  ctx: Ctx,
  instrumentId: string,
  sectionKey: string,
  question: NewQuestion & { key?: string },
): Promise<Version> {
  return changeDraft(ctx, instrumentId, (content) => {
    const section = content.sections.find((s) => s.key === sectionKey)
    if (!section) throw notFound()
    section.questions.push({
      ...question,
      key: question.key ?? freshKey(content, question.text, 'own-'),
    } as Question)
    return content
  })
}

/** Removes a question from the draft. Earlier versions (and their rounds) keep it. */
export async function removeQuestion(
  ctx: Ctx,
  instrumentId: string,
  questionKey: string,
): Promise<Version> {
  return changeDraft(ctx, instrumentId, (content) => {
    let found = false
    for (const s of content.sections) {
      const before = s.questions.length
      s.questions = s.questions.filter((q) => q.key !== questionKey)
      found ||= s.questions.length !== before
    }
    if (!found) throw notFound()
    return content
  })
}

/** Publishes the draft: from now on it is the version new rounds use, and it never changes. */
export async function publishDraft(ctx: Ctx, instrumentId: string): Promise<Version> {
  const actor = authorize(ctx, 'assessment.manage')
  return ctx.db.transaction(async (tx) => {
    await ownInstrument(ctx, instrumentId, tx)
    const [draft] = await tx
      .select()
      .from(assessmentVersions)
      .where(
        and(
          eq(assessmentVersions.instrumentId, instrumentId),
          eq(assessmentVersions.status, 'draft'),
        ),
      )
      .for('update')
    if (!draft) throw new AppError('INVALID_STATE', 'assessment:errors.noDraft')
    if (!asksAnything(draft.content)) {
      throw new AppError(
        'INVALID_INPUT',
        'assessment:errors.empty',
        {},
        {
          _form: 'assessment:errors.empty',
        },
      )
    }
    const [published] = await tx
      .update(assessmentVersions)
      .set({ status: 'published', publishedAt: ctx.now() })
      .where(eq(assessmentVersions.id, draft.id))
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'assessment.versionPublished',
        entityType: 'assessment_instrument',
        entityId: instrumentId,
        changes: { version: { to: draft.version } },
      },
      tx,
    )
    return published!
  })
}

/** A version by id, readable by the school (Ura's or its own). */
export async function versionById(
  ctx: Ctx,
  versionId: string,
): Promise<{
  version: Version
  instrument: Instrument
}> {
  const [row] = await ctx.db
    .select({ version: assessmentVersions, instrument: assessmentInstruments })
    .from(assessmentVersions)
    .innerJoin(assessmentInstruments, eq(assessmentInstruments.id, assessmentVersions.instrumentId))
    .where(eq(assessmentVersions.id, versionId))
  if (!row) throw notFound()
  return row
}
