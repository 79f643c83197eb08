import type { Context } from 'hono'
import { Hono } from 'hono'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { type FieldErrors, forbidden, notFound } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { requireActor } from '#src/lib/policy.ts'
import { attachmentHeader, MAX_FILE_BYTES } from './files.ts'
import { parseUpload, parseVersion } from './inputs.ts'
import {
  addVersion,
  deleteDocument,
  getDocument,
  getVersionFile,
  listDocuments,
  listDraftableDeliverables,
  openLibrary,
  uploadDocument,
} from './service.ts'
import { DocumentPage } from './views/document-page.tsx'
import { LibraryPage } from './views/library-page.tsx'

const NOTICES = new Set([
  'documents:notices.uploaded',
  'documents:notices.versionAdded',
  'documents:notices.deleted',
])

type FormState = { values: FormValues; errors: FieldErrors }

function notice(c: Context<AppEnv>) {
  const key = c.req.query('notice')
  return key && NOTICES.has(key) ? key : undefined
}

/** A body far above the limit is refused before it is read (the multipart parser buffers it). */
function tooLarge(c: Context<AppEnv>): FormState | null {
  const length = Number(c.req.header('content-length') ?? 0)
  if (length <= MAX_FILE_BYTES + 64 * 1024) return null
  return { values: {}, errors: { file: 'documents:errors.tooLarge' } }
}

async function libraryPage(c: Context<AppEnv>, state?: FormState) {
  const ctx = c.var.ctx
  const id = c.req.param('id') ?? ''
  const { project, canUpload } = await openLibrary(ctx, id)
  const [rows, deliverables] = await Promise.all([
    listDocuments(ctx, id),
    canUpload ? listDraftableDeliverables(ctx, id) : [],
  ])
  const preselected = c.req.query('deliverable')
  return c.render(
    <LibraryPage
      project={project}
      rows={rows}
      canUpload={canUpload}
      deliverables={deliverables}
      values={state?.values ?? (preselected ? { deliverableId: preselected } : {})}
      errors={state?.errors}
      notice={notice(c)}
    />,
    { title: c.var.t('documents:library.title', { project: project.acronym }) },
  )
}

async function documentPage(c: Context<AppEnv>, state?: FormState) {
  const found = await getDocument(c.var.ctx, c.req.param('id') ?? '', c.req.param('docId') ?? '')
  return c.render(
    <DocumentPage
      project={found.project}
      document={found.document}
      ownerName={found.ownerName}
      ownerLocale={found.ownerLocale}
      versions={found.versions}
      deliverables={found.deliverables}
      canChange={found.canChange}
      values={state?.values}
      errors={state?.errors}
      notice={notice(c)}
    />,
    { title: found.document.title },
  )
}

/** The project's document library: list, upload, versions, download, removal. */
export const documentRoutes = new Hono<AppEnv>()
  .get('/app/projects/:id/documents', (c) => libraryPage(c))
  .post('/app/projects/:id/documents', async (c) => {
    const id = c.req.param('id')
    const { canUpload } = await openLibrary(c.var.ctx, id)
    if (!canUpload) throw forbidden()
    const early = tooLarge(c)
    if (early) {
      c.status(422)
      return libraryPage(c, early)
    }
    const form = await readForm(c)
    const parsed = await parseUpload(form)
    const { file: _file, ...values } = form
    const result = parsed.ok
      ? await tryForm(() => uploadDocument(c.var.ctx, id, parsed.data))
      : { ok: false as const, errors: parsed.errors, status: 422 as const }
    if (!result.ok) {
      c.status(result.status)
      return libraryPage(c, { values, errors: result.errors })
    }
    return c.redirect(
      `/app/projects/${id}/documents/${result.value.id}?notice=documents:notices.uploaded`,
      303,
    )
  })
  .get('/app/projects/:id/documents/:docId', (c) => documentPage(c))
  .post('/app/projects/:id/documents/:docId/versions', async (c) => {
    const { id, docId } = c.req.param()
    const found = await getDocument(c.var.ctx, id, docId)
    if (!found.canChange) throw forbidden()
    const early = tooLarge(c)
    if (early) {
      c.status(422)
      return documentPage(c, early)
    }
    const form = await readForm(c)
    const parsed = await parseVersion(form)
    const { file: _file, ...values } = form
    const result = parsed.ok
      ? await tryForm(() => addVersion(c.var.ctx, id, docId, parsed.data))
      : { ok: false as const, errors: parsed.errors, status: 422 as const }
    if (!result.ok) {
      c.status(result.status)
      return documentPage(c, { values, errors: result.errors })
    }
    return c.redirect(
      `/app/projects/${id}/documents/${docId}?notice=documents:notices.versionAdded`,
      303,
    )
  })
  .get('/app/projects/:id/documents/:docId/versions/:version', async (c) => {
    const { id, docId, version } = c.req.param()
    requireActor(c.var.ctx) // sign-in first: a visitor learns nothing from the URL's shape
    if (!/^[1-9]\d{0,5}$/.test(version)) throw notFound()
    const file = await getVersionFile(c.var.ctx, id, docId, Number(version))
    c.header('Content-Type', file.contentType)
    c.header('Content-Disposition', attachmentHeader(file.fileName))
    c.header('Content-Length', String(file.bytes.length))
    c.header('Cache-Control', 'private, no-store')
    c.header('X-Content-Type-Options', 'nosniff')
    c.header('Content-Security-Policy', "default-src 'none'; sandbox")
    return c.body(new Uint8Array(file.bytes))
  })
  .post('/app/projects/:id/documents/:docId/delete', async (c) => {
    const { id, docId } = c.req.param()
    await deleteDocument(c.var.ctx, id, docId)
    return c.redirect(`/app/projects/${id}/documents?notice=documents:notices.deleted`, 303)
  })
