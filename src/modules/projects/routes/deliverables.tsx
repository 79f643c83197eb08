import type { Context } from 'hono'
import { Hono } from 'hono'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { formWithTitle, ZDeliverable, ZDraft, ZReview } from '../inputs.ts'
import { assertManager, canManage } from '../policy.ts'
import { listPartners } from '../service/consortium.ts'
import {
  acceptDeliverable,
  assertCanDraft,
  assertCanReview,
  createDeliverable,
  getDeliverable,
  listDeliverables,
  reviewDeliverable,
  saveDraft,
  submitDeliverable,
  submitForReview,
  updateDeliverable,
} from '../service/deliverables.ts'
import { getProject } from '../service/portfolio.ts'
import { listWorkPackages } from '../service/work.ts'
import {
  DeliverableFormPage,
  DeliverablePage,
  DeliverablesPage,
} from '../views/deliverable-pages.tsx'
import type { Values } from '../views/shared.tsx'
import { handleForm, noticeOf } from './helpers.ts'

const list = (c: Context<AppEnv>) => `/app/projects/${c.req.param('id')}/deliverables`
const one = (c: Context<AppEnv>) => `${list(c)}/${c.req.param('dId')}`

type Page = {
  title: string
  action: string
  cancelHref: string
  values: Values
  errors?: FieldErrors
}

async function form(c: Context<AppEnv>, page: Page) {
  const id = c.req.param('id')!
  const { project } = await getProject(c.var.ctx, id)
  const [partners, wps] = await Promise.all([
    listPartners(c.var.ctx, id),
    listWorkPackages(c.var.ctx, id),
  ])
  return c.render(
    <DeliverableFormPage
      project={project}
      partners={partners}
      workPackages={wps.map((w) => w.wp)}
      {...page}
    />,
    { title: page.title },
  )
}

async function detail(
  c: Context<AppEnv>,
  extra?: { name: 'draft' | 'review'; values: Values; errors: FieldErrors },
) {
  const id = c.req.param('id')!
  const { project } = await getProject(c.var.ctx, id)
  const [d, partners] = await Promise.all([
    getDeliverable(c.var.ctx, id, c.req.param('dId')!),
    listPartners(c.var.ctx, id),
  ])
  const lead = partners.find((p) => p.organisationId === d.deliverable.leadOrganisationId)
  return c.render(
    <DeliverablePage
      project={project}
      detail={d}
      leadName={lead?.name ?? null}
      leadLocale={lead?.defaultLocale ?? 'en'}
      notice={noticeOf(c)}
      form={extra}
    />,
    { title: c.var.t('projects:deliverables.one', { code: d.deliverable.code }) },
  )
}

/** A step of the review round that needs no input: run it and go back to the deliverable. */
function step(run: (c: Context<AppEnv>) => Promise<unknown>, notice: string) {
  return async (c: Context<AppEnv>) => {
    await run(c)
    return c.redirect(`${one(c)}?notice=${notice}`, 303)
  }
}

/** Deliverables and their review round. */
export const deliverableRoutes = new Hono<AppEnv>()
  .get('/app/projects/:id/deliverables', async (c) => {
    const { project, access } = await getProject(c.var.ctx, c.req.param('id'))
    const rows = await listDeliverables(c.var.ctx, project.id)
    return c.render(
      <DeliverablesPage
        project={project}
        canCreate={canManage(access)}
        rows={rows}
        notice={noticeOf(c)}
      />,
      { title: c.var.t('projects:deliverables.title', { acronym: project.acronym }) },
    )
  })
  .get('/app/projects/:id/deliverables/new', async (c) => {
    assertManager((await getProject(c.var.ctx, c.req.param('id'))).access)
    const title = c.var.t('projects:deliverables.new')
    const values = { type: 'R', disseminationLevel: 'PU' }
    return form(c, { title, action: `${list(c)}/new`, cancelHref: list(c), values })
  })
  .post('/app/projects/:id/deliverables/new', async (c) => {
    const id = c.req.param('id')
    assertManager((await getProject(c.var.ctx, id)).access)
    const title = c.var.t('projects:deliverables.new')
    return handleForm(c, {
      schema: ZDeliverable,
      prepare: formWithTitle,
      render: (values, errors) =>
        form(c, { title, action: `${list(c)}/new`, cancelHref: list(c), values, errors }),
      save: (input) => createDeliverable(c.var.ctx, id, input),
      done: (d) => `${list(c)}/${d.id}?notice=projects:notices.saved`,
    })
  })
  .get('/app/projects/:id/deliverables/:dId', (c) => detail(c))
  .get('/app/projects/:id/deliverables/:dId/edit', async (c) => {
    const d = await getDeliverable(c.var.ctx, c.req.param('id'), c.req.param('dId'))
    assertManager(d.access)
    const title = c.var.t('projects:deliverables.editTitle', { code: d.deliverable.code })
    return form(c, { title, action: `${one(c)}/edit`, cancelHref: one(c), values: d.deliverable })
  })
  .post('/app/projects/:id/deliverables/:dId/edit', async (c) => {
    const d = await getDeliverable(c.var.ctx, c.req.param('id'), c.req.param('dId'))
    assertManager(d.access)
    const title = c.var.t('projects:deliverables.editTitle', { code: d.deliverable.code })
    return handleForm(c, {
      schema: ZDeliverable,
      prepare: formWithTitle,
      render: (values, errors) =>
        form(c, { title, action: `${one(c)}/edit`, cancelHref: one(c), values, errors }),
      save: (input) =>
        updateDeliverable(c.var.ctx, d.deliverable.projectId, d.deliverable.id, input),
      done: () => `${one(c)}?notice=projects:notices.saved`,
    })
  })
  .post('/app/projects/:id/deliverables/:dId/draft', async (c) => {
    const d = await getDeliverable(c.var.ctx, c.req.param('id'), c.req.param('dId'))
    assertCanDraft(d.access, d.deliverable)
    const values = await readForm(c)
    const parsed = validate(ZDraft, values)
    if (!parsed.ok) {
      c.status(422)
      return detail(c, { name: 'draft', values, errors: parsed.errors })
    }
    await saveDraft(c.var.ctx, d.deliverable.projectId, d.deliverable.id, parsed.data.draftNote)
    return c.redirect(`${one(c)}?notice=projects:notices.draftSaved`, 303)
  })
  .post(
    '/app/projects/:id/deliverables/:dId/submit-for-review',
    step(
      (c) => submitForReview(c.var.ctx, c.req.param('id')!, c.req.param('dId')!),
      'projects:notices.sentForReview',
    ),
  )
  .post('/app/projects/:id/deliverables/:dId/review', async (c) => {
    const values = await readForm(c)
    const parsed = validate(ZReview, values)
    const id = c.req.param('id')
    const dId = c.req.param('dId')
    if (!parsed.ok) {
      const d = await getDeliverable(c.var.ctx, id, dId)
      assertCanReview(d.access, d.deliverable)
      c.status(422)
      return detail(c, { name: 'review', values, errors: parsed.errors })
    }
    const result = await tryForm(() => reviewDeliverable(c.var.ctx, id, dId, parsed.data))
    if (!result.ok) {
      c.status(result.status)
      return detail(c, { name: 'review', values, errors: result.errors })
    }
    return c.redirect(`${one(c)}?notice=projects:notices.reviewed`, 303)
  })
  .post(
    '/app/projects/:id/deliverables/:dId/submit',
    step(
      (c) => submitDeliverable(c.var.ctx, c.req.param('id')!, c.req.param('dId')!),
      'projects:notices.submitted',
    ),
  )
  .post(
    '/app/projects/:id/deliverables/:dId/accept',
    step(
      (c) => acceptDeliverable(c.var.ctx, c.req.param('id')!, c.req.param('dId')!),
      'projects:notices.accepted',
    ),
  )
