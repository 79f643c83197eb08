import type { Child, PropsWithChildren } from 'hono/jsx'
import type { FieldErrors } from '#src/lib/errors.ts'
import { useUi } from '#src/ui/use-ui.ts'

/** One term and its value in a `dl.facts`. */
export function Fact({ term, children }: PropsWithChildren<{ term: string }>) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  )
}

/**
 * Every error at the top (WCAG 3.3.1). Errors of fields on the form link to them; the others
 * (a duration the rules refuse, a missing distance) are facts of the mobility and say so in text.
 * Parameters (days, euros) are formatted by the caller.
 */
export function ErrorPanel({
  errors,
  params,
  linkable,
}: {
  errors?: FieldErrors | undefined
  params?: Record<string, unknown> | undefined
  linkable: readonly string[]
}) {
  const { t } = useUi()
  const entries = Object.entries(errors ?? {})
  if (entries.length === 0) return null
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
      <h2>{t('common:form.errorTitle', { count: entries.length })}</h2>
      <ul>
        {entries.map(([field, key]) => (
          <li>
            {linkable.includes(field) ? (
              <a href={`#f-${field.replace(/\./g, '-')}`}>{t(key, params)}</a>
            ) : (
              t(key, params)
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

const TABS = [
  { href: '/app/mobility/pipeline', key: 'reports:nav.pipeline' },
  { href: '/app/reports/grants', key: 'reports:nav.grants' },
  { href: '/app/reports/export', key: 'reports:nav.export' },
] as const

/** The links between the coordinator's overview pages. */
export function ReportsNav({ current }: { current: (typeof TABS)[number]['href'] }): Child {
  const { t } = useUi()
  return (
    <nav class="reports-nav" aria-label={t('reports:nav.label')}>
      <ul>
        {TABS.map((tab) => (
          <li>
            <a href={tab.href} aria-current={tab.href === current ? 'page' : undefined}>
              {t(tab.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
