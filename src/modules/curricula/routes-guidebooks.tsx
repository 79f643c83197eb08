import type { Context } from 'hono'
import { Hono } from 'hono'
import { formStep, queryKey, readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'

import type { FieldErrors } from '#src/lib/errors.ts'
import { notFound } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { isLocale } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { requireActor } from '#src/lib/policy.ts'
import { attachmentHeader, MAX_FILE_BYTES } from '../documents/index.ts'
import { organisationNames } from '../organisations/index.ts'
import { formToGuidebookInput, parseGuidebookFile, ZGuidebook } from './inputs.ts'
import { requireAuthor, sharingProjectChoices } from './service/access.ts'
import {
  addGuidebookFile,
  createGuidebook,
  fileBytes,
  filesOf,
  fileVersion,
  type Guidebook,
  type GuidebookFile,
  guidebookPath,
  linkedLessons,
  listGuidebooks,
  loadGuidebook,
  loadOwnGuidebook,
  pickFile,
  updateGuidebook,
} from './service/guidebooks.ts'
import {
  EMPTY_GUIDEBOOK,
  GuidebookFormPage,
  type GuidebookFormValues,
  GuidebookPage,
  GuidebooksPage,
} from './views/guidebook-pages.tsx'

type C = Context<AppEnv>

const NOTICES = new Set([
  'curricula:notices.guidebookCreated',
  'curricula:notices.guidebookSaved',
  'curricula:notices.fileUploaded',
])
const BASE = '/app/learning/guidebooks'

type UploadState = { values: FormValues; errors: FieldErrors }

function valuesOf(g: Guidebook): GuidebookFormValues {
  return {
    title: g.title,
    description: g.description,
    visibility: g.visibility,
    projectId: g.projectId ?? '',
  }
}

function rawValues(raw: unknown): GuidebookFormValues {
  const r = raw as ReturnType<typeof formToGuidebookInput>
  return { ...r, projectId: r.projectId ?? '' }
}

async function renderForm(
  c: C,
  guidebook: Guidebook | null,
  values: GuidebookFormValues,
  errors?: FieldErrors,
) {
  const projects = await sharingProjectChoices(c.var.ctx)
  return c.render(
    <GuidebookFormPage
      action={guidebook ? `${guidebookPath(guidebook.id)}/edit` : `${BASE}/new`}
      values={values}
      projects={projects}
      isNew={!guidebook}
      errors={errors}
      cancel={guidebook ? guidebookPath(guidebook.id) : BASE}
    />,
    {
      title: c.var.t(
        guidebook ? 'curricula:guidebookForm.editTitle' : 'curricula:guidebookForm.newTitle',
      ),
    },
  )
}

/** The language a reader gets: `?lang=` if it is one of Ura's, else the interface's. */
function readerLanguage(c: C): string {
  const asked = c.req.query('lang')
  return isLocale(asked) ? asked : c.var.locale
}

async function renderPage(c: C, state?: UploadState) {
  const { guidebook, role } = await loadGuidebook(c.var.ctx, c.req.param('id') ?? '')
  const [{ files, current }, lessons, names] = await Promise.all([
    filesOf(c.var.ctx, guidebook),
    linkedLessons(c.var.ctx, guidebook),
    organisationNames(c.var.ctx, [guidebook.tenantId]),
  ])
  return c.render(
    <GuidebookPage
      guidebook={guidebook}
      role={role}
      ownerName={pickText(names.get(guidebook.tenantId), c.var.locale).value}
      files={files}
      current={current}
      picked={pickFile(current, readerLanguage(c))}
      lessons={lessons}
      values={state?.values}
      errors={state?.errors}
      notice={queryKey(c, 'notice', NOTICES)}
    />,
    {
      title:
        pickText(guidebook.title, c.var.locale).value || c.var.t('curricula:guidebook.heading'),
    },
  )
}

/** A stored file as an attachment, never shown inline as one of our pages (as documents does). */
function sendFile(c: C, file: GuidebookFile, bytes: Buffer) {
  c.header('Content-Type', file.contentType)
  c.header('Content-Disposition', attachmentHeader(file.fileName))
  c.header('Content-Length', String(bytes.length))
  c.header('Content-Language', file.lang)
  c.header('Cache-Control', 'private, no-store')
  c.header('X-Content-Type-Options', 'nosniff')
  c.header('Content-Security-Policy', "default-src 'none'; sandbox")
  return c.body(new Uint8Array(bytes))
}

/** The guidebook library under /app/learning/guidebooks. */
export const guidebookRoutes = new Hono<AppEnv>()
  .get(BASE, async (c) => {
    const rows = await listGuidebooks(c.var.ctx)
    const names = await organisationNames(c.var.ctx, [
      ...new Set(rows.map((r) => r.guidebook.tenantId)),
    ])
    const orgNames = new Map([...names].map(([id, n]) => [id, pickText(n, c.var.locale).value]))
    return c.render(
      <GuidebooksPage rows={rows} orgNames={orgNames} notice={queryKey(c, 'notice', NOTICES)} />,
      { title: c.var.t('curricula:guidebooks.title') },
    )
  })
  .get(`${BASE}/new`, async (c) => {
    requireAuthor(c.var.ctx)
    return renderForm(c, null, EMPTY_GUIDEBOOK)
  })
  .post(`${BASE}/new`, async (c) => {
    requireAuthor(c.var.ctx)
    return formStep(c, {
      read: formToGuidebookInput,
      schema: ZGuidebook,
      run: (input) => createGuidebook(c.var.ctx, input),
      render: (raw, errors) => renderForm(c, null, rawValues(raw), errors),
      done: (g) =>
        `${guidebookPath(g.id)}?notice=curricula:notices.guidebookCreated#upload-heading`,
    })
  })
  .get(`${BASE}/:id`, (c) => renderPage(c))
  .get(`${BASE}/:id/edit`, async (c) => {
    const guidebook = await loadOwnGuidebook(c.var.ctx, c.req.param('id'))
    return renderForm(c, guidebook, valuesOf(guidebook))
  })
  .post(`${BASE}/:id/edit`, async (c) => {
    const guidebook = await loadOwnGuidebook(c.var.ctx, c.req.param('id'))
    return formStep(c, {
      read: formToGuidebookInput,
      schema: ZGuidebook,
      run: (input) => updateGuidebook(c.var.ctx, guidebook.id, input),
      render: (raw, errors) => renderForm(c, guidebook, rawValues(raw), errors),
      done: (g) => `${guidebookPath(g.id)}?notice=curricula:notices.guidebookSaved`,
    })
  })
  .post(`${BASE}/:id/files`, async (c) => {
    const guidebook = await loadOwnGuidebook(c.var.ctx, c.req.param('id'))
    // A body far above the limit is refused before it is read (the multipart parser buffers it).
    if (Number(c.req.header('content-length') ?? 0) > MAX_FILE_BYTES + 64 * 1024) {
      c.status(422)
      return renderPage(c, { values: {}, errors: { file: 'documents:errors.tooLarge' } })
    }
    const parsed = await parseGuidebookFile(await readForm(c))
    if (!parsed.ok) {
      c.status(422)
      return renderPage(c, { values: parsed.values, errors: parsed.errors })
    }
    const result = await tryForm(() => addGuidebookFile(c.var.ctx, guidebook.id, parsed.data))
    if (!result.ok) {
      c.status(result.status)
      const { lang, note } = parsed.data
      return renderPage(c, { values: { lang, note }, errors: result.errors })
    }
    return c.redirect(`${guidebookPath(guidebook.id)}?notice=curricula:notices.fileUploaded`, 303)
  })
  .get(`${BASE}/:id/download`, async (c) => {
    requireActor(c.var.ctx)
    const { guidebook } = await loadGuidebook(c.var.ctx, c.req.param('id'))
    const { current } = await filesOf(c.var.ctx, guidebook)
    const picked = pickFile(current, readerLanguage(c))
    if (!picked) throw notFound()
    return sendFile(c, picked.file, await fileBytes(c.var.ctx, picked.file))
  })
  .get(`${BASE}/:id/files/:lang/:version`, async (c) => {
    requireActor(c.var.ctx) // sign-in first: a visitor learns nothing from the URL's shape
    const { id, lang, version } = c.req.param()
    if (!/^[1-9]\d{0,5}$/.test(version)) throw notFound()
    const file = await fileVersion(c.var.ctx, id, lang, Number(version))
    return sendFile(c, file, await fileBytes(c.var.ctx, file))
  })
