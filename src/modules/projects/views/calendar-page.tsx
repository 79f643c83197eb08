import { dateTimeFormat } from '#src/lib/intl.ts'
import { Button, DateTime, Form, Notice, PageHeader } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { Deadline } from '../service/calendar.ts'
import { DateOnly, Name } from './shared.tsx'

function hrefOf(d: Deadline) {
  const base = `/app/projects/${d.projectId}`
  if (d.kind === 'deliverable') return `${base}/deliverables/${d.id}`
  if (d.kind === 'meeting') return `${base}/meetings/${d.id}`
  if (d.kind === 'task') return `${base}/tasks/${d.id}`
  return `${base}/milestones`
}

function Feed(props: { hasFeed: boolean; feedUrl?: string | undefined }) {
  const { t } = useUi()
  return (
    <section aria-labelledby="feed-title">
      <h2 id="feed-title">{t('projects:calendar.feedTitle')}</h2>
      <p>{t('projects:calendar.feedIntro')}</p>
      {props.feedUrl && (
        <div class="notice notice-info" role="status">
          <p>{t('projects:calendar.feedOnce')}</p>
          <p>
            <label for="feed-url">{t('projects:calendar.feedLabel')}</label>
            <input id="feed-url" type="text" readonly value={props.feedUrl} class="token-value" />
          </p>
        </div>
      )}
      <Form action="/app/projects/calendar/feed">
        <Button variant="secondary">
          {t(props.hasFeed ? 'projects:calendar.feedReset' : 'projects:calendar.feedCreate')}
        </Button>
      </Form>
      {props.hasFeed && (
        <Form action="/app/projects/calendar/feed/remove">
          <Button variant="danger">{t('projects:calendar.feedRemove')}</Button>
        </Form>
      )}
    </section>
  )
}

/** Deadlines of all the organisation's projects, month by month, and the iCal link. */
export function CalendarPage(props: {
  from: string
  months: string[]
  prev: string
  next: string
  items: Deadline[]
  hasFeed: boolean
  feedUrl?: string | undefined
  notice?: string | undefined
}) {
  const { t, locale } = useUi()
  const monthFmt = dateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' })
  return (
    <>
      <PageHeader title={t('projects:calendar.title')} />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <p>{t('projects:calendar.intro')}</p>
      <nav aria-label={t('projects:calendar.months')}>
        <ul class="pagination-list">
          <li>
            <a href={`/app/projects/calendar?from=${props.prev}`} rel="prev">
              {t('projects:calendar.earlier')}
            </a>
          </li>
          <li>
            <a href={`/app/projects/calendar?from=${props.next}`} rel="next">
              {t('projects:calendar.later')}
            </a>
          </li>
        </ul>
      </nav>
      {props.months.map((month) => {
        const items = props.items.filter((i) => i.date.startsWith(month))
        return (
          <section aria-labelledby={`m-${month}`}>
            <h2 id={`m-${month}`}>{monthFmt.format(new Date(`${month}-01T00:00:00Z`))}</h2>
            {items.length === 0 ? (
              <p class="muted">{t('projects:calendar.nothing')}</p>
            ) : (
              <ul class="deadline-list">
                {items.map((d) => (
                  <li>
                    {d.startsAt ? <DateTime value={d.startsAt} /> : <DateOnly value={d.date} />} ·{' '}
                    <span class={`badge kind-${d.kind}`}>
                      {t(`projects:calendar.kind.${d.kind}`)}
                    </span>{' '}
                    <strong>{d.acronym}</strong>{' '}
                    <a href={hrefOf(d)}>
                      {d.code && <>{d.code} </>}
                      <Name value={d.title} />
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )
      })}
      <Feed hasFeed={props.hasFeed} feedUrl={props.feedUrl} />
    </>
  )
}
