import { createHash } from 'node:crypto'
import type { DbOrTx } from '#src/db/client.ts'
import { localFileStore } from '#src/lib/storage.ts'
import { checkFile } from './files.ts'
import { documentLinks, documents, documentVersions } from './schema.ts'

/** Puts one file in a project's library for the demo, as a draft of a deliverable if given. */
export async function addDemoDocument(
  tx: DbOrTx,
  d: {
    dataDir: string
    tenantId: string
    projectId: string
    deliverableId: string | null
    title: string
    fileName: string
    note: string
    bytes: Uint8Array
    userId: string | null
  },
) {
  const checked = checkFile(d.fileName, d.bytes)
  if (!checked.ok) throw new Error(`demo document ${d.fileName}: ${checked.problem}`)
  const storageKey = await localFileStore(d.dataDir).put(d.tenantId, d.bytes)
  const [doc] = await tx
    .insert(documents)
    .values({ tenantId: d.tenantId, projectId: d.projectId, title: d.title, createdBy: d.userId })
    .returning()
  if (!doc) throw new Error('demo document not inserted')
  await tx.insert(documentVersions).values({
    tenantId: d.tenantId,
    documentId: doc.id,
    version: 1,
    fileName: d.fileName,
    contentType: checked.contentType,
    size: d.bytes.length,
    sha256: createHash('sha256').update(d.bytes).digest('hex'),
    storageKey,
    note: d.note,
    uploadedBy: d.userId,
  })
  if (d.deliverableId) {
    await tx
      .insert(documentLinks)
      .values({ tenantId: d.tenantId, deliverableId: d.deliverableId, documentId: doc.id })
  }
  return doc
}
