import { formatMoney } from '#src/lib/money-format.ts'
import { centsOf } from './cents.ts'

/**
 * A stored amount ("1234.50") in euros in the reader's locale, without cents when there are none:
 * grants are whole euros, exceptional costs have cents.
 */
export function formatStoredEuros(locale: string, stored: string): string {
  return formatMoney(locale, stored, 'EUR', centsOf(stored) % 100n === 0n ? 0 : 2)
}

/** A range of stored amounts, or one amount when both ends are equal. */
export function formatStoredRange(locale: string, min: string, max: string): string {
  if (centsOf(min) === centsOf(max)) return formatStoredEuros(locale, min)
  return `${formatStoredEuros(locale, min)} – ${formatStoredEuros(locale, max)}`
}

/** Adds stored amounts exactly. */
export function sumMoney(values: string[]): string {
  const cents = values.reduce((acc, v) => acc + centsOf(v), 0n)
  const abs = cents < 0n ? -cents : cents
  return `${cents < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`
}
