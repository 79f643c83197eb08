import { can } from '#src/lib/policy.ts'
import { DateTime, Form, Notice, PageHeader } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { Registration } from '../placement.ts'
import type { EventCounts } from '../service.ts'
import {
  type EventRow,
  EventStatusBadge,
  EventWhen,
  EventWhere,
  RegistrationStatusBadge,
  titleText,
} from './shared.tsx'

function PostButton(props: { action: string; label: string; aria?: string; variant?: string }) {
  return (
    <Form action={props.action} class="inline">
      <button
        type="submit"
        class={`btn btn-${props.variant ?? 'secondary'}`}
        aria-label={props.aria}
      >
        {props.label}
      </button>
    </Form>
  )
}

function RegistrationActions({ event, r }: { event: EventRow; r: Registration }) {
  const { t, actor } = useUi()
  const base = `/app/events/${event.id}/registrations/${r.id}`
  const manage = can(actor, 'events.manage')
  return (
    <div class="row-actions">
      {r.status === 'confirmed' && (
        <a href={`${base}/ticket`} aria-label={t('events:detail.ticketFor', { name: r.name })}>
          {t('events:detail.ticket')}
        </a>
      )}
      {r.certificateCode && (
        <a
          href={`${base}/certificate.pdf`}
          aria-label={t('events:detail.certificateFor', { name: r.name })}
        >
          {t('events:detail.certificate')}
        </a>
      )}
      {manage && r.status === 'pending_approval' && (
        <>
          <PostButton
            action={`${base}/approve`}
            label={t('events:detail.approve')}
            aria={t('events:detail.approveNamed', { name: r.name })}
            variant="primary"
          />
          <PostButton
            action={`${base}/reject`}
            label={t('events:detail.reject')}
            aria={t('events:detail.rejectNamed', { name: r.name })}
          />
        </>
      )}
      {manage &&
        ['confirmed', 'pending_approval', 'waitlisted', 'awaiting_guardian'].includes(r.status) && (
          <PostButton
            action={`${base}/cancel`}
            label={t('events:detail.cancelRegistration')}
            aria={t('events:detail.cancelNamed', { name: r.name })}
            variant="danger"
          />
        )}
    </div>
  )
}

function RegistrationsTable({ event, rows }: { event: EventRow; rows: Registration[] }) {
  const { t } = useUi()
  return (
    <TableWrap labelledBy="registrations-caption">
      <table>
        <caption id="registrations-caption">
          {t('events:detail.registrationsCaption', { count: rows.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('events:detail.name')}</th>
            <th scope="col">{t('events:detail.status')}</th>
            <th scope="col">{t('events:detail.registeredAt')}</th>
            <th scope="col">{t('events:detail.checkedIn')}</th>
            <th scope="col">{t('events:detail.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">
                {r.name}
                <div class="muted">{r.email ?? t('events:detail.noEmail')}</div>
                {r.guardianName && (
                  <div class="muted">{t('events:detail.guardian', { name: r.guardianName })}</div>
                )}
              </th>
              <td>
                <RegistrationStatusBadge status={r.status} />
              </td>
              <td>
                <DateTime value={r.createdAt} />
              </td>
              <td>{r.checkedInAt ? <DateTime value={r.checkedInAt} /> : '—'}</td>
              <td>
                <RegistrationActions event={event} r={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}

type Props = {
  event: EventRow
  counts: EventCounts
  rows: Registration[]
  publicUrl: string
  notice?: string | undefined
  noticeParams?: Record<string, unknown>
}

/** One event for its organisers: facts, places, actions and everyone registered. */
export function EventPage({ event, counts, rows, publicUrl, notice, noticeParams }: Props) {
  const { t, actor, locale } = useUi()
  const manage = can(actor, 'events.manage')
  const base = `/app/events/${event.id}`
  const certificatesDue = rows.filter((r) => r.checkedInAt && !r.certificateCode).length
  return (
    <>
      <PageHeader title={titleText(event, locale)}>
        {manage && (
          <a class="btn btn-secondary" href={`${base}/edit`}>
            {t('events:detail.edit')}
          </a>
        )}
        <a class="btn btn-primary" href={`${base}/check-in`}>
          {t('events:detail.checkIn')}
        </a>
      </PageHeader>
      {notice && <Notice>{t(notice, noticeParams)}</Notice>}
      <dl class="facts">
        <dt>{t('events:detail.type')}</dt>
        <dd>{t(`events:type.${event.type}`)}</dd>
        <dt>{t('events:detail.statusLabel')}</dt>
        <dd>
          <EventStatusBadge status={event.status} />
        </dd>
        <dt>{t('events:detail.when')}</dt>
        <dd>
          <EventWhen event={event} />
        </dd>
        <dt>{t('events:detail.where')}</dt>
        <dd>
          <EventWhere event={event} />
        </dd>
        <dt>{t('events:detail.places')}</dt>
        <dd>
          {event.capacity === null
            ? t('events:list.countUnlimited', { count: counts.confirmed + counts.pending })
            : t('events:list.countOf', {
                count: counts.confirmed + counts.pending,
                capacity: event.capacity,
              })}
        </dd>
        <dt>{t('events:detail.waiting')}</dt>
        <dd>{counts.waitlisted}</dd>
        <dt>{t('events:detail.awaiting')}</dt>
        <dd>
          {t('events:detail.awaitingCounts', {
            pending: counts.pending,
            guardian: counts.awaitingGuardian,
          })}
        </dd>
        <dt>{t('events:detail.attended')}</dt>
        <dd>{counts.attended}</dd>
        {event.status !== 'draft' && (
          <>
            <dt>{t('events:detail.publicPage')}</dt>
            <dd>
              <a href={publicUrl}>{publicUrl}</a>
            </dd>
          </>
        )}
      </dl>
      <div class="page-actions">
        <a class="btn btn-secondary" href={`${base}/registrations/new`}>
          {t('events:detail.addPerson')}
        </a>
        <a class="btn btn-secondary" href={`${base}/feedback`}>
          {t('events:detail.feedback')}
        </a>
        {manage && event.status === 'draft' && (
          <PostButton
            action={`${base}/publish`}
            label={t('events:detail.publish')}
            variant="primary"
          />
        )}
        {manage && certificatesDue > 0 && (
          <PostButton
            action={`${base}/certificates`}
            label={t('events:detail.issueCertificates', { count: certificatesDue })}
          />
        )}
        {manage && event.status !== 'cancelled' && (
          <a class="btn btn-danger" href={`${base}/cancel`}>
            {t('events:detail.cancelEvent')}
          </a>
        )}
      </div>
      <section aria-labelledby="registrations-h">
        <h2 id="registrations-h">{t('events:detail.registrations')}</h2>
        {rows.length === 0 ? (
          <p>{t('events:detail.noRegistrations')}</p>
        ) : (
          <RegistrationsTable event={event} rows={rows} />
        )}
      </section>
    </>
  )
}
