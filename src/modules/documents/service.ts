import { createHash } from 'node:crypto'
import { and, asc, desc, eq, inArray } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, forbidden, notFound } from '#src/lib/errors.ts'
import { localFileStore } from '#src/lib/storage.ts'
import { organisations } from '#src/modules/organisations/index.ts'
import {
  canEditOwned,
  deliverables,
  getProject,
  type ProjectAccess,
} from '#src/modules/projects/index.ts'
import { users } from '#src/modules/users/index.ts'
import { checkFile, cleanFileName } from './files.ts'
import type { UploadInput, VersionInput } from './inputs.ts'
import { documentLinks, documents, documentVersions } from './schema.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export type LibraryDocument = typeof documents.$inferSelect
export type DocumentVersion = typeof documentVersions.$inferSelect

/** The project (NOT_FOUND outside its consortium) and what the actor may do in its library. */
export async function openLibrary(ctx: Ctx, projectId: string) {
  const { project, access } = await getProject(ctx, projectId)
  return {
    project: { id: project.id, acronym: project.acronym, title: project.title },
    access,
    canUpload: access.level !== 'viewer',
  }
}

/** Whether the actor changes this document: its owner organisation (not as viewer) or a manager. */
export function canChange(access: ProjectAccess, doc: { tenantId: string }): boolean {
  return canEditOwned(access, doc.tenantId)
}

/** Deliverables the actor may attach a draft to: those its organisation leads (all for managers). */
export async function listDraftableDeliverables(ctx: Ctx, projectId: string) {
  const { access } = await openLibrary(ctx, projectId)
  const rows = await ctx.db
    .select({
      id: deliverables.id,
      code: deliverables.code,
      title: deliverables.title,
      leadOrganisationId: deliverables.leadOrganisationId,
    })
    .from(deliverables)
    .where(eq(deliverables.projectId, projectId))
    .orderBy(asc(deliverables.dueDate), asc(deliverables.code))
  return rows.filter((d) => canEditOwned(access, d.leadOrganisationId))
}

/** The library, newest change first, with each document's owner, newest version and deliverables. */
export async function listDocuments(ctx: Ctx, projectId: string) {
  await openLibrary(ctx, projectId)
  const docs = await ctx.db
    .select({
      document: documents,
      ownerName: organisations.name,
      ownerLocale: organisations.defaultLocale,
      version: documentVersions,
    })
    .from(documents)
    .innerJoin(organisations, eq(organisations.id, documents.tenantId))
    .innerJoin(
      documentVersions,
      and(
        eq(documentVersions.documentId, documents.id),
        eq(documentVersions.version, documents.currentVersion),
      ),
    )
    .where(eq(documents.projectId, projectId))
    .orderBy(desc(documents.updatedAt))
  const links = await linksOf(
    ctx,
    docs.map((d) => d.document.id),
  )
  return docs.map((d) => ({ ...d, deliverables: links.get(d.document.id) ?? [] }))
}

async function linksOf(ctx: Ctx, documentIds: string[]) {
  const out = new Map<string, { id: string; code: string }[]>()
  if (documentIds.length === 0) return out
  const rows = await ctx.db
    .select({ documentId: documentLinks.documentId, id: deliverables.id, code: deliverables.code })
    .from(documentLinks)
    .innerJoin(deliverables, eq(deliverables.id, documentLinks.deliverableId))
    .where(inArray(documentLinks.documentId, documentIds))
    .orderBy(asc(deliverables.code))
  for (const r of rows) out.set(r.documentId, [...(out.get(r.documentId) ?? []), r])
  return out
}

/** One document with every version (newest first); NOT_FOUND outside the project. */
export async function getDocument(ctx: Ctx, projectId: string, documentId: string) {
  const library = await openLibrary(ctx, projectId)
  if (!UUID.test(documentId)) throw notFound()
  const [row] = await ctx.db
    .select({
      document: documents,
      ownerName: organisations.name,
      ownerLocale: organisations.defaultLocale,
    })
    .from(documents)
    .innerJoin(organisations, eq(organisations.id, documents.tenantId))
    .where(and(eq(documents.projectId, projectId), eq(documents.id, documentId)))
  if (!row) throw notFound()
  const versions = await ctx.db
    .select({ version: documentVersions, uploaderName: users.displayName })
    .from(documentVersions)
    .leftJoin(users, eq(users.id, documentVersions.uploadedBy))
    .where(eq(documentVersions.documentId, documentId))
    .orderBy(desc(documentVersions.version))
  const links = await linksOf(ctx, [documentId])
  return {
    ...library,
    ...row,
    versions,
    deliverables: links.get(documentId) ?? [],
    canChange: canChange(library.access, row.document),
  }
}

function badFile(problem: string): never {
  const key = `documents:errors.${problem}`
  throw new AppError('INVALID_INPUT', key, {}, { file: key })
}

/** Stores the bytes, then the row; if the row fails, the bytes go too. */
async function storeVersion(
  ctx: Ctx,
  tenantId: string,
  file: UploadInput['file'],
  write: (
    v: Omit<typeof documentVersions.$inferInsert, 'documentId' | 'version'>,
  ) => Promise<unknown>,
) {
  const checked = checkFile(file.name, file.bytes)
  if (!checked.ok) badFile(checked.problem)
  const store = localFileStore(ctx.env.dataDir)
  const storageKey = await store.put(tenantId, file.bytes)
  try {
    await write({
      tenantId,
      fileName: cleanFileName(file.name),
      contentType: checked.contentType,
      size: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      storageKey,
      uploadedBy: ctx.actor?.userId ?? null,
    })
  } catch (err) {
    await store.delete(storageKey)
    throw err
  }
}

/**
 * Adds a document to the library, owned by the actor's organisation; with a deliverable it is a
 * draft of that deliverable (only its lead partner or a manager may attach one).
 */
export async function uploadDocument(ctx: Ctx, projectId: string, input: UploadInput) {
  const { access, canUpload } = await openLibrary(ctx, projectId)
  if (!canUpload) throw forbidden()
  if (input.deliverableId) {
    const allowed = await listDraftableDeliverables(ctx, projectId)
    if (!allowed.some((d) => d.id === input.deliverableId)) {
      throw new AppError(
        'INVALID_INPUT',
        'common:validation.choice',
        {},
        {
          deliverableId: 'common:validation.choice',
        },
      )
    }
  }
  let created: LibraryDocument | undefined
  await storeVersion(ctx, access.organisationId, input.file, (version) =>
    ctx.db.transaction(async (tx) => {
      const [doc] = await tx
        .insert(documents)
        .values({
          tenantId: access.organisationId,
          projectId,
          title: input.title,
          createdBy: access.userId,
        })
        .returning()
      created = doc as LibraryDocument
      await tx
        .insert(documentVersions)
        .values({ ...version, documentId: created.id, version: 1, note: input.note })
      if (input.deliverableId) {
        await tx.insert(documentLinks).values({
          tenantId: access.organisationId,
          deliverableId: input.deliverableId,
          documentId: created.id,
        })
      }
    }),
  )
  return created as LibraryDocument
}

/** Uploads a new version of a document (its owner organisation or a manager). */
export async function addVersion(
  ctx: Ctx,
  projectId: string,
  documentId: string,
  input: VersionInput,
) {
  const found = await getDocument(ctx, projectId, documentId)
  if (!found.canChange) throw forbidden()
  const next = found.document.currentVersion + 1
  await storeVersion(ctx, found.access.organisationId, input.file, (version) =>
    ctx.db.transaction(async (tx) => {
      await tx
        .insert(documentVersions)
        .values({ ...version, documentId, version: next, note: input.note })
      await tx
        .update(documents)
        .set({ currentVersion: next, updatedAt: ctx.now() })
        .where(eq(documents.id, documentId))
    }),
  )
  return next
}

/** The bytes of one version for download, with the type checked at upload. */
export async function getVersionFile(
  ctx: Ctx,
  projectId: string,
  documentId: string,
  version: number,
) {
  const found = await getDocument(ctx, projectId, documentId)
  const row = found.versions.find((v) => v.version.version === version)?.version
  if (!row) throw notFound()
  const bytes = await localFileStore(ctx.env.dataDir).get(row.storageKey)
  if (!bytes) throw notFound()
  return { bytes, fileName: row.fileName, contentType: row.contentType }
}

/** Removes a document, every version and its files (its owner organisation or a manager). */
export async function deleteDocument(ctx: Ctx, projectId: string, documentId: string) {
  const found = await getDocument(ctx, projectId, documentId)
  if (!found.canChange) throw forbidden()
  await ctx.db.delete(documents).where(eq(documents.id, documentId))
  const store = localFileStore(ctx.env.dataDir)
  for (const v of found.versions) await store.delete(v.version.storageKey)
}

/** The documents attached to a deliverable as drafts, for the deliverable's page. */
export async function listDeliverableDocuments(ctx: Ctx, projectId: string, deliverableId: string) {
  await openLibrary(ctx, projectId)
  if (!UUID.test(deliverableId)) return []
  return ctx.db
    .select({
      id: documents.id,
      title: documents.title,
      currentVersion: documents.currentVersion,
      updatedAt: documents.updatedAt,
    })
    .from(documentLinks)
    .innerJoin(documents, eq(documents.id, documentLinks.documentId))
    .where(and(eq(documentLinks.deliverableId, deliverableId), eq(documents.projectId, projectId)))
    .orderBy(desc(documents.updatedAt))
}
