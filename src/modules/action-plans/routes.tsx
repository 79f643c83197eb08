import type { Context } from 'hono'
import { Hono } from 'hono'
import { formStep, queryKey, readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { dateIn } from '#src/lib/dates.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { AppError, forbidden } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { authorize, can } from '#src/lib/policy.ts'
import { fileSlug } from '#src/lib/spreadsheet.ts'
import { listRounds } from '../assessment/index.ts'
import {
  type ActionFormValues,
  EMPTY_ACTION,
  formToAction,
  formToObjective,
  formToPlan,
  type PlanFormValues,
  ZAction,
  ZActionProgress,
  ZObjective,
  ZPlan,
  ZPlanStatus,
} from './inputs.ts'
import { isUuid } from './service/access.ts'
import {
  actionChoices,
  createAction,
  getAction,
  mayUpdateProgress,
  updateActionProgress,
} from './service/actions.ts'
import { itemOfRound, type LowItem } from './service/from-item.ts'
import { importActions, readSheet } from './service/import.ts'
import {
  addObjective,
  createPlan,
  listPlans,
  objectiveChoices,
  setPlanStatus,
} from './service/plans.ts'
import { planPdf, planXlsx } from './service/report.ts'
import { planView } from './service/view.ts'
import { ActionFormPage, ProgressFormPage } from './views/action-form.tsx'
import { ImportPage } from './views/import-page.tsx'
import { PlanFormPage } from './views/plan-form.tsx'
import { PlanListPage } from './views/plan-list.tsx'
import { PlanPage } from './views/plan-page.tsx'

type C = Context<AppEnv>

const BASE = '/app/plans'
const NOTICES = new Set([
  'plans:notices.created',
  'plans:notices.actionSaved',
  'plans:notices.objectiveAdded',
  'plans:notices.statusChanged',
  'plans:notices.imported',
])

async function renderPlanForm(c: C, values: PlanFormValues, errors?: FieldErrors) {
  const rounds = can(c.var.ctx.actor, 'assessment.view') ? await listRounds(c.var.ctx) : []
  return c.render(<PlanFormPage values={values} rounds={rounds} errors={errors} />, {
    title: c.var.t('plans:form.newTitle'),
  })
}

async function renderPlan(
  c: C,
  id: string,
  extra: {
    error?: { key: string; params: Record<string, unknown> }
    objectiveErrors?: FieldErrors
  } = {},
) {
  const ctx = c.var.ctx
  const view = await planView(ctx, id)
  return c.render(
    <PlanPage
      view={view}
      today={dateIn(ctx.now(), 'Europe/Tirane')}
      canManage={can(ctx.actor, 'plans.manage')}
      userId={ctx.actor?.userId ?? null}
      notice={queryKey(c, 'notice', NOTICES)}
      {...extra}
    />,
    { title: view.plan.title },
  )
}

async function renderActionForm(
  c: C,
  values: ActionFormValues,
  item: LowItem | null,
  errors?: FieldErrors,
  onlyPlan?: string,
) {
  const [plans, { owners, courses, tasks }] = await Promise.all([
    objectiveChoices(c.var.ctx),
    actionChoices(c.var.ctx),
  ])
  const shown =
    onlyPlan && plans.some((p) => p.id === onlyPlan)
      ? plans.filter((p) => p.id === onlyPlan)
      : plans
  return c.render(
    <ActionFormPage
      values={values}
      choices={{ plans: shown, owners, courses, tasks }}
      item={item}
      errors={errors}
    />,
    { title: c.var.t('plans:action.newTitle') },
  )
}

/** The item an action comes from, when the form names one of the school's rounds. */
async function itemFrom(c: C, roundId: string, questionKey: string): Promise<LowItem | null> {
  if (!roundId || !questionKey || !isUuid(roundId)) return null
  return itemOfRound(c.var.ctx, roundId, questionKey)
}

/** Plans, a plan's page, objectives, actions (from a low checklist item too) and progress. */
export const planRoutes = new Hono<AppEnv>()
  .get(BASE, async (c) => {
    const rows = await listPlans(c.var.ctx)
    return c.render(
      <PlanListPage
        rows={rows}
        canManage={can(c.var.ctx.actor, 'plans.manage')}
        notice={queryKey(c, 'notice', NOTICES)}
      />,
      { title: c.var.t('plans:list.title') },
    )
  })
  .get(`${BASE}/new`, async (c) => {
    authorize(c.var.ctx, 'plans.manage')
    return renderPlanForm(c, {
      title: '',
      startsOn: '',
      endsOn: '',
      roundId: c.req.query('round') ?? '',
    })
  })
  .post(`${BASE}/new`, async (c) => {
    authorize(c.var.ctx, 'plans.manage')
    return formStep(c, {
      read: formToPlan,
      schema: ZPlan,
      run: (input) => createPlan(c.var.ctx, input),
      render: (raw, errors) => renderPlanForm(c, raw as PlanFormValues, errors),
      done: (row) => `${BASE}/${row.id}?notice=plans:notices.created`,
    })
  })
  .get(`${BASE}/actions/new`, async (c) => {
    authorize(c.var.ctx, 'plans.manage')
    const roundId = c.req.query('round') ?? ''
    const questionKey = c.req.query('item') ?? ''
    const item = await itemFrom(c, roundId, questionKey)
    const values: ActionFormValues = item
      ? {
          ...EMPTY_ACTION,
          title: pickText(item.text, c.var.locale).value,
          roundId,
          questionKey,
        }
      : EMPTY_ACTION
    return renderActionForm(c, values, item, undefined, c.req.query('plan'))
  })
  .post(`${BASE}/actions/new`, async (c) => {
    authorize(c.var.ctx, 'plans.manage')
    const form = await readForm(c)
    const raw = formToAction(form)
    const item = await itemFrom(c, raw.roundId, raw.questionKey).catch(() => null)
    const parsed = validate(ZAction, raw)
    if (!parsed.ok) {
      c.status(422)
      return renderActionForm(c, raw, item, parsed.errors)
    }
    const result = await tryForm(() => createAction(c.var.ctx, parsed.data))
    if (!result.ok) {
      c.status(result.status)
      return renderActionForm(c, raw, item, result.errors)
    }
    return c.redirect(`${BASE}/${result.value.planId}?notice=plans:notices.actionSaved`, 303)
  })
  .get(`${BASE}/actions/:id/progress`, async (c) => {
    authorize(c.var.ctx, 'plans.view')
    const action = await getAction(c.var.ctx, c.req.param('id'))
    if (!mayUpdateProgress(c.var.ctx.actor, action)) throw forbidden()
    return c.render(
      <ProgressFormPage
        id={action.id}
        planId={action.planId}
        title={action.title}
        values={{ status: action.status, progressNote: action.progressNote }}
      />,
      { title: c.var.t('plans:progress.title', { title: action.title }) },
    )
  })
  .post(`${BASE}/actions/:id/progress`, async (c) => {
    authorize(c.var.ctx, 'plans.view')
    const action = await getAction(c.var.ctx, c.req.param('id'))
    if (!mayUpdateProgress(c.var.ctx.actor, action)) throw forbidden()
    return formStep(c, {
      read: (form) => ({ status: form.status, progressNote: form.progressNote }),
      schema: ZActionProgress,
      run: (input) => updateActionProgress(c.var.ctx, action.id, input),
      render: (raw, errors) =>
        c.render(
          <ProgressFormPage
            id={action.id}
            planId={action.planId}
            title={action.title}
            values={raw as { status: string; progressNote: string }}
            errors={errors}
          />,
          { title: c.var.t('plans:progress.title', { title: action.title }) },
        ),
      done: (row) => `${BASE}/${row.planId}?notice=plans:notices.actionSaved`,
    })
  })
  .get(`${BASE}/:id`, async (c) => renderPlan(c, c.req.param('id')))
  .get(`${BASE}/:id/report.xlsx`, async (c) => {
    const file = await planXlsx(c.var.ctx, c.req.param('id'), c.var.locale)
    return c.body(new Uint8Array(file.body), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${fileSlug(file.title, 'plan')}.xlsx"`,
    })
  })
  .get(`${BASE}/:id/report.pdf`, async (c) => {
    const today = dateIn(c.var.ctx.now(), 'Europe/Tirane')
    const file = await planPdf(c.var.ctx, c.req.param('id'), c.var.locale, today)
    return c.body(new Uint8Array(file.body), 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${fileSlug(file.title, 'plan')}.pdf"`,
    })
  })
  .get(`${BASE}/:id/import`, async (c) => {
    authorize(c.var.ctx, 'plans.manage')
    const view = await planView(c.var.ctx, c.req.param('id'))
    return c.render(<ImportPage planId={view.plan.id} title={view.plan.title} />, {
      title: c.var.t('plans:import.title', { title: view.plan.title }),
    })
  })
  .post(`${BASE}/:id/import`, async (c) => {
    authorize(c.var.ctx, 'plans.manage')
    const view = await planView(c.var.ctx, c.req.param('id'))
    const form = await readForm(c)
    const file = form.file instanceof File ? form.file : null
    const render = (errors: { row: number; key: string; params: Record<string, unknown> }[]) => {
      c.status(422)
      return c.render(
        <ImportPage planId={view.plan.id} title={view.plan.title} errors={errors} />,
        {
          title: c.var.t('plans:import.title', { title: view.plan.title }),
        },
      )
    }
    if (!file || file.size === 0)
      return render([{ row: 0, key: 'plans:import.errors.empty', params: {} }])
    let rows: string[][]
    try {
      rows = await readSheet(file.name, Buffer.from(await file.arrayBuffer()))
    } catch {
      return render([{ row: 0, key: 'plans:import.errors.unreadable', params: {} }])
    }
    const result = await importActions(c.var.ctx, view.plan.id, rows, c.var.locale)
    if (!result.ok) return render(result.errors)
    return c.redirect(`${BASE}/${view.plan.id}?notice=plans:notices.imported`, 303)
  })
  .post(`${BASE}/:id/status`, async (c) => {
    authorize(c.var.ctx, 'plans.manage')
    const form = await readForm(c)
    const parsed = validate(ZPlanStatus, { status: form.status })
    const id = c.req.param('id')
    if (!parsed.ok) {
      c.status(422)
      return renderPlan(c, id, { error: { key: 'common:validation.choice', params: {} } })
    }
    try {
      await setPlanStatus(c.var.ctx, id, parsed.data.status)
    } catch (err) {
      if (err instanceof AppError && err.code === 'INVALID_STATE') {
        c.status(err.status)
        return renderPlan(c, id, { error: { key: err.messageKey, params: err.params } })
      }
      throw err
    }
    return c.redirect(`${BASE}/${id}?notice=plans:notices.statusChanged`, 303)
  })
  .post(`${BASE}/:id/objectives`, async (c) => {
    authorize(c.var.ctx, 'plans.manage')
    const id = c.req.param('id')
    return formStep(c, {
      read: formToObjective,
      schema: ZObjective,
      run: (input) => addObjective(c.var.ctx, id, input),
      render: (_raw, errors) => renderPlan(c, id, { objectiveErrors: errors }),
      done: () => `${BASE}/${id}?notice=plans:notices.objectiveAdded#objectives-heading`,
    })
  })
