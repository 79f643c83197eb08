import { raw } from 'hono/html'
import { Plot, renderPlot } from '#src/lib/charts.ts'
import type { T } from '#src/lib/i18n.ts'
import { numberFormat } from '#src/lib/intl.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { can } from '#src/lib/policy.ts'
import { Notice, PageHeader } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { RespondentGroup } from '../content.ts'
import { prioritySentence } from '../service/report-files.ts'
import {
  type Column,
  GAP_THRESHOLD,
  type ItemResult,
  meanForAll,
  type RoundResults,
  type SectionResult,
} from '../service/results.ts'
import { Mean, Txt } from './parts.tsx'

const one = (locale: string) =>
  numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })

/** Each area's mean for everyone, as bars; the previous round as a tick. The table carries every figure. */
export function areasChart(results: RoundResults, t: T, locale: string): string | null {
  const fmt = one(locale)
  const data = results.sections.flatMap((s) => {
    const m = s.means.all
    return typeof m === 'number'
      ? [{ name: pickText(s.title, locale).value, mean: m, previous: s.previous }]
      : []
  })
  if (data.length === 0) return null
  const previous = data.filter((d) => d.previous !== null)
  return renderPlot({
    ariaLabel: t('assessment:results.chartLabel'),
    ariaDescription: data
      .map((d) => t('assessment:results.chartItem', { area: d.name, mean: fmt.format(d.mean) }))
      .join('; '),
    width: 640,
    height: 40 + data.length * 30,
    marginLeft: 220,
    marginRight: 40,
    x: { domain: [0, 5], label: t('assessment:results.scaleLabel'), grid: true },
    y: { label: null, domain: data.map((d) => d.name) },
    marks: [
      Plot.barX(data, { y: 'name', x: 'mean', fill: '#1d4ed8' }),
      Plot.tickX(previous, { y: 'name', x: 'previous', stroke: '#b45309', strokeWidth: 3 }),
      Plot.text(data, {
        y: 'name',
        x: 'mean',
        text: (d: { mean: number }) => fmt.format(d.mean),
        dx: 14,
      }),
      Plot.ruleX([0]),
    ],
  })
}

function Change({ now, before }: { now: number | null | undefined; before: number | null }) {
  const { locale, t } = useUi()
  if (typeof now !== 'number' || before === null) return <>–</>
  const d = now - before
  const text = numberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(d)
  return (
    <span class={d <= -0.3 ? 'change-down' : d >= 0.3 ? 'change-up' : undefined}>
      {text}
      <span class="visually-hidden"> {t('assessment:results.sincePrevious')}</span>
    </span>
  )
}

function colLabel(t: T, c: Column) {
  return c === 'all' ? t('assessment:results.everyone') : t(`assessment:groups.${c}`)
}

function AreasTable({ results, cols }: { results: RoundResults; cols: Column[] }) {
  const { t } = useUi()
  const hasPrevious = results.previous !== null
  return (
    <TableWrap labelledBy="areas-heading">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('assessment:results.area')}</th>
            {cols.map((c) => (
              <th scope="col" class="num">
                {colLabel(t, c)}
              </th>
            ))}
            {hasPrevious && (
              <>
                <th scope="col" class="num">
                  {t('assessment:results.previous')}
                </th>
                <th scope="col" class="num">
                  {t('assessment:results.change')}
                </th>
              </>
            )}
            <th scope="col">{t('assessment:results.gap')}</th>
          </tr>
        </thead>
        <tbody>
          {results.sections.map((s) => (
            <tr>
              <th scope="row">
                <a href={`#area-${s.key}`}>
                  <Txt text={s.title} />
                </a>
              </th>
              {cols.map((c) => (
                <td class="num">
                  <Mean value={s.means[c]} />
                </td>
              ))}
              {hasPrevious && (
                <>
                  <td class="num">
                    <Mean value={s.previous} />
                  </td>
                  <td class="num">
                    <Change now={s.means.all} before={s.previous} />
                  </td>
                </>
              )}
              <td>
                <GapCell gap={s.gap} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}

function GapCell({ gap }: { gap: SectionResult['gap'] }) {
  const { t, locale } = useUi()
  if (!gap) return <>–</>
  const size = one(locale).format(gap.size)
  if (gap.size < GAP_THRESHOLD) return <>{size}</>
  return (
    <span class="badge badge-warn">
      {t('assessment:results.gapWide', {
        size,
        high: t(`assessment:groups.${gap.high}`),
        low: t(`assessment:groups.${gap.low}`),
      })}
    </span>
  )
}

function ItemRow({
  item,
  cols,
  hasPrevious,
}: {
  item: ItemResult
  cols: Column[]
  hasPrevious: boolean
}) {
  const { t, locale } = useUi()
  const q = item.question
  const fmt = numberFormat(locale)
  if (q.type === 'scale' || q.type === 'number') {
    return (
      <tr>
        <th scope="row">
          <Txt text={q.text} />
        </th>
        {cols.map((c) => (
          <td class="num">
            <Mean value={item.stats[c]?.mean} />
          </td>
        ))}
        <td class="num">{fmt.format(item.stats.all?.na ?? 0)}</td>
        {hasPrevious && (
          <td class="num">
            <Change now={meanForAll(item)} before={item.previous} />
          </td>
        )}
      </tr>
    )
  }
  if (q.type === 'matrix') {
    return (
      <>
        {(item.rows ?? []).map((r) => (
          <tr>
            <th scope="row">
              <Txt text={q.text} /> — <Txt text={r.label} />
            </th>
            {cols.map((c) => (
              <td class="num">
                <Mean value={r.stats[c]?.mean} />
              </td>
            ))}
            <td class="num">–</td>
            {hasPrevious && <td class="num">–</td>}
          </tr>
        ))}
      </>
    )
  }
  if (q.type === 'single' || q.type === 'multiple') {
    const total = item.stats.all?.n ?? 0
    return (
      <tr>
        <th scope="row">
          <Txt text={q.text} />
        </th>
        <td colspan={cols.length + 1 + (hasPrevious ? 1 : 0)}>
          <ul class="inline-list">
            {q.options.map((o) => (
              <li>
                <Txt text={o.label} />: {fmt.format(item.distribution[o.key] ?? 0)}
              </li>
            ))}
          </ul>
          <span class="visually-hidden">{t('assessment:results.answers', { count: total })}</span>
        </td>
      </tr>
    )
  }
  return null
}

function AreaDetail({
  s,
  results,
  cols,
}: {
  s: SectionResult
  results: RoundResults
  cols: Column[]
}) {
  const { t } = useUi()
  const hasPrevious = results.previous !== null
  const texts = s.items.filter((i) => i.question.type === 'text')
  const rows = s.items.filter((i) => i.question.type !== 'text')
  return (
    <div class="result-area">
      <h3 id={`area-${s.key}`}>
        <Txt text={s.title} />
      </h3>
      {s.source && <p class="muted">{s.source}</p>}
      {rows.length > 0 && (
        <TableWrap labelledBy={`area-${s.key}`}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('assessment:results.item')}</th>
                {cols.map((c) => (
                  <th scope="col" class="num">
                    {colLabel(t, c)}
                  </th>
                ))}
                <th scope="col" class="num">
                  {t('assessment:results.na')}
                </th>
                {hasPrevious && (
                  <th scope="col" class="num">
                    {t('assessment:results.change')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((item) => (
                <ItemRow item={item} cols={cols} hasPrevious={hasPrevious} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {texts.map((item) => {
        const said = results.texts.filter((x) => x.questionKey === item.key)
        return (
          <div class="result-texts">
            <h4>
              <Txt text={item.question.text} />
            </h4>
            {said.length === 0 ? (
              <p class="muted">{t('assessment:results.noTexts')}</p>
            ) : (
              <ul class="comment-list">
                {said.map((x) => (
                  <li>
                    <blockquote>{x.text}</blockquote>
                    <span class="muted">{t(`assessment:groups.${x.group}`)}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )
      })}
    </div>
  )
}

export function ResultsPage({ results, chart }: { results: RoundResults; chart: string | null }) {
  const { t, locale, actor } = useUi()
  const canPlan = can(actor, 'plans.manage')
  const base = `/app/assessment/rounds/${results.round.id}`
  const cols: Column[] = ['all', ...results.shown]
  const fmt = numberFormat(locale)
  const hiddenText = (g: RespondentGroup) =>
    t('assessment:results.hiddenGroup', {
      group: t(`assessment:groups.${g}`),
      count: results.sizes[g],
    })
  return (
    <>
      <p class="crumbs">
        <a href="/app/assessment">{t('assessment:rounds.title')}</a> ›{' '}
        <a href={base}>{results.round.title}</a>
      </p>
      <PageHeader title={t('assessment:results.title', { round: results.round.title })}>
        {!results.tooFew && (
          <p class="page-actions">
            <a class="btn btn-secondary" href={`${base}/results.pdf`}>
              {t('assessment:results.pdf')}
            </a>{' '}
            <a class="btn btn-secondary" href={`${base}/results.xlsx`}>
              {t('assessment:results.xlsx')}
            </a>
          </p>
        )}
      </PageHeader>
      <p class="lead">
        <Txt text={results.title} /> ·{' '}
        {t('assessment:results.answered', { count: results.allSize + results.leftOut })}
        {results.round.status === 'open' && <> · {t('assessment:results.stillOpen')}</>}
      </p>
      {results.tooFew ? (
        <Notice kind="info">{t('assessment:results.tooFew', { min: 5 })}</Notice>
      ) : (
        <>
          {results.hidden.length > 0 && (
            <Notice kind="info">
              {results.hidden.map(hiddenText).join(' ')}
              {results.leftOut > 0 && (
                <> {t('assessment:results.leftOut', { count: results.leftOut })}</>
              )}
            </Notice>
          )}
          <section aria-labelledby="priorities-heading">
            <h2 id="priorities-heading">{t('assessment:results.priorities')}</h2>
            {results.priorities.length === 0 ? (
              <p>{t('assessment:results.noPriorities')}</p>
            ) : (
              <ol class="priority-list">
                {results.priorities.map((p) => (
                  <li>
                    {prioritySentence(p, t, locale)}
                    {canPlan && (
                      <>
                        {' '}
                        <a
                          href={`/app/plans/actions/new?round=${results.round.id}&item=${encodeURIComponent(p.item.key)}`}
                        >
                          {t('assessment:results.planAction')}
                        </a>
                      </>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </section>
          <div class="result-areas">
            <h2 id="areas-heading">{t('assessment:results.byArea')}</h2>
            {results.previous && (
              <p>{t('assessment:results.comparedWith', { round: results.previous.title })}</p>
            )}
            {chart && <figure class="chart">{raw(chart)}</figure>}
            <AreasTable results={results} cols={cols} />
            <p class="hint">
              {t('assessment:results.sizes', {
                sizes: cols
                  .map(
                    (c) =>
                      `${colLabel(t, c)}: ${fmt.format(c === 'all' ? results.allSize : results.sizes[c])}`,
                  )
                  .join(', '),
              })}
            </p>
          </div>
          <section aria-labelledby="items-heading">
            <h2 id="items-heading">{t('assessment:results.byItem')}</h2>
            {results.sections.map((s) => (
              <AreaDetail s={s} results={results} cols={cols} />
            ))}
          </section>
        </>
      )}
    </>
  )
}
