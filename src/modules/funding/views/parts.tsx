import { Txt } from '#src/ui/text.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { RoleAnswer } from '../eligibility.ts'
import { daysLeft, formatDeadline, readerTime } from '../format.ts'
import type { Confidence } from '../schema.ts'
import type { Deadline } from '../service/opportunities.ts'

export { Txt }

const TABS = [
  ['/app/funding', 'funding:tabs.register'],
  ['/app/funding/watches', 'funding:tabs.watches'],
  ['/app/funding/applications', 'funding:tabs.pipeline'],
] as const

/** Register · Watch list · Pipeline. */
export function FundingTabs() {
  const { t, path } = useUi()
  return (
    <nav class="project-nav" aria-label={t('funding:tabs.label')}>
      <ul>
        {TABS.map(([href, key]) => {
          const current =
            href === '/app/funding'
              ? path === href || path.startsWith('/app/funding/opportunities')
              : path.startsWith(href)
          return (
            <li>
              <a href={href} aria-current={current ? 'page' : undefined}>
                {t(key)}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

/** "Unconfirmed — verify", in words and not by colour alone. */
export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const { t } = useUi()
  return confidence === 'unconfirmed' ? (
    <span class="badge badge-warn">{t('funding:confidence.unconfirmed')}</span>
  ) : (
    <span class="badge badge-ok">{t('funding:confidence.confirmed')}</span>
  )
}

/** A deadline in its own zone, the reader's clock beside it when it differs, and the days left. */
export function DeadlineText({ deadline, now }: { deadline: Deadline; now: Date }) {
  const { t, locale, timeZone } = useUi()
  const mine = readerTime(locale, deadline, timeZone)
  const left = daysLeft(now, deadline)
  return (
    <>
      <time datetime={deadline.at.toISOString()}>{formatDeadline(t, locale, deadline)}</time>
      {mine && <> ({t('funding:deadline.yourTime', { time: mine })})</>}
      {deadline.at > now ? (
        <span class="muted"> · {t('funding:deadline.daysLeft', { count: left })}</span>
      ) : (
        <span class="muted"> · {t('funding:deadline.passed')}</span>
      )}
    </>
  )
}

/** Yes / no for one role, in words. */
export function AnswerBadge({ answer }: { answer: RoleAnswer }) {
  const { t } = useUi()
  return answer.eligible ? (
    <span class="badge badge-ok">{t('funding:eligibility.yes')}</span>
  ) : (
    <span class="badge badge-bad">{t('funding:eligibility.no')}</span>
  )
}
