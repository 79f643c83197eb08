import type { FieldErrors } from '#src/lib/errors.ts'
import { pickText } from '#src/lib/localized-text.ts'
import {
  Button,
  CheckboxGroup,
  DateTime,
  ErrorSummary,
  Form,
  PageHeader,
} from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { Course } from '../service/courses.ts'
import type { CourseReport, CourseReportRow } from '../service/reports.ts'
import { minutesLabel, Txt } from './parts.tsx'

/** `/app/learning/courses/:id/report`: who is in the course and how far they are. */
export function CourseReportPage({ course, report }: { course: Course; report: CourseReport }) {
  const { t, locale, timeZone } = useUi()
  const stats: [string, string | number][] = [
    ['learning:report.enrolled', report.enrolled],
    ['learning:report.notStarted', report.notStarted],
    ['learning:report.inProgress', report.inProgress],
    ['learning:report.completed', report.completed],
    [
      'learning:report.averageScore',
      report.averageScore === null ? '—' : `${report.averageScore} %`,
    ],
    ['learning:report.time', minutesLabel(t, report.minutes)],
  ]
  return (
    <>
      <PageHeader title={t('learning:report.title')}>
        <a class="btn btn-secondary" href={`/app/learning/courses/${course.id}`}>
          {t('learning:report.back')}
        </a>
      </PageHeader>
      <h2>
        <Txt text={course.title} lang={locale} />
      </h2>
      <dl class="stats">
        {stats.map(([key, value]) => (
          <div class="stat">
            <dt class="stat-label">{t(key)}</dt>
            <dd class="stat-value">{value}</dd>
          </div>
        ))}
      </dl>
      <ProgressTable rows={report.rows} />
    </>
  )
}

/** `/app/learning/courses/:id/enrol`: a coordinator enrols members of their organisation. */
export function EnrolPeoplePage(props: {
  course: Course
  people: { userId: string; name: string; role: string; enrolled: boolean }[]
  errors?: FieldErrors | undefined
}) {
  const { t, locale } = useUi()
  const { course } = props
  const open = props.people.filter((p) => !p.enrolled)
  return (
    <>
      <PageHeader title={t('learning:enrol.title')} />
      <h2>
        <Txt text={course.title} lang={locale} />
      </h2>
      <ErrorSummary errors={props.errors} />
      {open.length === 0 ? (
        <p>{t('learning:enrol.everyone')}</p>
      ) : (
        <Form action={`/app/learning/courses/${course.id}/enrol-people`}>
          <CheckboxGroup
            name="userIds"
            legend={t('learning:enrol.who')}
            values={[]}
            error={props.errors?.userIds}
            options={peopleOptions(t, open)}
          />
          <div class="form-actions">
            <Button>{t('learning:enrol.submit')}</Button>
            <a href={`/app/learning/courses/${course.id}`}>{t('common:form.cancel')}</a>
          </div>
        </Form>
      )}
    </>
  )
}

/** Each person's progress in a course (the report, a cohort): a table, or a line when empty. */
export function ProgressTable({ rows }: { rows: CourseReportRow[] }) {
  const { t, locale, timeZone } = useUi()
  if (rows.length === 0) return <p>{t('learning:report.empty')}</p>
  const hasScorm = rows.some((r) => r.scormPercent !== null)
  return (
    <TableWrap labelledBy="report-caption">
      <table>
        <caption id="report-caption">
          {t('learning:report.caption', { count: rows.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('learning:report.person')}</th>
            <th scope="col">{t('learning:report.organisation')}</th>
            <th scope="col">{t('learning:report.status')}</th>
            <th scope="col">{t('learning:report.progress')}</th>
            <th scope="col">{t('learning:report.best')}</th>
            {hasScorm && <th scope="col">{t('scorm:report.score')}</th>}
            <th scope="col">{t('learning:report.completedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const org = pickText(r.organisation, locale)
            return (
              <tr>
                <td>{r.name}</td>
                <td lang={org.lang}>{org.value}</td>
                <td>{t(`learning:status.${r.status}`)}</td>
                <td class="amount">{r.percent} %</td>
                <td class="amount">{r.bestPercent === null ? '—' : `${r.bestPercent} %`}</td>
                {hasScorm && (
                  <td class="amount">{r.scormPercent === null ? '—' : `${r.scormPercent} %`}</td>
                )}
                <td>
                  {r.completedAt ? <DateTime value={r.completedAt} timeZone={timeZone} /> : '—'}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableWrap>
  )
}

/** Members of the school as check-box options: their name and role. */
export function peopleOptions(
  t: (key: string) => string,
  people: readonly { userId: string; name: string; role: string }[],
) {
  return people.map((p) => ({
    value: p.userId,
    label: `${p.name} (${t(`common:roles.${p.role}`)})`,
  }))
}
