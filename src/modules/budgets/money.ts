import { numberFormat } from '#src/lib/intl.ts'
import { formatMoney } from '#src/lib/money-format.ts'

/**
 * Exact money. Amounts are integer minor units (cents) in a BigInt, never a float: a value read
 * from the database (`numeric(16, 2)`, a string) or typed by a person becomes minor units, every
 * sum, split and conversion happens on integers, and Intl formats the exact decimal string.
 *
 * Rounding is half-to-even ("banker's rounding") wherever a result falls between two cents: it
 * has no upward bias over many entries, and it is what IEEE 754 and most accounting ledgers use.
 */
export type Money = { readonly minor: bigint; readonly currency: string }

/**
 * ISO 4217 minor units where CLDR (and so Intl) differs: CLDR gives the digits people use in
 * cash (Albanian lek 0), ISO gives the digits of the currency (lek 2). Banks, the Commission and
 * our ledger follow ISO. Any other code falls back to Intl, which knows CLDR's list.
 */
const ISO_MINOR_UNITS: Readonly<Record<string, number>> = {
  AFN: 2,
  ALL: 2,
  CLF: 4,
  COP: 2,
  HUF: 2,
  IDR: 2,
  IQD: 3,
  IRR: 2,
  KPW: 2,
  LAK: 2,
  LBP: 2,
  MGA: 2,
  MMK: 2,
  PKR: 2,
  SLL: 2,
  SOS: 2,
  SYP: 2,
  UYI: 0,
  UYW: 4,
  YER: 2,
}

const KNOWN = new Set<string>([
  ...Intl.supportedValuesOf('currency'),
  ...Object.keys(ISO_MINOR_UNITS),
])
const minorCache = new Map<string, number>()

/** Whether `code` is an ISO 4217 currency this runtime knows (upper-case, three letters). */
export function isCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && KNOWN.has(code)
}

/** The number of minor-unit digits of a currency (EUR, ALL, BAM, MKD, RSD: 2; JPY: 0; KWD: 3). */
export function minorUnits(currency: string): number {
  const cached = minorCache.get(currency)
  if (cached !== undefined) return cached
  if (!isCurrency(currency)) throw new RangeError(`Unknown currency: ${currency}`)
  const digits =
    ISO_MINOR_UNITS[currency] ??
    numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
    2
  minorCache.set(currency, digits)
  return digits
}

const TEN = 10n
export function pow10(n: number): bigint {
  return TEN ** BigInt(n)
}

export function money(minor: bigint, currency: string): Money {
  minorUnits(currency) // validates the code
  return { minor, currency }
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new RangeError(`Currency mismatch: ${a.currency} and ${b.currency}`)
  }
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b)
  return { minor: a.minor + b.minor, currency: a.currency }
}

export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b)
  return { minor: a.minor - b.minor, currency: a.currency }
}

/** The sum of amounts in one currency; an empty list sums to zero in `currency`. */
export function sum(amounts: readonly Money[], currency: string): Money {
  let total = 0n
  for (const m of amounts) {
    if (m.currency !== currency)
      throw new RangeError(`Currency mismatch: ${m.currency} in ${currency}`)
    total += m.minor
  }
  return money(total, currency)
}

/** n / d rounded half to even; d must be positive. */
export function divideHalfEven(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError('Divisor must be positive')
  const negative = n < 0n
  const abs = negative ? -n : n
  let q = abs / d
  const r = abs % d
  const twice = r * 2n
  if (twice > d || (twice === d && q % 2n === 1n)) q += 1n
  return negative ? -q : q
}

/** A plain decimal string ("12.5", "-0.25", "3") as an integer and its scale: 125n, 1. */
export function parseDecimal(value: string): { units: bigint; scale: number } {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim())
  if (!m) throw new RangeError(`Not a decimal: ${value}`)
  const fraction = m[3] ?? ''
  const units = BigInt(`${m[2]}${fraction}`)
  return { units: m[1] ? -units : units, scale: fraction.length }
}

/**
 * A database numeric ("399542.28", "1235.00") as minor units of a currency. Digits beyond the
 * currency's minor units must be zeros: nothing is rounded away silently.
 */
export function fromNumeric(value: string, currency: string): Money {
  const digits = minorUnits(currency)
  const { units, scale } = parseDecimal(value)
  if (scale <= digits) return money(units * pow10(digits - scale), currency)
  const factor = pow10(scale - digits)
  if (units % factor !== 0n) throw new RangeError(`${value} has more than ${digits} decimals`)
  return money(units / factor, currency)
}

/** Minor units as a plain decimal string with `scale` decimals (default: the currency's). */
export function toNumeric(amount: Money, scale = minorUnits(amount.currency)): string {
  const digits = minorUnits(amount.currency)
  if (scale < digits) throw new RangeError(`Cannot write ${amount.currency} with ${scale} decimals`)
  const scaled = amount.minor * pow10(scale - digits)
  const negative = scaled < 0n
  const text = (negative ? -scaled : scaled).toString().padStart(scale + 1, '0')
  const whole = scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`
  return negative ? `-${whole}` : whole
}

/**
 * "€399,542.28" (en), "399 542,28 €" (sq), "399.542,28 €" (mk), always with the currency's ISO
 * minor units (lek with two decimals): the exact decimal string goes to `formatMoney` in lib.
 */
export function formatCurrency(amount: Money, locale: string): string {
  return formatMoney(locale, toNumeric(amount), amount.currency, minorUnits(amount.currency))
}

/** The amount without a currency sign, grouped for the locale ("399 542,28"): for form fields. */
export function formatAmount(amount: Money, locale: string): string {
  const digits = minorUnits(amount.currency)
  const f = numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })
  return f.format(toNumeric(amount) as unknown as number)
}

/**
 * Splits `total` by `shares` (integers or decimal strings such as "12.5") without losing a cent:
 * each part gets the floor of its exact share, and the cents left over go one by one to the
 * largest remainders (Hamilton's method); equal remainders go to the earlier share. The parts
 * always sum to `total`. Negative totals split like positive ones, with the sign kept.
 */
export function allocate(total: Money, shares: readonly (bigint | number | string)[]): Money[] {
  if (shares.length === 0) throw new RangeError('No shares to allocate to')
  const parsed = shares.map((s) => {
    if (typeof s === 'number' && !Number.isSafeInteger(s)) {
      throw new RangeError('Give fractional shares as decimal strings')
    }
    return typeof s === 'string' ? parseDecimal(s) : { units: BigInt(s), scale: 0 }
  })
  const scale = Math.max(...parsed.map((p) => p.scale))
  const weights = parsed.map((p) => p.units * pow10(scale - p.scale))
  if (weights.some((w) => w < 0n)) throw new RangeError('Shares must not be negative')
  const whole = weights.reduce((a, b) => a + b, 0n)
  if (whole === 0n) throw new RangeError('Shares must not all be zero')

  const negative = total.minor < 0n
  const amount = negative ? -total.minor : total.minor
  const parts = weights.map((w) => (amount * w) / whole)
  const remainders = weights.map((w, i) => ({ i, r: (amount * w) % whole }))
  let left = amount - parts.reduce((a, b) => a + b, 0n)
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1))
  for (const { i } of remainders) {
    if (left === 0n) break
    parts[i] = (parts[i] as bigint) + 1n
    left -= 1n
  }
  return parts.map((p) => money(negative ? -p : p, total.currency))
}

/** `amount × factor` (a decimal string such as hours "7.5" or a share "0.35"), half to even. */
export function multiply(amount: Money, factor: string): Money {
  const { units, scale } = parseDecimal(factor)
  return money(divideHalfEven(amount.minor * units, pow10(scale)), amount.currency)
}

/** `amount × percent / 100` (percent as a decimal string, "62.5"), half to even. */
export function percentOf(amount: Money, percent: string): Money {
  const { units, scale } = parseDecimal(percent)
  return money(divideHalfEven(amount.minor * units, pow10(scale) * 100n), amount.currency)
}

/**
 * How a rate is quoted. `perSource`: units of the target per one unit of the source
 * (1 ALL = 0.01006 EUR). `perTarget`: units of the source per one unit of the target, the way
 * InforEuro and the ECB quote (1 EUR = 99.36 ALL), which is how Erasmus+ reports convert.
 */
export type RateQuote = 'perSource' | 'perTarget'

/** Rates are stored as numeric(18, 8): positive, at most 10 integer and 8 decimal digits. */
export const RATE_SCALE = 8

export function isRate(rate: string): boolean {
  return /^\d{1,10}(\.\d{1,8})?$/.test(rate) && /[1-9]/.test(rate)
}

/**
 * Converts `amount` into `to` at a recorded `rate`, in integers: with r = rate × 10^8 and
 * d = minor digits, perSource gives minor × r × 10^dTo / (10^8 × 10^dFrom) and perTarget gives
 * minor × 10^8 × 10^dTo / (r × 10^dFrom), rounded once, half to even, at the end.
 */
export function convert(amount: Money, to: string, rate: string, quote: RateQuote): Money {
  if (!isRate(rate)) throw new RangeError(`Not a rate: ${rate}`)
  const { units, scale } = parseDecimal(rate)
  const r = units * pow10(RATE_SCALE - scale)
  const fromScale = pow10(minorUnits(amount.currency))
  const toScale = pow10(minorUnits(to))
  const one = pow10(RATE_SCALE)
  const minor =
    quote === 'perSource'
      ? divideHalfEven(amount.minor * r * toScale, one * fromScale)
      : divideHalfEven(amount.minor * one * toScale, r * fromScale)
  return money(minor, to)
}

/** Why typed input is not an amount: not a number, or more decimals than the currency has. */
export type AmountProblem = 'format' | 'decimals'

/**
 * Reads an amount as a person types it, for a locale: "399 542,28" (sq), "399.542,28" (mk,
 * sr-Latn), "399,542.28" (en) and plain "399542.28" all give 39954228 cents. Spaces and
 * apostrophes always group digits. With both "." and ",", the last one is the decimal mark.
 * With one of them once, it is the decimal mark unless it is not the locale's decimal mark and
 * exactly three digits follow it ("1.500" in mk is 1500, "1,5" in en is 1.5). Groups after the
 * first have three digits. A leading minus (- or −) is kept; a currency code or sign is ignored.
 */
export function parseAmount(
  input: string,
  currency: string,
  locale: string,
): { ok: true; amount: Money } | { ok: false; problem: AmountProblem } {
  const digits = minorUnits(currency)
  let text = stripCurrency(input.replace(/\u2212/g, '-').trim(), currency, locale)
  const negative = text.startsWith('-')
  if (negative || text.startsWith('+')) text = stripCurrency(text.slice(1), currency, locale)
  if (!/^[\d.,\s'’]+$/.test(text) || !/\d/.test(text)) return { ok: false, problem: 'format' }

  const mark = decimalMark(text, locale)
  const at = mark ? text.lastIndexOf(mark) : -1
  const whole = at < 0 ? text : text.slice(0, at)
  const fraction = at < 0 ? '' : text.slice(at + 1)
  if (!/^\d*$/.test(fraction) || (whole === '' && fraction === '')) {
    return { ok: false, problem: 'format' }
  }
  const groups = whole.split(/[.,\s'’]/)
  const separators = new Set(whole.replace(/\d/g, '').replace(/\s/g, ' '))
  if (separators.size > 1) return { ok: false, problem: 'format' }
  if (
    groups.length > 1 &&
    (!/^\d{1,3}$/.test(groups[0] ?? '') || groups.slice(1).some((g) => !/^\d{3}$/.test(g)))
  ) {
    return { ok: false, problem: 'format' }
  }
  const kept = fraction.slice(0, digits)
  if (/[1-9]/.test(fraction.slice(digits))) return { ok: false, problem: 'decimals' }
  const minor = BigInt(`${groups.join('') || '0'}${kept.padEnd(digits, '0')}`)
  return { ok: true, amount: money(negative ? -minor : minor, currency) }
}

function decimalMark(text: string, locale: string): '.' | ',' | null {
  const dot = text.lastIndexOf('.')
  const comma = text.lastIndexOf(',')
  if (dot >= 0 && comma >= 0) return dot > comma ? '.' : ','
  const mark = dot >= 0 ? '.' : comma >= 0 ? ',' : null
  if (!mark || text.indexOf(mark) !== text.lastIndexOf(mark)) return null
  const localeMark = numberFormat(locale)
    .formatToParts(1.5)
    .find((p) => p.type === 'decimal')?.value
  if (mark === localeMark) return mark
  return /^\d{3}$/.test(text.slice(text.indexOf(mark) + 1)) ? null : mark
}

function stripCurrency(text: string, currency: string, locale: string): string {
  const signs = new Set([currency])
  let out = text.trim()
  for (const display of ['symbol', 'narrowSymbol'] as const) {
    const part = numberFormat(locale, { style: 'currency', currency, currencyDisplay: display })
      .formatToParts(1)
      .find((p) => p.type === 'currency')
    if (part) signs.add(part.value)
  }
  for (const sign of signs) {
    if (out.toUpperCase().startsWith(sign.toUpperCase())) out = out.slice(sign.length).trim()
    if (out.toUpperCase().endsWith(sign.toUpperCase())) out = out.slice(0, -sign.length).trim()
  }
  return out
}
