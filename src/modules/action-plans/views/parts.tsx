import { CivilDate, Txt } from '#src/ui/text.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { Flag } from '../realism.ts'
import type { ActionStatus, PlanStatus } from '../schema.ts'

export { CivilDate, Txt }

/** The realism warnings of one action, in words (not colour alone). */
export function FlagBadges({ flags }: { flags: readonly Flag[] }) {
  const { t } = useUi()
  if (flags.length === 0) return null
  return (
    <ul class="badge-list">
      {flags.map((f) => (
        <li>
          <span class="badge badge-warn">{t(`plans:flags.${f}`)}</span>
        </li>
      ))}
    </ul>
  )
}

const ACTION_BADGE: Record<ActionStatus, string> = {
  planned: 'badge',
  in_progress: 'badge',
  done: 'badge badge-ok',
  blocked: 'badge badge-bad',
}

export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useUi()
  return <span class={ACTION_BADGE[status]}>{t(`plans:actionStatus.${status}`)}</span>
}

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useUi()
  return (
    <span class={status === 'active' ? 'badge badge-ok' : 'badge'}>
      {t(`plans:planStatus.${status}`)}
    </span>
  )
}

/** The mean of an item as the results page shows it: one decimal, in the reader's numbers. */
export function formatMean(locale: string, mean: number): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(mean)
}
