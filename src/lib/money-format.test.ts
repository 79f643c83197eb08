import { describe, expect, it } from 'vitest'
import { formatMoney, formatMoneyRange } from './money-format.ts'

describe('formatMoney', () => {
  it('formats euros in each of our languages', () => {
    expect(formatMoney('en', '399542.28')).toBe('€399,542.28')
    expect(formatMoney('sq', '399542.28')).toBe('399\u00a0542,28\u00a0€')
    expect(formatMoney('mk', '399542.28')).toBe('399.542,28\u00a0€')
    expect(formatMoney('sr-Latn', '399542.28')).toBe('399.542,28\u00a0€')
  })
  it('formats the exact decimal string, beyond what a double holds', () => {
    expect(formatMoney('en', '1234567890123456.78')).toBe('€1,234,567,890,123,456.78')
  })
  it('shows the decimals asked for', () => {
    expect(formatMoney('en', '1500.00', 'EUR', 0)).toBe('€1,500')
    expect(formatMoney('en', '1500', 'EUR', 2)).toBe('€1,500.00')
    expect(formatMoney('en', '12.5', 'EUR', 2)).toBe('€12.50')
  })
  it('formats other currencies, negative amounts, numbers and bigints', () => {
    expect(formatMoney('en', '123450.50', 'ALL', 2)).toBe('ALL\u00a0123,450.50')
    expect(formatMoney('sq', '-5.00', 'ALL', 2)).toBe('-5,00\u00a0Lekë')
    expect(formatMoney('en', '-0.05')).toBe('-€0.05')
    expect(formatMoney('en', '1.234', 'KWD')).toBe('KWD\u00a01.234')
    expect(formatMoney('en', 250)).toBe('€250.00')
    expect(formatMoney('en', 250n, 'EUR', 0)).toBe('€250')
  })
})

describe('formatMoneyRange', () => {
  it('writes a range as the locale does, marked approximate when the ends meet', () => {
    expect(formatMoneyRange('en', 1008, 2667, 'EUR', 0)).toBe('€1,008 – €2,667')
    expect(formatMoneyRange('en', '1200.50', '1450.00')).toBe('€1,200.50 – €1,450.00')
    expect(formatMoneyRange('sq', 1008, 2667, 'EUR', 0)).toBe('1008-2667\u00a0€')
    expect(formatMoneyRange('en', 1200, 1200, 'EUR', 0)).toBe('~€1,200')
  })
})
