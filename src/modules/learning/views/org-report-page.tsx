import type { FieldErrors } from '#src/lib/errors.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { Button, ErrorSummary, Field, PageHeader, SelectField } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { OrgReport } from '../service/org-report.ts'
import { periodLabel } from './org-report-sheets.ts'
import { minutesLabel } from './parts.tsx'

function withTable(query: string | undefined, table: string) {
  const params = new URLSearchParams(query ?? '')
  params.set('table', table)
  return `?${params}`
}

export type OrgReportFormValues = { from: string; to: string; projectId: string }

/**
 * `/app/learning/reports`: the school's training figures for a period and a project. The filter
 * is a GET form, so the figures on screen are always the ones the address names.
 */
export function OrgReportPage(props: {
  report: OrgReport | null
  values: OrgReportFormValues
  projects: { id: string; acronym: string }[]
  errors?: FieldErrors | undefined
  /** The address's query, for the files of what is on screen. */
  query?: string
}) {
  const { t, locale } = useUi()
  const { report, values: v, errors: e } = props
  return (
    <>
      <PageHeader title={t('learning:orgReport.title')}>
        <a class="btn btn-secondary" href="/app/learning">
          {t('learning:orgReport.back')}
        </a>
      </PageHeader>
      <p>{t('learning:orgReport.intro')}</p>
      <ErrorSummary errors={e} />
      <form method="get" action="/app/learning/reports" class="filters">
        <Field
          name="from"
          type="date"
          label={t('learning:orgReport.from')}
          value={v.from}
          error={e?.from}
        />
        <Field
          name="to"
          type="date"
          label={t('learning:orgReport.to')}
          value={v.to}
          error={e?.to}
        />
        <SelectField
          name="projectId"
          label={t('learning:orgReport.project')}
          hint={t('learning:orgReport.projectHint')}
          placeholder={t('learning:orgReport.allCourses')}
          value={v.projectId}
          error={e?.projectId}
          options={props.projects.map((p) => ({ value: p.id, label: p.acronym }))}
        />
        <div class="form-actions">
          <Button variant="secondary">{t('learning:orgReport.apply')}</Button>
        </div>
      </form>
      {report && (
        <>
          <p>{periodLabel(t, locale, report)}</p>
          <ul class="inline-list">
            <li>
              <a href={`/app/learning/reports/report.xlsx${props.query ?? ''}`}>
                {t('learning:orgReport.xlsx')}
              </a>
            </li>
            <li>
              <a href={`/app/learning/reports/report.csv${withTable(props.query, 'people')}`}>
                {t('learning:orgReport.csvPeople')}
              </a>
            </li>
            <li>
              <a href={`/app/learning/reports/report.csv${withTable(props.query, 'courses')}`}>
                {t('learning:orgReport.csvCourses')}
              </a>
            </li>
          </ul>
          <dl class="stats">
            <div class="stat">
              <dt class="stat-label">{t('learning:orgReport.staffTrained')}</dt>
              <dd class="stat-value">{report.staffTrained}</dd>
            </div>
            <div class="stat">
              <dt class="stat-label">{t('learning:orgReport.peopleEnrolled')}</dt>
              <dd class="stat-value">{report.peopleEnrolled}</dd>
            </div>
            <div class="stat">
              <dt class="stat-label">{t('learning:orgReport.completions')}</dt>
              <dd class="stat-value">{report.completions}</dd>
            </div>
            <div class="stat">
              <dt class="stat-label">{t('learning:report.time')}</dt>
              <dd class="stat-value">{minutesLabel(t, report.minutes)}</dd>
            </div>
          </dl>
          <h2 id="people-caption">{t('learning:orgReport.people')}</h2>
          {report.people.length === 0 ? (
            <p>{t('learning:report.empty')}</p>
          ) : (
            <TableWrap labelledBy="people-caption">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('learning:report.person')}</th>
                    <th scope="col">{t('learning:orgReport.role')}</th>
                    <th scope="col">{t('learning:orgReport.enrolled')}</th>
                    <th scope="col">{t('learning:orgReport.completed')}</th>
                    <th scope="col">{t('learning:report.time')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.people.map((p) => (
                    <tr>
                      <td>{p.name}</td>
                      <td>{t(`common:roles.${p.role}`)}</td>
                      <td class="amount">{p.enrolled}</td>
                      <td class="amount">{p.completed}</td>
                      <td class="amount">{minutesLabel(t, p.minutes)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
          <h2 id="courses-caption">{t('learning:orgReport.courses')}</h2>
          {report.courses.length > 0 && (
            <TableWrap labelledBy="courses-caption">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('learning:orgReport.course')}</th>
                    <th scope="col">{t('learning:orgReport.enrolled')}</th>
                    <th scope="col">{t('learning:orgReport.completed')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.courses.map((c) => {
                    const title = pickText(c.title, locale)
                    return (
                      <tr>
                        <td lang={title.lang}>
                          <a href={`/app/learning/courses/${c.courseId}`}>{title.value}</a>
                        </td>
                        <td class="amount">{c.enrolled}</td>
                        <td class="amount">{c.completed}</td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </TableWrap>
          )}
        </>
      )}
    </>
  )
}
