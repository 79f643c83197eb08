import { raw } from 'hono/html'
import { Plot, renderPlot } from '#src/lib/charts.ts'
import type { T } from '#src/lib/i18n.ts'
import { numberFormat } from '#src/lib/intl.ts'
import { DateTime } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { FeedbackResults } from '../feedback.ts'
import { FEEDBACK_QUESTIONS } from '../inputs.ts'
import { type EventRow, titleText } from './shared.tsx'

/** The overall ratings as bars; the table next to it carries the same numbers. */
function ratingsChart(results: FeedbackResults, t: T, locale: string) {
  const data = results.overallDistribution.map((d) => ({
    rating: t(`events:feedback.scale.${d.rating}`),
    count: d.count,
  }))
  const description = results.overallDistribution
    .map((d) => t('events:results.chartItem', { rating: d.rating, count: d.count }))
    .join('; ')
  return renderPlot({
    ariaLabel: t('events:results.chartLabel'),
    ariaDescription: description,
    width: 480,
    height: 240,
    marginLeft: 40,
    x: { label: t('events:results.rating'), domain: data.map((d) => d.rating) },
    y: {
      label: t('events:results.responses'),
      grid: true,
      tickFormat: (v: number) => numberFormat(locale).format(v),
    },
    marks: [Plot.barY(data, { x: 'rating', y: 'count', fill: '#1d4ed8' }), Plot.ruleY([0])],
  })
}

/** The survey's results for organisers: averages, how many answered, a chart and comments. */
export function FeedbackResultsPage({
  event,
  results,
}: {
  event: EventRow
  results: FeedbackResults
}) {
  const { t, locale } = useUi()
  const fmt = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  return (
    <>
      <h1>{t('events:results.title', { event: titleText(event, locale) })}</h1>
      <p>
        <a href={`/app/events/${event.id}`}>{t('events:checkIn.back')}</a>
      </p>
      <p>{t('events:results.summary', { count: results.responses, attended: results.attended })}</p>
      {results.responses === 0 ? (
        <p>{t('events:results.none')}</p>
      ) : (
        <>
          <TableWrap labelledBy="averages-caption">
            <table>
              <caption id="averages-caption">{t('events:results.averagesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('events:results.question')}</th>
                  <th scope="col">{t('events:results.average')}</th>
                </tr>
              </thead>
              <tbody>
                {FEEDBACK_QUESTIONS.map((q) => (
                  <tr>
                    <th scope="row">{t(`events:feedback.q.${q}`)}</th>
                    <td>{results.averages[q] === null ? '—' : fmt.format(results.averages[q]!)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <section aria-labelledby="dist-h">
            <h2 id="dist-h">{t('events:results.distribution')}</h2>
            <figure class="chart">{raw(ratingsChart(results, t, locale))}</figure>
            <TableWrap labelledBy="distribution-caption">
              <table>
                <caption id="distribution-caption">
                  {t('events:results.distributionCaption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('events:results.rating')}</th>
                    <th scope="col">{t('events:results.responses')}</th>
                  </tr>
                </thead>
                <tbody>
                  {results.overallDistribution.map((d) => (
                    <tr>
                      <th scope="row">{t(`events:feedback.scale.${d.rating}`)}</th>
                      <td>{d.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </section>
          <section aria-labelledby="comments-h">
            <h2 id="comments-h">{t('events:results.comments')}</h2>
            {results.comments.length === 0 ? (
              <p>{t('events:results.noComments')}</p>
            ) : (
              <ul class="comment-list">
                {results.comments.map((c) => (
                  <li>
                    <blockquote>{c.text}</blockquote>
                    <DateTime value={c.createdAt} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  )
}
