import { dateTimeFormat } from '#src/lib/intl.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'

/** Letters that Unicode does not decompose into a base letter and a mark. */
const FOLD: Record<string, string> = { đ: 'd', ħ: 'h', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe' }

/**
 * Text folded for search: lower case, accents dropped ("Çela" → "cela", "Ferizaj" stays), spaces
 * collapsed. The same folding runs on the stored column and on the query, so no database
 * extension (unaccent) is needed and PGlite and PostgreSQL agree.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[đħłøßæœ]/g, (ch) => FOLD[ch] ?? ch)
    .replace(/\s+/g, ' ')
    .trim()
}

/** The search column of a project: acronym, titles in every language, grant and reference numbers. */
export function projectSearchText(p: {
  acronym: string
  title: LocalizedText
  grantNumber?: string | null
  referenceNumber?: string | null
}): string {
  return foldForSearch(
    [p.acronym, ...Object.values(p.title), p.grantNumber ?? '', p.referenceNumber ?? ''].join(' '),
  )
}

/** A LIKE pattern that matches the folded query anywhere, with % and _ taken literally. */
export function likePattern(query: string): string {
  return `%${foldForSearch(query).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
}

const AMOUNT = /^\d{1,14}(\.\d{1,2})?$/

/**
 * A typed amount as a numeric(16,2) string, or null if it is not one. Accepts "399 542,28",
 * "399,542.28" and "399542.28": the last of "," and "." is the decimal separator.
 */
export function parseAmount(input: string): string | null {
  let s = input.replace(/[\s\u00a0\u202f']/g, '')
  if (s === '') return null
  const lastComma = s.lastIndexOf(',')
  const lastDot = s.lastIndexOf('.')
  const decimal = lastComma > lastDot ? ',' : '.'
  const thousands = decimal === ',' ? '.' : ','
  s = s.split(thousands).join('')
  if (decimal === ',') s = s.replace(',', '.')
  if (!AMOUNT.test(s)) return null
  return toAmount(toCents(s))
}

/** numeric(16,2) string → integer cents (exact). */
export function toCents(amount: string): bigint {
  const negative = amount.startsWith('-')
  const [whole = '0', frac = ''] = amount.replace('-', '').split('.')
  const cents = BigInt(whole) * 100n + BigInt(`${frac}00`.slice(0, 2))
  return negative ? -cents : cents
}

/** Integer cents → numeric(16,2) string. */
export function toAmount(cents: bigint): string {
  const negative = cents < 0n
  const abs = negative ? -cents : cents
  const frac = (abs % 100n).toString().padStart(2, '0')
  return `${negative ? '-' : ''}${abs / 100n}.${frac}`
}

/** The sum of several amounts, exactly. */
export function sumAmounts(amounts: (string | null)[]): string {
  return toAmount(amounts.reduce((s, a) => s + (a ? toCents(a) : 0n), 0n))
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}

/** Adds months to a YYYY-MM-DD date (clamped to the month's end) and returns YYYY-MM-DD. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const first = new Date(Date.UTC(y, m - 1 + months, 1))
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  first.setUTCDate(Math.min(d, last))
  return first.toISOString().slice(0, 10)
}

/** The day before a YYYY-MM-DD date. */
export function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(now: Date, timeZone: string): string {
  return dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
}

function offsetMinutes(at: Date, timeZone: string): number {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'))
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000)
}

/** A wall-clock time (`YYYY-MM-DDTHH:mm`, as a datetime-local input sends it) in a zone, as UTC. */
export function zonedToUtc(local: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local)
  if (!m) return null
  const [, y, mo, d, h, mi] = m.map(Number) as number[]
  const guess = Date.UTC(y!, mo! - 1, d!, h!, mi!)
  if (Number.isNaN(guess)) return null
  let utc = guess - offsetMinutes(new Date(guess), timeZone) * 60_000
  utc = guess - offsetMinutes(new Date(utc), timeZone) * 60_000
  return new Date(utc)
}

/** A UTC time as the wall-clock value of a datetime-local input in a zone. */
export function utcToZonedInput(at: Date, timeZone: string): string {
  const local = new Date(at.getTime() + offsetMinutes(at, timeZone) * 60_000)
  return local.toISOString().slice(0, 16)
}
