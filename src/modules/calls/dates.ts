import { dateTimeFormat } from '#src/lib/intl.ts'

/*
 * A call opens at the start of its first day and closes at the end of its last day, both in the
 * organisation's time zone. Stored as instants: applyFrom at local midnight, applyUntil at the
 * next local midnight (exclusive), so "until 15 March" means until 23:59:59 on 15 March there.
 */

function localDateOf(instant: Date, timeZone: string): string {
  const parts = dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')}`
}

function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'))
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000)
}

/** The instant the day (`YYYY-MM-DD`) begins in the zone. */
export function startOfLocalDay(day: string, timeZone: string): Date {
  const naive = Date.parse(`${day}T00:00:00Z`)
  let guess = naive - offsetMinutes(new Date(naive), timeZone) * 60_000
  // One correction covers a change of offset between the naive instant and the real one.
  guess = naive - offsetMinutes(new Date(guess), timeZone) * 60_000
  return new Date(guess)
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}

/** The application window of a call as stored instants. */
export function applyWindow(applyFrom: string, applyUntil: string, timeZone: string) {
  return {
    applyFrom: startOfLocalDay(applyFrom, timeZone),
    applyUntil: startOfLocalDay(nextDay(applyUntil), timeZone),
  }
}

/** The form's dates back from the stored instants. */
export function applyWindowDates(applyFrom: Date, applyUntil: Date, timeZone: string) {
  return {
    applyFrom: localDateOf(applyFrom, timeZone),
    applyUntil: localDateOf(new Date(applyUntil.getTime() - 1), timeZone),
  }
}

/** The last day to apply, for showing (`applyUntil` is the exclusive end). */
export function lastApplyDay(applyUntil: Date): Date {
  return new Date(applyUntil.getTime() - 1)
}

/** The instant `days` whole days after `from`. */
export function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * 86_400_000)
}
