import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { numberFormat } from '#src/lib/intl.ts'
import {
  Button,
  EmptyState,
  ErrorSummary,
  Form,
  Notice,
  PageHeader,
  TextAreaField,
} from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { CallRow } from '../service/access.ts'
import type { listMyApplications } from '../service/applications.ts'
import type { Criterion } from '../service/calls.ts'
import type { getScoreSheet, RankingRow } from '../service/scoring.ts'
import { IsoDate, ProblemBox, RadioGroup, StatusBadge, str, TextOf } from './parts.tsx'

type MyRow = Awaited<ReturnType<typeof listMyApplications>>[number]

/** The actor's applications and, for a guardian, their children's. */
export function MyApplicationsPage({ rows, userId }: { rows: MyRow[]; userId: string }) {
  const { t } = useUi()
  return (
    <>
      <PageHeader title={t('calls:mine.title')}>
        <a href="/app/calls">{t('calls:mine.calls')}</a>
      </PageHeader>
      {rows.length === 0 ? (
        <EmptyState title={t('calls:mine.emptyTitle')}>{t('calls:mine.empty')}</EmptyState>
      ) : (
        <ul class="call-cards">
          {rows.map((r) => (
            <li class="call-card">
              <h2>
                <a href={`/app/applications/${r.id}`}>
                  <TextOf value={r.callTitle} />
                </a>
              </h2>
              <p>
                <StatusBadge status={r.status} />
                {r.applicantUserId !== userId && (
                  <> {t('calls:application.by', { name: r.applicantName })}</>
                )}
              </p>
              <p class="muted">
                {t(`grants:activity.${r.activityType}`)} · <IsoDate value={r.startDate} />
              </p>
              {r.consent && r.consent !== 'given' && <p>{t(`calls:mine.consent.${r.consent}`)}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

type RankingProps = {
  call: CallRow
  rows: RankingRow[]
  isManager: boolean
  notice?: string | undefined
  problem?: { key: string; params?: Record<string, unknown> | undefined } | undefined
  submittedCount: number
}

/** The applications of a call in rank order, with the decision button for coordinators. */
export function RankingPage({
  call,
  rows,
  isManager,
  notice,
  problem,
  submittedCount,
}: RankingProps) {
  const { t, locale } = useUi()
  return (
    <>
      <div class="page-header">
        <h1>
          {t('calls:ranking.title')}: <TextOf value={call.title} />
        </h1>
      </div>
      <p>
        <a href={`/app/calls/${call.id}`}>{t('calls:setup.back')}</a>
      </p>
      {notice && <Notice>{t(notice)}</Notice>}
      <ProblemBox problem={problem} />
      {call.status === 'open' && <p>{t('calls:ranking.stillOpen', { count: submittedCount })}</p>}
      <p class="hint">{t('calls:call.tieBreak')}</p>
      {rows.length === 0 ? (
        <p>{t('calls:ranking.none')}</p>
      ) : (
        <TableWrap labelledBy="ranking-caption">
          <table>
            <caption id="ranking-caption">
              {t('calls:ranking.caption', { count: rows.length, places: call.places })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('calls:ranking.rank')}</th>
                <th scope="col">{t('calls:ranking.applicant')}</th>
                <th scope="col">{t('calls:ranking.total')}</th>
                <th scope="col">{t('calls:ranking.scorers')}</th>
                <th scope="col">{t('calls:ranking.consent')}</th>
                <th scope="col">{t('calls:ranking.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>{r.rank}</td>
                  <td>
                    <a href={`/app/applications/${r.id}`}>{r.applicantName}</a>
                  </td>
                  <td>
                    {r.isComplete
                      ? numberFormat(locale, {
                          minimumFractionDigits: 1,
                          maximumFractionDigits: 3,
                        }).format(Number(r.totalText))
                      : t('calls:ranking.incomplete')}
                  </td>
                  <td>{r.scorers}</td>
                  <td>
                    {r.isMinor ? <StatusBadge status={r.consent} /> : t('calls:ranking.adult')}
                  </td>
                  <td>
                    <StatusBadge status={r.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {isManager && call.status === 'closed' && (
        <Form action={`/app/calls/${call.id}/decide`}>
          <p>
            {t('calls:ranking.decideHint', {
              places: call.places,
              waiting: call.waitingListPlaces,
            })}
          </p>
          <Button>{t('calls:ranking.decide')}</Button>
        </Form>
      )}
    </>
  )
}

type Sheet = Awaited<ReturnType<typeof getScoreSheet>>

type ScoreProps = {
  sheet: Sheet
  applicantName: string
  form?: 'conflict' | 'scores' | undefined
  values?: FormValues
  errors?: FieldErrors | undefined
  problem?: { key: string; params?: Record<string, unknown> | undefined } | undefined
  notice?: string | undefined
}

function CriterionInput({
  c,
  value,
  comment,
  error,
}: {
  c: Criterion
  value: string
  comment: string
  error?: string | undefined
}) {
  const { t } = useUi()
  const id = `f-score-${c.id}`
  return (
    <fieldset class={error ? 'field has-error' : 'field'} id={id}>
      <legend>
        <TextOf value={c.name} /> ({t('calls:criteria.weightValue', { weight: c.weight })}
        {c.isFewerOpportunities && <>, {t('calls:criteria.fewerOpportunities')}</>})
      </legend>
      {error && <p class="error">{t(error, { max: c.maxScore })}</p>}
      <label for={`${id}-value`}>{t('calls:score.value', { max: c.maxScore })}</label>
      <input
        id={`${id}-value`}
        name={`score.${c.id}`}
        type="number"
        inputmode="numeric"
        min={0}
        max={c.maxScore}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        required
      />
      <label for={`${id}-comment`}>{t('calls:score.comment')}</label>
      <textarea id={`${id}-comment`} name={`comment.${c.id}`} rows={2} maxlength={2000}>
        {comment}
      </textarea>
    </fieldset>
  )
}

/** A panel member's sheet for one application: declare conflicts first, then score. */
export function ScorePage({
  sheet,
  applicantName,
  form,
  values,
  errors,
  problem,
  notice,
}: ScoreProps) {
  const { t } = useUi()
  const { app, declaration } = sheet
  const scoreValues = (values?.score ?? {}) as Record<string, unknown>
  const commentValues = (values?.comment ?? {}) as Record<string, unknown>
  return (
    <>
      <PageHeader title={t('calls:score.title', { name: applicantName })} />
      <p>
        <a href={`/app/applications/${app.id}`}>{t('calls:score.back')}</a> ·{' '}
        <a href={`/app/calls/${sheet.call.id}/applications`}>{t('calls:call.applications')}</a>
      </p>
      {notice && <Notice>{t(notice)}</Notice>}
      <ProblemBox problem={problem} />
      <section aria-labelledby="conflict-h">
        <h2 id="conflict-h">{t('calls:conflict.title')}</h2>
        <p>{t('calls:conflict.intro')}</p>
        {declaration && (
          <p>
            <strong>
              {declaration.hasConflict
                ? t('calls:conflict.declaredYes')
                : t('calls:conflict.declaredNo')}
            </strong>
          </p>
        )}
        {form === 'conflict' && <ErrorSummary errors={errors} />}
        <Form action={`/app/applications/${app.id}/conflict`}>
          <RadioGroup
            name="hasConflict"
            legend={t('calls:conflict.question')}
            value={
              form === 'conflict'
                ? str(values?.hasConflict)
                : declaration
                  ? declaration.hasConflict
                    ? 'yes'
                    : 'no'
                  : ''
            }
            error={form === 'conflict' ? errors?.hasConflict : undefined}
            required
            options={[
              { value: 'no', label: t('calls:conflict.no') },
              { value: 'yes', label: t('calls:conflict.yes') },
            ]}
          />
          <TextAreaField
            name="reason"
            label={t('calls:conflict.reason')}
            hint={t('calls:conflict.reasonHint')}
            value={form === 'conflict' ? str(values?.reason) : (declaration?.reason ?? '')}
            error={form === 'conflict' ? errors?.reason : undefined}
            rows={2}
            maxlength={1000}
          />
          <Button variant="secondary">{t('calls:conflict.submit')}</Button>
        </Form>
      </section>
      {declaration && !declaration.hasConflict && (
        <section aria-labelledby="scores-h">
          <h2 id="scores-h">{t('calls:score.scores')}</h2>
          {form === 'scores' && <ErrorSummary errors={errors} />}
          <Form action={`/app/applications/${app.id}/score`}>
            {sheet.criteria.map((c) => {
              const mine = sheet.scores.find((s) => s.criterionId === c.id)
              return (
                <CriterionInput
                  c={c}
                  value={
                    form === 'scores' ? str(scoreValues[c.id]) : mine ? String(mine.score) : ''
                  }
                  comment={form === 'scores' ? str(commentValues[c.id]) : (mine?.comment ?? '')}
                  error={form === 'scores' ? errors?.[`score.${c.id}`] : undefined}
                />
              )
            })}
            <Button>{t('calls:score.submit')}</Button>
          </Form>
        </section>
      )}
    </>
  )
}
