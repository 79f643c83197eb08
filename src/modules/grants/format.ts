import type { FieldErrors } from '#src/lib/errors.ts'
import type { Locale, T } from '#src/lib/i18n.ts'
import { formatMoney, formatMoneyRange } from '#src/lib/money-format.ts'
import type { Note, NoteParams } from './estimate.ts'
import type { Amount } from './rules.ts'

/** Whole euros in the reader's locale ("309 €", "€309"). */
export function formatEuros(locale: Locale, value: number): string {
  return formatMoney(locale, value, 'EUR', 0)
}

/** An amount, or a range of amounts ("1.008 € – 2.667 €"). */
export function formatAmount(locale: Locale, value: Amount): string {
  if (typeof value === 'number') return formatEuros(locale, value)
  return formatMoneyRange(locale, value.min, value.max, 'EUR', 0)
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)
}

/** The numbers and strings of an error's parameters (AppError keeps them as `unknown`). */
export function scalarParams(params: Record<string, unknown>): NoteParams {
  return Object.fromEntries(
    Object.entries(params).filter(
      (e): e is [string, number | string] => typeof e[1] === 'number' || typeof e[1] === 'string',
    ),
  )
}

/** Parameters named `…Eur` become money and `…Km` numbers, in the reader's locale. */
export function formatParams(locale: Locale, params: NoteParams): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'number') out[name] = value
    else if (name.endsWith('Eur')) out[name] = formatEuros(locale, value)
    else out[name] = formatNumber(locale, value)
  }
  return out
}

/** The notes of an estimate as `{ code, message }` in the reader's language. */
export function translateNotes(t: T, locale: Locale, notes: Note[]) {
  return notes.map((n) => ({ code: n.code, message: t(n.key, formatParams(locale, n.params)) }))
}

/** Field errors (translation keys) as messages, each with the numbers it names. */
export function translateFields(
  t: T,
  locale: Locale,
  fields: FieldErrors,
  params: NoteParams = {},
): Record<string, string> {
  const formatted = formatParams(locale, params)
  return Object.fromEntries(Object.entries(fields).map(([f, key]) => [f, t(key, formatted)]))
}
