import { daysBetween } from '#src/lib/dates.ts'
import type { CheckType } from './schema.ts'

/** Days before its end when an agreement counts as expiring, and when reminders go out. */
export const EXPIRING_DAYS = 90
export const REMINDER_THRESHOLDS = [90, 30] as const

export type PartnershipStatus = 'upcoming' | 'active' | 'expiring' | 'expired'

/** An agreement's status on a given day (all dates `YYYY-MM-DD`; the end date is included). */
export function partnershipStatus(
  validFrom: string,
  validTo: string,
  today: string,
): PartnershipStatus {
  if (validTo < today) return 'expired'
  if (validFrom > today) return 'upcoming'
  return daysBetween(today, validTo) <= EXPIRING_DAYS ? 'expiring' : 'active'
}

/**
 * The reminder thresholds an agreement has reached on a given day: 90 when 90 days or fewer are
 * left, 30 as well at 30 or fewer. None once it has ended.
 */
export function reachedThresholds(validTo: string, today: string): number[] {
  const left = daysBetween(today, validTo)
  if (left < 0) return []
  return REMINDER_THRESHOLDS.filter((threshold) => left <= threshold)
}

/** Days before a check runs out when it counts as due for renewal. */
export const CHECK_DUE_DAYS = 30

export type CheckState = 'valid' | 'due' | 'expired'

export function checkState(validUntil: string | null, today: string): CheckState {
  if (validUntil === null) return 'valid'
  if (validUntil < today) return 'expired'
  return daysBetween(today, validUntil) <= CHECK_DUE_DAYS ? 'due' : 'valid'
}

/** Checks every host company needs; one that takes minors also needs a criminal-record check. */
export function requiredChecks(acceptsMinors: boolean): CheckType[] {
  return acceptsMinors
    ? ['risk_assessment', 'site_visit', 'criminal_record']
    : ['risk_assessment', 'site_visit']
}

export type SafeguardingStatus = 'ok' | 'due' | 'missing'

/**
 * A host company's safeguarding status: `missing` when a required check was never done or has
 * run out, `due` when one runs out within 30 days, otherwise `ok`. The newest check of each
 * type counts.
 */
export function safeguardingStatus(
  acceptsMinors: boolean,
  checks: { checkType: string; checkedOn: string; validUntil: string | null }[],
  today: string,
): SafeguardingStatus {
  let status: SafeguardingStatus = 'ok'
  for (const type of requiredChecks(acceptsMinors)) {
    const latest = checks
      .filter((c) => c.checkType === type && c.checkedOn <= today)
      .sort((a, b) => (a.checkedOn < b.checkedOn ? 1 : -1))[0]
    if (!latest) return 'missing'
    const state = checkState(latest.validUntil, today)
    if (state === 'expired') return 'missing'
    if (state === 'due') status = 'due'
  }
  return status
}
