import type { PropsWithChildren } from 'hono/jsx'
import { numberFormat } from '#src/lib/intl.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { useUi } from '#src/ui/use-ui.ts'
import { divideHalfEven, formatCurrency, type Money } from '../money.ts'
import type { EntryStatus } from '../schema.ts'

/** Projects › ACRONYM › this page, so a reader always knows where the money page sits. */
export function ProjectCrumbs({
  project,
  children,
}: PropsWithChildren<{ project: { id: string; acronym: string } }>) {
  const { t } = useUi()
  return (
    <nav class="crumbs" aria-label={t('budgets:crumbs.label')}>
      <ol>
        <li>
          <a href="/app/projects">{t('budgets:crumbs.projects')}</a>
        </li>
        <li>
          <a href={`/app/projects/${project.id}`}>{project.acronym}</a>
        </li>
        {children}
      </ol>
    </nav>
  )
}

/** An amount in the reader's locale, right-aligned in tables, never wrapped. */
export function Amount({ value }: { value: Money }) {
  const { locale } = useUi()
  return <span class="amount">{formatCurrency(value, locale)}</span>
}

export function OrgName({ name, fallback }: { name: LocalizedText; fallback: string }) {
  const { locale } = useUi()
  const picked = pickText(name, locale, [fallback, 'en'])
  return <span lang={picked.lang}>{picked.value}</span>
}

const BADGE: Record<EntryStatus, string> = {
  submitted: 'badge',
  reviewed: 'badge badge-ok',
  queried: 'badge badge-warn',
}

export function StatusBadge({ status }: { status: EntryStatus }) {
  const { t } = useUi()
  return <span class={BADGE[status]}>{t(`budgets:status.${status}`)}</span>
}

/** Spent against planned as a whole percentage in the reader's locale, or a dash if none is planned. */
export function percent(part: Money, whole: Money, locale: string): string {
  if (whole.minor <= 0n) return '–'
  const milli = divideHalfEven(part.minor * 1000n, whole.minor)
  const abs = milli < 0n ? -milli : milli
  const ratio = `${milli < 0n ? '-' : ''}${abs / 1000n}.${(abs % 1000n).toString().padStart(3, '0')}`
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    ratio as unknown as number,
  )
}
