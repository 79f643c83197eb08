import { and, eq } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { localFileStore } from '#src/lib/storage.ts'
import {
  enrolments,
  lessonCompletions,
  lessons,
  scormAttempts,
  scormFiles,
  scormPackages,
} from '../schema.ts'
import { cmiFacts, resumeData, type ScormCommit } from '../scorm-cmi.ts'
import { safeEntryPath } from '../scorm-manifest.ts'
import { type CourseWithAccess, isUuid, loadCourse, requireLearner } from './courses.ts'
import { assertReleased, completeIfDone } from './enrolment.ts'
import type { Lesson } from './outline.ts'
import { findPackage, type ScormPackage } from './scorm-import.ts'

export type ScormAttempt = typeof scormAttempts.$inferSelect

async function findAttempt(db: DbOrTx, packageId: string, enrolmentId: string) {
  const [row] = await db
    .select()
    .from(scormAttempts)
    .where(and(eq(scormAttempts.packageId, packageId), eq(scormAttempts.enrolmentId, enrolmentId)))
  return row ?? null
}

export type ScormView = {
  package: ScormPackage | null
  attempt: ScormAttempt | null
  /** What the runtime loads before the package starts (scorm-again's `loadFromJSON`). */
  resume: Record<string, unknown>
}

/** A SCORM lesson's package and the reader's own attempt, for the lesson page and the API. */
export async function scormForLesson(
  ctx: Ctx,
  found: CourseWithAccess & { lesson: Lesson },
): Promise<ScormView> {
  const actor = requireLearner(ctx)
  const pkg = await findPackage(ctx.db, found.lesson)
  const attempt =
    pkg && found.enrolmentId ? await findAttempt(ctx.db, pkg.id, found.enrolmentId) : null
  const learner = { id: actor.userId, name: actor.displayName }
  return {
    package: pkg,
    attempt,
    resume: pkg ? resumeData(pkg.version, attempt?.cmi ?? null, learner) : {},
  }
}

/** A package with its lesson and the reader's access to the course (another school's: 404). */
async function loadPackage(ctx: Ctx, packageId: string) {
  requireLearner(ctx)
  if (!isUuid(packageId)) throw notFound()
  const [row] = await ctx.db
    .select({ pkg: scormPackages, lesson: lessons })
    .from(scormPackages)
    .innerJoin(lessons, eq(lessons.id, scormPackages.lessonId))
    .where(eq(scormPackages.id, packageId))
  if (row?.lesson.kind !== 'scorm') throw notFound()
  const access = await loadCourse(ctx, row.lesson.courseId)
  return { ...access, ...row }
}

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  htm: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  xml: 'application/xml',
  xsd: 'application/xml',
  txt: 'text/plain; charset=utf-8',
  vtt: 'text/vtt; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  ico: 'image/x-icon',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  wav: 'audio/wav',
  mp4: 'video/mp4',
  webm: 'video/webm',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  otf: 'font/otf',
  pdf: 'application/pdf',
  swf: 'application/x-shockwave-flash',
}

/** The type a package file is served as, by its extension (never sniffed: `nosniff`). */
export function contentTypeOf(path: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? ''
  return CONTENT_TYPES[ext] ?? 'application/octet-stream'
}

/**
 * One file of a package, for those who may read its course (authors before its release date
 * too). `path` is the URL's path inside the package, already percent-decoded.
 */
export async function getPackageFile(ctx: Ctx, packageId: string, path: string) {
  const { pkg, lesson, role } = await loadPackage(ctx, packageId)
  const today = ctx.now().toISOString().slice(0, 10)
  if (role !== 'author' && lesson.releaseOn && lesson.releaseOn > today) throw notFound()
  const safe = safeEntryPath(path)
  if (!safe) throw notFound()
  const [file] = await ctx.db
    .select({ storageKey: scormFiles.storageKey })
    .from(scormFiles)
    .where(and(eq(scormFiles.packageId, pkg.id), eq(scormFiles.path, safe)))
  if (!file) throw notFound()
  const bytes = await localFileStore(ctx.env.dataDir).get(file.storageKey)
  if (!bytes) throw notFound()
  return { bytes, contentType: contentTypeOf(safe) }
}

/**
 * Stores what the package committed for the actor's enrolment (one row, updated each time).
 * When the package reports the lesson completed or passed, the lesson is done as any other,
 * and the course may complete (certificate, hooks) in the same transaction.
 */
export async function commitScorm(ctx: Ctx, packageId: string, commit: ScormCommit) {
  const { pkg, lesson, course, enrolmentId } = await loadPackage(ctx, packageId)
  if (!enrolmentId) throw new AppError('INVALID_STATE', 'learning:errors.notEnrolled')
  assertReleased(ctx, lesson.releaseOn)
  const { isDone, ...facts } = cmiFacts(pkg.version, commit.cmi)
  return ctx.db.transaction(async (tx) => {
    const [enrolment] = await tx.select().from(enrolments).where(eq(enrolments.id, enrolmentId))
    if (!enrolment) throw notFound()
    const [attempt] = await tx
      .insert(scormAttempts)
      .values({
        tenantId: pkg.tenantId,
        packageId: pkg.id,
        enrolmentId,
        lessonId: lesson.id,
        cmi: commit.cmi,
        ...facts,
      })
      .onConflictDoUpdate({
        target: [scormAttempts.packageId, scormAttempts.enrolmentId],
        set: { cmi: commit.cmi, ...facts, updatedAt: ctx.now() },
      })
      .returning()
    let courseCompleted = false
    if (isDone) {
      const added = await tx
        .insert(lessonCompletions)
        .values({
          tenantId: course.tenantId,
          enrolmentId,
          lessonId: lesson.id,
          completedAt: ctx.now(),
        })
        .onConflictDoNothing()
        .returning({ lessonId: lessonCompletions.lessonId })
      if (added.length > 0) courseCompleted = await completeIfDone(ctx, tx, enrolment, course)
    }
    return { attempt: attempt!, lessonDone: isDone, courseCompleted }
  })
}
