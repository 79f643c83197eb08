import { numberFormat } from '#src/lib/intl.ts'
import { Button, DateTime, ErrorSummary, Form, TextAreaField } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { ApplicationPageProps } from './application-props.ts'
import { RadioGroup, StatusBadge, str } from './parts.tsx'

/** The decision, the appeal window and appeals, with the applicant's and coordinator's forms. */
export function ApplicationDecision({ view, form, values, errors, now }: ApplicationPageProps) {
  const { t, locale } = useUi()
  const { app, access } = view
  const latest = view.decisions[0]
  if (!latest && view.appeals.length === 0) return null
  const canAppeal =
    access.isApplicant &&
    (app.status === 'waiting_list' || app.status === 'rejected') &&
    app.appealUntil !== null &&
    now < app.appealUntil
  const pending = view.appeals.find((a) => a.status === 'pending')
  const appealErrors = form === 'appeal' ? errors : undefined
  const resolveErrors = form === 'resolve' ? errors : undefined
  return (
    <section aria-labelledby="decision-h">
      <h2 id="decision-h">{t('calls:decision.title')}</h2>
      {latest && (
        <dl class="facts call-facts">
          <dt>{t('calls:decision.outcome')}</dt>
          <dd>
            <StatusBadge status={latest.outcome} />
          </dd>
          {latest.rank !== null && (
            <>
              <dt>{t('calls:decision.rank')}</dt>
              <dd>{latest.rank}</dd>
            </>
          )}
          {latest.totalScore !== null && (
            <>
              <dt>{t('calls:decision.total')}</dt>
              <dd>
                {numberFormat(locale, {
                  minimumFractionDigits: 1,
                  maximumFractionDigits: 3,
                }).format(Number(latest.totalScore))}
              </dd>
            </>
          )}
          {latest.reason && latest.reason !== 'promoted' && (
            <>
              <dt>{t('calls:decision.reason')}</dt>
              <dd class="pre-line">{latest.reason}</dd>
            </>
          )}
          {latest.reason === 'promoted' && (
            <>
              <dt>{t('calls:decision.reason')}</dt>
              <dd>{t('calls:decision.promoted')}</dd>
            </>
          )}
          <dt>{t('calls:decision.decidedAt')}</dt>
          <dd>
            <DateTime value={latest.decidedAt} />
          </dd>
          {app.appealUntil && (
            <>
              <dt>{t('calls:decision.appealUntil')}</dt>
              <dd>
                <DateTime value={app.appealUntil} />
              </dd>
            </>
          )}
        </dl>
      )}
      {view.appeals.map((a) => (
        <div class="call-appeal">
          <h3>
            {t('calls:appeal.yourAppeal')} <StatusBadge status={`appeal_${a.status}`} />
          </h3>
          <p class="muted">
            <DateTime value={a.submittedAt} />
          </p>
          <p class="pre-line">{a.text}</p>
          {a.response && (
            <>
              <h4>{t('calls:appeal.response')}</h4>
              <p class="pre-line">{a.response}</p>
            </>
          )}
        </div>
      ))}
      {canAppeal && (
        <>
          <h3>{t('calls:appeal.title')}</h3>
          <ErrorSummary errors={appealErrors} />
          <Form action={`/app/applications/${app.id}/appeal`}>
            <TextAreaField
              name="text"
              label={t('calls:appeal.text')}
              hint={t('calls:appeal.textHint')}
              value={form === 'appeal' ? str(values?.text) : ''}
              error={appealErrors?.text}
              required
              rows={6}
              maxlength={8000}
            />
            <Button>{t('calls:appeal.submit')}</Button>
          </Form>
        </>
      )}
      {access.isManager && pending && (
        <>
          <h3>{t('calls:appeal.resolveTitle')}</h3>
          <ErrorSummary errors={resolveErrors} />
          <Form action={`/app/applications/${app.id}/appeal/resolve`}>
            <RadioGroup
              name="outcome"
              legend={t('calls:appeal.outcome')}
              value={form === 'resolve' ? str(values?.outcome) : ''}
              error={resolveErrors?.outcome}
              required
              options={[
                { value: 'dismissed', label: t('calls:appeal.dismiss') },
                { value: 'selected', label: t('calls:appeal.upholdSelect') },
                { value: 'waiting_list', label: t('calls:appeal.upholdWait') },
              ]}
            />
            <TextAreaField
              name="response"
              label={t('calls:appeal.responseLabel')}
              value={form === 'resolve' ? str(values?.response) : ''}
              error={resolveErrors?.response}
              required
              rows={4}
              maxlength={4000}
            />
            <Button>{t('calls:appeal.resolveSubmit')}</Button>
          </Form>
        </>
      )}
    </section>
  )
}
