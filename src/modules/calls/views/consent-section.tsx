import { Button, DateTime, ErrorSummary, Field, Form, TextAreaField } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { ApplicationPageProps } from './application-props.ts'
import { RadioGroup, StatusBadge, str } from './parts.tsx'

/** A minor's guardian consent: its state, the requests, and the ways to ask for or record it. */
export function ConsentSection({ view, form, values, errors, now }: ApplicationPageProps) {
  const { t } = useUi()
  const { app, access } = view
  const canAsk =
    (access.isApplicant || access.isManager) &&
    view.consent !== 'given' &&
    app.status !== 'withdrawn'
  const askErrors = form === 'consent' ? errors : undefined
  const inPersonErrors = form === 'inPerson' ? errors : undefined
  const v = (name: string, which: string) => (form === which ? str(values?.[name]) : '')
  return (
    <section aria-labelledby="consent-h">
      <h2 id="consent-h">{t('calls:consent.title')}</h2>
      <p>
        {t('calls:consent.state')} <StatusBadge status={view.consent} />
      </p>
      <p>{t(`calls:consent.explain.${view.consent}`)}</p>
      {view.consents.length > 0 && (
        <ul class="call-list">
          {view.consents.map((c) => (
            <li>
              {c.guardianName} – {t(`calls:consent.method.${c.method}`)}
              {c.guardianEmail && <> ({c.guardianEmail})</>}
              {': '}
              {c.consentedAt ? (
                <>
                  {t('calls:consent.gaveOn')} <DateTime value={c.consentedAt} />
                </>
              ) : c.declinedAt ? (
                <>
                  {t('calls:consent.declinedOn')} <DateTime value={c.declinedAt} />
                </>
              ) : c.tokenExpiresAt && c.tokenExpiresAt <= now ? (
                t('calls:consent.expired')
              ) : (
                <>
                  {t('calls:consent.sentOn')} <DateTime value={c.sentAt ?? c.createdAt} />
                </>
              )}
              {c.note && <span class="muted"> – {c.note}</span>}
            </li>
          ))}
        </ul>
      )}
      {access.isGuardian && app.status !== 'withdrawn' && (
        <>
          <h3>{t('calls:consent.inAppTitle')}</h3>
          <p>{t('calls:consent.inAppIntro')}</p>
          <ErrorSummary errors={form === 'inApp' ? errors : undefined} />
          <Form action={`/app/applications/${app.id}/consent-in-app`}>
            <div class="form-actions">
              <Button name="answer" value="consent">
                {t('calls:consent.inAppConsent')}
              </Button>
              <Button name="answer" value="decline" variant="secondary">
                {t('calls:consent.inAppDecline')}
              </Button>
            </div>
          </Form>
        </>
      )}
      {canAsk && (
        <>
          <h3>{t('calls:consent.askTitle')}</h3>
          <p>{t('calls:consent.askIntro')}</p>
          <ErrorSummary errors={askErrors} />
          <Form action={`/app/applications/${app.id}/consent-request`}>
            <Field
              name="guardianName"
              label={t('calls:consent.guardianName')}
              value={v('guardianName', 'consent')}
              error={askErrors?.guardianName}
              autocomplete="off"
              required
              maxlength={120}
            />
            <Field
              name="guardianEmail"
              type="email"
              inputmode="email"
              label={t('calls:consent.guardianEmail')}
              value={v('guardianEmail', 'consent')}
              error={askErrors?.guardianEmail}
              autocomplete="off"
              required
            />
            <Button variant="secondary">{t('calls:consent.askSubmit')}</Button>
          </Form>
        </>
      )}
      {access.isManager && view.consent !== 'given' && (
        <>
          <h3>{t('calls:consent.inPersonTitle')}</h3>
          <p>{t('calls:consent.inPersonIntro')}</p>
          <ErrorSummary errors={inPersonErrors} />
          <Form action={`/app/applications/${app.id}/consent-in-person`}>
            <Field
              name="guardianName"
              label={t('calls:consent.guardianName')}
              value={v('guardianName', 'inPerson')}
              error={inPersonErrors?.guardianName}
              autocomplete="off"
              required
              maxlength={120}
            />
            <RadioGroup
              name="answer"
              legend={t('calls:consent.answer')}
              value={v('answer', 'inPerson')}
              error={inPersonErrors?.answer}
              required
              options={[
                { value: 'consent', label: t('calls:consent.answerConsent') },
                { value: 'decline', label: t('calls:consent.answerDecline') },
              ]}
            />
            <Field
              name="answeredOn"
              type="date"
              label={t('calls:consent.answeredOn')}
              value={v('answeredOn', 'inPerson')}
              error={inPersonErrors?.answeredOn}
              required
            />
            <TextAreaField
              name="note"
              label={t('calls:consent.note')}
              hint={t('calls:consent.noteHint')}
              value={v('note', 'inPerson')}
              error={inPersonErrors?.note}
              rows={2}
              maxlength={1000}
            />
            <Button variant="secondary">{t('calls:consent.inPersonSubmit')}</Button>
          </Form>
        </>
      )}
    </section>
  )
}
