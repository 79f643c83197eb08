import { Txt } from '#src/ui/text.tsx'
import { useUi } from '#src/ui/use-ui.ts'

export { Txt }

/** Tabs of the self-assessment pages. */
export function AssessmentTabs({ current }: { current: 'rounds' | 'instruments' | 'plans' }) {
  const { t } = useUi()
  const tabs = [
    { id: 'rounds', href: '/app/assessment', label: t('assessment:tabs.rounds') },
    {
      id: 'instruments',
      href: '/app/assessment/instruments',
      label: t('assessment:tabs.instruments'),
    },
  ] as const
  return (
    <nav class="project-nav" aria-label={t('assessment:tabs.label')}>
      <ul>
        {tabs.map((tab) => (
          <li>
            <a href={tab.href} aria-current={tab.id === current ? 'page' : undefined}>
              {tab.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** A mean on the 1–5 scale, one decimal, or a dash. */
export function Mean({ value }: { value: number | null | undefined }) {
  const { locale } = useUi()
  if (value === null || value === undefined) return <>–</>
  return <>{value.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}</>
}
