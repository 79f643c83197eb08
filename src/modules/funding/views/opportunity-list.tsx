import { Notice, PageHeader } from '#src/ui/components.tsx'
import { Pagination, pageCountOf } from '#src/ui/pagination.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { type Applicant, checkEligibility } from '../eligibility.ts'
import { formatBudget } from '../format.ts'
import type { ListOpportunitiesQuery } from '../inputs.ts'
import { PROGRAMMES } from '../schema.ts'
import type { OpportunityPage, OpportunityView } from '../service/opportunities.ts'
import { ConfidenceBadge, DeadlineText, FundingTabs, Txt } from './parts.tsx'

export const DAY_CHOICES = [30, 60, 90, 180, 365] as const

function OpenTo({ row, who }: { row: OpportunityView; who: Applicant }) {
  const { t } = useUi()
  const a = checkEligibility(row, who)
  const key = a.applicant.eligible
    ? 'funding:list.openApplicant'
    : a.partner.eligible
      ? 'funding:list.openPartner'
      : 'funding:list.openNo'
  const unsure = (a.applicant.eligible ? a.applicant : a.partner).confidence === 'unconfirmed'
  return (
    <>
      {t(key)}
      {unsure && (
        <>
          {' '}
          <ConfidenceBadge confidence="unconfirmed" />
        </>
      )}
    </>
  )
}

function Filters({
  query,
  who,
}: {
  query: Partial<ListOpportunitiesQuery>
  who: Applicant | null
}) {
  const { t } = useUi()
  return (
    <form method="get" action="/app/funding" class="filters">
      <div class="field">
        <label for="f-programme">{t('funding:fields.programme')}</label>
        <select id="f-programme" name="programme">
          <option value="">{t('funding:list.any')}</option>
          {PROGRAMMES.map((p) => (
            <option value={p} selected={query.programme === p}>
              {t(`funding:programme.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-days">{t('funding:list.deadlineWithin')}</label>
        <select id="f-days" name="days">
          <option value="">{t('funding:list.anyTime')}</option>
          {DAY_CHOICES.map((d) => (
            <option value={String(d)} selected={query.days === d}>
              {t('funding:list.days', { count: d })}
            </option>
          ))}
        </select>
      </div>
      {who && (
        <div class="field checkboxes">
          <label class="check" for="f-open">
            <input id="f-open" type="checkbox" name="open" value="1" checked={query.open} />{' '}
            {t('funding:list.openToUs')}
          </label>
        </div>
      )}
      <button class="btn btn-secondary" type="submit">
        {t('funding:list.filter')}
      </button>
    </form>
  )
}

/** `/app/funding`: the register, filtered, soonest deadline first. */
export function OpportunitiesPage(props: {
  page: OpportunityPage
  query: Partial<ListOpportunitiesQuery>
  who: Applicant | null
  watchers: Map<string, number>
  canAdd: boolean
  now: Date
  notice?: string | undefined
}) {
  const { t, locale } = useUi()
  const { page, query, who } = props
  return (
    <>
      <PageHeader title={t('funding:list.title')}>
        {props.canAdd && (
          <a class="btn btn-primary" href="/app/funding/opportunities/new">
            {t('funding:list.new')}
          </a>
        )}
      </PageHeader>
      <FundingTabs />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <p class="hint">{t('funding:list.intro')}</p>
      <Filters query={query} who={who} />
      {page.rows.length === 0 ? (
        <p>{t('funding:list.empty')}</p>
      ) : (
        <TableWrap labelledBy="opportunities-caption">
          <table>
            <caption id="opportunities-caption">
              {t('funding:list.caption', { count: page.total })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('funding:list.opportunity')}</th>
                <th scope="col">{t('funding:fields.programme')}</th>
                <th scope="col">{t('funding:list.nextDeadline')}</th>
                <th scope="col">{t('funding:fields.budget')}</th>
                {who && <th scope="col">{t('funding:list.openToUsColumn')}</th>}
                <th scope="col">{t('funding:list.watchers')}</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr>
                  <td>
                    <a href={`/app/funding/opportunities/${row.id}`}>
                      <Txt text={row.title} />
                    </a>
                    <br />
                    <span class="muted">{row.actionCode}</span>{' '}
                    <ConfidenceBadge confidence={row.confidence} />
                    {row.scope === 'own' && (
                      <>
                        {' '}
                        <span class="badge">{t('funding:scope.own')}</span>
                      </>
                    )}
                  </td>
                  <td>{t(`funding:programme.${row.programme}`)}</td>
                  <td>
                    {row.nextDeadline ? (
                      <DeadlineText deadline={row.nextDeadline} now={props.now} />
                    ) : (
                      t('funding:list.noDeadline')
                    )}
                  </td>
                  <td>{formatBudget(t, locale, row) ?? t('funding:budget.unknown')}</td>
                  {who && (
                    <td>
                      <OpenTo row={row} who={who} />
                    </td>
                  )}
                  <td>{props.watchers.get(row.id) ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <Pagination
        page={page.page}
        pageCount={pageCountOf(page.total, page.pageSize)}
        base="/app/funding"
        query={{
          programme: query.programme,
          days: query.days,
          open: query.open ? '1' : undefined,
        }}
      />
    </>
  )
}
