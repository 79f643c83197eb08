import { formatDateRange } from '#src/lib/dates.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import {
  Button,
  CheckboxGroup,
  ErrorSummary,
  Field,
  Form,
  Notice,
  PageHeader,
} from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { Cohort, CohortSummary } from '../service/cohorts.ts'
import type { Course } from '../service/courses.ts'
import type { CourseReportRow } from '../service/reports.ts'
import { Txt } from './parts.tsx'
import { ProgressTable, peopleOptions } from './report-pages.tsx'

type Person = { userId: string; name: string; role: string; enrolled: boolean }

export type CohortFormValues = { name: string; startsOn: string; endsOn: string; userIds: string[] }
export const EMPTY_COHORT: CohortFormValues = { name: '', startsOn: '', endsOn: '', userIds: [] }

/** `/app/learning/courses/:id/cohorts`: the school's cohorts of a course, and a form for a new one. */
export function CohortsPage(props: {
  course: Course
  cohorts: CohortSummary[]
  people: Person[]
  values: CohortFormValues
  errors?: FieldErrors | undefined
}) {
  const { t, locale } = useUi()
  const { course, values: v, errors: e } = props
  return (
    <>
      <PageHeader title={t('learning:cohorts.title')}>
        <a class="btn btn-secondary" href={`/app/learning/courses/${course.id}`}>
          {t('learning:report.back')}
        </a>
      </PageHeader>
      <h2>
        <Txt text={course.title} lang={locale} />
      </h2>
      <p>{t('learning:cohorts.intro')}</p>
      {props.cohorts.length === 0 ? (
        <p>{t('learning:cohorts.none')}</p>
      ) : (
        <TableWrap labelledBy="cohorts-caption">
          <table>
            <caption id="cohorts-caption">
              {t('learning:cohorts.caption', { count: props.cohorts.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('learning:cohorts.name')}</th>
                <th scope="col">{t('learning:cohorts.dates')}</th>
                <th scope="col">{t('learning:cohorts.members')}</th>
                <th scope="col">{t('learning:report.completed')}</th>
              </tr>
            </thead>
            <tbody>
              {props.cohorts.map((c) => (
                <tr>
                  <td>
                    <a href={`/app/learning/cohorts/${c.id}`}>{c.name}</a>
                    {c.ruleKey && <span class="muted"> · {t('learning:cohorts.byRule')}</span>}
                  </td>
                  <td>{formatDateRange(locale, c.startsOn, c.endsOn)}</td>
                  <td class="amount">{c.members}</td>
                  <td class="amount">{c.completed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <h2 id="new-cohort">{t('learning:cohorts.new')}</h2>
      <ErrorSummary errors={e} />
      <Form action={`/app/learning/courses/${course.id}/cohorts`} aria-labelledby="new-cohort">
        <Field
          name="name"
          label={t('learning:cohorts.name')}
          value={v.name}
          error={e?.name}
          maxlength={120}
          required
        />
        <Field
          name="startsOn"
          type="date"
          label={t('learning:cohorts.startsOn')}
          value={v.startsOn}
          error={e?.startsOn}
          required
        />
        <Field
          name="endsOn"
          type="date"
          label={t('learning:cohorts.endsOn')}
          hint={t('learning:cohorts.endsOnHint')}
          value={v.endsOn}
          error={e?.endsOn}
          required
        />
        <CheckboxGroup
          name="userIds"
          legend={t('learning:cohorts.who')}
          hint={t('learning:cohorts.whoHint')}
          values={v.userIds}
          error={e?.userIds}
          options={peopleOptions(t, props.people)}
        />
        <div class="form-actions">
          <Button>{t('learning:cohorts.create')}</Button>
        </div>
      </Form>
    </>
  )
}

/** `/app/learning/cohorts/:id`: who is in the cohort, how far they are, reminders, more people. */
export function CohortPage(props: {
  cohort: Cohort
  course: Course
  rows: CourseReportRow[]
  candidates: Person[]
  notice?: string | undefined
  noticeParams?: Record<string, unknown>
  errors?: FieldErrors | undefined
}) {
  const { t, locale } = useUi()
  const { cohort, course } = props
  const open = props.rows.filter((r) => r.status !== 'completed' && r.status !== 'withdrawn')
  const inCohort = new Set(props.rows.map((r) => r.userId))
  const more = props.candidates.filter((p) => !inCohort.has(p.userId))
  return (
    <>
      <PageHeader title={cohort.name}>
        <a class="btn btn-secondary" href={`/app/learning/courses/${course.id}/cohorts`}>
          {t('learning:cohorts.back')}
        </a>
      </PageHeader>
      {props.notice && <Notice>{t(props.notice, props.noticeParams)}</Notice>}
      <dl class="facts">
        <dt>{t('learning:cohorts.course')}</dt>
        <dd>
          <a href={`/app/learning/courses/${course.id}`}>
            <Txt text={course.title} lang={locale} />
          </a>
        </dd>
        <dt>{t('learning:cohorts.dates')}</dt>
        <dd>{formatDateRange(locale, cohort.startsOn, cohort.endsOn)}</dd>
        <dt>{t('learning:cohorts.members')}</dt>
        <dd>
          {t('learning:cohorts.progress', {
            count: props.rows.length,
            done: props.rows.length - open.length,
          })}
        </dd>
      </dl>
      <ProgressTable rows={props.rows} />
      <h2 id="remind">{t('learning:cohorts.remindTitle')}</h2>
      {open.length === 0 ? (
        <p>{t('learning:cohorts.allDone')}</p>
      ) : (
        <Form action={`/app/learning/cohorts/${cohort.id}/remind`} aria-labelledby="remind">
          <p>{t('learning:cohorts.remindText', { count: open.length })}</p>
          <Button variant="secondary">{t('learning:cohorts.remind')}</Button>
        </Form>
      )}
      <h2 id="add-people">{t('learning:cohorts.add')}</h2>
      <ErrorSummary errors={props.errors} />
      {more.length === 0 ? (
        <p>{t('learning:enrol.everyone')}</p>
      ) : (
        <Form action={`/app/learning/cohorts/${cohort.id}/people`} aria-labelledby="add-people">
          <CheckboxGroup
            name="userIds"
            legend={t('learning:cohorts.who')}
            values={[]}
            error={props.errors?.userIds}
            options={peopleOptions(t, more)}
          />
          <div class="form-actions">
            <Button>{t('learning:cohorts.addSubmit')}</Button>
          </div>
        </Form>
      )}
    </>
  )
}
