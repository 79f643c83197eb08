import { countryName } from '#src/lib/countries.ts'
import { dateIn, daysBetween } from '#src/lib/dates.ts'
import type { Locale, T } from '#src/lib/i18n.ts'
import { dateTimeFormat, numberFormat } from '#src/lib/intl.ts'
import type { Reason } from './eligibility.ts'

/** Zones with a translated "… time" phrase; any other zone is named by its IANA id. */
const ZONE_KEYS: Record<string, string> = {
  'Europe/Brussels': 'brussels',
  'Europe/Tirane': 'tirana',
  'Europe/Belgrade': 'belgrade',
  'Europe/Skopje': 'skopje',
  'Europe/Podgorica': 'podgorica',
  'Europe/Sarajevo': 'sarajevo',
  'Europe/Rome': 'rome',
  'Europe/Athens': 'athens',
  'Europe/Berlin': 'berlin',
  UTC: 'utc',
}

/** "Brussels time", "ora e Brukselit": the deadline's own zone, named in the reader's language. */
export function zoneTime(t: T, timeZone: string): string {
  const key = ZONE_KEYS[timeZone]
  return key ? t(`funding:zoneTime.${key}`) : t('funding:zoneTime.other', { zone: timeZone })
}

/** A deadline in its own zone, said so: "19 Feb 2026, 12:00 Brussels time". */
export function formatDeadline(t: T, locale: string, d: { at: Date; timeZone: string }): string {
  const date = dateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: d.timeZone,
  }).format(d.at)
  return t('funding:deadline.inZone', { date, zone: zoneTime(t, d.timeZone) })
}

/** The same instant on the reader's clock, when their zone shows another wall-clock time. */
export function readerTime(
  locale: string,
  d: { at: Date; timeZone: string },
  readerZone: string,
): string | null {
  const fmt = (timeZone: string) =>
    dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(d.at)
  const mine = fmt(readerZone)
  return mine === fmt(d.timeZone) ? null : mine
}

/** Calendar days from today to the deadline's day, both in the deadline's zone. */
export function daysLeft(now: Date, d: { at: Date; timeZone: string }): number {
  return daysBetween(dateIn(now, d.timeZone), dateIn(d.at, d.timeZone))
}

/** An amount in euro in the reader's locale, without cents when whole. */
export function formatEur(locale: string, amount: string): string {
  const n = Number(amount)
  return numberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: Number.isInteger(n) ? 0 : 2,
  }).format(n)
}

/** The budget in words: "€30,000 – €60,000", "up to €4,000,000", "from €10,000", or null. */
export function formatBudget(
  t: T,
  locale: string,
  row: { budgetMinEur: string | null; budgetMaxEur: string | null },
): string | null {
  const { budgetMinEur: min, budgetMaxEur: max } = row
  if (min && max)
    return t('funding:budget.range', { min: formatEur(locale, min), max: formatEur(locale, max) })
  if (max) return t('funding:budget.upTo', { max: formatEur(locale, max) })
  if (min) return t('funding:budget.from', { min: formatEur(locale, min) })
  return null
}

/** The reason of an eligibility answer as a sentence, its country, group and type named. */
export function reasonText(t: T, locale: Locale, reason: Reason): string {
  const { country, group, type } = reason.params
  return t(reason.key, {
    country: countryName(country, locale),
    group: group ? t(`funding:group.${group}`) : '',
    type: type ? t(`funding:orgType.${type}`) : '',
  })
}
