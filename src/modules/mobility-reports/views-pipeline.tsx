import { formatDate } from '#src/lib/dates.ts'
import { numberFormat } from '#src/lib/intl.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { DateTime, PageHeader } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { AGREEMENT_DAYS_BEFORE, type Pipeline, type PipelineItem } from './pipeline.ts'
import { ReportsNav } from './views-parts.tsx'

function ItemLink({ item, suffix = '' }: { item: PipelineItem; suffix?: string }) {
  const { t, locale } = useUi()
  return (
    <a href={`/app/mobility/${item.id}${suffix}`}>
      {t('reports:pipeline.item', {
        name: item.participantName,
        activity: t(`grants:activity.${item.activityType}`, { defaultValue: item.activityType }),
        start: formatDate(locale, item.startDate),
      })}
    </a>
  )
}

function More({ count, shown }: { count: number; shown: number }) {
  const { t, locale } = useUi()
  if (count <= shown) return null
  return (
    <p class="footnote">
      {t('reports:pipeline.more', {
        count: count - shown,
        shown: numberFormat(locale).format(shown),
      })}
    </p>
  )
}

/** `/app/mobility/pipeline`: the board by status, near deadlines and what is blocked, as lists. */
export function PipelinePage({ pipeline }: { pipeline: Pipeline }) {
  const { t, locale } = useUi()
  const fmt = numberFormat(locale)
  return (
    <>
      <PageHeader title={t('reports:pipeline.title')} />
      <ReportsNav current="/app/mobility/pipeline" />
      <section aria-labelledby="pipeline-blocked">
        <h2 id="pipeline-blocked">{t('reports:pipeline.blockedTitle')}</h2>
        {pipeline.blocked.every((b) => b.count === 0) ? (
          <p>{t('reports:pipeline.nothingBlocked')}</p>
        ) : (
          pipeline.blocked
            .filter((b) => b.count > 0)
            .map((b) => (
              <section aria-labelledby={`blocked-${b.reason}`}>
                <h3 id={`blocked-${b.reason}`}>
                  {t(`reports:pipeline.blocked.${b.reason}`, { count: b.count })}
                </h3>
                <p class="hint">
                  {t(`reports:pipeline.why.${b.reason}`, { days: AGREEMENT_DAYS_BEFORE })}
                </p>
                <ul>
                  {b.items.map((item) => (
                    <li>
                      <ItemLink item={item} suffix={b.reason === 'grantMissing' ? '/grant' : ''} />
                    </li>
                  ))}
                </ul>
                <More count={b.count} shown={b.items.length} />
              </section>
            ))
        )}
      </section>
      <section aria-labelledby="pipeline-deadlines">
        <h2 id="pipeline-deadlines">
          {t('reports:pipeline.deadlinesTitle', { count: pipeline.horizonDays })}
        </h2>
        {pipeline.deadlines.length === 0 ? (
          <p>{t('reports:pipeline.noDeadlines', { count: pipeline.horizonDays })}</p>
        ) : (
          <ul>
            {pipeline.deadlines.map((d) =>
              d.kind === 'callCloses' ? (
                <li>
                  {t('reports:pipeline.callCloses')} <DateTime value={d.date} />:{' '}
                  <a href={`/app/calls/${d.callId}`}>{pickText(d.title, locale).value}</a>
                </li>
              ) : (
                <li>
                  {t('reports:pipeline.starts', { date: formatDate(locale, d.date) })}{' '}
                  <ItemLink item={d.item} />
                  {!d.isSigned && (
                    <>
                      {' '}
                      <span class="badge badge-warn">{t('reports:pipeline.unsigned')}</span>
                    </>
                  )}
                  {d.openTodos > 0 && (
                    <>
                      {' '}
                      <span class="badge">
                        {t('reports:pipeline.openTodos', { count: d.openTodos })}
                      </span>
                    </>
                  )}
                </li>
              ),
            )}
          </ul>
        )}
      </section>
      <section aria-labelledby="pipeline-board">
        <h2 id="pipeline-board">{t('reports:pipeline.boardTitle')}</h2>
        <div class="reports-board">
          {pipeline.board.map((column) => (
            <section aria-labelledby={`status-${column.status}`} class="reports-column">
              <h3 id={`status-${column.status}`}>
                {t(`reports:status.${column.status}`)}{' '}
                <span class="badge">{fmt.format(column.count)}</span>
              </h3>
              {column.items.length === 0 ? (
                <p class="footnote">{t('reports:pipeline.emptyColumn')}</p>
              ) : (
                <ul>
                  {column.items.map((item) => (
                    <li>
                      <ItemLink item={item} />
                    </li>
                  ))}
                </ul>
              )}
              <More count={column.count} shown={column.items.length} />
              {column.count > column.items.length && (
                <p>
                  <a href={`/app/mobility?status=${column.status}`}>
                    {t('reports:pipeline.allOfStatus', {
                      status: t(`reports:status.${column.status}`),
                    })}
                  </a>
                </p>
              )}
            </section>
          ))}
        </div>
      </section>
    </>
  )
}
