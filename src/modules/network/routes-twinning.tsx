import type { Context } from 'hono'
import { Hono } from 'hono'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { notFound } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { manager } from './access.ts'
import { listOrganisationChoices } from './directory.ts'
import { formToGoal, ZGoal, ZNote, ZTwinningPair } from './inputs.ts'
import { noticeOf } from './routes-directory.tsx'
import {
  addTwinningGoal,
  addTwinningNote,
  countTwinningPlan,
  createTwinningPair,
  deleteTwinningPair,
  getTwinningPlan,
  listTwinningPairs,
  notRecorder,
} from './twinning.ts'
import { DeleteTwinningPage, deleteTitle } from './views/delete-pages.tsx'
import {
  type PairFormValues,
  type PlanForms,
  TwinningFormPage,
  TwinningListPage,
  TwinningPlanPage,
} from './views/twinning.tsx'

const NOTICES = new Set([
  'network:notices.pairCreated',
  'network:notices.goalAdded',
  'network:notices.noteAdded',
  'network:notices.pairDeleted',
])

const str = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) ? str(v.at(-1)) : ''

const EMPTY_PAIR: PairFormValues = {
  partnerId: '',
  ourRole: 'coach',
  programme: '',
  startsOn: '',
  endsOn: '',
}

async function renderNew(
  c: Context<AppEnv>,
  values: PairFormValues,
  errors?: Record<string, string>,
) {
  const choices = (await listOrganisationChoices(c.var.ctx)).filter(
    (o) => o.id !== c.var.ctx.actor?.tenantId && o.type !== 'company',
  )
  return c.render(<TwinningFormPage values={values} choices={choices} errors={errors} />, {
    title: c.var.t('network:twinning.newTitle'),
  })
}

async function renderPlan(c: Context<AppEnv>, id: string, forms?: PlanForms) {
  const plan = await getTwinningPlan(c.var.ctx, id)
  return c.render(<TwinningPlanPage plan={plan} forms={forms} notice={noticeOf(c, NOTICES)} />, {
    title: c.var.t('network:twinning.title'),
  })
}

export const twinningRoutes = new Hono<AppEnv>()
  .get('/app/network/twinning', async (c) => {
    const pairs = await listTwinningPairs(c.var.ctx)
    return c.render(<TwinningListPage pairs={pairs} notice={noticeOf(c, NOTICES)} />, {
      title: c.var.t('network:twinning.title'),
    })
  })
  .get('/app/network/twinning/new', (c) => {
    manager(c.var.ctx)
    return renderNew(c, EMPTY_PAIR)
  })
  .post('/app/network/twinning/new', async (c) => {
    manager(c.var.ctx)
    const form = await readForm(c)
    const values: PairFormValues = {
      partnerId: str(form.partnerId),
      ourRole: str(form.ourRole),
      programme: str(form.programme),
      startsOn: str(form.startsOn).trim(),
      endsOn: str(form.endsOn).trim(),
    }
    const parsed = validate(ZTwinningPair, values)
    if (!parsed.ok) {
      c.status(422)
      return renderNew(c, values, parsed.errors)
    }
    const result = await tryForm(() => createTwinningPair(c.var.ctx, parsed.data))
    if (!result.ok) {
      c.status(result.status)
      return renderNew(c, values, result.errors)
    }
    return c.redirect(
      `/app/network/twinning/${result.value.id}?notice=network:notices.pairCreated`,
      303,
    )
  })
  .get('/app/network/twinning/:id', (c) => renderPlan(c, c.req.param('id')))
  .get('/app/network/twinning/:id/delete', async (c) => {
    const actor = manager(c.var.ctx)
    const { pair } = await getTwinningPlan(c.var.ctx, c.req.param('id'))
    // The same rule as deleteTwinningPair: only the side that recorded the pair.
    if (pair.tenantId !== actor.tenantId) throw notRecorder()
    const counts = await countTwinningPlan(c.var.ctx, pair.id)
    return c.render(<DeleteTwinningPage pair={pair} {...counts} />, {
      title: deleteTitle.twinning(c.var.t, c.var.locale, pair),
    })
  })
  .post('/app/network/twinning/:id/delete', async (c) => {
    await deleteTwinningPair(c.var.ctx, c.req.param('id'))
    return c.redirect('/app/network/twinning?notice=network:notices.pairDeleted', 303)
  })
  .post('/app/network/twinning/:id/goals', async (c) => {
    manager(c.var.ctx)
    const id = c.req.param('id')
    await getTwinningPlan(c.var.ctx, id)
    const form = await readForm(c)
    const raw = formToGoal(form)
    const parsed = validate(ZGoal, raw)
    if (!parsed.ok) {
      c.status(422)
      return renderPlan(c, id, { goal: { values: raw, errors: parsed.errors } })
    }
    await addTwinningGoal(c.var.ctx, id, parsed.data)
    return c.redirect(`/app/network/twinning/${id}?notice=network:notices.goalAdded`, 303)
  })
  .post('/app/network/twinning/:id/goals/:goalId/notes', async (c) => {
    manager(c.var.ctx)
    const { id, goalId } = c.req.param()
    const plan = await getTwinningPlan(c.var.ctx, id)
    if (!plan.goals.some((g) => g.id === goalId)) throw notFound()
    const form = await readForm(c)
    const values = { body: str(form.body), status: str(form.status) }
    const parsed = validate(ZNote, values)
    if (!parsed.ok) {
      c.status(422)
      return renderPlan(c, id, { note: { goalId, values, errors: parsed.errors } })
    }
    await addTwinningNote(c.var.ctx, id, goalId, parsed.data)
    return c.redirect(
      `/app/network/twinning/${id}?notice=network:notices.noteAdded#goal-${goalId}-title`,
      303,
    )
  })
