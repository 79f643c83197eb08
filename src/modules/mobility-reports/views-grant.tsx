import { countryName } from '#src/lib/countries.ts'
import { formatDate } from '#src/lib/dates.ts'
import type { Locale, T } from '#src/lib/i18n.ts'
import { dateTimeFormat, numberFormat } from '#src/lib/intl.ts'
import { Notice, PageHeader } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { formatEuros } from '../grants/index.ts'
import { formatStoredEuros, formatStoredRange } from './format.ts'
import type { GrantPage } from './grant-service.ts'
import { EXCEPTIONAL_ROWS } from './inputs.ts'
import type { GrantLine } from './schema.ts'
import { FORM_FIELDS, GrantForm } from './views-grant-form.tsx'
import type { GrantViewProps } from './views-grant-props.ts'
import { ErrorPanel, Fact } from './views-parts.tsx'

export type { GrantViewProps }

const num = (locale: Locale, n: number) =>
  numberFormat(locale, { maximumFractionDigits: 2 }).format(n)

function travelDetail(t: T, locale: Locale, p: GrantLine['params']) {
  const distanceKm = num(locale, Number(p.distanceKm))
  if (p.band === undefined) return t('grants:result.travelNone', { distanceKm })
  const range =
    p.maxKm === ''
      ? t('grants:result.bandOpen', { minKm: num(locale, Number(p.minKm)) })
      : t('grants:result.bandRange', {
          minKm: num(locale, Number(p.minKm)),
          maxKm: num(locale, Number(p.maxKm)),
        })
  const params = { distanceKm, band: p.band, range }
  return p.green
    ? t('grants:result.travelGreen', params)
    : t('grants:result.travelStandard', params)
}

function IndividualDetail({ p }: { p: GrantLine['params'] }) {
  const { t, locale } = useUi()
  const money = (lo: unknown, hi: unknown) =>
    hi === undefined
      ? formatEuros(locale, Number(lo))
      : `${formatEuros(locale, Number(lo))} – ${formatEuros(locale, Number(hi))}`
  const percent = numberFormat(locale, { style: 'percent' }).format(Number(p.reducedRateFactor))
  return (
    <ul class="grants-detail">
      <li>
        {t('grants:result.fullDays', {
          count: Number(p.fullRateDays),
          rate: money(p.rateEur, p.rateMaxEur),
        })}
      </li>
      {Number(p.reducedRateDays) > 0 && (
        <li>
          {t('grants:result.reducedDays', {
            count: Number(p.reducedRateDays),
            fromDay: Number(p.fullRateDays) + 1,
            rate: money(p.reducedRateEur, p.reducedRateMaxEur),
            percent,
          })}
        </li>
      )}
      {Number(p.fundedTravelDays) > 0 && (
        <li>{t('grants:result.travelDaysIncluded', { count: Number(p.fundedTravelDays) })}</li>
      )}
    </ul>
  )
}

function LineDetail({ line, page }: { line: GrantLine; page: GrantPage }) {
  const { t, locale } = useUi()
  const notes = page.grant?.notes ?? []
  const has = (key: string) => notes.some((n) => n.key === key)
  const zero = Number(line.amount) === 0
  switch (line.item) {
    case 'travel':
      return <>{travelDetail(t, locale, line.params)}</>
    case 'organisationalSupport':
      if (page.grant?.inputs.isAccompanying) return <>{t('reports:grant.detail.orgAccompanying')}</>
      if (has('grants:notes.orgSupportThirdCountry'))
        return <>{t('grants:result.orgThirdCountry')}</>
      if (has('grants:notes.orgSupportAfterStep'))
        return (
          <>
            {t('reports:grant.detail.orgAfterStep', {
              count: Number(line.params.participantsBefore),
            })}
          </>
        )
      return (
        <>
          {t('reports:grant.detail.orgPerActivity', {
            count: Number(line.params.participantsBefore),
          })}
        </>
      )
    case 'individualSupport':
      return <IndividualDetail p={line.params} />
    case 'inclusionSupport':
      return <>{t(zero ? 'grants:result.inclusionNo' : 'grants:result.inclusionYes')}</>
    case 'courseFees':
      return (
        <>
          {zero
            ? t('grants:result.courseFeesNo')
            : t('grants:result.courseFeesYes', {
                count: Number(line.params.days),
                rate: formatEuros(locale, Number(line.params.perDayEur)),
              })}
        </>
      )
    case 'linguisticSupport':
      return (
        <>{t(zero ? 'reports:grant.detail.linguisticNo' : 'reports:grant.detail.linguisticYes')}</>
      )
    case 'exceptionalCosts':
      return (
        <ul class="grants-detail">
          {(page.grant?.inputs.exceptional ?? []).map((e) => (
            <li>
              {t(`reports:grant.exceptional.${e.kind}`)}: {formatStoredEuros(locale, e.realCost)} —{' '}
              {e.justification}
            </li>
          ))}
          {zero && <li>{t('reports:grant.detail.exceptionalNone')}</li>}
        </ul>
      )
  }
}

const ITEM_KEYS: Record<GrantLine['item'], string> = {
  travel: 'grants:result.travel',
  organisationalSupport: 'grants:result.organisationalSupport',
  individualSupport: 'grants:result.individualSupport',
  inclusionSupport: 'grants:result.inclusionSupport',
  courseFees: 'grants:result.courseFees',
  linguisticSupport: 'reports:grant.item.linguisticSupport',
  exceptionalCosts: 'reports:grant.item.exceptionalCosts',
}

function GrantTable({ page }: { page: GrantPage }) {
  const { t, locale } = useUi()
  const g = page.grant!
  return (
    <section class="table-wrap" tabindex={0} aria-labelledby="grant-caption">
      <table class="grants-table">
        <caption id="grant-caption">
          {t('reports:grant.caption', { year: g.callYear, version: g.version })}
        </caption>
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
          {g.lines.map((line) => (
            <tr>
              <th scope="row">{t(ITEM_KEYS[line.item])}</th>
              <td>
                <LineDetail line={line} page={page} />
              </td>
              <td class="grants-amount">
                {formatStoredRange(locale, line.amount, line.max ?? line.amount)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan={2}>
              {t('grants:result.total')}
            </th>
            <td class="grants-amount">
              <strong>{formatStoredRange(locale, g.totalMin, g.totalMax)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  )
}

function Notes({ page }: { page: GrantPage }) {
  const { t, locale } = useUi()
  const notes = page.grant?.notes ?? []
  if (notes.length === 0) return null
  const params = (p: Record<string, number | string>) =>
    Object.fromEntries(
      Object.entries(p).map(([k, v]) => [
        k,
        k === 'country' && typeof v === 'string' && v
          ? countryName(v, locale)
          : typeof v === 'number' && k.endsWith('Eur')
            ? formatEuros(locale, v)
            : typeof v === 'number'
              ? num(locale, v)
              : v,
      ]),
    )
  return (
    <section aria-labelledby="grant-notes">
      <h3 id="grant-notes">{t('grants:result.notes')}</h3>
      <ul>
        {notes.map((n) => (
          <li>{t(n.key, params(n.params))}</li>
        ))}
      </ul>
    </section>
  )
}

function Facts({ page }: { page: GrantPage }) {
  const { t, locale } = useUi()
  const c = page.context
  const m = page.mobility
  const distance =
    c.ecDistanceKm !== null
      ? t('reports:grant.facts.distanceEc', { km: num(locale, c.ecDistanceKm) })
      : c.estimatedKm !== null
        ? t('reports:grant.facts.distanceEstimate', { km: num(locale, c.estimatedKm) })
        : t('reports:grant.facts.distanceNone')
  return (
    <dl class="facts reports-facts">
      <Fact term={t('reports:grant.facts.callYear')}>{String(c.callYear)}</Fact>
      <Fact term={t('reports:grant.facts.activity')}>
        {t(`grants:activity.${m.activityType}`, { defaultValue: m.activityType })}
      </Fact>
      <Fact term={t('reports:grant.facts.dates')}>
        {t('reports:grant.facts.datesValue', {
          start: formatDate(locale, m.startDate),
          end: formatDate(locale, m.endDate),
          count: c.activityDays,
        })}
      </Fact>
      <Fact term={t('reports:grant.facts.receivingCountry')}>
        {c.receivingCountry ? countryName(c.receivingCountry, locale) : '—'}
      </Fact>
      <Fact term={t('reports:grant.facts.distance')}>
        {distance}{' '}
        {c.ecDistanceKm === null && (
          <a href={`/app/mobility/${m.id}/edit`}>{t('reports:grant.facts.enterEc')}</a>
        )}
      </Fact>
      <Fact term={t('reports:grant.facts.travel')}>
        {t(m.isGreenTravel ? 'reports:grant.facts.green' : 'reports:grant.facts.standard')}
      </Fact>
      <Fact term={t('reports:grant.facts.fewerOpportunities')}>
        {t(m.fewerOpportunities ? 'reports:yes' : 'reports:no')}
      </Fact>
      <Fact term={t('reports:grant.facts.participantsBefore')}>
        {num(locale, c.participantsBefore)}
      </Fact>
      <Fact term={t('reports:grant.facts.rate')}>
        {c.rate && c.nationalAgencyCountry
          ? t('reports:grant.facts.rateValue', {
              rate: formatEuros(locale, c.rate.ratePerDay),
              country: countryName(c.nationalAgencyCountry, locale),
            })
          : t('reports:grant.facts.rateNone')}
        {c.rate?.isDemo && (
          <>
            {' '}
            <span class="badge badge-warn">{t('grants:rates.demo')}</span>
          </>
        )}
      </Fact>
      <Fact term={t('reports:grant.facts.rules')}>
        <code>{c.rulesVersion}</code>
      </Fact>
    </dl>
  )
}

/** `/app/mobility/:id/grant`: the mobility's grant, item by item, and the form to (re)compute it. */
export function GrantPageView(props: GrantViewProps) {
  const { t, locale, timeZone } = useUi()
  const { page } = props
  const g = page.grant
  const formFields = [
    ...FORM_FIELDS,
    ...Array.from({ length: EXCEPTIONAL_ROWS }, (_, i) =>
      ['kind', 'realCost', 'justification'].map((f) => `exceptional.${i}.${f}`),
    ).flat(),
  ]
  return (
    <>
      <PageHeader title={t('reports:grant.title', { name: page.participantName })}>
        <a href={`/app/mobility/${page.mobility.id}`}>{t('reports:grant.back')}</a>
      </PageHeader>
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <ErrorPanel errors={props.errors} params={props.params} linkable={formFields} />
      {page.staleReasons.length > 0 && (
        <Notice kind="warning">
          {page.staleReasons.map((r) => t(`reports:grant.stale.${r}`)).join(' ')}{' '}
          {t('reports:grant.stale.keep')}
        </Notice>
      )}
      <h2>{t('reports:grant.factsTitle')}</h2>
      <Facts page={page} />
      {g ? (
        <section aria-labelledby="grant-result">
          <h2 id="grant-result">{t('reports:grant.resultTitle')}</h2>
          <GrantTable page={page} />
          <Notes page={page} />
          <p class="footnote">
            {t('reports:grant.computedAt', {
              version: g.version,
              date: dateTimeFormat(locale, {
                dateStyle: 'medium',
                timeStyle: 'short',
                timeZone,
              }).format(g.computedAt),
            })}
          </p>
        </section>
      ) : (
        <Notice kind="info">{t('reports:grant.notComputed')}</Notice>
      )}
      <GrantForm {...props} />
      <p class="footnote">{t('grants:page.disclaimer')}</p>
    </>
  )
}
