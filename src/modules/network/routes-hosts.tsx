import type { Context } from 'hono'
import { Hono } from 'hono'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { validate } from '#src/lib/forms.ts'
import { manager } from './access.ts'
import { listOrganisationChoices } from './directory.ts'
import {
  addHostCapacity,
  addSafeguardingCheck,
  createHostCompany,
  deleteHostCompany,
  getHostCompany,
  type HostCompanyView,
  listHostCompanies,
  updateHostCompany,
} from './host-companies.ts'
import { formToHostCompany, ZCapacity, ZCheck, ZHostCompany, ZHostQuery } from './inputs.ts'
import { noticeOf } from './routes-directory.tsx'
import { DeleteHostPage, deleteTitle } from './views/delete-pages.tsx'
import { type CapacityValues, type CheckValues, HostCompanyPage } from './views/host-detail.tsx'
import { HostFormPage, type HostFormValues, NEW_HOST } from './views/host-form.tsx'
import { HostListPage } from './views/host-list.tsx'

const NOTICES = new Set([
  'network:notices.hostSaved',
  'network:notices.capacityAdded',
  'network:notices.checkAdded',
  'network:notices.hostDeleted',
])

const str = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) ? str(v.at(-1)) : ''
const list = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is string => typeof x === 'string',
  )

type Page = { title: string; action: string; cancelHref: string; isNew: boolean }

function valuesFromForm(form: Record<string, unknown>): HostFormValues {
  return {
    organisationId: str(form.organisationId),
    sector: str(form.sector),
    occupations: str(form.occupations),
    languages: list(form.languages),
    acceptsMinors: str(form.acceptsMinors) || 'no',
    contactName: str(form.contactName),
    contactEmail: str(form.contactEmail),
    contactPhone: str(form.contactPhone),
  }
}

function valuesFromRow(h: HostCompanyView): HostFormValues {
  return {
    organisationId: h.organisationId,
    sector: h.sector,
    occupations: h.occupations.join('\n'),
    languages: h.languages,
    acceptsMinors: h.acceptsMinors ? 'yes' : 'no',
    contactName: h.contactName,
    contactEmail: h.contactEmail ?? '',
    contactPhone: h.contactPhone ?? '',
  }
}

async function renderForm(
  c: Context<AppEnv>,
  page: Page,
  values: HostFormValues,
  errors?: Record<string, string>,
) {
  const choices = page.isNew ? await listOrganisationChoices(c.var.ctx, { type: 'company' }) : null
  return c.render(<HostFormPage {...page} values={values} choices={choices} errors={errors} />, {
    title: page.title,
  })
}

async function renderDetail(
  c: Context<AppEnv>,
  id: string,
  forms: {
    capacity?: { values: CapacityValues; errors: Record<string, string> }
    check?: { values: CheckValues; errors: Record<string, string> }
  } = {},
) {
  const detail = await getHostCompany(c.var.ctx, id)
  return c.render(<HostCompanyPage detail={detail} {...forms} notice={noticeOf(c, NOTICES)} />, {
    title: c.var.t('network:hosts.title'),
  })
}

const newPage = (c: Context<AppEnv>): Page => ({
  title: c.var.t('network:hosts.newTitle'),
  action: '/app/network/host-companies/new',
  cancelHref: '/app/network/host-companies',
  isNew: true,
})

const editPage = (c: Context<AppEnv>, id: string): Page => ({
  title: c.var.t('network:hosts.editTitle'),
  action: `/app/network/host-companies/${id}/edit`,
  cancelHref: `/app/network/host-companies/${id}`,
  isNew: false,
})

export const hostRoutes = new Hono<AppEnv>()
  .get('/app/network/host-companies', async (c) => {
    const query = ZHostQuery.parse(c.req.query())
    const items = await listHostCompanies(c.var.ctx, query)
    return c.render(<HostListPage items={items} query={query} notice={noticeOf(c, NOTICES)} />, {
      title: c.var.t('network:hosts.title'),
    })
  })
  .get('/app/network/host-companies/new', (c) => {
    manager(c.var.ctx)
    return renderForm(c, newPage(c), NEW_HOST)
  })
  .post('/app/network/host-companies/new', async (c) => {
    manager(c.var.ctx)
    const form = await readForm(c)
    const values = valuesFromForm(form)
    const parsed = validate(ZHostCompany, formToHostCompany(form))
    if (!parsed.ok) {
      c.status(422)
      return renderForm(c, newPage(c), values, parsed.errors)
    }
    const result = await tryForm(() => createHostCompany(c.var.ctx, parsed.data))
    if (!result.ok) {
      c.status(result.status)
      return renderForm(c, newPage(c), values, result.errors)
    }
    return c.redirect(
      `/app/network/host-companies/${result.value.id}?notice=network:notices.hostSaved`,
      303,
    )
  })
  .get('/app/network/host-companies/:id', (c) => renderDetail(c, c.req.param('id')))
  .get('/app/network/host-companies/:id/delete', async (c) => {
    manager(c.var.ctx)
    const detail = await getHostCompany(c.var.ctx, c.req.param('id'))
    return c.render(<DeleteHostPage detail={detail} />, {
      title: deleteTitle.host(c.var.t, c.var.locale, detail),
    })
  })
  .post('/app/network/host-companies/:id/delete', async (c) => {
    const id = c.req.param('id')
    const result = await tryForm(() => deleteHostCompany(c.var.ctx, id))
    if (!result.ok) {
      // Refused while learners are placed there: the page again, with the reason (409).
      const detail = await getHostCompany(c.var.ctx, id)
      c.status(result.status)
      return c.render(
        <DeleteHostPage detail={detail} errors={result.errors} params={result.params} />,
        { title: deleteTitle.host(c.var.t, c.var.locale, detail) },
      )
    }
    return c.redirect('/app/network/host-companies?notice=network:notices.hostDeleted', 303)
  })
  .get('/app/network/host-companies/:id/edit', async (c) => {
    manager(c.var.ctx)
    const { company } = await getHostCompany(c.var.ctx, c.req.param('id'))
    return renderForm(c, editPage(c, company.id), valuesFromRow(company))
  })
  .post('/app/network/host-companies/:id/edit', async (c) => {
    manager(c.var.ctx)
    const { company } = await getHostCompany(c.var.ctx, c.req.param('id'))
    const form = await readForm(c)
    const values = { ...valuesFromForm(form), organisationId: company.organisationId }
    const parsed = validate(ZHostCompany, {
      ...formToHostCompany(form),
      organisationId: company.organisationId,
    })
    if (!parsed.ok) {
      c.status(422)
      return renderForm(c, editPage(c, company.id), values, parsed.errors)
    }
    await updateHostCompany(c.var.ctx, company.id, parsed.data)
    return c.redirect(
      `/app/network/host-companies/${company.id}?notice=network:notices.hostSaved`,
      303,
    )
  })
  .post('/app/network/host-companies/:id/capacities', async (c) => {
    manager(c.var.ctx)
    const id = c.req.param('id')
    await getHostCompany(c.var.ctx, id)
    const form = await readForm(c)
    const values: CapacityValues = {
      learners: str(form.learners).trim(),
      fromDate: str(form.fromDate).trim(),
      toDate: str(form.toDate).trim(),
      note: str(form.note),
    }
    const parsed = validate(ZCapacity, values)
    if (!parsed.ok) {
      c.status(422)
      return renderDetail(c, id, { capacity: { values, errors: parsed.errors } })
    }
    await addHostCapacity(c.var.ctx, id, parsed.data)
    return c.redirect(`/app/network/host-companies/${id}?notice=network:notices.capacityAdded`, 303)
  })
  .post('/app/network/host-companies/:id/checks', async (c) => {
    manager(c.var.ctx)
    const id = c.req.param('id')
    await getHostCompany(c.var.ctx, id)
    const form = await readForm(c)
    const values: CheckValues = {
      checkType: str(form.checkType),
      checkedOn: str(form.checkedOn).trim(),
      checkedBy: str(form.checkedBy),
      validUntil: str(form.validUntil).trim(),
    }
    const parsed = validate(ZCheck, values)
    if (!parsed.ok) {
      c.status(422)
      return renderDetail(c, id, { check: { values, errors: parsed.errors } })
    }
    await addSafeguardingCheck(c.var.ctx, id, parsed.data)
    return c.redirect(`/app/network/host-companies/${id}?notice=network:notices.checkAdded`, 303)
  })
