import type { Context } from 'hono'
import { Hono } from 'hono'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { parseBudgetLine } from './inputs.ts'
import { deleteBudgetLine, listBudgetLines, openPlan, setBudgetLine } from './plan.ts'
import {
  type BudgetProject,
  listConsortium,
  listWorkPackages,
  openProject,
  seesAll,
} from './project.ts'
import { getStatusReport } from './report/data.ts'
import { renderReportPdf } from './report/pdf.ts'
import { renderReportXlsx } from './report/xlsx.ts'
import { summarise } from './summary.ts'
import { BudgetPage } from './views/budget-page.tsx'
import { PlanPage } from './views/plan-page.tsx'

const NOTICES = new Set([
  'budgets:notices.expenseSaved',
  'budgets:notices.timesheetSaved',
  'budgets:notices.deleted',
  'budgets:notices.reviewed',
  'budgets:notices.lineSaved',
  'budgets:notices.lineRemoved',
])

/** A notice key from the query string, if it is one of ours. */
export function noticeOf(c: Context<AppEnv>) {
  const key = c.req.query('notice')
  return key && NOTICES.has(key) ? key : undefined
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** A generated file, always as an attachment with an ASCII name. */
function download(c: Context<AppEnv>, body: Buffer, type: string, fileName: string) {
  c.header('Content-Type', type)
  c.header('Content-Disposition', `attachment; filename="${fileName}"`)
  c.header('Cache-Control', 'private, no-store')
  return c.body(new Uint8Array(body))
}

async function renderPlan(
  c: Context<AppEnv>,
  project: BudgetProject,
  form?: { values: Record<string, unknown>; errors: Record<string, string> },
) {
  const ctx = c.var.ctx
  const projectId = project.id
  const [lines, partners, workPackages] = await Promise.all([
    listBudgetLines(ctx, projectId),
    listConsortium(ctx.db, projectId),
    listWorkPackages(ctx.db, projectId),
  ])
  return c.render(
    <PlanPage
      project={project}
      partners={partners}
      workPackages={workPackages}
      lines={lines}
      values={form?.values}
      errors={form?.errors}
      notice={noticeOf(c)}
    />,
    { title: c.var.t('budgets:plan.title', { project: project.acronym }) },
  )
}

/** The money page of a project and the coordinator's planned budget. */
export const budgetRoutes = new Hono<AppEnv>()
  .get('/app/projects/:id/budget', async (c) => {
    const opened = await openProject(c.var.ctx, c.req.param('id'))
    const summary = await summarise(c.var.ctx, opened)
    const { access } = opened
    return c.render(
      <BudgetPage
        summary={summary}
        actions={{ canEnter: access.level !== 'viewer', canPlan: seesAll(access) }}
        notice={noticeOf(c)}
      />,
      { title: c.var.t('budgets:page.title', { project: summary.project.acronym }) },
    )
  })
  .get('/app/projects/:id/budget/plan', async (c) => {
    const { project } = await openPlan(c.var.ctx, c.req.param('id'))
    return renderPlan(c, project)
  })
  .post('/app/projects/:id/budget/plan', async (c) => {
    const id = c.req.param('id')
    const { project } = await openPlan(c.var.ctx, id)
    const form = await readForm(c)
    const parsed = parseBudgetLine(form, project.currency, c.var.locale)
    const result = parsed.ok
      ? await tryForm(() => setBudgetLine(c.var.ctx, id, parsed.data))
      : { ok: false as const, errors: parsed.errors, status: 422 as const }
    if (!result.ok) {
      c.status(result.status)
      return renderPlan(c, project, { values: form, errors: result.errors })
    }
    return c.redirect(`/app/projects/${id}/budget/plan?notice=budgets:notices.lineSaved`, 303)
  })
  .get('/app/projects/:id/report.pdf', async (c) => {
    const report = await getStatusReport(c.var.ctx, c.req.param('id'), c.var.t, c.var.locale)
    return download(
      c,
      await renderReportPdf(report, c.var.locale),
      'application/pdf',
      `${report.fileBase}.pdf`,
    )
  })
  .get('/app/projects/:id/report.xlsx', async (c) => {
    const report = await getStatusReport(c.var.ctx, c.req.param('id'), c.var.t, c.var.locale)
    return download(c, await renderReportXlsx(report), XLSX, `${report.fileBase}.xlsx`)
  })
  .post('/app/projects/:id/budget/plan/:lineId/delete', async (c) => {
    const id = c.req.param('id')
    await deleteBudgetLine(c.var.ctx, id, c.req.param('lineId'))
    return c.redirect(`/app/projects/${id}/budget/plan?notice=budgets:notices.lineRemoved`, 303)
  })
