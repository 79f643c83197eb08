import { Txt } from '#src/ui/text.tsx'
import { useUi } from '#src/ui/use-ui.ts'

export { Txt }

const TABS = [
  ['/app/learning', 'curricula:nav.courses'],
  ['/app/learning/curricula', 'curricula:nav.curricula'],
  ['/app/learning/guidebooks', 'curricula:nav.guidebooks'],
] as const

/** Courses · Curricula · Guidebooks: the learning area's sections. */
export function LearningTabs() {
  const { t, path } = useUi()
  return (
    <nav class="project-nav" aria-label={t('curricula:nav.label')}>
      <ul>
        {TABS.map(([href, key]) => {
          const current = href === '/app/learning' ? path === href : path.startsWith(href)
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

/** Progress as a native meter with its figure in words beside it (not colour alone). */
export function Meter({ percent, label }: { percent: number; label: string }) {
  const { t } = useUi()
  return (
    <p class="progress">
      <meter min={0} max={100} value={percent} aria-label={label} />{' '}
      <span>{t('curricula:progress.percent', { percent })}</span>
    </p>
  )
}

/** Who can read it, in words. */
export function SharingLabel({ visibility }: { visibility: string }) {
  const { t } = useUi()
  return <>{t(`curricula:sharing.${visibility}`)}</>
}
