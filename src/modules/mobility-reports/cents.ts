/**
 * Euro amounts as integer cents in a BigInt: grants are whole euros, but exceptional costs are
 * real costs with cents and are paid at a percentage of them, so nothing here touches a float.
 */

/** "123", "123.4", "123,45", 123 → cents; null for anything else (negative, three decimals). */
export function toCents(value: string | number): bigint | null {
  const s = (typeof value === 'number' ? String(value) : value).trim().replace(/\s/g, '')
  const m = /^(\d{1,13})(?:[.,](\d{1,2}))?$/.exec(s)
  if (!m) return null
  return BigInt(m[1]!) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'))
}

/** Cents → the `numeric(16, 2)` text the database stores ("1234.50"). */
export function fromCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : ''
  const abs = cents < 0n ? -cents : cents
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`
}

/** Whole euros → cents. */
export function euros(n: number): bigint {
  if (!Number.isInteger(n)) throw new RangeError(`not whole euros: ${n}`)
  return BigInt(n) * 100n
}

/** `cents × factor`, the factor given to four decimals (0.8), rounded to the cent, half up. */
export function applyFactor(cents: bigint, factor: number): bigint {
  const basisPoints = BigInt(Math.round(factor * 10_000))
  return (cents * basisPoints + 5_000n) / 10_000n
}

/** A stored amount ("1234.50") → cents; throws on a malformed value (the database checks it). */
export function centsOf(stored: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(stored)
  if (!m) throw new RangeError(`not an amount: ${stored}`)
  const cents = BigInt(m[2]!) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'))
  return m[1] ? -cents : cents
}
