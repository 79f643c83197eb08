import type { FieldErrors } from '#src/lib/errors.ts'
import { dateTimeFormat } from '#src/lib/intl.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { fieldId } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { allows, type Relation } from '../access.ts'
import type { MobilityStatus } from '../schema.ts'

export const str = (v: unknown) => (typeof v === 'string' ? v : '')

/** An ISO date range (`2026-03-01` → `2026-03-21`) in the reader's locale. */
export function formatDates(locale: string, from: string, to: string): string {
  const f = dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
  return f.formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`))
}

export function Dates({ from, to }: { from: string; to: string }) {
  const { locale } = useUi()
  return <span>{formatDates(locale, from, to)}</span>
}

/** An organisation's name in the reader's language, with its language tagged. */
export function OrgName({
  name,
  defaultLocale,
  fallback,
}: {
  name: LocalizedText | null | undefined
  defaultLocale?: string | null | undefined
  fallback?: string | null | undefined
}) {
  const { locale } = useUi()
  if (!name) return <span>{fallback || '—'}</span>
  const picked = pickText(name, locale, [defaultLocale ?? 'en', 'en'])
  return <span lang={picked.lang}>{picked.value}</span>
}

export function StatusBadge({ status }: { status: MobilityStatus }) {
  const { t } = useUi()
  const kind =
    status === 'completed'
      ? ' badge-ok'
      : status === 'interrupted' || status === 'cancelled'
        ? ' badge-warn'
        : ''
  return <span class={`badge${kind}`}>{t(`mobility:status.${status}`)}</span>
}

/** Like the shared ErrorSummary, but every message may name values (limits, days). */
export function FormErrors({
  errors,
  params,
}: {
  errors?: FieldErrors | undefined
  params?: Record<string, unknown> | undefined
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
            {field === '_form' ? (
              t(key, params)
            ) : (
              <a href={`#${fieldId(field)}`}>{t(key, params)}</a>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

type Tab = { slug: string; key: string; show: (r: Relation) => boolean }

const TABS: Tab[] = [
  { slug: '', key: 'mobility:tabs.overview', show: () => true },
  { slug: 'agreement', key: 'mobility:tabs.agreement', show: () => true },
  { slug: 'todos', key: 'mobility:tabs.todos', show: () => true },
  {
    slug: 'sensitive',
    key: 'mobility:tabs.sensitive',
    show: (r) => allows(r, 'viewEmergencyContacts'),
  },
  { slug: 'incidents', key: 'mobility:tabs.incidents', show: (r) => allows(r, 'incidents') },
  { slug: 'incoming', key: 'mobility:tabs.incoming', show: (r) => allows(r, 'incoming') },
  { slug: 'report', key: 'mobility:tabs.report', show: (r) => allows(r, 'viewReport') },
  {
    slug: 'certificate',
    key: 'mobility:tabs.certificate',
    show: (r) => allows(r, 'viewCertificate'),
  },
]

/** The mobility's sub-pages the reader may open, as a navigation list. */
export function MobilityTabs({
  id,
  relation,
  current,
}: {
  id: string
  relation: Relation
  current: string
}) {
  const { t } = useUi()
  return (
    <nav class="mobility-tabs" aria-label={t('mobility:tabs.label')}>
      <ul>
        {TABS.filter((tab) => tab.show(relation)).map((tab) => (
          <li>
            <a
              href={`/app/mobility/${id}${tab.slug ? `/${tab.slug}` : ''}`}
              aria-current={tab.slug === current ? 'page' : undefined}
            >
              {t(tab.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** The shared Field, but its error may name values (the duration limits). */
export function InputField(props: {
  name: string
  label: string
  value?: string | null | undefined
  type?: string
  error?: string | undefined
  params?: Record<string, unknown> | undefined
  hint?: string
  required?: boolean
  inputmode?: 'decimal' | 'email' | 'text'
  autocomplete?: string
}) {
  const { t } = useUi()
  const id = fieldId(props.name)
  const describedBy = [props.hint && `${id}-hint`, props.error && `${id}-error`]
    .filter(Boolean)
    .join(' ')
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={id}>
        {props.label}
        {props.required && <span class="req"> ({t('common:form.required')})</span>}
      </label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="error" id={`${id}-error`}>
          {t(props.error, props.params)}
        </p>
      )}
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        inputmode={props.inputmode}
        autocomplete={props.autocomplete}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      />
    </div>
  )
}
