import { and, eq } from 'drizzle-orm'
import type { DbOrTx, Tx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { localFileStore } from '#src/lib/storage.ts'
import { recordAudit } from '../../audit/index.ts'
import { type lessons, scormFiles, scormPackages } from '../schema.ts'
import { checkScormPackage, eachPackageFile } from '../scorm-package.ts'

export type ScormPackage = typeof scormPackages.$inferSelect
// Not outline.ts's type: outline.ts imports this file.
type Lesson = typeof lessons.$inferSelect
/** An uploaded zip, as the route read it from the form. */
export type PackageUpload = { name: string; bytes: Uint8Array }

type StagedFile = { path: string; storageKey: string; size: number }

async function removeFiles(ctx: Ctx, keys: string[]) {
  const store = localFileStore(ctx.env.dataDir)
  for (const key of keys) {
    await store.delete(key).catch((err: Error) => {
      ctx.log.warn({ err: { message: err.message }, key }, 'scorm file not removed')
    })
  }
}

/** Checks the zip, then stores its files; if storing fails half-way, what was stored goes. */
async function stagePackage(ctx: Ctx, tenantId: string, upload: PackageUpload) {
  const checked = checkScormPackage(upload.bytes)
  const store = localFileStore(ctx.env.dataDir)
  const files: StagedFile[] = []
  try {
    await eachPackageFile(upload.bytes, checked.entries, async (entry, data) => {
      files.push({
        path: entry.path,
        storageKey: await store.put(tenantId, data),
        size: data.length,
      })
    })
  } catch (err) {
    await removeFiles(
      ctx,
      files.map((f) => f.storageKey),
    )
    throw err
  }
  return { ...checked, files }
}

/** Puts the new package in place of the lesson's old one; returns the old one's file keys. */
async function attachPackage(
  ctx: Ctx,
  tx: Tx,
  lesson: Lesson,
  staged: Awaited<ReturnType<typeof stagePackage>>,
): Promise<string[]> {
  const old = await tx
    .select({ key: scormFiles.storageKey })
    .from(scormFiles)
    .innerJoin(scormPackages, eq(scormPackages.id, scormFiles.packageId))
    .where(and(eq(scormPackages.tenantId, lesson.tenantId), eq(scormPackages.lessonId, lesson.id)))
  // The old package's files and attempts go with it (cascade); lessons done stay done.
  await tx
    .delete(scormPackages)
    .where(and(eq(scormPackages.tenantId, lesson.tenantId), eq(scormPackages.lessonId, lesson.id)))
  const [pkg] = await tx
    .insert(scormPackages)
    .values({
      tenantId: lesson.tenantId,
      lessonId: lesson.id,
      version: staged.version,
      launchPath: staged.launchPath,
      title: staged.title,
      fileCount: staged.files.length,
      totalBytes: staged.totalBytes,
      uploadedById: ctx.actor?.userId ?? null,
    })
    .returning()
  for (let i = 0; i < staged.files.length; i += 500) {
    await tx
      .insert(scormFiles)
      .values(
        staged.files
          .slice(i, i + 500)
          .map((f) => ({ ...f, tenantId: lesson.tenantId, packageId: pkg!.id })),
      )
  }
  await recordAudit(
    ctx,
    {
      tenantId: lesson.tenantId,
      action: 'learning.scorm.uploaded',
      entityType: 'lesson',
      entityId: lesson.id,
      changes: { package: { from: null, to: `${staged.version} · ${staged.files.length}` } },
    },
    tx,
  )
  return old.map((o) => o.key)
}

/**
 * Saves a lesson and, when one was uploaded, its package: the files are stored first, then the
 * lesson, the package and its file list are written in one transaction. Nothing stays half
 * saved: a refused package saves no lesson, and a failed transaction removes the stored files.
 * The replaced package's files are removed once the new one is committed.
 */
export async function saveWithPackage(
  ctx: Ctx,
  tenantId: string,
  upload: PackageUpload | null,
  save: (tx: Tx) => Promise<Lesson>,
): Promise<Lesson> {
  if (!upload) return ctx.db.transaction(save)
  const staged = await stagePackage(ctx, tenantId, upload)
  let replaced: string[] = []
  let lesson: Lesson
  try {
    lesson = await ctx.db.transaction(async (tx) => {
      const row = await save(tx)
      replaced = await attachPackage(ctx, tx, row, staged)
      return row
    })
  } catch (err) {
    await removeFiles(
      ctx,
      staged.files.map((f) => f.storageKey),
    )
    throw err
  }
  await removeFiles(ctx, replaced)
  return lesson
}

/** The lesson's package, or null before one is uploaded. */
export async function findPackage(db: DbOrTx, lesson: Pick<Lesson, 'id' | 'tenantId'>) {
  const [row] = await db
    .select()
    .from(scormPackages)
    .where(and(eq(scormPackages.tenantId, lesson.tenantId), eq(scormPackages.lessonId, lesson.id)))
  return row ?? null
}
