import type { Locale, T } from '#src/lib/i18n.ts'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { GrantEstimate } from './estimate.ts'
import { formatAmount, formatEuros, formatNumber } from './format.ts'
import type { Amount } from './rules.ts'

function travelDetail(t: T, locale: Locale, e: GrantEstimate) {
  const distanceKm = formatNumber(locale, e.distanceKm)
  const band = e.distanceBand
  if (!band) return t('grants:result.travelNone', { distanceKm })
  const range =
    band.maxKm === null
      ? t('grants:result.bandOpen', { minKm: formatNumber(locale, band.minKm) })
      : t('grants:result.bandRange', {
          minKm: formatNumber(locale, band.minKm),
          maxKm: formatNumber(locale, band.maxKm),
        })
  const params = { distanceKm, band: band.band, range }
  return e.greenTravel
    ? t('grants:result.travelGreen', params)
    : t('grants:result.travelStandard', params)
}

function orgDetail(t: T, e: GrantEstimate) {
  const step = e.notes.find((n) => n.code === 'orgSupportAfterStep')
  if (e.notes.some((n) => n.code === 'orgSupportThirdCountry'))
    return t('grants:result.orgThirdCountry')
  if (step) return t('grants:result.orgAfterStep', { participants: step.params.participants })
  return t('grants:result.orgPerActivity')
}

function IndividualDetail({ e }: { e: GrantEstimate }) {
  const { t, locale } = useUi()
  const s = e.individualSupport
  const money = (a: Amount) => formatAmount(locale, a)
  const percent = new Intl.NumberFormat(locale, { style: 'percent' }).format(s.reducedRateFactor)
  return (
    <ul class="grants-detail">
      <li>{t('grants:result.fullDays', { count: s.fullRateDays, rate: money(s.rate) })}</li>
      {s.reducedRateDays > 0 && (
        <li>
          {t('grants:result.reducedDays', {
            count: s.reducedRateDays,
            fromDay: s.fullRateDays + 1,
            rate: money(s.reducedRate),
            percent,
          })}
        </li>
      )}
      {e.fundedTravelDays > 0 && (
        <li>{t('grants:result.travelDaysIncluded', { count: e.fundedTravelDays })}</li>
      )}
    </ul>
  )
}

/** The itemised estimate: one row per grant item, its working and its amount. */
export function EstimateTable({ estimate: e }: { estimate: GrantEstimate }) {
  const { t, locale } = useUi()
  const rows: { label: string; detail: unknown; amount: Amount }[] = [
    { label: t('grants:result.travel'), detail: travelDetail(t, locale, e), amount: e.travel },
    {
      label: t('grants:result.organisationalSupport'),
      detail: orgDetail(t, e),
      amount: e.organisationalSupport,
    },
    {
      label: t('grants:result.individualSupport'),
      detail: <IndividualDetail e={e} />,
      amount:
        'amount' in e.individualSupport
          ? e.individualSupport.amount
          : { min: e.individualSupport.min, max: e.individualSupport.max },
    },
    {
      label: t('grants:result.inclusionSupport'),
      detail:
        e.inclusionSupport > 0 ? t('grants:result.inclusionYes') : t('grants:result.inclusionNo'),
      amount: e.inclusionSupport,
    },
    {
      label: t('grants:result.courseFees'),
      detail:
        e.courseFees > 0
          ? t('grants:result.courseFeesYes', {
              count: e.courseFeeBasis.days,
              rate: formatEuros(locale, e.courseFeeBasis.perDay),
            })
          : t('grants:result.courseFeesNo'),
      amount: e.courseFees,
    },
  ]
  return (
    <TableWrap labelledBy="estimate-caption">
      <table class="grants-table">
        <caption id="estimate-caption">{t('grants:result.caption', { year: e.callYear })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('grants:result.item')}</th>
            <th scope="col">{t('grants:result.detail')}</th>
            <th scope="col" class="grants-amount">
              {t('grants:result.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">{r.label}</th>
              <td>{r.detail}</td>
              <td class="grants-amount">{formatAmount(locale, r.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan={2}>
              {t('grants:result.total')}
            </th>
            <td class="grants-amount">
              <strong>{formatAmount(locale, e.total)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </TableWrap>
  )
}
