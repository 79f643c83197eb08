import { numberFormat } from '#src/lib/intl.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { PageHeader } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { formatStoredRange, sumMoney } from './format.ts'
import type { getProjectGrantTotals, listGrantTotals, Totals } from './totals.ts'
import { ReportsNav } from './views-parts.tsx'

type ListResult = Awaited<ReturnType<typeof listGrantTotals>>
type ProjectResult = Awaited<ReturnType<typeof getProjectGrantTotals>>

const ITEMS = [
  ['travel', 'grants:result.travel'],
  ['organisationalSupport', 'grants:result.organisationalSupport'],
  ['individualSupport', 'grants:result.individualSupport'],
  ['inclusionSupport', 'grants:result.inclusionSupport'],
  ['courseFees', 'grants:result.courseFees'],
  ['linguisticSupport', 'reports:grant.item.linguisticSupport'],
  ['exceptionalCosts', 'reports:grant.item.exceptionalCosts'],
] as const

function money(locale: string, totals: Totals, item: (typeof ITEMS)[number][0] | 'total') {
  if (item === 'individualSupport') {
    return formatStoredRange(locale, totals.individualSupportMin, totals.individualSupportMax)
  }
  if (item === 'total') return formatStoredRange(locale, totals.totalMin, totals.totalMax)
  return formatStoredRange(locale, totals[item], totals[item])
}

function TotalsTable({
  id,
  caption,
  rows,
}: {
  /** The caption's id, which also names the scrollable region. */
  id: string
  caption: string
  rows: { label: string; href?: string | undefined; totals: Totals; extra?: string | undefined }[]
}) {
  const { t, locale } = useUi()
  const fmt = numberFormat(locale)
  return (
    <section class="table-wrap" tabindex={0} aria-labelledby={id}>
      <table class="grants-table">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports:totals.name')}</th>
            <th scope="col" class="grants-amount">
              {t('reports:totals.mobilities')}
            </th>
            {ITEMS.map(([, key]) => (
              <th scope="col" class="grants-amount">
                {t(key)}
              </th>
            ))}
            <th scope="col" class="grants-amount">
              {t('grants:result.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">
                {r.href ? <a href={r.href}>{r.label}</a> : r.label}
                {r.extra && (
                  <>
                    {' '}
                    <span class="badge badge-warn">{r.extra}</span>
                  </>
                )}
              </th>
              <td class="grants-amount">{fmt.format(r.totals.mobilities)}</td>
              {ITEMS.map(([item]) => (
                <td class="grants-amount">{money(locale, r.totals, item)}</td>
              ))}
              <td class="grants-amount">
                <strong>{money(locale, r.totals, 'total')}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

/** `/app/reports/grants/:projectId`: one project's grant totals by activity type. */
export function ProjectTotalsPage({ detail }: { detail: ProjectResult }) {
  const { t, locale } = useUi()
  const rows = detail.byActivity.map((a) => ({
    label: t(`grants:activity.${a.activityType}`, { defaultValue: a.activityType }),
    totals: a,
  }))
  const sum = (k: keyof Totals) => sumMoney(detail.byActivity.map((a) => String(a[k])))
  const all: Totals = {
    mobilities: detail.byActivity.reduce((n, a) => n + a.mobilities, 0),
    travel: sum('travel'),
    organisationalSupport: sum('organisationalSupport'),
    individualSupportMin: sum('individualSupportMin'),
    individualSupportMax: sum('individualSupportMax'),
    inclusionSupport: sum('inclusionSupport'),
    courseFees: sum('courseFees'),
    linguisticSupport: sum('linguisticSupport'),
    exceptionalCosts: sum('exceptionalCosts'),
    totalMin: sum('totalMin'),
    totalMax: sum('totalMax'),
  }
  return (
    <>
      <PageHeader title={t('reports:totals.projectTitle', { project: detail.project.acronym })} />
      <ReportsNav current="/app/reports/grants" />
      <p>
        {t('reports:totals.projectTotal', {
          total: formatStoredRange(locale, all.totalMin, all.totalMax),
          count: all.mobilities,
        })}
      </p>
      {detail.withoutGrant > 0 && (
        <p>{t('reports:totals.withoutGrant', { count: detail.withoutGrant })}</p>
      )}
      <TotalsTable
        id="totals-by-activity"
        caption={t('reports:totals.byActivityCaption', { project: detail.project.acronym })}
        rows={[...rows, { label: t('grants:result.total'), totals: all }]}
      />
      <p>
        <a href={`/app/reports/export?projectId=${detail.project.id}`}>
          {t('reports:totals.exportProject', { project: detail.project.acronym })}
        </a>
      </p>
    </>
  )
}

/** `/app/reports/grants`: grant totals per project and per call, from the stored snapshots. */
export function TotalsPage({ list }: { list: ListResult }) {
  const { t, locale } = useUi()
  const noProject = t('reports:totals.noProject')
  return (
    <>
      <PageHeader title={t('reports:totals.title')} />
      <ReportsNav current="/app/reports/grants" />
      <p>{t('reports:totals.lead')}</p>
      <h2>{t('reports:totals.byProject')}</h2>
      {list.byProject.length === 0 ? (
        <p>{t('reports:totals.empty')}</p>
      ) : (
        <TotalsTable
          id="totals-by-project"
          caption={t('reports:totals.byProjectCaption')}
          rows={list.byProject.map((p) => ({
            label: p.acronym ?? noProject,
            href: p.projectId ? `/app/reports/grants/${p.projectId}` : undefined,
            totals: p,
            extra:
              p.withoutGrant > 0
                ? t('reports:totals.withoutGrantBadge', { count: p.withoutGrant })
                : undefined,
          }))}
        />
      )}
      <h2>{t('reports:totals.byCall')}</h2>
      {list.byCall.length === 0 ? (
        <p>{t('reports:totals.empty')}</p>
      ) : (
        <TotalsTable
          id="totals-by-call"
          caption={t('reports:totals.byCallCaption')}
          rows={list.byCall.map((c) => ({
            label: c.title ? pickText(c.title, locale).value : t('reports:totals.noCall'),
            totals: c,
          }))}
        />
      )}
    </>
  )
}
