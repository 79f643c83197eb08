import type { Context } from 'hono'
import { Hono } from 'hono'
import { readForm, tryForm } from '#src/http/http.ts'
import { addSitemapSource } from '#src/http/sitemap.ts'
import type { AppEnv } from '#src/http/types.ts'
import { validate } from '#src/lib/forms.ts'
import { isLocale, LOCALES } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { AdminListPage } from './admin-views.tsx'
import {
  NEW_ORGANISATION,
  OrganisationFormPage,
  type OrganisationFormValues,
  valuesFromForm,
  valuesFromOrganisation,
} from './form-view.tsx'
import {
  formToOrganisationInput,
  type OrganisationInput,
  ZListOrganisations,
  ZOrganisation,
} from './inputs.ts'
import { loadProfileSections } from './profile-sections.ts'
import {
  createOrganisation,
  getCurrentOrganisation,
  getEditableOrganisation,
  getOrganisationAsPlatformAdmin,
  getPublicProfile,
  listOrganisations,
  listPublicProfiles,
  type Organisation,
  requirePlatformAdmin,
  updateOrganisation,
} from './service.ts'
import { OrganisationPage, PublicProfilePage } from './views.tsx'

addSitemapSource(async (deps) =>
  (await listPublicProfiles(deps.db)).map((r) => ({
    path: `/o/${r.slug}`,
    lastModified: r.updatedAt,
  })),
)

const NOTICES = new Set(['common:form.saved', 'organisations:admin.created'])
const notice = (c: Context<AppEnv>) => {
  const key = c.req.query('notice')
  return key && NOTICES.has(key) ? key : undefined
}

const nameOf = (c: Context<AppEnv>, org: Organisation) =>
  pickText(org.name, c.var.locale, [org.defaultLocale, 'en']).value || org.slug

type FormPage = { title: string; action: string; cancelHref: string; isNew?: boolean }

function renderForm(
  c: Context<AppEnv>,
  page: FormPage,
  values: OrganisationFormValues,
  errors?: Record<string, string>,
) {
  return c.render(
    <OrganisationFormPage
      {...page}
      values={values}
      errors={errors}
      submitLabel={c.var.t(page.isNew ? 'organisations:admin.create' : 'common:form.save')}
    />,
    { title: page.title },
  )
}

/**
 * Validates the submitted form and runs `save`; on bad input re-renders it with what was typed
 * (422, or 409 when an OID or slug is taken), otherwise redirects to `done`.
 */
async function submitForm(
  c: Context<AppEnv>,
  page: FormPage,
  save: (input: OrganisationInput) => Promise<unknown>,
  done: string,
) {
  const form = await readForm(c)
  const parsed = validate(ZOrganisation, formToOrganisationInput(form))
  if (!parsed.ok) {
    c.status(422)
    return renderForm(c, page, valuesFromForm(form), parsed.errors)
  }
  const result = await tryForm(() => save(parsed.data))
  if (!result.ok) {
    c.status(result.status)
    return renderForm(c, page, valuesFromForm(form), result.errors)
  }
  return c.redirect(done, 303)
}

function editPage(c: Context<AppEnv>, org: Organisation, admin: boolean): FormPage {
  return {
    title: c.var.t('organisations:edit.title', { name: nameOf(c, org) }),
    action: admin ? `/app/admin/organisations/${org.id}/edit` : '/app/organisation/edit',
    cancelHref: admin ? '/app/admin/organisations' : '/app/organisation',
  }
}

function newPage(c: Context<AppEnv>): FormPage {
  return {
    title: c.var.t('organisations:admin.newTitle'),
    action: '/app/admin/organisations/new',
    cancelHref: '/app/admin/organisations',
    isNew: true,
  }
}

export const organisationRoutes = new Hono<AppEnv>()
  .get('/app/organisation', async (c) => {
    const org = await getCurrentOrganisation(c.var.ctx)
    return c.render(<OrganisationPage org={org} notice={notice(c)} />, { title: nameOf(c, org) })
  })
  .get('/app/organisation/edit', async (c) => {
    const current = await getCurrentOrganisation(c.var.ctx)
    const org = await getEditableOrganisation(c.var.ctx, current.id)
    return renderForm(c, editPage(c, org, false), valuesFromOrganisation(org))
  })
  .post('/app/organisation/edit', async (c) => {
    const current = await getCurrentOrganisation(c.var.ctx)
    const org = await getEditableOrganisation(c.var.ctx, current.id)
    return submitForm(
      c,
      editPage(c, org, false),
      (input) => updateOrganisation(c.var.ctx, org.id, input),
      '/app/organisation?notice=common:form.saved',
    )
  })
  .get('/app/admin/organisations', async (c) => {
    const query = ZListOrganisations.parse(c.req.query())
    const result = await listOrganisations(c.var.ctx, query)
    return c.render(<AdminListPage {...result} q={query.q} notice={notice(c)} />, {
      title: c.var.t('organisations:admin.title'),
    })
  })
  .get('/app/admin/organisations/new', (c) => {
    requirePlatformAdmin(c.var.ctx)
    return renderForm(c, newPage(c), NEW_ORGANISATION)
  })
  .post('/app/admin/organisations/new', async (c) => {
    requirePlatformAdmin(c.var.ctx)
    return submitForm(
      c,
      newPage(c),
      (input) => createOrganisation(c.var.ctx, input),
      '/app/admin/organisations?notice=organisations:admin.created',
    )
  })
  .get('/app/admin/organisations/:id/edit', async (c) => {
    const org = await getOrganisationAsPlatformAdmin(c.var.ctx, c.req.param('id'))
    return renderForm(c, editPage(c, org, true), valuesFromOrganisation(org))
  })
  .post('/app/admin/organisations/:id/edit', async (c) => {
    const org = await getOrganisationAsPlatformAdmin(c.var.ctx, c.req.param('id'))
    return submitForm(
      c,
      editPage(c, org, true),
      (input) => updateOrganisation(c.var.ctx, org.id, input),
      '/app/admin/organisations?notice=common:form.saved',
    )
  })
  .get('/:locale/o/:slug', async (c, next) => {
    const locale = c.req.param('locale')
    if (!isLocale(locale)) return next()
    const org = await getPublicProfile(c.var.ctx, c.req.param('slug'))
    const base = c.var.deps.env.baseUrl
    c.set(
      'alternates',
      LOCALES.map((l) => ({ locale: l, href: `${base}/${l}/o/${org.slug}` })),
    )
    const sections = await loadProfileSections(c.var.ctx, org, locale)
    return c.render(
      <PublicProfilePage org={org} sections={sections} url={`${base}/${locale}/o/${org.slug}`} />,
      {
        title: nameOf(c, org),
        layout: 'public',
        description: c.var.t('organisations:public.description', { name: nameOf(c, org) }),
      },
    )
  })
