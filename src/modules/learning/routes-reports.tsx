import { type Context, Hono } from 'hono'
import type { AppEnv } from '#src/http/types.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { csvBuffer, fileSlug, xlsxBuffer } from '#src/lib/spreadsheet.ts'
import { ZOrgReportFilter } from './cohort-inputs.ts'
import { organisationReport, reportProjects } from './service/org-report.ts'
import { type OrgReportFormValues, OrgReportPage } from './views/org-report-page.tsx'
import { orgReportSheets } from './views/org-report-sheets.ts'

function filterOf(c: Context<AppEnv>) {
  const raw = {
    from: c.req.query('from') ?? '',
    to: c.req.query('to') ?? '',
    projectId: c.req.query('projectId') ?? '',
  }
  return { raw, parsed: validate(ZOrgReportFilter, raw) }
}

/** A filter that does not parse: the page again with the errors, for the page and its files. */
async function invalid(c: Context<AppEnv>, raw: OrgReportFormValues, errors: FieldErrors) {
  c.status(422)
  const projects = await reportProjects(c.var.ctx)
  return c.render(
    <OrgReportPage report={null} values={raw} projects={projects} errors={errors} />,
    { title: c.var.t('learning:orgReport.title') },
  )
}

/** The school's training report: GET with the filter in the address; bad dates re-render (422). */
export const reportRoutes = new Hono<AppEnv>()
  .get('/app/learning/reports', async (c) => {
    const { raw, parsed } = filterOf(c)
    if (!parsed.ok) return invalid(c, raw, parsed.errors)
    const report = await organisationReport(c.var.ctx, parsed.data)
    const query = new URL(c.req.url).search
    return c.render(
      <OrgReportPage
        report={report}
        values={{ from: report.from ?? '', to: report.to ?? '', projectId: report.projectId ?? '' }}
        projects={report.projects}
        query={query}
      />,
      { title: c.var.t('learning:orgReport.title') },
    )
  })
  // What is on screen, as files: the same filter, the same figures.
  .get('/app/learning/reports/report.xlsx', (c) => reportFile(c, 'xlsx'))
  .get('/app/learning/reports/report.csv', (c) => reportFile(c, 'csv'))

async function reportFile(c: Context<AppEnv>, kind: 'xlsx' | 'csv') {
  const { raw, parsed } = filterOf(c)
  if (!parsed.ok) return invalid(c, raw, parsed.errors)
  const report = await organisationReport(c.var.ctx, parsed.data)
  const sheets = orgReportSheets(report, c.var.t, c.var.locale)
  const name = fileSlug(c.var.t('learning:orgReport.title'), 'training-report')
  const headers = { 'cache-control': 'private, no-store' }
  if (kind === 'xlsx') {
    return c.body(new Uint8Array(await xlsxBuffer(sheets)), 200, {
      ...headers,
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${name}.xlsx"`,
    })
  }
  const table = c.req.query('table') === 'courses' ? sheets[2]! : sheets[1]!
  const separator = c.req.query('separator') === 'semicolon' ? 'semicolon' : 'comma'
  return c.body(await csvBuffer(table, separator), 200, {
    ...headers,
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${name}-${c.req.query('table') === 'courses' ? 'courses' : 'people'}.csv"`,
  })
}
