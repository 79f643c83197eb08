import { can } from '#src/lib/policy.ts'
import { EmptyState, Notice, PageHeader } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { EventCounts } from '../service.ts'
import { type EventRow, EventStatusBadge, EventTitle, EventWhen } from './shared.tsx'

type Item = { event: EventRow; counts: EventCounts }

function EventsTable({
  items,
  caption,
  captionId,
}: {
  items: Item[]
  caption: string
  /** Unique on the page: it names the scrolling region. */
  captionId: string
}) {
  const { t } = useUi()
  return (
    <TableWrap labelledBy={captionId}>
      <table>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('events:list.event')}</th>
            <th scope="col">{t('events:list.when')}</th>
            <th scope="col">{t('events:list.status')}</th>
            <th scope="col">{t('events:list.registered')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ event, counts }) => (
            <tr>
              <th scope="row">
                <a href={`/app/events/${event.id}`}>
                  <EventTitle event={event} />
                </a>
                <div class="muted">{t(`events:type.${event.type}`)}</div>
              </th>
              <td>
                <EventWhen event={event} />
              </td>
              <td>
                <EventStatusBadge status={event.status} />
              </td>
              <td>
                {event.capacity === null
                  ? t('events:list.countUnlimited', { count: counts.confirmed + counts.pending })
                  : t('events:list.countOf', {
                      count: counts.confirmed + counts.pending,
                      capacity: event.capacity,
                    })}
                {counts.waitlisted > 0 && (
                  <div class="muted">{t('events:list.waiting', { count: counts.waitlisted })}</div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}

/** The organisation's events: upcoming ones first, then past ones. */
export function EventsListPage({
  upcoming,
  past,
  notice,
}: {
  upcoming: Item[]
  past: Item[]
  notice?: string | undefined
}) {
  const { t, actor } = useUi()
  return (
    <>
      <PageHeader title={t('events:list.title')}>
        {can(actor, 'events.manage') && (
          <a class="btn btn-primary" href="/app/events/new">
            {t('events:list.new')}
          </a>
        )}
      </PageHeader>
      {notice && <Notice>{t(notice)}</Notice>}
      <section aria-labelledby="upcoming-h">
        <h2 id="upcoming-h">{t('events:list.upcoming')}</h2>
        {upcoming.length === 0 ? (
          <EmptyState title={t('events:list.emptyTitle')}>{t('events:list.emptyBody')}</EmptyState>
        ) : (
          <EventsTable
            items={upcoming}
            captionId="upcoming-caption"
            caption={t('events:list.upcomingCaption', { count: upcoming.length })}
          />
        )}
      </section>
      <section aria-labelledby="past-h">
        <h2 id="past-h">{t('events:list.past')}</h2>
        {past.length === 0 ? (
          <p>{t('events:list.noPast')}</p>
        ) : (
          <EventsTable
            items={past}
            captionId="past-caption"
            caption={t('events:list.pastCaption', { count: past.length })}
          />
        )}
      </section>
    </>
  )
}
