import { countryName } from '#src/lib/countries.ts'
import { EmptyState, Notice, PageHeader } from '#src/ui/components.tsx'
import { Pagination, pageCountOf } from '#src/ui/pagination.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { MobilityFilter } from '../inputs.ts'
import { MOBILITY_STATUSES } from '../schema.ts'
import type { IncomingListItem, MobilityListItem } from '../service/lists.ts'
import { Dates, OrgName, StatusBadge } from './shared.tsx'

function Destination({ item }: { item: MobilityListItem }) {
  const { locale } = useUi()
  return (
    <>
      <OrgName
        name={item.receivingName}
        defaultLocale={item.receivingDefaultLocale}
        fallback={item.receivingFreeName}
      />
      {item.receivingCountry && (
        <span class="muted"> ({countryName(item.receivingCountry, locale)})</span>
      )}
    </>
  )
}

function FilterForm({ filter, activities }: { filter: MobilityFilter; activities: string[] }) {
  const { t } = useUi()
  return (
    <form method="get" action="/app/mobility" class="filters">
      <div class="field">
        <label for="f-q">{t('mobility:list.search')}</label>
        <input id="f-q" name="q" type="search" value={filter.q ?? ''} maxlength={120} />
      </div>
      <div class="field">
        <label for="f-status">{t('mobility:fields.status')}</label>
        <select id="f-status" name="status">
          <option value="">{t('mobility:list.allStatuses')}</option>
          {MOBILITY_STATUSES.map((s) => (
            <option value={s} selected={filter.status === s}>
              {t(`mobility:status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-activityType">{t('mobility:fields.activityType')}</label>
        <select id="f-activityType" name="activityType">
          <option value="">{t('mobility:list.allActivities')}</option>
          {activities.map((a) => (
            <option value={a} selected={filter.activityType === a}>
              {t(`grants:activity.${a}`)}
            </option>
          ))}
        </select>
      </div>
      {filter.callId && <input type="hidden" name="callId" value={filter.callId} />}
      {filter.projectId && <input type="hidden" name="projectId" value={filter.projectId} />}
      <button class="btn btn-secondary" type="submit">
        {t('mobility:list.filter')}
      </button>
    </form>
  )
}

function MobilityTable({ items, caption }: { items: MobilityListItem[]; caption: string }) {
  const { t } = useUi()
  return (
    <TableWrap labelledBy="mobility-caption">
      <table>
        <caption id="mobility-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mobility:fields.participant')}</th>
            <th scope="col">{t('mobility:fields.activityType')}</th>
            <th scope="col">{t('mobility:fields.receiving')}</th>
            <th scope="col">{t('mobility:fields.dates')}</th>
            <th scope="col">{t('mobility:fields.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr>
              <th scope="row">
                <a href={`/app/mobility/${m.id}`}>{m.participantName}</a>
                {m.participantType !== 'learner' && (
                  <div class="muted">{t(`mobility:participantType.${m.participantType}`)}</div>
                )}
              </th>
              <td>{t(`grants:activity.${m.activityType}`)}</td>
              <td>
                <Destination item={m} />
              </td>
              <td>
                <Dates from={m.startDate} to={m.endDate} />
              </td>
              <td>
                <StatusBadge status={m.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}

export function MobilityListPage(props: {
  result: { items: MobilityListItem[]; total: number; page: number; pageSize: number }
  filter: MobilityFilter
  activities: string[]
  canCreate: boolean
}) {
  const { t } = useUi()
  const { result, filter } = props
  const filtered = Boolean(
    filter.q || filter.status || filter.activityType || filter.callId || filter.projectId,
  )
  return (
    <>
      <PageHeader title={t('mobility:list.title')}>
        <a class="btn btn-secondary" href="/app/mobility/incoming">
          {t('mobility:incoming.title')}
        </a>
        {props.canCreate && (
          <a class="btn btn-primary" href="/app/mobility/new">
            {t('mobility:list.new')}
          </a>
        )}
      </PageHeader>
      <FilterForm filter={filter} activities={props.activities} />
      {result.items.length === 0 ? (
        <EmptyState
          title={filtered ? t('mobility:list.noMatchTitle') : t('mobility:list.emptyTitle')}
        >
          {filtered ? t('mobility:list.noMatch') : t('mobility:list.empty')}
        </EmptyState>
      ) : (
        <MobilityTable
          items={result.items}
          caption={t('mobility:list.caption', { count: result.total })}
        />
      )}
      <Pagination
        base="/app/mobility"
        query={{
          q: filter.q,
          status: filter.status,
          activityType: filter.activityType,
          callId: filter.callId,
          projectId: filter.projectId,
        }}
        page={result.page}
        pageCount={pageCountOf(result.total, result.pageSize)}
      />
    </>
  )
}

export function IncomingListPage(props: {
  result: { items: IncomingListItem[]; total: number; page: number; pageSize: number }
}) {
  const { t } = useUi()
  const { items } = props.result
  return (
    <>
      <PageHeader title={t('mobility:incoming.title')} />
      <p>{t('mobility:incoming.lead')}</p>
      {items.length === 0 ? (
        <EmptyState title={t('mobility:incoming.emptyTitle')}>
          {t('mobility:incoming.empty')}
        </EmptyState>
      ) : (
        <TableWrap labelledBy="incoming-caption">
          <table>
            <caption id="incoming-caption">
              {t('mobility:incoming.caption', { count: props.result.total })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('mobility:fields.participant')}</th>
                <th scope="col">{t('mobility:fields.sending')}</th>
                <th scope="col">{t('mobility:fields.activityType')}</th>
                <th scope="col">{t('mobility:fields.dates')}</th>
                <th scope="col">{t('mobility:incoming.attendance')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((m) => (
                <tr>
                  <th scope="row">
                    <a href={`/app/mobility/${m.id}`}>{m.participantName}</a>
                  </th>
                  <td>
                    <OrgName name={m.sendingName} defaultLocale={m.sendingDefaultLocale} />
                  </td>
                  <td>{t(`grants:activity.${m.activityType}`)}</td>
                  <td>
                    <Dates from={m.startDate} to={m.endDate} />
                  </td>
                  <td>
                    {m.attendanceConfirmedAt ? (
                      <span class="badge badge-ok">{t('mobility:incoming.confirmed')}</span>
                    ) : (
                      <span class="badge">{t('mobility:incoming.notConfirmed')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <Pagination
        base="/app/mobility/incoming"
        page={props.result.page}
        pageCount={pageCountOf(props.result.total, props.result.pageSize)}
      />
    </>
  )
}

export function MyMobilitiesPage({
  items,
  isGuardian,
}: {
  items: MobilityListItem[]
  isGuardian: boolean
}) {
  const { t } = useUi()
  const title = isGuardian ? t('mobility:mine.guardianTitle') : t('mobility:mine.title')
  return (
    <>
      <PageHeader title={title} />
      {items.length === 0 ? (
        <Notice kind="info">
          {isGuardian ? t('mobility:mine.guardianEmpty') : t('mobility:mine.empty')}
        </Notice>
      ) : (
        <MobilityTable
          items={items}
          caption={t('mobility:mine.caption', { count: items.length })}
        />
      )}
    </>
  )
}
