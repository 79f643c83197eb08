import { describe, expect, it } from 'vitest'
import { addDays, dateIn, daysBetween } from '#src/lib/dates.ts'
import { containsPattern, fold } from './search.ts'
import {
  checkState,
  partnershipStatus,
  reachedThresholds,
  requiredChecks,
  safeguardingStatus,
} from './status.ts'

describe('agreement status', () => {
  const today = '2026-03-01'
  it('[NETWORK][STATUS]: upcoming, active, expiring within 90 days (end day included), expired', () => {
    expect(partnershipStatus('2026-04-01', '2028-01-01', today)).toBe('upcoming')
    expect(partnershipStatus('2025-01-01', addDays(today, 91), today)).toBe('active')
    expect(partnershipStatus('2025-01-01', addDays(today, 90), today)).toBe('expiring')
    expect(partnershipStatus('2025-01-01', today, today)).toBe('expiring')
    expect(partnershipStatus('2025-01-01', addDays(today, -1), today)).toBe('expired')
  })

  it('[NETWORK][STATUS]: reminder thresholds are reached at 90 and 30 days, none after the end', () => {
    expect(reachedThresholds(addDays(today, 91), today)).toEqual([])
    expect(reachedThresholds(addDays(today, 90), today)).toEqual([90])
    expect(reachedThresholds(addDays(today, 31), today)).toEqual([90])
    expect(reachedThresholds(addDays(today, 30), today)).toEqual([90, 30])
    expect(reachedThresholds(today, today)).toEqual([90, 30])
    expect(reachedThresholds(addDays(today, -1), today)).toEqual([])
  })
})

describe('dates', () => {
  it('[NETWORK][DATES]: today is the local date of the organisation, across a leap day', () => {
    const lateEvening = new Date('2028-02-28T23:30:00Z')
    expect(dateIn(lateEvening, 'Europe/Tirane')).toBe('2028-02-29')
    expect(dateIn(lateEvening, 'UTC')).toBe('2028-02-28')
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2)
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26')
  })
})

describe('safeguarding', () => {
  const today = '2026-03-01'
  const check = (checkType: string, validUntil: string | null, checkedOn = '2026-01-10') => ({
    checkType,
    checkedOn,
    validUntil,
  })

  it('[NETWORK][SAFEGUARDING]: a check is valid, due within 30 days, or expired', () => {
    expect(checkState(null, today)).toBe('valid')
    expect(checkState(addDays(today, 31), today)).toBe('valid')
    expect(checkState(addDays(today, 30), today)).toBe('due')
    expect(checkState(addDays(today, -1), today)).toBe('expired')
  })

  it('[NETWORK][SAFEGUARDING]: missing, due and ok; minors need a criminal-record check too', () => {
    const base = [check('risk_assessment', '2027-01-01'), check('site_visit', null)]
    expect(safeguardingStatus(false, [], today)).toBe('missing')
    expect(safeguardingStatus(false, base, today)).toBe('ok')
    expect(safeguardingStatus(true, base, today)).toBe('missing')
    expect(requiredChecks(true)).toContain('criminal_record')
    expect(
      safeguardingStatus(true, [...base, check('criminal_record', addDays(today, 10))], today),
    ).toBe('due')
    expect(
      safeguardingStatus(
        false,
        [check('risk_assessment', '2026-02-01'), check('site_visit', null)],
        today,
      ),
    ).toBe('missing')
  })

  it('[NETWORK][SAFEGUARDING]: the newest check of a type counts, not an older expired one', () => {
    const checks = [
      check('risk_assessment', '2025-12-31', '2025-01-01'),
      check('risk_assessment', '2027-01-01', '2026-01-15'),
      check('site_visit', null),
    ]
    expect(safeguardingStatus(false, checks, today)).toBe('ok')
  })
})

describe('accent-insensitive search', () => {
  it('[NETWORK][SEARCH]: folds Albanian, South Slavic, Greek and Cyrillic letters and case', () => {
    expect(fold('Beqir Çela, Durrës')).toBe('beqir cela, durres')
    expect(fold('Nikšić Đurović')).toBe('niksic durovic')
    expect(fold('ΘΕΣΣΑΛΟΝΊΚΗ')).toBe('θεσσαλονικη')
    // Like ç and c in Albanian, ѓ and г are different letters; a search matches either.
    expect(fold('ПЕЛИСТЕР Ѓорѓи')).toBe('пелистер горги')
    expect(containsPattern('50%_off')).toBe('%50\\%\\_off%')
  })
})
