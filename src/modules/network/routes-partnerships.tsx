import type { Context } from 'hono'
import { Hono } from 'hono'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { validate } from '#src/lib/forms.ts'
import { manager } from './access.ts'
import { listOrganisationChoices } from './directory.ts'
import {
  formToPartnership,
  type PartnershipInput,
  ZPartnership,
  ZPartnershipQuery,
} from './inputs.ts'
import {
  attachPartnershipDocument,
  createPartnership,
  deletePartnership,
  getPartnership,
  listPartnerships,
  type PartnershipView,
  readPartnershipDocument,
  updatePartnership,
} from './partnerships.ts'
import { mobilityActivities } from './reference.ts'
import { noticeOf } from './routes-directory.tsx'
import { DeletePartnershipPage, deleteTitle } from './views/delete-pages.tsx'
import {
  NEW_PARTNERSHIP,
  PartnershipFormPage,
  type PartnershipFormValues,
  PartnershipListPage,
  PartnershipPage,
} from './views/partnerships.tsx'

const NOTICES = new Set([
  'network:notices.partnershipSaved',
  'network:notices.documentAttached',
  'network:notices.partnershipDeleted',
])

type Page = { title: string; action: string; cancelHref: string }

function valuesFromRow(p: PartnershipView): PartnershipFormValues {
  return {
    partnerId: p.partnerId,
    kind: p.kind,
    validFrom: p.validFrom,
    validTo: p.validTo,
    scope: p.scope,
    quotas: Object.fromEntries(Object.entries(p.quotas).map(([k, v]) => [k, String(v)])),
  }
}

async function renderForm(
  c: Context<AppEnv>,
  page: Page,
  values: PartnershipFormValues,
  errors?: Record<string, string>,
) {
  const choices = (await listOrganisationChoices(c.var.ctx)).filter(
    (o) => o.id !== c.var.ctx.actor?.tenantId,
  )
  return c.render(
    <PartnershipFormPage
      {...page}
      values={values}
      choices={choices}
      activities={mobilityActivities()}
      errors={errors}
    />,
    { title: page.title },
  )
}

/** Validates and saves; on bad input re-renders the form with what was typed (422). */
async function submit(
  c: Context<AppEnv>,
  page: Page,
  save: (input: PartnershipInput) => Promise<{ id: string }>,
) {
  const form = await readForm(c)
  const raw = formToPartnership(form)
  const parsed = validate(ZPartnership, raw)
  if (!parsed.ok) {
    c.status(422)
    return renderForm(c, page, raw, parsed.errors)
  }
  const result = await tryForm(() => save(parsed.data))
  if (!result.ok) {
    c.status(result.status)
    return renderForm(c, page, raw, result.errors)
  }
  return c.redirect(
    `/app/network/partnerships/${result.value.id}?notice=network:notices.partnershipSaved`,
    303,
  )
}

const newPage = (c: Context<AppEnv>): Page => ({
  title: c.var.t('network:partnerships.newTitle'),
  action: '/app/network/partnerships/new',
  cancelHref: '/app/network/partnerships',
})

const editPage = (c: Context<AppEnv>, id: string): Page => ({
  title: c.var.t('network:partnerships.editTitle'),
  action: `/app/network/partnerships/${id}/edit`,
  cancelHref: `/app/network/partnerships/${id}`,
})

function isFile(v: unknown): v is File {
  return typeof v === 'object' && v !== null && 'arrayBuffer' in v && 'name' in v
}

export const partnershipRoutes = new Hono<AppEnv>()
  .get('/app/network/partnerships', async (c) => {
    const { status } = ZPartnershipQuery.parse(c.req.query())
    const items = await listPartnerships(c.var.ctx, { status })
    return c.render(
      <PartnershipListPage items={items} status={status} notice={noticeOf(c, NOTICES)} />,
      { title: c.var.t('network:partnerships.title') },
    )
  })
  .get('/app/network/partnerships/new', (c) => {
    manager(c.var.ctx)
    return renderForm(c, newPage(c), NEW_PARTNERSHIP)
  })
  .post('/app/network/partnerships/new', (c) => {
    manager(c.var.ctx)
    return submit(c, newPage(c), (input) => createPartnership(c.var.ctx, input))
  })
  .get('/app/network/partnerships/:id', async (c) => {
    const p = await getPartnership(c.var.ctx, c.req.param('id'))
    return c.render(
      <PartnershipPage p={p} activities={mobilityActivities()} notice={noticeOf(c, NOTICES)} />,
      { title: c.var.t('network:partnerships.title') },
    )
  })
  .get('/app/network/partnerships/:id/edit', async (c) => {
    manager(c.var.ctx)
    const p = await getPartnership(c.var.ctx, c.req.param('id'))
    return renderForm(c, editPage(c, p.id), valuesFromRow(p))
  })
  .post('/app/network/partnerships/:id/edit', async (c) => {
    manager(c.var.ctx)
    const p = await getPartnership(c.var.ctx, c.req.param('id'))
    return submit(c, editPage(c, p.id), async (input) => {
      await updatePartnership(c.var.ctx, p.id, input)
      return p
    })
  })
  .get('/app/network/partnerships/:id/delete', async (c) => {
    manager(c.var.ctx)
    const p = await getPartnership(c.var.ctx, c.req.param('id'))
    return c.render(<DeletePartnershipPage p={p} />, {
      title: deleteTitle.partnership(c.var.t, c.var.locale, p),
    })
  })
  .post('/app/network/partnerships/:id/delete', async (c) => {
    await deletePartnership(c.var.ctx, c.req.param('id'))
    return c.redirect('/app/network/partnerships?notice=network:notices.partnershipDeleted', 303)
  })
  .post('/app/network/partnerships/:id/document', async (c) => {
    manager(c.var.ctx)
    const p = await getPartnership(c.var.ctx, c.req.param('id'))
    const body = await c.req.parseBody()
    const file = isFile(body.document) ? body.document : null
    const result = await tryForm(async () =>
      attachPartnershipDocument(
        c.var.ctx,
        p.id,
        file && { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      ),
    )
    if (!result.ok) {
      c.status(result.status)
      return c.render(
        <PartnershipPage p={p} activities={mobilityActivities()} documentErrors={result.errors} />,
        { title: c.var.t('network:partnerships.title') },
      )
    }
    return c.redirect(
      `/app/network/partnerships/${p.id}?notice=network:notices.documentAttached#document`,
      303,
    )
  })
  .get('/app/network/partnerships/:id/document', async (c) => {
    const doc = await readPartnershipDocument(c.var.ctx, c.req.param('id'))
    const ascii = doc.name.replace(/[^\x20-\x7e]/g, '_')
    return c.body(new Uint8Array(doc.bytes), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.name)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    })
  })
