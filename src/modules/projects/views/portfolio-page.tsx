import { can } from '#src/lib/policy.ts'
import { EmptyState, PageHeader } from '#src/ui/components.tsx'
import { Pagination, pageCountOf } from '#src/ui/pagination.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { ListProjectsQuery } from '../inputs.ts'
import { PARTNER_ROLES, PROJECT_STATUSES } from '../schema.ts'
import type { PortfolioRow } from '../service/portfolio.ts'
import { DateOnly, Money, Name } from './shared.tsx'

function Filters({ query, programmes }: { query: ListProjectsQuery; programmes: string[] }) {
  const { t } = useUi()
  return (
    <search>
      <form method="get" action="/app/projects" class="filters">
        <div class="field">
          <label for="f-q">{t('projects:list.search')}</label>
          <input id="f-q" name="q" type="search" value={query.q ?? ''} maxlength={100} />
        </div>
        <div class="field">
          <label for="f-status">{t('projects:fields.status')}</label>
          <select id="f-status" name="status">
            <option value="">{t('projects:list.any')}</option>
            {PROJECT_STATUSES.map((s) => (
              <option value={s} selected={query.status === s}>
                {t(`projects:status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-programme">{t('projects:fields.programme')}</label>
          <select id="f-programme" name="programme">
            <option value="">{t('projects:list.any')}</option>
            {programmes.map((p) => (
              <option value={p} selected={query.programme === p}>
                {p}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-role">{t('projects:list.ourRole')}</label>
          <select id="f-role" name="role">
            <option value="">{t('projects:list.any')}</option>
            {PARTNER_ROLES.map((r) => (
              <option value={r} selected={query.role === r}>
                {t(`projects:partnerRole.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button class="btn btn-secondary" type="submit">
          {t('projects:list.filter')}
        </button>
      </form>
    </search>
  )
}

/** The organisation's projects: filters, search and a paged table. */
export function PortfolioPage(props: {
  rows: PortfolioRow[]
  total: number
  page: number
  pageSize: number
  query: ListProjectsQuery
  programmes: string[]
}) {
  const { t, actor } = useUi()
  const filtered = Boolean(
    props.query.q || props.query.status || props.query.programme || props.query.role,
  )
  return (
    <>
      <PageHeader title={t('projects:list.title')}>
        {can(actor, 'projects.create') && (
          <a class="btn btn-primary" href="/app/projects/new">
            {t('projects:list.new')}
          </a>
        )}
        <a class="btn btn-secondary" href="/app/projects/calendar">
          {t('projects:calendar.title')}
        </a>
      </PageHeader>
      <p>{t('projects:list.intro')}</p>
      <Filters query={props.query} programmes={props.programmes} />
      {props.rows.length === 0 ? (
        <EmptyState title={t(filtered ? 'projects:list.noMatch' : 'projects:list.emptyTitle')}>
          {t(filtered ? 'projects:list.noMatchBody' : 'projects:list.emptyBody')}
        </EmptyState>
      ) : (
        <TableWrap labelledBy="projects-caption">
          <table>
            <caption id="projects-caption">
              {t('projects:list.caption', { count: props.total })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('projects:fields.acronym')}</th>
                <th scope="col">{t('projects:fields.programme')}</th>
                <th scope="col">{t('projects:list.ourRole')}</th>
                <th scope="col">{t('projects:list.coordinator')}</th>
                <th scope="col">{t('projects:list.period')}</th>
                <th scope="col">{t('projects:fields.status')}</th>
                <th scope="col">{t('projects:fields.totalBudget')}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((p) => (
                <tr>
                  <th scope="row">
                    <a href={`/app/projects/${p.id}`}>{p.acronym}</a>
                    <div class="muted">
                      <Name value={p.title} />
                    </div>
                  </th>
                  <td>
                    {p.programme}
                    {p.action && <div class="muted">{p.action}</div>}
                    {p.grantNumber && (
                      <div class="muted">{t('projects:list.grant', { number: p.grantNumber })}</div>
                    )}
                  </td>
                  <td>{t(`projects:partnerRole.${p.myRole}`)}</td>
                  <td>
                    <Name value={p.coordinatorName} fallback={p.coordinatorLocale} />
                  </td>
                  <td>
                    <DateOnly value={p.startDate} /> – <DateOnly value={p.endDate} />
                  </td>
                  <td>
                    <span class={`badge status-${p.status}`}>
                      {t(`projects:status.${p.status}`)}
                    </span>
                  </td>
                  <td class="num">
                    <Money amount={p.totalBudget} currency={p.currency} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <Pagination
        page={props.page}
        pageCount={pageCountOf(props.total, props.pageSize)}
        base="/app/projects"
        query={{
          q: props.query.q,
          status: props.query.status,
          programme: props.query.programme,
          role: props.query.role,
        }}
      />
    </>
  )
}
