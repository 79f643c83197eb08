import { type Context, Hono } from 'hono'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import type { Locale } from '#src/lib/i18n.ts'
import { numberFormat } from '#src/lib/intl.ts'
import { can } from '#src/lib/policy.ts'
import { availableCallYears, formatEuros, listActivityTypes } from '../grants/index.ts'
import { csvBuffer, exportFileName, xlsxStream } from './export-files.ts'
import { buildExport, listExportProjects } from './export-rows.ts'
import { computeMobilityGrant, getMobilityGrant } from './grant-service.ts'
import { parseProfileForm, ZExportQuery, ZGrantForm } from './inputs.ts'
import { getPipeline } from './pipeline.ts'
import {
  COLUMN_KEYS,
  type ColumnKey,
  defaultProfile,
  getEditableExportProfile,
  getExportProfile,
  resetExportProfile,
  saveExportProfile,
} from './profile.ts'
import { getProjectGrantTotals, listGrantTotals } from './totals.ts'
import { ExportPage, ProfilePage, type ProfilePageProps } from './views-export.tsx'
import { GrantPageView, type GrantViewProps } from './views-grant.tsx'
import { PipelinePage } from './views-pipeline.tsx'
import { ProjectTotalsPage, TotalsPage } from './views-totals.tsx'

const GRANT_NOTICES = new Set(['reports:grant.computed'])

/** Error parameters as the reader reads them: euros for `…Eur`, numbers in their locale. */
function formatParams(locale: Locale, params: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      typeof v !== 'number'
        ? v
        : k.endsWith('Eur')
          ? formatEuros(locale, v)
          : numberFormat(locale).format(v),
    ]),
  )
}

function renderGrant(c: Context<AppEnv>, props: GrantViewProps) {
  return c.render(<GrantPageView {...props} />, {
    title: c.var.t('reports:grant.title', { name: props.page.participantName }),
  })
}

function latestActivities() {
  return listActivityTypes(availableCallYears().at(-1)!)
}

async function profileProps(c: Context<AppEnv>): Promise<ProfilePageProps> {
  const profile = await getEditableExportProfile(c.var.ctx)
  const defaults = defaultProfile()
  return {
    profile: { ...profile, activityCodesConfidence: defaults.activityCodesConfidence },
    defaults,
    activities: latestActivities(),
  }
}

/**
 * The export page. A file asked for without a valid project (a hand-edited or truncated link)
 * answers 400 with the page and its error, never a query on a malformed id.
 */
async function renderExport(c: Context<AppEnv>, wanted: string | undefined, errors?: FieldErrors) {
  const projects = await listExportProjects(c.var.ctx)
  const projectId = wanted ?? projects[0]?.id
  const table = projectId && !errors ? await buildExport(c.var.ctx, projectId) : null
  const profile = await getExportProfile(c.var.ctx)
  if (errors) c.status(400)
  return c.render(
    <ExportPage
      projects={projects}
      projectId={projectId}
      table={table}
      profile={{ ...profile, activityCodesConfidence: defaultProfile().activityCodesConfidence }}
      canManage={can(c.var.ctx.actor, 'reports.manage')}
      errors={errors}
    />,
    { title: c.var.t('reports:export.title') },
  )
}

export const reportRoutes = new Hono<AppEnv>()
  .get('/app/mobility/pipeline', async (c) => {
    const pipeline = await getPipeline(c.var.ctx)
    return c.render(<PipelinePage pipeline={pipeline} />, {
      title: c.var.t('reports:pipeline.title'),
    })
  })
  .get('/app/mobility/:id/grant', async (c) => {
    const page = await getMobilityGrant(c.var.ctx, c.req.param('id'))
    const notice = c.req.query('notice')
    return renderGrant(c, {
      page,
      values: page.form,
      notice: notice && GRANT_NOTICES.has(notice) ? notice : undefined,
    })
  })
  .post('/app/mobility/:id/grant', async (c) => {
    const id = c.req.param('id')
    const page = await getMobilityGrant(c.var.ctx, id)
    const form = await readForm(c)
    const parsed = validate(ZGrantForm, form)
    if (!parsed.ok) {
      c.status(422)
      return renderGrant(c, { page, values: form, errors: parsed.errors })
    }
    const result = await tryForm(() => computeMobilityGrant(c.var.ctx, id, parsed.data))
    if (!result.ok) {
      c.status(result.status)
      return renderGrant(c, {
        page,
        values: form,
        errors: result.errors,
        params: formatParams(c.var.locale, result.params),
      })
    }
    return c.redirect(`/app/mobility/${id}/grant?notice=reports:grant.computed`, 303)
  })
  .get('/app/reports/grants', async (c) => {
    const list = await listGrantTotals(c.var.ctx)
    return c.render(<TotalsPage list={list} />, { title: c.var.t('reports:totals.title') })
  })
  .get('/app/reports/grants/:projectId', async (c) => {
    const detail = await getProjectGrantTotals(c.var.ctx, c.req.param('projectId'))
    return c.render(<ProjectTotalsPage detail={detail} />, {
      title: c.var.t('reports:totals.projectTitle', { project: detail.project.acronym }),
    })
  })
  .get('/app/reports/export', async (c) => {
    const parsed = ZExportQuery.safeParse(c.req.query())
    return renderExport(c, parsed.success ? parsed.data.projectId : undefined)
  })
  .get('/app/reports/export.xlsx', async (c) => {
    const query = validate(ZExportQuery, c.req.query())
    if (!query.ok) return renderExport(c, undefined, query.errors)
    const table = await buildExport(c.var.ctx, query.data.projectId)
    c.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    c.header('content-disposition', `attachment; filename="${exportFileName(table, 'xlsx')}"`)
    c.header('cache-control', 'no-store')
    return c.body(xlsxStream(table))
  })
  .get('/app/reports/export.csv', async (c) => {
    const query = validate(ZExportQuery, c.req.query())
    if (!query.ok) return renderExport(c, undefined, query.errors)
    const table = await buildExport(c.var.ctx, query.data.projectId)
    c.header('content-type', 'text/csv; charset=utf-8')
    c.header('content-disposition', `attachment; filename="${exportFileName(table, 'csv')}"`)
    c.header('cache-control', 'no-store')
    return c.body(await csvBuffer(table, query.data.separator))
  })
  .get('/app/reports/export/profile', async (c) => {
    const props = await profileProps(c)
    return c.render(<ProfilePage {...props} />, { title: c.var.t('reports:profile.title') })
  })
  .post('/app/reports/export/profile', async (c) => {
    const form = await readForm(c)
    const input = parseProfileForm(
      form,
      COLUMN_KEYS,
      latestActivities().map((a) => a.code),
    )
    const result = await tryForm(() =>
      saveExportProfile(c.var.ctx, {
        ...input,
        columns: input.columns.map((col) => ({ ...col, key: col.key as ColumnKey })),
      }),
    )
    if (!result.ok) {
      const props = await profileProps(c)
      c.status(result.status)
      return c.render(<ProfilePage {...props} values={form} errors={result.errors} />, {
        title: c.var.t('reports:profile.title'),
      })
    }
    return c.redirect('/app/reports/export', 303)
  })
  .post('/app/reports/export/profile/reset', async (c) => {
    await resetExportProfile(c.var.ctx)
    return c.redirect('/app/reports/export/profile', 303)
  })
