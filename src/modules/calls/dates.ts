import { dateIn, endOfDay, startOfDay } from '#src/lib/dates.ts'

/*
 * A call opens at the start of its first day and closes at the end of its last day, both in the
 * organisation's time zone. Stored as instants: applyFrom at local midnight, applyUntil at the
 * next local midnight (exclusive), so "until 15 March" means until 23:59:59 on 15 March there.
 */

/** The application window of a call as stored instants. */
export function applyWindow(applyFrom: string, applyUntil: string, timeZone: string) {
  return {
    applyFrom: startOfDay(applyFrom, timeZone),
    applyUntil: endOfDay(applyUntil, timeZone),
  }
}

/** The form's dates back from the stored instants. */
export function applyWindowDates(applyFrom: Date, applyUntil: Date, timeZone: string) {
  return {
    applyFrom: dateIn(applyFrom, timeZone),
    applyUntil: dateIn(lastApplyDay(applyUntil), timeZone),
  }
}

/** The last day to apply, for showing (`applyUntil` is the exclusive end). */
export function lastApplyDay(applyUntil: Date): Date {
  return new Date(applyUntil.getTime() - 1)
}
