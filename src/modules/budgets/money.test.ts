import { describe, expect, it } from 'vitest'
import {
  add,
  allocate,
  convert,
  divideHalfEven,
  formatAmount,
  formatCurrency,
  fromNumeric,
  isCurrency,
  isRate,
  type Money,
  minorUnits,
  money,
  multiply,
  parseAmount,
  percentOf,
  subtract,
  sum,
  toNumeric,
} from './money.ts'

const eur = (minor: bigint): Money => money(minor, 'EUR')
const ALLIANCE = 39_954_228n // EUR 399,542.28

/** A small deterministic generator (xorshift on BigInt), so property tests repeat exactly. */
function rng(seed: bigint) {
  let s = seed
  return (bound: bigint) => {
    s ^= (s << 13n) & 0xffffffffffffn
    s ^= s >> 7n
    s ^= (s << 17n) & 0xffffffffffffn
    return (s < 0n ? -s : s) % bound
  }
}

describe('minor units (ISO 4217)', () => {
  it('gives two digits for the currencies of our users, even where CLDR says otherwise', () => {
    for (const c of ['EUR', 'ALL', 'BAM', 'MKD', 'RSD', 'USD', 'CHF', 'HUF']) {
      expect(minorUnits(c), c).toBe(2)
    }
  })
  it('knows other currencies from Intl', () => {
    expect(minorUnits('JPY')).toBe(0)
    expect(minorUnits('ISK')).toBe(0)
    expect(minorUnits('KWD')).toBe(3)
    expect(minorUnits('IQD')).toBe(3)
    expect(minorUnits('CLF')).toBe(4)
  })
  it('refuses what is not a currency code', () => {
    expect(isCurrency('EUR')).toBe(true)
    expect(isCurrency('eur')).toBe(false)
    expect(isCurrency('EURO')).toBe(false)
    expect(isCurrency('QQQ')).toBe(false)
    expect(() => minorUnits('QQQ')).toThrow(RangeError)
    expect(() => money(1n, 'XYZ')).toThrow(RangeError)
  })
})

describe('arithmetic', () => {
  it('adds, subtracts and sums exactly where floats do not', () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004
    expect(add(eur(10n), eur(20n))).toEqual(eur(30n))
    expect(subtract(eur(10n), eur(30n))).toEqual(eur(-20n))
    const tenths = Array.from({ length: 1000 }, () => eur(10n))
    expect(sum(tenths, 'EUR')).toEqual(eur(10_000n))
    expect(sum([], 'MKD')).toEqual(money(0n, 'MKD'))
  })
  it('never mixes currencies', () => {
    expect(() => add(eur(1n), money(1n, 'ALL'))).toThrow(/mismatch/)
    expect(() => subtract(eur(1n), money(1n, 'ALL'))).toThrow(/mismatch/)
    expect(() => sum([eur(1n), money(1n, 'RSD')], 'EUR')).toThrow(/mismatch/)
  })
  it('handles amounts far beyond what a double holds exactly', () => {
    const big = eur(9_999_999_999_999_999n)
    expect(toNumeric(add(big, eur(1n)))).toBe('100000000000000.00')
    expect(toNumeric(add(big, big))).toBe('199999999999999.98')
  })
  it('rounds half to even, also for negative numbers', () => {
    const cases: [bigint, bigint, bigint][] = [
      [5n, 2n, 2n], // 2.5 → 2
      [7n, 2n, 4n], // 3.5 → 4
      [-5n, 2n, -2n],
      [-7n, 2n, -4n],
      [11n, 4n, 3n], // 2.75 → 3
      [9n, 4n, 2n], // 2.25 → 2
      [0n, 3n, 0n],
      [10n, 3n, 3n],
    ]
    for (const [n, d, q] of cases) expect(divideHalfEven(n, d), `${n}/${d}`).toBe(q)
    expect(() => divideHalfEven(1n, 0n)).toThrow()
  })
  it('multiplies by hours and percentages, half to even', () => {
    // 7.5 hours at EUR 28.35 = 212.625 → 212.62 (even)
    expect(multiply(eur(2835n), '7.5')).toEqual(eur(21_262n))
    // 7.5 hours at EUR 28.37 = 212.775 → 212.78 (even)
    expect(multiply(eur(2837n), '7.5')).toEqual(eur(21_278n))
    expect(multiply(eur(100n), '0')).toEqual(eur(0n))
    // 62.5 % of a EUR 60,000.01 lump sum = 37,500.00625 → 37,500.01
    expect(percentOf(eur(6_000_001n), '62.5')).toEqual(eur(3_750_001n))
    expect(percentOf(eur(ALLIANCE), '100')).toEqual(eur(ALLIANCE))
    expect(percentOf(eur(ALLIANCE), '0')).toEqual(eur(0n))
  })
})

describe('numeric columns', () => {
  it('reads and writes database numerics without floats', () => {
    expect(fromNumeric('399542.28', 'EUR')).toEqual(eur(ALLIANCE))
    expect(fromNumeric('-0.05', 'EUR')).toEqual(eur(-5n))
    expect(fromNumeric('12', 'ALL')).toEqual(money(1200n, 'ALL'))
    expect(fromNumeric('1235.00', 'JPY')).toEqual(money(1235n, 'JPY'))
    expect(toNumeric(eur(ALLIANCE))).toBe('399542.28')
    expect(toNumeric(eur(-5n))).toBe('-0.05')
    expect(toNumeric(eur(0n))).toBe('0.00')
    expect(toNumeric(money(1235n, 'JPY'), 2)).toBe('1235.00')
    expect(toNumeric(money(1234n, 'KWD'))).toBe('1.234')
  })
  it('refuses to drop digits', () => {
    expect(() => fromNumeric('1.005', 'EUR')).toThrow(/decimals/)
    expect(() => fromNumeric('1.5', 'JPY')).toThrow(/decimals/)
    expect(() => fromNumeric('1e3', 'EUR')).toThrow()
    expect(() => toNumeric(money(1234n, 'KWD'), 2)).toThrow()
  })
  it('round-trips every value it writes', () => {
    const next = rng(42n)
    for (let i = 0; i < 500; i++) {
      const m = eur(next(10n ** 15n) - 5n * 10n ** 14n)
      expect(fromNumeric(toNumeric(m), 'EUR')).toEqual(m)
    }
  })
})

describe('formatting for the reader', () => {
  it('formats in each of our languages', () => {
    const amount = eur(ALLIANCE)
    expect(formatCurrency(amount, 'en')).toBe('€399,542.28')
    expect(formatCurrency(amount, 'sq')).toBe('399\u00a0542,28\u00a0€')
    expect(formatCurrency(amount, 'mk')).toBe('399.542,28\u00a0€')
    expect(formatCurrency(amount, 'sr-Latn')).toBe('399.542,28\u00a0€')
  })
  it('shows lek with its two ISO decimals, not the cash digits', () => {
    expect(formatCurrency(money(12_345_050n, 'ALL'), 'en')).toBe('ALL\u00a0123,450.50')
    expect(formatCurrency(money(-500n, 'ALL'), 'sq')).toBe('-5,00\u00a0Lekë')
  })
  it('formats amounts larger than a double holds, digit for digit', () => {
    expect(formatAmount(eur(123_456_789_012_345_678n), 'en')).toBe('1,234,567,890,123,456.78')
  })
  it('formats negative and zero amounts and three-decimal currencies', () => {
    expect(formatCurrency(eur(-5n), 'en')).toBe('-€0.05')
    expect(formatAmount(eur(0n), 'en')).toBe('0.00')
    expect(formatAmount(money(1234n, 'KWD'), 'en')).toBe('1.234')
  })
  it('gives back what it formats, in every locale', () => {
    const next = rng(7n)
    for (const locale of ['en', 'sq', 'mk', 'sr-Latn']) {
      for (let i = 0; i < 100; i++) {
        const m = eur(next(10n ** 13n))
        const back = parseAmount(formatAmount(m, locale), 'EUR', locale)
        expect(back, `${locale} ${formatAmount(m, locale)}`).toEqual({ ok: true, amount: m })
        expect(parseAmount(formatCurrency(m, locale), 'EUR', locale)).toEqual({
          ok: true,
          amount: m,
        })
        const lek = money(m.minor, 'ALL')
        expect(parseAmount(formatCurrency(lek, locale), 'ALL', locale)).toEqual({
          ok: true,
          amount: lek,
        })
      }
    }
  })
})

describe('reading typed amounts', () => {
  const ok = (text: string, locale: string, minor: bigint, currency = 'EUR') =>
    expect(parseAmount(text, currency, locale), `${locale}: ${text}`).toEqual({
      ok: true,
      amount: money(minor, currency),
    })
  const bad = (text: string, locale: string, problem = 'format', currency = 'EUR') =>
    expect(parseAmount(text, currency, locale), `${locale}: ${text}`).toEqual({
      ok: false,
      problem,
    })

  it('reads the grant of ALLIANCE however it is written', () => {
    for (const locale of ['en', 'sq', 'mk', 'sr-Latn']) {
      ok('399 542,28', locale, ALLIANCE)
      ok('399,542.28', locale, ALLIANCE)
      ok('399542.28', locale, ALLIANCE)
      ok('399542,28', locale, ALLIANCE)
      ok('399.542,28', locale, ALLIANCE)
      ok('399\u202f542,28', locale, ALLIANCE)
      ok('399\u00a0542,28', locale, ALLIANCE)
      ok("399'542.28", locale, ALLIANCE)
      ok('  399542.28 € ', locale, ALLIANCE)
      ok('EUR 399,542.28', locale, ALLIANCE)
    }
  })
  it('reads a lone separator with three digits after it by the locale', () => {
    ok('1,500', 'en', 150_000n)
    ok('1.500', 'en', 150n)
    ok('1.500', 'mk', 150_000n)
    ok('1,500', 'mk', 150n)
    ok('1.500', 'sq', 150_000n)
    ok('1,500', 'sq', 150n)
    ok('1,5', 'en', 150n)
    ok('1.5', 'mk', 150n)
  })
  it('reads whole numbers, signs, leading decimals and zero', () => {
    ok('12', 'en', 1200n)
    ok('0', 'en', 0n)
    ok('-12.30', 'en', -1230n)
    ok('\u221212,30', 'mk', -1230n)
    ok('-€5', 'en', -500n)
    ok('+7', 'en', 700n)
    ok(',5', 'sq', 50n)
    ok('1.000.000', 'mk', 100_000_000n)
    ok('1,000,000.10', 'en', 100_000_010n)
    ok('12.30', 'en', 1230n, 'ALL')
    ok('1 234', 'en', 1234n, 'JPY')
    ok('1.234', 'en', 1234n, 'KWD')
  })
  it('accepts trailing zeros beyond the minor units', () => {
    ok('12.300', 'en', 1230n)
    ok('1234.00', 'en', 1234n, 'JPY')
  })
  it('refuses what is not an amount', () => {
    for (const text of [
      '',
      ' ',
      'abc',
      '12a',
      '1,2,3',
      '1.23.45,6',
      '12..3',
      '1 2',
      '1.2e3',
      '--1',
      '€',
    ]) {
      bad(text, 'en')
    }
    bad('1.234 567', 'en')
    bad('1,234.567.8', 'en')
    bad('0x10', 'en')
    bad('1.234,567.8', 'mk')
  })
  it('refuses more decimals than the currency has instead of rounding', () => {
    bad('12,345', 'mk', 'decimals')
    bad('12,345', 'sq', 'decimals')
    ok('12,345', 'en', 1_234_500n) // in English, a comma before three digits groups them
    ok('12.345', 'mk', 1_234_500n) // in Macedonian, so does a dot
    bad('12.005', 'en', 'decimals')
    bad('1.5', 'en', 'decimals', 'JPY')
  })
})

describe('allocation by shares', () => {
  it('splits ALLIANCE over five partners without losing a cent', () => {
    const parts = allocate(eur(ALLIANCE), ['34.5', '18', '17', '15.5', '15'])
    expect(parts.map((p) => toNumeric(p))).toEqual([
      '137842.09',
      '71917.61',
      '67922.19',
      '61929.05',
      '59931.34',
    ])
    expect(sum(parts, 'EUR')).toEqual(eur(ALLIANCE))
  })
  it('gives the leftover cents to the largest remainders, ties to the earlier share', () => {
    expect(allocate(eur(100n), [1, 1, 1]).map((m) => m.minor)).toEqual([34n, 33n, 33n])
    expect(allocate(eur(5n), [3, 7]).map((m) => m.minor)).toEqual([2n, 3n]) // 1.5 and 3.5: tie
    expect(allocate(eur(-100n), [1, 1, 1]).map((m) => m.minor)).toEqual([-34n, -33n, -33n])
    expect(allocate(eur(0n), [1, 2]).map((m) => m.minor)).toEqual([0n, 0n])
    expect(allocate(eur(7n), [0, 1]).map((m) => m.minor)).toEqual([0n, 7n])
  })
  it('refuses shares that cannot split anything', () => {
    expect(() => allocate(eur(1n), [])).toThrow()
    expect(() => allocate(eur(1n), [0, 0])).toThrow()
    expect(() => allocate(eur(1n), [-1, 2])).toThrow()
    expect(() => allocate(eur(1n), [0.5, 0.5])).toThrow(/decimal strings/)
  })
  it('always sums to the total and never strays a cent from the exact share (property)', () => {
    const next = rng(2026n)
    for (let round = 0; round < 400; round++) {
      const total = eur(next(10n ** 12n) - 10n ** 11n)
      const n = Number(next(12n)) + 1
      const shares = Array.from({ length: n }, () => `${next(10_000n)}.${next(100n)}`)
      if (shares.every((s) => /^0\.0?$/.test(s))) continue
      const parts = allocate(total, shares)
      expect(parts).toHaveLength(n)
      expect(sum(parts, 'EUR')).toEqual(total)
      const scaled = shares.map((s) => {
        const [w, f = ''] = s.split('.')
        return BigInt(`${w}${f.padEnd(2, '0')}`)
      })
      const whole = scaled.reduce((a, b) => a + b, 0n)
      parts.forEach((p, i) => {
        // |part × whole − total × share| < whole, i.e. within one cent of the exact share
        const diff = p.minor * whole - total.minor * (scaled[i] as bigint)
        expect(diff < whole && diff > -whole, `share ${i}`).toBe(true)
      })
    }
  })
})

describe('currency conversion at a recorded rate', () => {
  it('converts lek to euro at an InforEuro rate (1 EUR = 99.36 ALL)', () => {
    // ALL 12,420.00 / 99.36 = EUR 125.00 exactly
    expect(convert(money(1_242_000n, 'ALL'), 'EUR', '99.36', 'perTarget')).toEqual(eur(12_500n))
    // ALL 10,000.00 / 99.36 = 100.6441… → 100.64
    expect(convert(money(1_000_000n, 'ALL'), 'EUR', '99.36000000', 'perTarget')).toEqual(
      eur(10_064n),
    )
  })
  it('converts with a rate per unit of the source', () => {
    expect(convert(eur(10_000n), 'MKD', '61.695', 'perSource')).toEqual(money(616_950n, 'MKD'))
    expect(convert(money(100n, 'BAM'), 'EUR', '0.51129188', 'perSource')).toEqual(eur(51n))
  })
  it('rounds once, half to even, at the end', () => {
    // EUR 0.01 × 0.5 = 0.005 → 0.00 (even); EUR 0.03 × 0.5 = 0.015 → 0.02 (even)
    expect(convert(eur(1n), 'USD', '0.5', 'perSource')).toEqual(money(0n, 'USD'))
    expect(convert(eur(3n), 'USD', '0.5', 'perSource')).toEqual(money(2n, 'USD'))
    expect(convert(eur(-3n), 'USD', '0.5', 'perSource')).toEqual(money(-2n, 'USD'))
  })
  it('converts between currencies with different minor units', () => {
    expect(convert(money(1000n, 'JPY'), 'EUR', '161.5', 'perTarget')).toEqual(eur(619n))
    expect(convert(eur(10_000n), 'JPY', '161.5', 'perSource')).toEqual(money(16_150n, 'JPY'))
    expect(convert(eur(10_000n), 'KWD', '0.33', 'perSource')).toEqual(money(33_000n, 'KWD'))
  })
  it('agrees with itself both ways within a cent', () => {
    const next = rng(99n)
    for (let i = 0; i < 300; i++) {
      const lek = money(next(10n ** 10n), 'ALL')
      const rate = `${next(200n) + 50n}.${next(10n ** 8n)
        .toString()
        .padStart(8, '0')}`
      const there = convert(lek, 'EUR', rate, 'perTarget')
      const back = convert(there, 'ALL', rate, 'perSource')
      const diff = back.minor - lek.minor
      // one euro cent is worth at most `rate` lek cents
      expect(diff <= 250n && diff >= -250n, `${lek.minor} at ${rate}`).toBe(true)
    }
  })
  it('accepts only positive rates that fit numeric(18, 8)', () => {
    expect(isRate('99.36')).toBe(true)
    expect(isRate('0.00000001')).toBe(true)
    expect(isRate('1234567890.12345678')).toBe(true)
    for (const r of ['0', '0.0', '-1', '1.123456789', '12345678901', '1e2', '', 'abc']) {
      expect(isRate(r), r).toBe(false)
      expect(() => convert(eur(1n), 'ALL', r, 'perSource')).toThrow()
    }
  })
})
