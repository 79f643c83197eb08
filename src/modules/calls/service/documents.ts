import { and, eq } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, forbidden, notFound } from '#src/lib/errors.ts'
import { localFileStore } from '#src/lib/storage.ts'
import { ZUuid } from '#src/lib/validation.ts'
import { cleanFileName, MAX_UPLOAD_BYTES, sniffFileType } from '../files.ts'
import { applicationDocuments, callRequiredDocuments } from '../schema.ts'
import { loadApplication } from './access.ts'

export type Upload = { name: string; bytes: Uint8Array }

const invalid = (field: string, key: string, params: Record<string, unknown> = {}) =>
  new AppError('INVALID_INPUT', 'common:errors.invalidInput', params, { [field]: key })

/**
 * Stores a file for a draft application. The type is read from the file's first bytes (PDF, JPEG,
 * PNG, WebP, HEIC); anything else, an empty file or one over 10 MB is refused on the `file` field.
 */
export async function uploadDocument(
  ctx: Ctx,
  id: string,
  requiredDocumentId: string | undefined,
  file: Upload | null,
) {
  const { app, access } = await loadApplication(ctx, id)
  if (!access.isApplicant) throw forbidden()
  if (app.status !== 'draft')
    throw new AppError('INVALID_STATE', 'calls:errors.notDraftApplication')
  let kind: (typeof callRequiredDocuments.$inferSelect)['kind'] = 'other'
  if (requiredDocumentId) {
    const [required] = await ctx.db
      .select()
      .from(callRequiredDocuments)
      .where(
        and(
          eq(callRequiredDocuments.callId, app.callId),
          eq(callRequiredDocuments.id, requiredDocumentId),
        ),
      )
    if (!required) throw invalid('requiredDocumentId', 'common:validation.choice')
    kind = required.kind
  }
  if (!file || file.bytes.length === 0) throw invalid('file', 'calls:errors.fileMissing')
  if (file.bytes.length > MAX_UPLOAD_BYTES) {
    throw invalid('file', 'calls:errors.fileTooBig', { maxMb: MAX_UPLOAD_BYTES / 1024 / 1024 })
  }
  const contentType = sniffFileType(file.bytes)
  if (!contentType) throw invalid('file', 'calls:errors.fileType')
  const store = localFileStore(ctx.env.dataDir)
  const storageKey = await store.put(app.tenantId, file.bytes)
  try {
    await ctx.db.insert(applicationDocuments).values({
      tenantId: app.tenantId,
      applicationId: app.id,
      requiredDocumentId: requiredDocumentId ?? null,
      kind,
      storageKey,
      fileName: cleanFileName(file.name),
      contentType,
      size: file.bytes.length,
      uploadedByUserId: ctx.actor?.userId ?? null,
    })
  } catch (err) {
    await store.delete(storageKey)
    throw err
  }
}

async function loadDocument(ctx: Ctx, id: string, documentId: string) {
  const found = await loadApplication(ctx, id)
  if (!ZUuid.safeParse(documentId).success) throw notFound()
  const [doc] = await ctx.db
    .select()
    .from(applicationDocuments)
    .where(
      and(
        eq(applicationDocuments.applicationId, found.app.id),
        eq(applicationDocuments.id, documentId),
      ),
    )
  if (!doc) throw notFound()
  return { ...found, doc }
}

/** Removes a file from a draft application. */
export async function deleteDocument(ctx: Ctx, id: string, documentId: string) {
  const { app, access, doc } = await loadDocument(ctx, id, documentId)
  if (!access.isApplicant) throw forbidden()
  if (app.status !== 'draft')
    throw new AppError('INVALID_STATE', 'calls:errors.notDraftApplication')
  await ctx.db.delete(applicationDocuments).where(eq(applicationDocuments.id, doc.id))
  await localFileStore(ctx.env.dataDir).delete(doc.storageKey)
}

/**
 * The bytes of an uploaded file. Medical documents are for the applicant, their guardian and the
 * coordinators only, not for the selection panel.
 */
export async function getDocumentFile(ctx: Ctx, id: string, documentId: string) {
  const { access, doc } = await loadDocument(ctx, id, documentId)
  const isPanelOnly = !access.isApplicant && !access.isGuardian && !access.isManager
  if (doc.kind === 'medical' && isPanelOnly) throw forbidden()
  const bytes = await localFileStore(ctx.env.dataDir).get(doc.storageKey)
  if (!bytes) throw notFound()
  return { doc, bytes }
}
