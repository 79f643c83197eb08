import { createHash } from 'node:crypto'
import { and, asc, desc, eq, inArray, max, or } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { forbidden, notFound } from '#src/lib/errors.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { localFileStore } from '#src/lib/storage.ts'
import { recordAudit } from '../../audit/index.ts'
import { checkFile, cleanFileName } from '../../documents/index.ts'
import { lessonsLinkingTo } from '../../learning/index.ts'
import { consortiumProjectIds } from '../../projects/index.ts'
import {
  CURRICULUM_LANGUAGES,
  type GuidebookFileInput,
  type GuidebookInput,
  isUuid,
} from '../inputs.ts'
import { guidebookFiles, guidebooks } from '../schema.ts'
import {
  checkSharing,
  invalid,
  type Role,
  requireAuthor,
  requireLearner,
  roleOn,
} from './access.ts'

/*
 * The guidebook library. Files follow the documents module's rules (type by extension and first
 * bytes, 20 MB, a clean name, always downloaded as an attachment) and live in the same file
 * store; the versions are kept here because a guidebook is shared like a course, not through a
 * project's library (ADR 017).
 */

export type Guidebook = typeof guidebooks.$inferSelect
export type GuidebookFile = typeof guidebookFiles.$inferSelect

/** The page of a guidebook: lessons link to it by writing this address in their text. */
export function guidebookPath(id: string): string {
  return `/app/learning/guidebooks/${id}`
}

/** A guidebook and the actor's role; another school's unshared one is "not found". */
export async function loadGuidebook(
  ctx: Ctx,
  id: string,
): Promise<{ guidebook: Guidebook; role: Role }> {
  const actor = requireLearner(ctx)
  if (!isUuid(id)) throw notFound()
  const [guidebook] = await ctx.db.select().from(guidebooks).where(eq(guidebooks.id, id))
  if (!guidebook) throw notFound()
  const consortium =
    guidebook.visibility === 'consortium' && guidebook.tenantId !== actor.tenantId
      ? await consortiumProjectIds(ctx.db, actor.tenantId)
      : []
  const role = roleOn(actor, guidebook, consortium)
  if (!role) throw notFound()
  return { guidebook, role }
}

/** The guidebook for its authors only: readers get 403, strangers 404. */
export async function loadOwnGuidebook(ctx: Ctx, id: string): Promise<Guidebook> {
  const { guidebook, role } = await loadGuidebook(ctx, id)
  if (role !== 'author') throw forbidden()
  return guidebook
}

/** The newest version of each language's file. */
export type CurrentFiles = Map<string, GuidebookFile>

function currentOf(files: GuidebookFile[]): CurrentFiles {
  const out: CurrentFiles = new Map()
  for (const f of files) {
    const seen = out.get(f.lang)
    if (!seen || seen.version < f.version) out.set(f.lang, f)
  }
  return out
}

/** The languages of Ura's readers that have no file yet. */
export function missingFileLanguages(current: CurrentFiles): string[] {
  return CURRICULUM_LANGUAGES.filter((l) => !current.has(l))
}

export type GuidebookRow = { guidebook: Guidebook; current: CurrentFiles }

/** Every guidebook the actor may read (their school's, their consortia's, public), newest first. */
export async function listGuidebooks(ctx: Ctx): Promise<GuidebookRow[]> {
  const actor = requireLearner(ctx)
  const projectIds = await consortiumProjectIds(ctx.db, actor.tenantId)
  const rows = await ctx.db
    .select()
    .from(guidebooks)
    .where(
      or(
        eq(guidebooks.tenantId, actor.tenantId),
        eq(guidebooks.visibility, 'public'),
        projectIds.length > 0
          ? and(eq(guidebooks.visibility, 'consortium'), inArray(guidebooks.projectId, projectIds))
          : undefined,
      ),
    )
    .orderBy(desc(guidebooks.updatedAt))
    .limit(200)
  const files =
    rows.length === 0
      ? []
      : await ctx.db
          .select()
          .from(guidebookFiles)
          .where(
            inArray(
              guidebookFiles.guidebookId,
              rows.map((r) => r.id),
            ),
          )
  return rows.map((guidebook) => ({
    guidebook,
    current: currentOf(files.filter((f) => f.guidebookId === guidebook.id)),
  }))
}

/** Every file of a guidebook, language by language, newest version first. */
export async function filesOf(ctx: Ctx, guidebook: Guidebook) {
  const files = await ctx.db
    .select()
    .from(guidebookFiles)
    .where(eq(guidebookFiles.guidebookId, guidebook.id))
    .orderBy(asc(guidebookFiles.lang), desc(guidebookFiles.version))
  return { files, current: currentOf(files) }
}

/** A new guidebook of the author's school; its files are uploaded next, one per language. */
export async function createGuidebook(ctx: Ctx, input: GuidebookInput): Promise<Guidebook> {
  const actor = requireAuthor(ctx)
  const fields = await checkSharing(ctx, actor.tenantId, input)
  if (Object.keys(fields).length > 0) throw invalid(fields)
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(guidebooks)
      .values({ ...input, tenantId: actor.tenantId, authorId: actor.userId })
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'curricula.guidebook_created',
        entityType: 'guidebook',
        entityId: row!.id,
      },
      tx,
    )
    return row!
  })
}

/** Saves a guidebook's title, description and sharing. */
export async function updateGuidebook(
  ctx: Ctx,
  id: string,
  input: GuidebookInput,
): Promise<Guidebook> {
  const actor = requireAuthor(ctx)
  const before = await loadOwnGuidebook(ctx, id)
  const fields = await checkSharing(ctx, actor.tenantId, input)
  if (Object.keys(fields).length > 0) throw invalid(fields)
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(guidebooks)
      .set(input)
      .where(and(eq(guidebooks.id, before.id), eq(guidebooks.tenantId, before.tenantId)))
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'curricula.guidebook_updated',
        entityType: 'guidebook',
        entityId: before.id,
      },
      tx,
    )
    return row!
  })
}

/**
 * Uploads a language's file: the first version, or the next one (older versions are kept). The
 * bytes are stored first; if the row cannot be written they are removed again.
 */
export async function addGuidebookFile(
  ctx: Ctx,
  id: string,
  input: GuidebookFileInput,
): Promise<GuidebookFile> {
  const actor = requireAuthor(ctx)
  const guidebook = await loadOwnGuidebook(ctx, id)
  const checked = checkFile(input.file.name, input.file.bytes)
  if (!checked.ok) throw invalid({ file: `documents:errors.${checked.problem}` })
  const store = localFileStore(ctx.env.dataDir)
  const storageKey = await store.put(guidebook.tenantId, input.file.bytes)
  try {
    return await ctx.db.transaction(async (tx) => {
      const [last] = await tx
        .select({ n: max(guidebookFiles.version) })
        .from(guidebookFiles)
        .where(
          and(eq(guidebookFiles.guidebookId, guidebook.id), eq(guidebookFiles.lang, input.lang)),
        )
      const [row] = await tx
        .insert(guidebookFiles)
        .values({
          tenantId: guidebook.tenantId,
          guidebookId: guidebook.id,
          lang: input.lang,
          version: (last?.n ?? 0) + 1,
          fileName: cleanFileName(input.file.name),
          contentType: checked.contentType,
          size: input.file.bytes.length,
          sha256: createHash('sha256').update(input.file.bytes).digest('hex'),
          storageKey,
          note: input.note,
          uploadedBy: actor.userId,
        })
        .returning()
      await tx
        .update(guidebooks)
        .set({ updatedAt: ctx.now() })
        .where(eq(guidebooks.id, guidebook.id))
      await recordAudit(
        ctx,
        {
          tenantId: guidebook.tenantId,
          action: 'curricula.guidebook_file_added',
          entityType: 'guidebook',
          entityId: guidebook.id,
          changes: { [input.lang]: { from: last?.n ?? null, to: row!.version } },
        },
        tx,
      )
      return row!
    })
  } catch (err) {
    await store.delete(storageKey)
    throw err
  }
}

/**
 * The file a reader gets: the current version in their language, else in a neighbouring one, the
 * owner's or English, else any; `isFallback` says it is not the language asked for.
 */
export function pickFile(
  current: CurrentFiles,
  lang: string,
  fallbacks: readonly string[] = ['en'],
) {
  const available: LocalizedText = Object.fromEntries([...current.keys()].map((l) => [l, l]))
  const picked = pickText(available, lang, fallbacks)
  const file = current.get(picked.lang)
  return file ? { file, lang: picked.lang, isFallback: picked.isFallback } : null
}

/** One stored version's bytes, for download. */
export async function fileBytes(ctx: Ctx, file: GuidebookFile): Promise<Buffer> {
  const bytes = await localFileStore(ctx.env.dataDir).get(file.storageKey)
  if (!bytes) throw notFound()
  return bytes
}

/** A given version of a language's file (any version stays downloadable). */
export async function fileVersion(ctx: Ctx, id: string, lang: string, version: number) {
  const { guidebook } = await loadGuidebook(ctx, id)
  const [row] = await ctx.db
    .select()
    .from(guidebookFiles)
    .where(
      and(
        eq(guidebookFiles.guidebookId, guidebook.id),
        eq(guidebookFiles.lang, lang),
        eq(guidebookFiles.version, version),
      ),
    )
  if (!row) throw notFound()
  return row
}

/** The lessons, in courses the reader may open, whose text links to the guidebook's page. */
export async function linkedLessons(ctx: Ctx, guidebook: Guidebook) {
  return lessonsLinkingTo(ctx, guidebookPath(guidebook.id))
}
