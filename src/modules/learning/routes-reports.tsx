import { Hono } from 'hono'
import type { AppEnv } from '#src/http/types.ts'
import { validate } from '#src/lib/forms.ts'
import { ZOrgReportFilter } from './cohort-inputs.ts'
import { organisationReport, reportProjects } from './service/org-report.ts'
import { OrgReportPage } from './views/org-report-page.tsx'

/** The school's training report: GET with the filter in the address; bad dates re-render (422). */
export const reportRoutes = new Hono<AppEnv>().get('/app/learning/reports', async (c) => {
  const raw = {
    from: c.req.query('from') ?? '',
    to: c.req.query('to') ?? '',
    projectId: c.req.query('projectId') ?? '',
  }
  const parsed = validate(ZOrgReportFilter, raw)
  const title = c.var.t('learning:orgReport.title')
  if (!parsed.ok) {
    c.status(422)
    const projects = await reportProjects(c.var.ctx)
    return c.render(
      <OrgReportPage report={null} values={raw} projects={projects} errors={parsed.errors} />,
      { title },
    )
  }
  const report = await organisationReport(c.var.ctx, parsed.data)
  return c.render(
    <OrgReportPage
      report={report}
      values={{ from: report.from ?? '', to: report.to ?? '', projectId: report.projectId ?? '' }}
      projects={report.projects}
    />,
    { title },
  )
})
