import { dateTimeFormat } from '#src/lib/intl.ts'
import { useUi } from '#src/ui/use-ui.ts'

export const str = (v: unknown) => (typeof v === 'string' ? v : '')

/** A calendar day in the reader's locale and the organisation's time zone. */
export function DateOnly({ value }: { value: Date }) {
  const { locale, timeZone } = useUi()
  const text = dateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(value)
  return <time datetime={value.toISOString()}>{text}</time>
}

/** An ISO `YYYY-MM-DD` date (no time zone) in the reader's locale. */
export function formatIsoDate(value: string, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${value}T00:00:00Z`),
  )
}

/** How a member signs in: their e-mail, else their username. */
export function Login({ email, username }: { email: string | null; username: string | null }) {
  const { t } = useUi()
  if (email) return <span>{email}</span>
  if (username) {
    return (
      <span>
        <code>{username}</code> <span class="muted">({t('members:list.username')})</span>
      </span>
    )
  }
  return <span class="muted">—</span>
}
