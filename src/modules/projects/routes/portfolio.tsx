import type { Context } from 'hono'
import { Hono } from 'hono'
import type { AppEnv } from '#src/http/types.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { authorize } from '#src/lib/policy.ts'
import {
  formToProject,
  ZInviteContact,
  ZListProjects,
  ZNewProject,
  ZPartner,
  ZPartnerUpdate,
  ZProject,
} from '../inputs.ts'
import { assertManager } from '../policy.ts'
import {
  addPartner,
  inviteContact,
  listAddableOrganisations,
  listPartners,
  listProjectInvitations,
  removePartner,
  updatePartner,
} from '../service/consortium.ts'
import { getProjectOverview } from '../service/overview.ts'
import {
  createProject,
  getProject,
  listProgrammesFor,
  listProjectsFor,
  updateProject,
} from '../service/portfolio.ts'
import { ConsortiumPage, InvitePage, PartnerFormPage } from '../views/consortium-page.tsx'
import { OverviewPage } from '../views/overview-page.tsx'
import { PortfolioPage } from '../views/portfolio-page.tsx'
import { NEW_PROJECT, ProjectFormPage, valuesFromProject } from '../views/project-form.tsx'
import type { Values } from '../views/shared.tsx'
import { handleForm, noticeOf } from './helpers.ts'

function renderNew(c: Context<AppEnv>, values: Values, errors?: FieldErrors) {
  return c.render(
    <ProjectFormPage
      title={c.var.t('projects:form.newTitle')}
      action="/app/projects/new"
      cancelHref="/app/projects"
      isNew
      values={values}
      errors={errors}
    />,
    { title: c.var.t('projects:form.newTitle') },
  )
}

async function renderConsortium(
  c: Context<AppEnv>,
  id: string,
  form?: { values: Values; errors: FieldErrors },
) {
  const { project, access } = await getProject(c.var.ctx, id)
  const manage = access.level === 'manager'
  const [partners, addable, invitations] = await Promise.all([
    listPartners(c.var.ctx, id),
    manage ? listAddableOrganisations(c.var.ctx, id) : [],
    manage ? listProjectInvitations(c.var.ctx, id) : [],
  ])
  return c.render(
    <ConsortiumPage
      project={project}
      access={access}
      partners={partners}
      addable={addable}
      invitations={invitations}
      notice={noticeOf(c)}
      form={form}
    />,
    { title: c.var.t('projects:consortium.title', { acronym: project.acronym }) },
  )
}

async function partnerPage(c: Context<AppEnv>, values?: Values, errors?: FieldErrors) {
  const id = c.req.param('id')!
  const { project, access } = await getProject(c.var.ctx, id)
  assertManager(access)
  const partner = (await listPartners(c.var.ctx, id)).find((p) => p.id === c.req.param('pid'))
  if (!partner) return c.notFound()
  return c.render(
    <PartnerFormPage
      project={project}
      partner={partner}
      values={values ?? partner}
      errors={errors}
    />,
    { title: c.var.t('projects:consortium.title', { acronym: project.acronym }) },
  )
}

async function invitePage(c: Context<AppEnv>, values: Values, errors?: FieldErrors) {
  const id = c.req.param('id')!
  const { project, access } = await getProject(c.var.ctx, id)
  assertManager(access)
  const partners = await listPartners(c.var.ctx, id)
  return c.render(
    <InvitePage
      project={project}
      partners={partners}
      access={access}
      values={values}
      errors={errors}
    />,
    { title: c.var.t('projects:consortium.inviteTitle') },
  )
}

/** Portfolio, new project, overview, key facts and consortium. */
export const portfolioRoutes = new Hono<AppEnv>()
  .get('/app/projects', async (c) => {
    const query = ZListProjects.parse(c.req.query())
    const [result, programmes] = await Promise.all([
      listProjectsFor(c.var.ctx, query),
      listProgrammesFor(c.var.ctx),
    ])
    return c.render(<PortfolioPage {...result} query={query} programmes={programmes} />, {
      title: c.var.t('projects:list.title'),
    })
  })
  .get('/app/projects/new', (c) => {
    authorize(c.var.ctx, 'projects.create')
    return renderNew(c, NEW_PROJECT)
  })
  .post('/app/projects/new', async (c) => {
    authorize(c.var.ctx, 'projects.create')
    return handleForm(c, {
      schema: ZNewProject,
      prepare: formToProject,
      render: (values, errors) => renderNew(c, values, errors),
      save: (input) => createProject(c.var.ctx, input),
      done: (p) => `/app/projects/${p.id}?notice=projects:notices.created`,
    })
  })
  .get('/app/projects/:id', async (c) => {
    const o = await getProjectOverview(c.var.ctx, c.req.param('id'))
    return c.render(<OverviewPage o={o} notice={noticeOf(c)} />, { title: o.project.acronym })
  })
  .get('/app/projects/:id/edit', async (c) => {
    const { project, access } = await getProject(c.var.ctx, c.req.param('id'))
    assertManager(access)
    return renderEdit(c, project.id, project.acronym, valuesFromProject(project))
  })
  .post('/app/projects/:id/edit', async (c) => {
    const { project, access } = await getProject(c.var.ctx, c.req.param('id'))
    assertManager(access)
    return handleForm(c, {
      schema: ZProject,
      prepare: formToProject,
      render: (values, errors) => renderEdit(c, project.id, project.acronym, values, errors),
      save: (input) => updateProject(c.var.ctx, project.id, input),
      done: (p) => `/app/projects/${p.id}?notice=projects:notices.saved`,
    })
  })
  .get('/app/projects/:id/consortium', (c) => renderConsortium(c, c.req.param('id')))
  .post('/app/projects/:id/consortium/partners', async (c) => {
    const id = c.req.param('id')
    assertManager((await getProject(c.var.ctx, id)).access)
    return handleForm(c, {
      schema: ZPartner,
      render: (values, errors) => renderConsortium(c, id, { values, errors }),
      save: (input) => addPartner(c.var.ctx, id, input),
      done: () => `/app/projects/${id}/consortium?notice=projects:notices.partnerAdded`,
    })
  })
  .get('/app/projects/:id/consortium/partners/:pid', (c) => partnerPage(c))
  .post('/app/projects/:id/consortium/partners/:pid', async (c) => {
    const id = c.req.param('id')
    const pid = c.req.param('pid')
    assertManager((await getProject(c.var.ctx, id)).access)
    return handleForm(c, {
      schema: ZPartnerUpdate,
      render: (values, errors) => partnerPage(c, values, errors),
      save: (input) => updatePartner(c.var.ctx, id, pid, input),
      done: () => `/app/projects/${id}/consortium?notice=projects:notices.saved`,
    })
  })
  .post('/app/projects/:id/consortium/partners/:pid/remove', async (c) => {
    const id = c.req.param('id')
    await removePartner(c.var.ctx, id, c.req.param('pid'))
    return c.redirect(`/app/projects/${id}/consortium?notice=projects:notices.partnerRemoved`, 303)
  })
  .get('/app/projects/:id/consortium/invite', (c) => invitePage(c, { role: 'partner_contact' }))
  .post('/app/projects/:id/consortium/invite', async (c) => {
    const id = c.req.param('id')
    assertManager((await getProject(c.var.ctx, id)).access)
    return handleForm(c, {
      schema: ZInviteContact,
      render: (values, errors) => invitePage(c, values, errors),
      save: (input) => inviteContact(c.var.ctx, id, input),
      done: () => `/app/projects/${id}/consortium?notice=projects:notices.invited`,
    })
  })

function renderEdit(
  c: Context<AppEnv>,
  id: string,
  acronym: string,
  values: Values,
  errors?: FieldErrors,
) {
  const title = c.var.t('projects:form.editTitle', { acronym })
  return c.render(
    <ProjectFormPage
      title={title}
      action={`/app/projects/${id}/edit`}
      cancelHref={`/app/projects/${id}`}
      isNew={false}
      values={values}
      errors={errors}
    />,
    { title },
  )
}
