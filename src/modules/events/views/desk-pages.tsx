import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { LOCALES, localeAutonym } from '#src/lib/i18n.ts'
import { Button, ErrorSummary, Field, Form, SelectField } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { Registration } from '../placement.ts'
import { type EventRow, EventTitle, EventWhen, str, Ticket, titleText } from './shared.tsx'

/** Staff add someone: a name is enough (a learner without e-mail gets a printable ticket). */
export function AddPersonPage({
  event,
  values = {},
  errors,
}: {
  event: EventRow
  values?: FormValues
  errors?: FieldErrors | undefined
}) {
  const { t, locale } = useUi()
  return (
    <>
      <h1>{t('events:add.title', { event: titleText(event, locale) })}</h1>
      <p>{t('events:add.intro')}</p>
      <ErrorSummary errors={errors} />
      <Form action={`/app/events/${event.id}/registrations/new`}>
        <Field
          name="name"
          label={t('events:add.name')}
          value={str(values.name)}
          error={errors?.name}
          required
          maxlength={120}
          autocomplete="off"
        />
        <Field
          name="email"
          type="email"
          label={t('events:add.email')}
          hint={t('events:add.emailHint')}
          value={str(values.email)}
          error={errors?.email}
          inputmode="email"
          autocomplete="off"
        />
        <SelectField
          name="locale"
          label={t('events:add.locale')}
          hint={t('events:add.localeHint')}
          value={str(values.locale) || locale}
          options={LOCALES.map((l) => ({ value: l, label: localeAutonym(l) }))}
          error={errors?.locale}
        />
        <div class="form-actions">
          <Button>{t('events:add.submit')}</Button>
          <a href={`/app/events/${event.id}`}>{t('events:form.cancel')}</a>
        </div>
      </Form>
    </>
  )
}

/** A ticket to print and hand over (for people without e-mail). */
export function PrintTicketPage({
  event,
  registration,
  qr,
}: {
  event: EventRow
  registration: Registration
  qr: string
}) {
  const { t } = useUi()
  return (
    <>
      <h1>{t('events:ticket.printTitle', { name: registration.name })}</h1>
      <p class="no-print">
        <a href={`/app/events/${event.id}`}>{t('events:ticket.back')}</a>
      </p>
      <p class="no-print">{t('events:ticket.printHint')}</p>
      <Ticket event={event} registration={registration} qr={qr} />
    </>
  )
}

/** Asks before an event is cancelled: everyone registered is told by e-mail. */
export function CancelEventPage({ event, people }: { event: EventRow; people: number }) {
  const { t } = useUi()
  return (
    <>
      <h1>{t('events:cancelEvent.title')}</h1>
      <p>
        <strong>
          <EventTitle event={event} />
        </strong>
        {' · '}
        <EventWhen event={event} />
      </p>
      <p>{t('events:cancelEvent.body', { count: people })}</p>
      <Form action={`/app/events/${event.id}/cancel`}>
        <div class="form-actions">
          <Button variant="danger">{t('events:cancelEvent.confirm')}</Button>
          <a href={`/app/events/${event.id}`}>{t('events:cancelEvent.keep')}</a>
        </div>
      </Form>
    </>
  )
}
