import { dateTimeFormat } from '#src/lib/intl.ts'

const DAY_MS = 86_400_000

/** Today's calendar date (`YYYY-MM-DD`) in a time zone: an agreement ends on a local date. */
export function todayIn(timeZone: string, now: Date): string {
  return dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
}

function utcMidnight(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number)
  return Date.UTC(y!, m! - 1, d!)
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS)
}

export function addDays(isoDate: string, days: number): string {
  return new Date(utcMidnight(isoDate) + days * DAY_MS).toISOString().slice(0, 10)
}

/** A calendar date (no time, no zone) in the reader's locale: "12 Mar 2026". */
export function formatDay(locale: string, isoDate: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(utcMidnight(isoDate)),
  )
}

/** A period of days in the reader's locale: "Mar 2 – May 29, 2026". */
export function formatPeriod(locale: string, from: string, to: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(
    new Date(utcMidnight(from)),
    new Date(utcMidnight(to)),
  )
}
