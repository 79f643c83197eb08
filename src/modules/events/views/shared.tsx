import { pickText } from '#src/lib/localized-text.ts'
import { QrCode } from '#src/ui/qr.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { Registration } from '../placement.ts'
import type { events, RegistrationStatus } from '../schema.ts'
import { eventTimes } from '../time.ts'

export type EventRow = typeof events.$inferSelect

export const str = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) ? str(v.at(-1)) : ''

/** An event's title in the reader's language, with `lang` when it falls back to another. */
export function EventTitle({ event }: { event: Pick<EventRow, 'title'> }) {
  const { locale } = useUi()
  const picked = pickText(event.title, locale)
  return <span lang={picked.isFallback ? picked.lang : undefined}>{picked.value}</span>
}

export function titleText(event: Pick<EventRow, 'title'>, locale: string) {
  return pickText(event.title, locale).value
}

/**
 * When an event happens, in its own zone ("… Tirana time"), and in the reader's zone when that
 * is another one ("(10:00 – 13:00 Berlin)").
 */
export function EventWhen({
  event,
  readerZone,
}: {
  event: Pick<EventRow, 'startsAt' | 'endsAt' | 'timeZone'>
  readerZone?: string | null
}) {
  const { t, locale, actor, timeZone } = useUi()
  const zone = readerZone === undefined ? (actor ? timeZone : null) : readerZone
  const times = eventTimes(event, zone, locale)
  return (
    <time datetime={event.startsAt.toISOString()}>
      {times.reader
        ? t('events:time.twoZones', {
            eventTime: times.event,
            eventCity: times.eventCity,
            readerTime: times.reader,
            readerCity: times.readerCity,
          })
        : t('events:time.oneZone', { eventTime: times.event, eventCity: times.eventCity })}
    </time>
  )
}

const BADGE: Record<RegistrationStatus, string> = {
  confirmed: 'badge badge-ok',
  pending_approval: 'badge badge-warn',
  awaiting_guardian: 'badge badge-warn',
  waitlisted: 'badge',
  cancelled: 'badge',
  rejected: 'badge',
}

export function RegistrationStatusBadge({ status }: { status: RegistrationStatus }) {
  const { t } = useUi()
  return <span class={BADGE[status]}>{t(`events:registrationStatus.${status}`)}</span>
}

export function EventStatusBadge({ status }: { status: EventRow['status'] }) {
  const { t } = useUi()
  const cls =
    status === 'published' ? 'badge badge-ok' : status === 'draft' ? 'badge badge-warn' : 'badge'
  return <span class={cls}>{t(`events:status.${status}`)}</span>
}

/** Where: the venue and address, or the online link. */
export function EventWhere({ event }: { event: EventRow }) {
  const { t } = useUi()
  return (
    <>
      {event.venueName && (
        <span>
          {event.venueName}
          {event.venueAddress && <>, {event.venueAddress}</>}
        </span>
      )}
      {event.venueName && event.onlineUrl && ' · '}
      {event.onlineUrl && <a href={event.onlineUrl}>{t('events:public.onlineLink')}</a>}
    </>
  )
}

/** The ticket: QR, code in large letters (to type at the door), name and event. */
export function Ticket({
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
    <section class="ticket slip" aria-labelledby="ticket-h">
      <h2 id="ticket-h">{t('events:ticket.title')}</h2>
      <QrCode svg={qr} />
      <p class="ticket-code">
        {t('events:ticket.code')} <strong>{registration.ticketCode}</strong>
      </p>
      <dl class="facts">
        <dt>{t('events:ticket.name')}</dt>
        <dd>{registration.name}</dd>
        <dt>{t('events:ticket.event')}</dt>
        <dd>
          <EventTitle event={event} />
        </dd>
        <dt>{t('events:ticket.when')}</dt>
        <dd>
          <EventWhen event={event} />
        </dd>
        <dt>{t('events:ticket.where')}</dt>
        <dd>
          <EventWhere event={event} />
        </dd>
      </dl>
    </section>
  )
}
