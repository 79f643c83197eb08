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
