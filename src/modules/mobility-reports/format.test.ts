import { describe, expect, it } from 'vitest'
import { formatStoredEuros, formatStoredRange, sumMoney } from './format.ts'

describe('stored euro amounts', () => {
  it('shows whole euros without cents and real costs with them', () => {
    expect(formatStoredEuros('en', '1500.00')).toBe('€1,500')
    expect(formatStoredEuros('en', '1234.50')).toBe('€1,234.50')
    expect(formatStoredEuros('sq', '12345.5')).toBe('12\u00a0345,50\u00a0€')
  })
  it('shows a range, or one amount when both ends are equal', () => {
    expect(formatStoredRange('en', '1200.00', '1200')).toBe('€1,200')
    expect(formatStoredRange('en', '1200.00', '1450.00')).toBe('€1,200 – €1,450')
  })
  it('adds stored amounts exactly', () => {
    expect(sumMoney(['0.10', '0.20', '1500.00', '-0.05'])).toBe('1500.25')
  })
})
