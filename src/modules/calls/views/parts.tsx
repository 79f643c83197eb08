import { countryName } from '#src/lib/countries.ts'
import type { Locale } from '#src/lib/i18n.ts'
import { dateTimeFormat } from '#src/lib/intl.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { LocalizedTextNote } from '#src/ui/multilingual-field.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { lastApplyDay } from '../dates.ts'
import type { CallRow } from '../service/access.ts'

export const str = (v: unknown) =>
  typeof v === 'string' ? v : Array.isArray(v) ? String(v.at(-1) ?? '') : ''

/** A calendar day from an instant, in the reader's locale and the organisation's time zone. */
export function DateOnly({ value, timeZone }: { value: Date; timeZone?: string }) {
  const ui = useUi()
  const text = dateTimeFormat(ui.locale, {
    dateStyle: 'medium',
    timeZone: timeZone ?? ui.timeZone,
  }).format(value)
  return <time datetime={value.toISOString()}>{text}</time>
}

/** An ISO `YYYY-MM-DD` date in the reader's locale. */
export function IsoDate({ value }: { value: string }) {
  const { locale } = useUi()
  const text = dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${value}T00:00:00Z`),
  )
  return <time datetime={value}>{text}</time>
}

/** A multilingual title as plain text, with its language marked when it is a fallback. */
export function TextOf({
  value,
  fallbacks = ['en', 'sq'],
}: {
  value: LocalizedText
  fallbacks?: string[]
}) {
  const { locale } = useUi()
  const picked = pickText(value, locale, fallbacks)
  return <span lang={picked.isFallback ? picked.lang : undefined}>{picked.value}</span>
}

/** The call's text as paragraphs (blank lines separate them), with a note on its language. */
export function LongText({ value }: { value: LocalizedText }) {
  const { locale } = useUi()
  const picked = pickText(value, locale, ['en', 'sq'])
  if (!picked.value) return null
  return (
    <div class="call-text" lang={picked.isFallback ? picked.lang : undefined}>
      {picked.value.split(/\n{2,}/).map((p) => (
        <p>{p}</p>
      ))}
      <LocalizedTextNote value={value} fallbacks={['en', 'sq']} block />
    </div>
  )
}

export function StatusBadge({ status }: { status: string }) {
  const { t } = useUi()
  const ok = status === 'selected' || status === 'open' || status === 'given'
  const warn = status === 'rejected' || status === 'declined' || status === 'withdrawn'
  return (
    <span class={ok ? 'badge badge-ok' : warn ? 'badge badge-warn' : 'badge'}>
      {t(`calls:status.${status}`)}
    </span>
  )
}

type HostName = { id: string; name: LocalizedText; defaultLocale: string }

/** Where the mobility goes: countries and, when known, the host organisations. */
export function Destinations({ call, hosts = [] }: { call: CallRow; hosts?: HostName[] }) {
  const { locale } = useUi()
  return (
    <ul class="call-list">
      {call.destinations.map((d) => {
        const host = hosts.find((h) => h.id === d.organisationId)
        return (
          <li>
            {countryName(d.country, locale as Locale)}
            {host && (
              <>
                {' – '}
                <TextOf value={host.name} fallbacks={[host.defaultLocale, 'en']} />
              </>
            )}
          </li>
        )
      })}
    </ul>
  )
}

/** The facts of a call every page shows: activity, period, places, destinations, deadline. */
export function CallFacts({ call, hosts }: { call: CallRow; hosts?: HostName[] }) {
  const { t } = useUi()
  return (
    <dl class="facts call-facts">
      <dt>{t('calls:facts.activity')}</dt>
      <dd>{t(`grants:activity.${call.activityType}`)}</dd>
      <dt>{t('calls:facts.participants')}</dt>
      <dd>{t(`calls:participant.${call.participantType}`)}</dd>
      <dt>{t('calls:facts.period')}</dt>
      <dd>
        <IsoDate value={call.startDate} /> – <IsoDate value={call.endDate} />
      </dd>
      <dt>{t('calls:facts.places')}</dt>
      <dd>{call.places}</dd>
      {call.destinations.length > 0 && (
        <>
          <dt>{t('calls:facts.destinations')}</dt>
          <dd>
            <Destinations call={call} hosts={hosts} />
          </dd>
        </>
      )}
      {(call.minAge !== null || call.maxAge !== null) && (
        <>
          <dt>{t('calls:facts.ages')}</dt>
          <dd>
            {call.minAge !== null && call.maxAge !== null
              ? t('calls:facts.agesBetween', { min: call.minAge, max: call.maxAge })
              : call.minAge !== null
                ? t('calls:facts.agesFrom', { min: call.minAge })
                : t('calls:facts.agesUpTo', { max: call.maxAge })}
          </dd>
        </>
      )}
      <dt>{t('calls:facts.applyUntil')}</dt>
      <dd>
        <DateOnly value={lastApplyDay(call.applyUntil)} />
      </dd>
    </dl>
  )
}

type RadioProps = {
  name: string
  legend: string
  value: string
  options: { value: string; label: string }[]
  error?: string | undefined
  required?: boolean
}

/** One choice among a few, as radio buttons in a fieldset. */
export function RadioGroup(props: RadioProps) {
  const { t } = useUi()
  const id = `f-${props.name.replace(/\./g, '-')}`
  return (
    <fieldset class={props.error ? 'field checkboxes has-error' : 'field checkboxes'} id={id}>
      <legend>
        {props.legend}
        {props.required && <span class="req"> ({t('common:form.required')})</span>}
      </legend>
      {props.error && <p class="error">{t(props.error)}</p>}
      {props.options.map((o) => (
        <label class="check">
          <input type="radio" name={props.name} value={o.value} checked={props.value === o.value} />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  )
}

/** A form-wide message that is not tied to one field (an INVALID_STATE answer). */
export function ProblemBox({
  problem,
}: {
  problem?: { key: string; params?: Record<string, unknown> | undefined } | undefined
}) {
  const { t } = useUi()
  if (!problem) return null
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
      <p>{t(problem.key, problem.params)}</p>
    </div>
  )
}
