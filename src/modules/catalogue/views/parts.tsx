import { countryName } from '#src/lib/countries.ts'
import { formatDateRange } from '#src/lib/dates.ts'
import { languageName } from '#src/lib/i18n.ts'
import { type LocalizedText, missingLanguages, pickText } from '#src/lib/localized-text.ts'
import { formatMoney } from '#src/lib/money-format.ts'
import { useUi } from '#src/ui/use-ui.ts'
import { feePerDay } from '../fees.ts'
import { TEXT_LANGUAGES } from '../inputs.ts'
import type { ErasmusCourseFee } from '../reference.ts'
import type { CatalogueStatus } from '../schema.ts'
import type { Entry } from '../service/entries.ts'

export function StatusBadge({ status }: { status: CatalogueStatus }) {
  const { t } = useUi()
  const cls =
    status === 'approved' ? 'badge badge-ok' : status === 'rejected' ? 'badge badge-warn' : 'badge'
  return <span class={cls}>{t(`catalogue:status.${status}`)}</span>
}

/** The title in the reader's language (with a note when it falls back). */
export function EntryTitle({ title }: { title: LocalizedText }) {
  const { locale } = useUi()
  const picked = pickText(title, locale)
  return <span lang={picked.isFallback ? picked.lang : undefined}>{picked.value}</span>
}

/** "Not yet in: …" for the office's own lists, like other modules' multilingual texts. */
export function MissingLanguages({ value }: { value: LocalizedText }) {
  const { t, locale } = useUi()
  const missing = missingLanguages(value, TEXT_LANGUAGES)
  if (missing.length === 0) return null
  const names = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    missing.map((l) => languageName(l, locale)),
  )
  return <small class="ml-note">{t('catalogue:missingLanguages', { languages: names })}</small>
}

export function ProviderName({ name }: { name: LocalizedText | string }) {
  const { locale } = useUi()
  if (typeof name === 'string') return <>{name}</>
  const picked = pickText(name, locale)
  return <span lang={picked.isFallback ? picked.lang : undefined}>{picked.value}</span>
}

/** When it runs: the dates, or "self-paced". */
export function When({ entry }: { entry: Entry }) {
  const { t, locale } = useUi()
  if (entry.selfPaced || !entry.startsOn || !entry.endsOn) return <>{t('catalogue:selfPaced')}</>
  return <>{formatDateRange(locale, entry.startsOn, entry.endsOn)}</>
}

export function Where({ entry }: { entry: Entry }) {
  const { t, locale } = useUi()
  const place = [entry.city, entry.country ? countryName(entry.country, locale) : '']
    .filter(Boolean)
    .join(', ')
  return (
    <>
      {t(`catalogue:mode.${entry.mode}`)}
      {place && ` · ${place}`}
    </>
  )
}

export function Fee({ entry }: { entry: Entry }) {
  const { t, locale } = useUi()
  if (entry.feeEur === null) return <>{t('catalogue:fee.notStated')}</>
  if (Number(entry.feeEur) === 0) return <>{t('catalogue:fee.free')}</>
  return <>{formatMoney(locale, entry.feeEur)}</>
}

/**
 * The Erasmus+ course-fee rule beside the entry's own fee per day (ADR 021): "Erasmus+ pays
 * €80 per day, up to 10 days" and, for a dated course attended in person, "This course: €95 a day".
 */
export function FeePerDay({ entry, rule }: { entry: Entry; rule: ErasmusCourseFee }) {
  const { t, locale } = useUi()
  const own = feePerDay(entry)
  const perDay = formatMoney(locale, rule.perDay, 'EUR', 0)
  return (
    <div class="fee-per-day">
      <p>
        {rule.maxDays
          ? t('catalogue:fee.erasmusUpTo', { amount: perDay, count: rule.maxDays })
          : t('catalogue:fee.erasmus', { amount: perDay })}{' '}
        <small>{t('catalogue:fee.source', { year: rule.callYear })}</small>
      </p>
      {own && (
        <p>
          {t('catalogue:fee.ownPerDay', {
            amount: formatMoney(locale, own.perDay),
            count: own.days,
          })}{' '}
          {Number(own.perDay) > rule.perDay
            ? t('catalogue:fee.above', { amount: perDay })
            : t('catalogue:fee.within')}
        </p>
      )}
    </div>
  )
}

export function Stars({ rating }: { rating: number }) {
  const { t } = useUi()
  const rounded = Math.round(rating * 10) / 10
  return (
    <span class="stars" role="img" aria-label={t('catalogue:review.stars', { rating: rounded })}>
      {'★'.repeat(Math.round(rating))}
      {'☆'.repeat(5 - Math.round(rating))}
    </span>
  )
}
