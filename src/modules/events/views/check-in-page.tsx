import type { FieldErrors } from '#src/lib/errors.ts'
import { Button, DateTime, ErrorSummary, Field, Form, Notice } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { CheckInRow } from '../check-in.ts'
import { type EventRow, titleText } from './shared.tsx'

export type CheckInMessage = { outcome: 'checked_in' | 'already' | 'not_confirmed'; name: string }

type Props = {
  event: EventRow
  rows: CheckInRow[]
  q: string
  /** Checked in and expected, over the whole event (the list may be a search). */
  totals: { checkedIn: number; expected: number }
  message?: CheckInMessage | undefined
  code?: string
  errors?: FieldErrors | undefined
}

function PersonRow({ event, row }: { event: EventRow; row: CheckInRow }) {
  const { t } = useUi()
  return (
    <li
      class={row.checkedInAt ? 'checkin-person is-in' : 'checkin-person'}
      data-person
      data-id={row.id}
      data-code={row.ticketCode}
      data-name={row.name.toLocaleLowerCase()}
    >
      <span class="checkin-name">{row.name}</span>
      <span class="checkin-state" data-state>
        {row.checkedInAt ? (
          <>
            {t('events:checkIn.inSince')} <DateTime value={row.checkedInAt} />
          </>
        ) : (
          t('events:checkIn.notYet')
        )}
      </span>
      {!row.checkedInAt && (
        <Form action={`/app/events/${event.id}/check-in`} class="inline">
          <input type="hidden" name="registrationId" value={row.id} />
          <button
            type="submit"
            class="btn btn-primary"
            data-check-in-button
            aria-label={t('events:checkIn.buttonNamed', { name: row.name })}
          >
            {t('events:checkIn.button')}
          </button>
        </Form>
      )}
    </li>
  )
}

/**
 * Check-in at the door, made for a phone. Works without JavaScript (search, code, one button per
 * person); with it, check-in.ts filters as you type, scans QR codes where the browser can, and
 * keeps check-ins on the phone while the network is away.
 */
export function CheckInPage({ event, rows, q, totals, message, code = '', errors }: Props) {
  const { t, locale } = useUi()
  const messageText =
    message && t(`events:checkIn.outcome.${message.outcome}`, { name: message.name })
  return (
    <>
      <h1>{t('events:checkIn.title', { event: titleText(event, locale) })}</h1>
      <p>
        <a href={`/app/events/${event.id}`}>{t('events:checkIn.back')}</a>
      </p>
      {message && (
        <Notice kind={message.outcome === 'not_confirmed' ? 'warning' : 'success'}>
          {messageText}
        </Notice>
      )}
      <div
        class="checkin"
        data-check-in
        data-sync-url={`/app/events/${event.id}/check-in/sync`}
        data-event-id={event.id}
        data-msg-offline={t('events:checkIn.js.offline')}
        data-msg-saved={t('events:checkIn.js.saved')}
        data-msg-sent={t('events:checkIn.js.sent')}
        data-msg-in={t('events:checkIn.js.in')}
        data-msg-unknown={t('events:checkIn.js.unknown')}
        data-msg-not-confirmed={t('events:checkIn.js.notConfirmed')}
        data-msg-scanned={t('events:checkIn.js.scanned')}
        data-msg-camera={t('events:checkIn.js.camera')}
      >
        <p class="checkin-count">
          {t('events:checkIn.count', { count: totals.checkedIn, total: totals.expected })}
        </p>
        <div class="checkin-status" role="status" aria-live="polite" data-status>
          <span data-status-text></span>{' '}
          <span data-pending-box hidden>
            {t('events:checkIn.js.pending')} <strong data-pending-count>0</strong>
          </span>
        </div>
        <section aria-labelledby="scan-h" data-scan-section hidden>
          <h2 id="scan-h">{t('events:checkIn.scanTitle')}</h2>
          <p class="hint">{t('events:checkIn.scanHint')}</p>
          <button
            type="button"
            class="btn btn-secondary"
            data-scan-toggle
            data-label-stop={t('events:checkIn.scanStop')}
          >
            {t('events:checkIn.scanStart')}
          </button>
          <video
            class="checkin-video"
            data-scan-video
            muted
            playsinline
            hidden
            aria-label={t('events:checkIn.cameraLabel')}
          />
        </section>
        <section aria-labelledby="code-h">
          <h2 id="code-h">{t('events:checkIn.codeTitle')}</h2>
          <ErrorSummary errors={errors} />
          <Form action={`/app/events/${event.id}/check-in`} id="code-form">
            <Field
              name="code"
              label={t('events:checkIn.code')}
              hint={t('events:checkIn.codeHint')}
              value={code}
              error={errors?.code}
              autocomplete="off"
              maxlength={300}
            />
            <Button>{t('events:checkIn.button')}</Button>
          </Form>
        </section>
        <section aria-labelledby="people-h">
          <h2 id="people-h">{t('events:checkIn.peopleTitle')}</h2>
          <form method="get" action={`/app/events/${event.id}/check-in`} class="filters">
            <div class="field">
              <label for="f-q">{t('events:checkIn.search')}</label>
              <input
                id="f-q"
                name="q"
                type="search"
                value={q}
                maxlength={120}
                data-search
                autocomplete="off"
              />
            </div>
            <button class="btn btn-secondary" type="submit">
              {t('events:checkIn.searchSubmit')}
            </button>
          </form>
          {rows.length === 0 ? (
            <p>{q ? t('events:checkIn.noMatch') : t('events:checkIn.nobody')}</p>
          ) : (
            <ul class="checkin-list" data-list>
              {rows.map((row) => (
                <PersonRow event={event} row={row} />
              ))}
            </ul>
          )}
        </section>
      </div>
      <script type="module" src="/static/check-in.js" />
    </>
  )
}
