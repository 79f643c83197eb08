import type { Context } from 'hono'
import { Hono } from 'hono'
import { readForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import {
  formToWorkPackage,
  formWithTitle,
  ZMilestone,
  ZTask,
  ZTaskStatus,
  ZWorkPackage,
} from '../inputs.ts'
import { assertManager, assertOwned, canEditOwned, type ProjectAccess } from '../policy.ts'
import { listPartners } from '../service/consortium.ts'
import { createMilestone, getMilestone, listMilestones, updateMilestone } from '../service/plan.ts'
import { getProject } from '../service/portfolio.ts'
import {
  createTask,
  createWorkPackage,
  getTask,
  getWorkPackage,
  listTasks,
  listWorkPackages,
  setTaskStatus,
  updateTask,
  updateWorkPackage,
} from '../service/work.ts'
import type { Values } from '../views/shared.tsx'
import { TaskFormPage, TasksPage } from '../views/task-pages.tsx'
import {
  MilestoneFormPage,
  MilestonesPage,
  WorkPackageFormPage,
  WorkPackagesPage,
} from '../views/work-pages.tsx'
import { handleForm, noticeOf } from './helpers.ts'

type Page = { title: string; action: string; values: Values; errors?: FieldErrors | undefined }

async function wpForm(c: Context<AppEnv>, page: Page, readOnly = false) {
  const id = c.req.param('id')!
  const { project } = await getProject(c.var.ctx, id)
  const partners = await listPartners(c.var.ctx, id)
  return c.render(
    <WorkPackageFormPage project={project} partners={partners} readOnly={readOnly} {...page} />,
    { title: page.title },
  )
}

/** Partners a person may pick as a task's owner: all for a manager, else their own. */
async function ownerChoices(c: Context<AppEnv>, id: string, access: ProjectAccess) {
  const partners = await listPartners(c.var.ctx, id)
  return access.level === 'manager'
    ? partners
    : partners.filter((p) => p.organisationId === access.organisationId)
}

async function taskForm(c: Context<AppEnv>, page: Page, readOnly = false) {
  const id = c.req.param('id')!
  const { project, access } = await getProject(c.var.ctx, id)
  const [partners, wps] = await Promise.all([
    readOnly ? listPartners(c.var.ctx, id) : ownerChoices(c, id, access),
    listWorkPackages(c.var.ctx, id),
  ])
  return c.render(
    <TaskFormPage
      project={project}
      partners={partners}
      workPackages={wps.map((w) => w.wp)}
      readOnly={readOnly}
      {...page}
    />,
    { title: page.title },
  )
}

async function milestoneForm(c: Context<AppEnv>, page: Page) {
  const id = c.req.param('id')!
  const { project } = await getProject(c.var.ctx, id)
  const wps = await listWorkPackages(c.var.ctx, id)
  return c.render(
    <MilestoneFormPage project={project} workPackages={wps.map((w) => w.wp)} {...page} />,
    { title: page.title },
  )
}

const base = (c: Context<AppEnv>) => `/app/projects/${c.req.param('id')}`

/** Work packages, tasks and milestones of a project. */
export const workRoutes = new Hono<AppEnv>()
  .get('/app/projects/:id/work-packages', async (c) => {
    const { project, access } = await getProject(c.var.ctx, c.req.param('id'))
    const rows = await listWorkPackages(c.var.ctx, project.id)
    return c.render(
      <WorkPackagesPage project={project} access={access} rows={rows} notice={noticeOf(c)} />,
      { title: c.var.t('projects:workPackages.title', { acronym: project.acronym }) },
    )
  })
  .get('/app/projects/:id/work-packages/new', async (c) => {
    const { access } = await getProject(c.var.ctx, c.req.param('id'))
    assertManager(access)
    const title = c.var.t('projects:workPackages.new')
    return wpForm(c, {
      title,
      action: `${base(c)}/work-packages/new`,
      values: { completionPercent: 0 },
    })
  })
  .post('/app/projects/:id/work-packages/new', async (c) => {
    const id = c.req.param('id')
    assertManager((await getProject(c.var.ctx, id)).access)
    const title = c.var.t('projects:workPackages.new')
    return handleForm(c, {
      schema: ZWorkPackage,
      prepare: formToWorkPackage,
      render: (values, errors) =>
        wpForm(c, { title, action: `${base(c)}/work-packages/new`, values, errors }),
      save: (input) => createWorkPackage(c.var.ctx, id, input),
      done: () => `${base(c)}/work-packages?notice=projects:notices.saved`,
    })
  })
  .get('/app/projects/:id/work-packages/:wpId', async (c) => {
    const { wp, access } = await getWorkPackage(c.var.ctx, c.req.param('id'), c.req.param('wpId'))
    const action = `${base(c)}/work-packages/${wp.id}`
    return wpForm(c, { title: wp.code, action, values: wp }, access.level !== 'manager')
  })
  .post('/app/projects/:id/work-packages/:wpId', async (c) => {
    const { wp, access } = await getWorkPackage(c.var.ctx, c.req.param('id'), c.req.param('wpId'))
    assertManager(access)
    const action = `${base(c)}/work-packages/${wp.id}`
    return handleForm(c, {
      schema: ZWorkPackage,
      prepare: formToWorkPackage,
      render: (values, errors) => wpForm(c, { title: wp.code, action, values, errors }),
      save: (input) => updateWorkPackage(c.var.ctx, wp.projectId, wp.id, input),
      done: () => `${base(c)}/work-packages?notice=projects:notices.saved`,
    })
  })
  .get('/app/projects/:id/tasks', async (c) => {
    const id = c.req.param('id')
    const filter = { wp: c.req.query('wp') || undefined, owner: c.req.query('owner') || undefined }
    const page = Math.max(1, Math.min(10_000, Number(c.req.query('page')) || 1))
    const { project } = await getProject(c.var.ctx, id)
    const [result, partners, wps] = await Promise.all([
      listTasks(c.var.ctx, id, {
        workPackageId: filter.wp,
        ownerOrganisationId: filter.owner,
        page,
      }),
      listPartners(c.var.ctx, id),
      listWorkPackages(c.var.ctx, id),
    ])
    return c.render(
      <TasksPage
        project={project}
        {...result}
        partners={partners}
        workPackages={wps.map((w) => w.wp)}
        filter={filter}
        notice={noticeOf(c)}
      />,
      { title: c.var.t('projects:tasks.title', { acronym: project.acronym }) },
    )
  })
  .get('/app/projects/:id/tasks/new', async (c) => {
    const { access } = await getProject(c.var.ctx, c.req.param('id'))
    if (access.level === 'viewer') assertManager(access)
    const title = c.var.t('projects:tasks.new')
    const values = {
      status: 'todo',
      ownerOrganisationId: access.organisationId,
      workPackageId: c.req.query('wp'),
    }
    return taskForm(c, { title, action: `${base(c)}/tasks/new`, values })
  })
  .post('/app/projects/:id/tasks/new', async (c) => {
    const id = c.req.param('id')
    const { access } = await getProject(c.var.ctx, id)
    if (access.level === 'viewer') assertManager(access)
    const title = c.var.t('projects:tasks.new')
    return handleForm(c, {
      schema: ZTask,
      render: (values, errors) =>
        taskForm(c, { title, action: `${base(c)}/tasks/new`, values, errors }),
      save: (input) => createTask(c.var.ctx, id, input),
      done: () => `${base(c)}/tasks?notice=projects:notices.saved`,
    })
  })
  .get('/app/projects/:id/tasks/:taskId', async (c) => {
    const { task, access } = await getTask(c.var.ctx, c.req.param('id'), c.req.param('taskId'))
    const action = `${base(c)}/tasks/${task.id}`
    const readOnly = !canEditOwned(access, task.ownerOrganisationId)
    return taskForm(c, { title: task.title, action, values: task }, readOnly)
  })
  .post('/app/projects/:id/tasks/:taskId', async (c) => {
    const { task, access } = await getTask(c.var.ctx, c.req.param('id'), c.req.param('taskId'))
    assertOwned(access, task.ownerOrganisationId)
    const action = `${base(c)}/tasks/${task.id}`
    return handleForm(c, {
      schema: ZTask,
      render: (values, errors) => taskForm(c, { title: task.title, action, values, errors }),
      save: (input) => updateTask(c.var.ctx, task.projectId, task.id, input),
      done: () => `${base(c)}/tasks?notice=projects:notices.saved`,
    })
  })
  .post('/app/projects/:id/tasks/:taskId/status', async (c) => {
    const parsed = validate(ZTaskStatus, await readForm(c))
    const status = parsed.ok ? parsed.data.status : 'done'
    await setTaskStatus(c.var.ctx, c.req.param('id'), c.req.param('taskId'), status)
    return c.redirect(`${base(c)}/tasks?notice=projects:notices.saved`, 303)
  })
  .get('/app/projects/:id/milestones', async (c) => {
    const { project, access } = await getProject(c.var.ctx, c.req.param('id'))
    const rows = await listMilestones(c.var.ctx, project.id)
    return c.render(
      <MilestonesPage project={project} access={access} rows={rows} notice={noticeOf(c)} />,
      { title: c.var.t('projects:milestones.title', { acronym: project.acronym }) },
    )
  })
  .get('/app/projects/:id/milestones/new', async (c) => {
    const { access } = await getProject(c.var.ctx, c.req.param('id'))
    assertManager(access)
    const title = c.var.t('projects:milestones.new')
    return milestoneForm(c, {
      title,
      action: `${base(c)}/milestones/new`,
      values: { status: 'planned' },
    })
  })
  .post('/app/projects/:id/milestones/new', async (c) => {
    const id = c.req.param('id')
    assertManager((await getProject(c.var.ctx, id)).access)
    const title = c.var.t('projects:milestones.new')
    return handleForm(c, {
      schema: ZMilestone,
      prepare: formWithTitle,
      render: (values, errors) =>
        milestoneForm(c, { title, action: `${base(c)}/milestones/new`, values, errors }),
      save: (input) => createMilestone(c.var.ctx, id, input),
      done: () => `${base(c)}/milestones?notice=projects:notices.saved`,
    })
  })
  .get('/app/projects/:id/milestones/:mId', async (c) => {
    const { milestone, access } = await getMilestone(
      c.var.ctx,
      c.req.param('id'),
      c.req.param('mId'),
    )
    assertManager(access)
    const action = `${base(c)}/milestones/${milestone.id}`
    return milestoneForm(c, { title: milestone.code, action, values: milestone })
  })
  .post('/app/projects/:id/milestones/:mId', async (c) => {
    const { milestone, access } = await getMilestone(
      c.var.ctx,
      c.req.param('id'),
      c.req.param('mId'),
    )
    assertManager(access)
    const action = `${base(c)}/milestones/${milestone.id}`
    return handleForm(c, {
      schema: ZMilestone,
      prepare: formWithTitle,
      render: (values, errors) =>
        milestoneForm(c, { title: milestone.code, action, values, errors }),
      save: (input) => updateMilestone(c.var.ctx, milestone.projectId, milestone.id, input),
      done: () => `${base(c)}/milestones?notice=projects:notices.saved`,
    })
  })
