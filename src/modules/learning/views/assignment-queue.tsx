import { pickText } from '#src/lib/localized-text.ts'
import { DateTime, PageHeader } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { SubmissionStatus } from '../schema.ts'
import { QUEUE_FILTERS, type QueueFilter, type QueueRow } from '../service/assignments.ts'
import type { Course } from '../service/courses.ts'
import { StatusBadge } from './assignment-parts.tsx'
import { Txt } from './parts.tsx'

const FILTER_LABELS: Record<QueueFilter, string> = {
  submitted: 'learning:queue.filterWaiting',
  needs_revision: 'learning:queue.filterRevision',
  accepted: 'learning:queue.filterAccepted',
  all: 'learning:queue.filterAll',
}

/**
 * `/app/learning/courses/:id/submissions`: the work handed in for the course's assignments, for
 * its teachers. Waiting work comes first and oldest first; the other statuses one link away.
 */
export function SubmissionQueuePage(props: {
  course: Course
  rows: QueueRow[]
  counts: Record<SubmissionStatus, number>
  filter: QueueFilter
  notice?: string | undefined
}) {
  const { t, locale, timeZone } = useUi()
  const { course, rows, counts, filter } = props
  const base = `/app/learning/courses/${course.id}/submissions`
  const all = Object.values(counts).reduce((a, b) => a + b, 0)
  return (
    <>
      <PageHeader title={t('learning:queue.title')}>
        <a class="btn btn-secondary" href={`/app/learning/courses/${course.id}`}>
          {t('learning:queue.back')}
        </a>
      </PageHeader>
      {props.notice && (
        <div class="notice notice-success" role="status">
          {t(props.notice)}
        </div>
      )}
      <h2>
        <Txt text={course.title} lang={locale} />
      </h2>
      <nav aria-label={t('learning:queue.filter')}>
        <ul class="inline-list">
          {QUEUE_FILTERS.map((f) => (
            <li>
              <a href={`${base}?status=${f}`} aria-current={f === filter ? 'page' : undefined}>
                {t(FILTER_LABELS[f], { n: f === 'all' ? all : counts[f] })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p>{t(filter === 'submitted' ? 'learning:queue.emptyWaiting' : 'learning:queue.empty')}</p>
      ) : (
        <TableWrap labelledBy="queue-caption">
          <table>
            <caption id="queue-caption">
              {t('learning:queue.caption', { count: rows.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('learning:queue.learner')}</th>
                <th scope="col">{t('learning:queue.organisation')}</th>
                <th scope="col">{t('learning:queue.lesson')}</th>
                <th scope="col">{t('learning:queue.submitted')}</th>
                <th scope="col">{t('learning:queue.status')}</th>
                <th scope="col">{t('learning:queue.score')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const org = pickText(r.organisation, locale)
                return (
                  <tr>
                    <th scope="row">
                      <a href={`/app/learning/submissions/${r.id}`}>
                        {r.learnerName}
                        <span class="visually-hidden">
                          {' '}
                          · {t('learning:submission.n', { n: r.number })}
                        </span>
                      </a>
                    </th>
                    <td lang={org.lang}>{org.value}</td>
                    <td>
                      <Txt text={r.lessonTitle} lang={locale} />{' '}
                      <span class="muted">({t('learning:submission.n', { n: r.number })})</span>
                    </td>
                    <td>
                      <DateTime value={r.submittedAt} timeZone={timeZone} />
                    </td>
                    <td>
                      <StatusBadge status={r.status} />
                    </td>
                    <td class="amount">
                      {r.score === null
                        ? '—'
                        : t('learning:grade.score', { score: r.score, max: r.maxScore ?? 0 })}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  )
}
