import type { Context } from 'hono'
import { Hono } from 'hono'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { type FormValues, validate } from '#src/lib/forms.ts'
import { pickText } from '#src/lib/localized-text.ts'
import type { ProjectAccess } from '#src/modules/projects/index.ts'
import {
  createExpense,
  deleteExpense,
  getExpense,
  getExpenseForEdit,
  listExpenses,
  reviewExpense,
  updateExpense,
} from './expenses.ts'
import { parseExpense, parseTimesheet, ZEntryFilter, ZReview } from './inputs.ts'
import { formatAmount, fromNumeric } from './money.ts'
import {
  assertReviewer,
  type BudgetProject,
  entryRights,
  listConsortium,
  openForEntry,
  openProject,
  type ProjectWorkPackage,
  seesAll,
} from './project.ts'
import { noticeOf } from './routes.tsx'
import {
  createTimesheet,
  deleteTimesheet,
  getTimesheet,
  getTimesheetForEdit,
  listTimesheets,
  reviewTimesheet,
  updateTimesheet,
} from './timesheets.ts'
import { EntriesPage } from './views/entries-page.tsx'
import { ExpenseFormPage, TimesheetFormPage } from './views/entry-forms.tsx'
import { ExpensePage, rateText, TimesheetPage } from './views/entry-page.tsx'

type FormState = { values: FormValues; errors?: FieldErrors | undefined }
type Page = {
  project: BudgetProject
  workPackages: ProjectWorkPackage[]
  action: string
  isNew: boolean
}

const base = (id: string) => `/app/projects/${id}/budget`
const wpLabel = (c: Context<AppEnv>, code: string, title: Record<string, string | undefined>) =>
  `${code} – ${pickText(title, c.var.locale, ['en']).value}`

function renderExpenseForm(c: Context<AppEnv>, page: Page, state: FormState) {
  const key = page.isNew ? 'budgets:expense.newTitle' : 'budgets:expense.editTitle'
  return c.render(<ExpenseFormPage {...page} {...state} />, { title: c.var.t(key) })
}

function renderTimesheetForm(c: Context<AppEnv>, page: Page, state: FormState) {
  const key = page.isNew ? 'budgets:timesheet.newTitle' : 'budgets:timesheet.editTitle'
  return c.render(<TimesheetFormPage {...page} {...state} />, { title: c.var.t(key) })
}

/**
 * Saves an entry form: parse for the reader's locale, run the service, and re-render with what
 * was typed (422) on bad input, or go to the entries list.
 */
async function submit<T>(
  c: Context<AppEnv>,
  page: Page,
  parse: (form: FormValues) => { ok: true; data: T } | { ok: false; errors: FieldErrors },
  save: (input: T) => Promise<unknown>,
  render: typeof renderExpenseForm,
  notice: string,
) {
  const form = await readForm(c)
  const parsed = parse(form)
  const result = parsed.ok
    ? await tryForm(() => save(parsed.data))
    : { ok: false as const, errors: parsed.errors, status: 422 as const }
  if (!result.ok) {
    c.status(result.status)
    return render(c, page, { values: form, errors: result.errors })
  }
  return c.redirect(`${base(page.project.id)}/entries?notice=${notice}`, 303)
}

async function review(
  c: Context<AppEnv>,
  load: () => Promise<{ access: ProjectAccess }>,
  run: (input: { verdict: 'reviewed' | 'queried'; comment: string }) => Promise<unknown>,
  page: (state: FormState) => Promise<Response>,
  done: string,
) {
  // Another partner's entry is 404 and only the coordinator's managers review (403), before any
  // form error is shown.
  assertReviewer((await load()).access)
  const form = await readForm(c)
  const parsed = validate(ZReview, form)
  if (!parsed.ok) {
    c.status(422)
    return page({ values: form, errors: parsed.errors })
  }
  await run(parsed.data)
  return c.redirect(`${done}?notice=budgets:notices.reviewed`, 303)
}

async function expensePage(c: Context<AppEnv>, state?: FormState) {
  const found = await getExpense(c.var.ctx, c.req.param('id') ?? '', c.req.param('eid') ?? '')
  return c.render(
    <ExpensePage
      project={found.project}
      expense={found.expense}
      wpLabel={wpLabel(c, found.wpCode, found.wpTitle)}
      rights={entryRights(found.access, found.expense.tenantId)}
      notice={noticeOf(c)}
      review={state ? { values: state.values, errors: state.errors ?? {} } : undefined}
    />,
    { title: found.expense.description },
  )
}

async function timesheetPage(c: Context<AppEnv>, state?: FormState) {
  const found = await getTimesheet(c.var.ctx, c.req.param('id') ?? '', c.req.param('tid') ?? '')
  return c.render(
    <TimesheetPage
      project={found.project}
      timesheet={found.timesheet}
      wpLabel={wpLabel(c, found.wpCode, found.wpTitle)}
      rights={entryRights(found.access, found.timesheet.tenantId)}
      notice={noticeOf(c)}
      review={state ? { values: state.values, errors: state.errors ?? {} } : undefined}
    />,
    { title: c.var.t('budgets:timesheet.title', { person: found.timesheet.personName }) },
  )
}

/** A partner's actual costs and timesheets: lists, forms, and the coordinator's review. */
export const entryRoutes = new Hono<AppEnv>()
  .get('/app/projects/:id/budget/entries', async (c) => {
    const ctx = c.var.ctx
    const id = c.req.param('id')
    const { access, project } = await openProject(ctx, id)
    const filter = ZEntryFilter.parse(c.req.query())
    const [expenses, timesheets, partners] = await Promise.all([
      listExpenses(ctx, id, filter),
      listTimesheets(ctx, id, filter),
      listConsortium(ctx.db, id),
    ])
    const isConsortium = seesAll(access)
    return c.render(
      <EntriesPage
        project={project}
        isConsortium={isConsortium}
        canEnter={access.level !== 'viewer'}
        partners={partners}
        filter={filter}
        expenses={expenses}
        timesheets={timesheets}
        notice={noticeOf(c)}
      />,
      {
        title: c.var.t(isConsortium ? 'budgets:entries.titleAll' : 'budgets:entries.titleOwn', {
          project: project.acronym,
        }),
      },
    )
  })
  // Actual costs
  .get('/app/projects/:id/budget/expenses/new', async (c) => {
    const { project, workPackages } = await openForEntry(c.var.ctx, c.req.param('id'))
    const page = { project, workPackages, action: `${base(project.id)}/expenses`, isNew: true }
    return renderExpenseForm(c, page, { values: { currency: project.currency } })
  })
  .post('/app/projects/:id/budget/expenses', async (c) => {
    const { project, workPackages } = await openForEntry(c.var.ctx, c.req.param('id'))
    const page = { project, workPackages, action: `${base(project.id)}/expenses`, isNew: true }
    return submit(
      c,
      page,
      (form) => parseExpense(form, project.currency, c.var.locale),
      (input) => createExpense(c.var.ctx, project.id, input),
      renderExpenseForm,
      'budgets:notices.expenseSaved',
    )
  })
  .get('/app/projects/:id/budget/expenses/:eid', (c) => expensePage(c))
  .get('/app/projects/:id/budget/expenses/:eid/edit', async (c) => {
    const found = await getExpenseForEdit(c.var.ctx, c.req.param('id'), c.req.param('eid'))
    const { project, expense: e } = found
    const page = {
      project,
      workPackages: found.workPackages,
      action: `${base(project.id)}/expenses/${e.id}/edit`,
      isNew: false,
    }
    const values = {
      ...e,
      amount: formatAmount(fromNumeric(e.amount, e.currency), c.var.locale),
      exchangeRate: e.currency === project.currency ? '' : rateText(e.exchangeRate, c.var.locale),
    }
    return renderExpenseForm(c, page, { values })
  })
  .post('/app/projects/:id/budget/expenses/:eid/edit', async (c) => {
    const found = await getExpenseForEdit(c.var.ctx, c.req.param('id'), c.req.param('eid'))
    const { project, expense } = found
    const action = `${base(project.id)}/expenses/${expense.id}/edit`
    const page = { project, workPackages: found.workPackages, action, isNew: false }
    return submit(
      c,
      page,
      (form) => parseExpense(form, project.currency, c.var.locale),
      (input) => updateExpense(c.var.ctx, project.id, expense.id, input),
      renderExpenseForm,
      'budgets:notices.expenseSaved',
    )
  })
  .post('/app/projects/:id/budget/expenses/:eid/delete', async (c) => {
    await deleteExpense(c.var.ctx, c.req.param('id'), c.req.param('eid'))
    return c.redirect(`${base(c.req.param('id'))}/entries?notice=budgets:notices.deleted`, 303)
  })
  .post('/app/projects/:id/budget/expenses/:eid/review', async (c) => {
    const { id, eid } = c.req.param()
    return review(
      c,
      () => getExpense(c.var.ctx, id, eid),
      (input) => reviewExpense(c.var.ctx, id, eid, input),
      (state) => expensePage(c, state),
      `${base(id)}/expenses/${eid}`,
    )
  })
  // Staff time
  .get('/app/projects/:id/budget/timesheets/new', async (c) => {
    const { project, workPackages } = await openForEntry(c.var.ctx, c.req.param('id'))
    const page = { project, workPackages, action: `${base(project.id)}/timesheets`, isNew: true }
    return renderTimesheetForm(c, page, { values: {} })
  })
  .post('/app/projects/:id/budget/timesheets', async (c) => {
    const { project, workPackages } = await openForEntry(c.var.ctx, c.req.param('id'))
    const page = { project, workPackages, action: `${base(project.id)}/timesheets`, isNew: true }
    return submit(
      c,
      page,
      (form) => parseTimesheet(form, project.currency, c.var.locale),
      (input) => createTimesheet(c.var.ctx, project.id, input),
      renderTimesheetForm,
      'budgets:notices.timesheetSaved',
    )
  })
  .get('/app/projects/:id/budget/timesheets/:tid', (c) => timesheetPage(c))
  .get('/app/projects/:id/budget/timesheets/:tid/edit', async (c) => {
    const found = await getTimesheetForEdit(c.var.ctx, c.req.param('id'), c.req.param('tid'))
    const { project, timesheet: s } = found
    const page = {
      project,
      workPackages: found.workPackages,
      action: `${base(project.id)}/timesheets/${s.id}/edit`,
      isNew: false,
    }
    const values = {
      ...s,
      month: s.month.slice(0, 7),
      hourlyRate: formatAmount(fromNumeric(s.hourlyRate, project.currency), c.var.locale),
    }
    return renderTimesheetForm(c, page, { values })
  })
  .post('/app/projects/:id/budget/timesheets/:tid/edit', async (c) => {
    const found = await getTimesheetForEdit(c.var.ctx, c.req.param('id'), c.req.param('tid'))
    const { project, timesheet } = found
    const action = `${base(project.id)}/timesheets/${timesheet.id}/edit`
    const page = { project, workPackages: found.workPackages, action, isNew: false }
    return submit(
      c,
      page,
      (form) => parseTimesheet(form, project.currency, c.var.locale),
      (input) => updateTimesheet(c.var.ctx, project.id, timesheet.id, input),
      renderTimesheetForm,
      'budgets:notices.timesheetSaved',
    )
  })
  .post('/app/projects/:id/budget/timesheets/:tid/delete', async (c) => {
    await deleteTimesheet(c.var.ctx, c.req.param('id'), c.req.param('tid'))
    return c.redirect(`${base(c.req.param('id'))}/entries?notice=budgets:notices.deleted`, 303)
  })
  .post('/app/projects/:id/budget/timesheets/:tid/review', async (c) => {
    const { id, tid } = c.req.param()
    return review(
      c,
      () => getTimesheet(c.var.ctx, id, tid),
      (input) => reviewTimesheet(c.var.ctx, id, tid, input),
      (state) => timesheetPage(c, state),
      `${base(id)}/timesheets/${tid}`,
    )
  })
