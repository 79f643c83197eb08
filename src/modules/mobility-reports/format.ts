import { dateTimeFormat, numberFormat } from '#src/lib/intl.ts'
import { centsOf } from './cents.ts'

/**
 * A stored amount ("1234.50") in euros in the reader's locale, without cents when there are none.
 * Intl formats the decimal string itself, so no float ever rounds a cent.
 */
export function formatMoney(locale: string, stored: string): string {
  const cents = centsOf(stored)
  const whole = cents % 100n === 0n
  return numberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(stored as unknown as number)
}

/** A range of stored amounts, or one amount when both ends are equal. */
export function formatMoneyRange(locale: string, min: string, max: string): string {
  if (centsOf(min) === centsOf(max)) return formatMoney(locale, min)
  return `${formatMoney(locale, min)} – ${formatMoney(locale, max)}`
}

/** Adds stored amounts exactly. */
export function sumMoney(values: string[]): string {
  const cents = values.reduce((acc, v) => acc + centsOf(v), 0n)
  const abs = cents < 0n ? -cents : cents
  return `${cents < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`
}

/** A calendar date (YYYY-MM-DD) in the reader's locale, read as a date with no time zone. */
export function formatDay(locale: string, iso: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T12:00:00Z`),
  )
}
