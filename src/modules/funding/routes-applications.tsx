import type { Context } from 'hono'
import { Hono } from 'hono'
import { formStep, queryKey, readForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { AppError, type FieldErrors } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { can } from '#src/lib/policy.ts'
import { userNames } from '../users/index.ts'
import {
  type ApplicationFormValues,
  type FundedFormValues,
  formToApplication,
  formToFunded,
  ZApplication,
  ZFunded,
  ZStage,
} from './inputs.ts'
import type { Stage } from './schema.ts'
import { manager, viewer } from './service/access.ts'
import {
  type Application,
  changeStage,
  createApplication,
  getApplication,
  listApplications,
  markFunded,
  partnerChoices,
  updateApplication,
} from './service/applications.ts'
import { getOpportunity, listOpportunities } from './service/opportunities.ts'
import { ApplicationPage, NewApplicationPage } from './views/application-pages.tsx'
import { PipelinePage } from './views/pipeline.tsx'

type C = Context<AppEnv>

const BASE = '/app/funding/applications'

const NOTICES = new Set([
  'funding:notices.applicationCreated',
  'funding:notices.applicationSaved',
  'funding:notices.stageChanged',
  'funding:notices.funded',
])
const ERRORS = new Set(['funding:errors.stageMove', 'funding:errors.fundedNeedsProject'])

const EMPTY_FUNDED: FundedFormValues = { acronym: '', grantNumber: '', startDate: '', endDate: '' }

/** Every opportunity the school may pick (the register and its own), soonest deadline first. */
async function opportunityChoices(c: C) {
  const all = []
  for (let page = 1; ; page++) {
    const res = await listOpportunities(c.var.ctx, { page })
    all.push(...res.rows)
    if (page * res.pageSize >= res.total) break
  }
  return all
}

function valuesOf(a: Application): ApplicationFormValues {
  return {
    opportunityId: a.opportunityId,
    title: a.title,
    notes: a.notes,
    partnerIds: a.partnerIds,
    requestedAmountEur: a.requestedAmountEur ?? '',
    submittedOn: a.submittedOn ?? '',
  }
}

async function renderNew(c: C, values: ApplicationFormValues, errors?: FieldErrors) {
  const [opportunities, partners] = await Promise.all([
    opportunityChoices(c),
    partnerChoices(c.var.ctx),
  ])
  return c.render(
    <NewApplicationPage
      values={values}
      opportunities={opportunities}
      partners={partners}
      errors={errors}
    />,
    { title: c.var.t('funding:application.newTitle') },
  )
}

async function renderPage(
  c: C,
  application: Application,
  form?: { values?: ApplicationFormValues; errors?: FieldErrors },
  funded?: { values: FundedFormValues; errors?: FieldErrors },
) {
  const ctx = c.var.ctx
  const canManage = can(ctx.actor, 'funding.manage')
  const [opportunity, owners, opportunities, partners] = await Promise.all([
    getOpportunity(ctx, application.opportunityId),
    userNames(ctx, application.ownerId ? [application.ownerId] : []),
    canManage ? opportunityChoices(c) : Promise.resolve([]),
    canManage ? partnerChoices(ctx) : Promise.resolve([]),
  ])
  return c.render(
    <ApplicationPage
      application={application}
      opportunity={opportunity}
      ownerName={application.ownerId ? (owners.get(application.ownerId) ?? null) : null}
      canManage={canManage}
      values={form?.values ?? valuesOf(application)}
      opportunities={opportunities}
      partners={partners}
      errors={form?.errors}
      funded={funded ?? { values: { ...EMPTY_FUNDED } }}
      notice={queryKey(c, 'notice', NOTICES)}
      error={queryKey(c, 'error', ERRORS)}
    />,
    { title: application.title },
  )
}

/** The pipeline board, an application's page, and its stage changes (POST, no script needed). */
export const applicationRoutes = new Hono<AppEnv>()
  .get(BASE, async (c) => {
    viewer(c.var.ctx)
    const rows = await listApplications(c.var.ctx)
    return c.render(
      <PipelinePage
        rows={rows}
        canManage={can(c.var.ctx.actor, 'funding.manage')}
        notice={queryKey(c, 'notice', NOTICES)}
      />,
      { title: c.var.t('funding:pipeline.title') },
    )
  })
  .get(`${BASE}/new`, async (c) => {
    manager(c.var.ctx)
    const values = formToApplication({ opportunityId: c.req.query('opportunity') ?? '' })
    return renderNew(c, values)
  })
  .post(`${BASE}/new`, async (c) => {
    manager(c.var.ctx)
    return formStep(c, {
      read: formToApplication,
      schema: ZApplication,
      run: (input) => createApplication(c.var.ctx, input),
      render: (raw, errors) => renderNew(c, raw as ApplicationFormValues, errors),
      done: (row) => `${BASE}/${row.id}?notice=funding:notices.applicationCreated`,
    })
  })
  .get(`${BASE}/:id`, async (c) => {
    viewer(c.var.ctx)
    const application = await getApplication(c.var.ctx, c.req.param('id'))
    return renderPage(c, application)
  })
  .post(`${BASE}/:id/edit`, async (c) => {
    manager(c.var.ctx)
    const application = await getApplication(c.var.ctx, c.req.param('id'))
    return formStep(c, {
      read: formToApplication,
      schema: ZApplication,
      run: (input) => updateApplication(c.var.ctx, application.id, input),
      render: (raw, errors) =>
        renderPage(c, application, { values: raw as ApplicationFormValues, errors }),
      done: (row) => `${BASE}/${row.id}?notice=funding:notices.applicationSaved`,
    })
  })
  .post(`${BASE}/:id/stage`, async (c) => {
    manager(c.var.ctx)
    const id = c.req.param('id')
    await getApplication(c.var.ctx, id)
    const parsed = validate(ZStage, { stage: (await readForm(c)).stage })
    if (!parsed.ok) throw new AppError('INVALID_INPUT', 'common:validation.choice')
    try {
      await changeStage(c.var.ctx, id, parsed.data.stage as Stage)
    } catch (err) {
      if (err instanceof AppError && err.code === 'INVALID_STATE' && ERRORS.has(err.messageKey)) {
        return c.redirect(`${BASE}/${id}?error=${err.messageKey}`, 303)
      }
      throw err
    }
    return c.redirect(`${BASE}?notice=funding:notices.stageChanged`, 303)
  })
  .post(`${BASE}/:id/funded`, async (c) => {
    manager(c.var.ctx)
    const application = await getApplication(c.var.ctx, c.req.param('id'))
    return formStep(c, {
      read: formToFunded,
      schema: ZFunded,
      run: (input) => markFunded(c.var.ctx, application.id, input),
      render: (raw, errors) =>
        renderPage(c, application, undefined, { values: raw as FundedFormValues, errors }),
      done: () => `${BASE}/${application.id}?notice=funding:notices.funded`,
    })
  })
