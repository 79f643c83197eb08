import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { dateTimeFormat } from '#src/lib/intl.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { Button, ErrorSummary, Form, Notice } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { FeedbackState } from '../feedback.ts'
import { FEEDBACK_QUESTIONS } from '../inputs.ts'
import type { Registration } from '../placement.ts'
import { type EventRow, EventTitle, EventWhen, str, Ticket } from './shared.tsx'

type PageProps = {
  event: EventRow
  registration: Registration
  position: number
  qr: string | null
  feedback: FeedbackState
  canCancel: boolean
  notice?: string | undefined
}

/** The participant's own page (from their mail): status, ticket, cancel, survey, certificate. */
export function ParticipantPage({
  event,
  registration: r,
  position,
  qr,
  feedback,
  canCancel,
  notice,
}: PageProps) {
  const { t, locale } = useUi()
  const base = `/${locale}/r/${r.accessToken}`
  return (
    <>
      <h1>{t('events:participant.title', { name: r.name })}</h1>
      {notice && <Notice>{t(notice)}</Notice>}
      <p>
        <a href={`/${locale}/e/${event.slug}`}>
          <EventTitle event={event} />
        </a>
        {' · '}
        <EventWhen event={event} readerZone={null} />
      </p>
      {event.status === 'cancelled' && (
        <Notice kind="warning">{t('events:public.cancelled')}</Notice>
      )}
      <p class="participant-status">
        {t(`events:participant.status.${r.status}`, { position, guardian: r.guardianName ?? '' })}
      </p>
      {r.status === 'confirmed' && qr && <Ticket event={event} registration={r} qr={qr} />}
      {r.certificateCode && (
        <p>
          <a class="btn btn-primary" href={`${base}/certificate.pdf`}>
            {t('events:participant.certificate')}
          </a>
        </p>
      )}
      {r.certificateCode && (
        <p>
          <a class="btn btn-secondary" href={`/${locale}/credentials/${r.certificateCode}`}>
            {t('events:participant.credential')}
          </a>
        </p>
      )}
      {feedback === 'open' && (
        <p>
          <a class="btn btn-secondary" href={`${base}/feedback`}>
            {t('events:participant.feedback')}
          </a>
        </p>
      )}
      {feedback === 'done' && <p>{t('events:participant.feedbackDone')}</p>}
      {canCancel && (
        <p>
          <a href={`${base}/cancel`}>{t('events:participant.cancel')}</a>
        </p>
      )}
    </>
  )
}

/** Asks before cancelling: a freed place goes straight to the next person waiting. */
export function CancelRegistrationPage({
  event,
  registration,
}: {
  event: EventRow
  registration: Registration
}) {
  const { t, locale } = useUi()
  return (
    <>
      <h1>{t('events:participant.cancelTitle')}</h1>
      <p>
        <strong>
          <EventTitle event={event} />
        </strong>
        {' · '}
        <EventWhen event={event} readerZone={null} />
      </p>
      <p>{t('events:participant.cancelBody', { name: registration.name })}</p>
      <Form action={`/${locale}/r/${registration.accessToken}/cancel`}>
        <div class="form-actions">
          <Button variant="danger">{t('events:participant.cancelConfirm')}</Button>
          <a href={`/${locale}/r/${registration.accessToken}`}>
            {t('events:participant.cancelKeep')}
          </a>
        </div>
      </Form>
    </>
  )
}

/** The survey after the event: four ratings from 1 to 5 and a comment. */
export function FeedbackFormPage({
  event,
  registration,
  values = {},
  errors,
}: {
  event: EventRow
  registration: Registration
  values?: FormValues
  errors?: FieldErrors | undefined
}) {
  const { t, locale } = useUi()
  return (
    <>
      <h1>{t('events:feedback.title')}</h1>
      <p>
        <EventTitle event={event} />
      </p>
      <p>{t('events:feedback.intro')}</p>
      <ErrorSummary errors={errors} />
      <Form action={`/${locale}/r/${registration.accessToken}/feedback`}>
        {FEEDBACK_QUESTIONS.map((q) => (
          <fieldset class={errors?.[q] ? 'field rating has-error' : 'field rating'} id={`f-${q}`}>
            <legend>
              {t(`events:feedback.q.${q}`)} <span class="req">({t('common:form.required')})</span>
            </legend>
            {errors?.[q] && <p class="error">{t(errors[q])}</p>}
            <div class="rating-options">
              {[1, 2, 3, 4, 5].map((n) => (
                <label class="check">
                  <input
                    type="radio"
                    name={q}
                    value={String(n)}
                    checked={str(values[q]) === String(n)}
                  />{' '}
                  {t(`events:feedback.scale.${n}`)}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <div class="field">
          <label for="f-comment">{t('events:feedback.comment')}</label>
          <textarea id="f-comment" name="comment" rows={4} maxlength={2000}>
            {str(values.comment)}
          </textarea>
        </div>
        <Button>{t('events:feedback.submit')}</Button>
      </Form>
    </>
  )
}

/** A guardian confirms that a minor may attend. */
export function GuardianPage({
  event,
  registration,
  token,
  done,
}: {
  event: EventRow
  registration: Registration
  token: string
  done: boolean
}) {
  const { t, locale } = useUi()
  return (
    <>
      <h1>{t('events:guardian.title')}</h1>
      <p>
        <strong>
          <EventTitle event={event} />
        </strong>
        {' · '}
        <EventWhen event={event} readerZone={null} />
      </p>
      {done ? (
        <Notice>{t('events:guardian.done', { name: registration.name })}</Notice>
      ) : (
        <>
          <p>
            {t('events:guardian.body', {
              name: registration.name,
              guardian: registration.guardianName ?? '',
            })}
          </p>
          <Form action={`/${locale}/g/${token}`}>
            <Button>{t('events:guardian.confirm')}</Button>
          </Form>
        </>
      )}
    </>
  )
}

/** What a ticket's QR code proves, for the organiser who scans it. (Certificates are credentials.) */
export function VerifyPage({
  event,
  registration,
}: {
  event: EventRow
  registration: Registration
}) {
  const { t, locale } = useUi()
  const day = dateTimeFormat(locale, { dateStyle: 'long', timeZone: event.timeZone })
  const params = {
    name: registration.name,
    event: pickText(event.title, locale).value,
    dates: day.formatRange(event.startsAt, event.endsAt),
  }
  const valid = registration.status === 'confirmed' && event.status !== 'cancelled'
  return (
    <>
      <h1>{t('events:verify.ticketTitle')}</h1>
      <Notice kind={valid ? 'success' : 'warning'}>
        {t(valid ? 'events:verify.ticketValid' : 'events:verify.ticketInvalid', params)}
      </Notice>
      {registration.checkedInAt && <p>{t('events:verify.checkedIn')}</p>}
    </>
  )
}
