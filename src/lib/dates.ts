import { Temporal } from 'temporal-polyfill'
import { dateTimeFormat } from './intl.ts'

/*
 * Dates and times, on Temporal (ADR 011). Two kinds of value cross this module:
 *
 * - a civil date, `YYYY-MM-DD` (a Postgres `date` column, an `<input type="date">`): a day on the
 *   calendar with no time and no zone. Arithmetic on it is calendar arithmetic, never milliseconds.
 * - an instant, a `Date` (a `timestamptz` column). Whenever an instant meets a day or a wall-clock
 *   time, the IANA time zone is an explicit argument ('Europe/Tirane'); nothing reads the server's.
 *
 * A day is not always 24 hours: on the last Sunday of March a European day has 23, on the last
 * Sunday of October 25. Hence `addDaysInZone` rather than `+ days × 86 400 000`.
 */

/** A calendar date written `YYYY-MM-DD`. */
export type CivilDate = string

const CIVIL_DATE = /^\d{4}-\d{2}-\d{2}$/
const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2})?$/

const plain = (date: CivilDate) => Temporal.PlainDate.from(date)
const instantOf = (at: Date) => Temporal.Instant.fromEpochMilliseconds(at.getTime())
const zoned = (at: Date, timeZone: string) => instantOf(at).toZonedDateTimeISO(timeZone)
const toDate = (z: Temporal.ZonedDateTime) => new Date(z.epochMilliseconds)

/** Whether `value` is a real calendar date written `YYYY-MM-DD` ("2026-02-30" is not). */
export function isCivilDate(value: string): boolean {
  if (!CIVIL_DATE.test(value)) return false
  try {
    plain(value)
    return true
  } catch {
    return false
  }
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: CivilDate, days: number): CivilDate {
  return plain(date).add({ days }).toString()
}

/** The date `months` months after `date`, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: CivilDate, months: number): CivilDate {
  return plain(date).add({ months }).toString()
}

/** Calendar days from `from` to `to` (`to` − `from`): 0 for the same day, negative when `to` is earlier. */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return plain(from).until(plain(to), { largestUnit: 'days' }).days
}

/** The number of days from `from` to `to` with both ends counted: 1 for a single day. */
export function daysInclusive(from: CivilDate, to: CivilDate): number {
  return daysBetween(from, to) + 1
}

/** Whole years from a date of birth to a date: the age on that day (29 Feb births turn a year older on 1 Mar). */
export function ageOn(dateOfBirth: CivilDate, on: CivilDate): number {
  return plain(dateOfBirth).until(plain(on), { largestUnit: 'years' }).years
}

/** The calendar date of an instant in a zone; today there is `dateIn(ctx.now(), zone)`. */
export function dateIn(at: Date, timeZone: string): CivilDate {
  return zoned(at, timeZone).toPlainDate().toString()
}

/** The first instant of a day in a zone (local midnight, or the first time that exists). */
export function startOfDay(date: CivilDate, timeZone: string): Date {
  return toDate(plain(date).toZonedDateTime({ timeZone }))
}

/** The instant a day ends in a zone: the start of the next day, an exclusive end. */
export function endOfDay(date: CivilDate, timeZone: string): Date {
  return startOfDay(addDays(date, 1), timeZone)
}

/**
 * The instant `days` days after `at` at the same wall-clock time in the zone: 23:30 stays 23:30
 * across a change of clocks, so the span is 23 or 25 hours on those nights. A wall-clock time
 * that the change skips moves forward by the gap.
 */
export function addDaysInZone(at: Date, days: number, timeZone: string): Date {
  return toDate(zoned(at, timeZone).add({ days }))
}

/**
 * The instant of a wall-clock time (`2026-10-16T10:00`, as a datetime-local input sends it;
 * seconds are dropped) in a zone, or null if it is not a real date and time. A time that a
 * spring-forward change skips is read with the offset before the change (02:30 becomes 03:30);
 * a repeated autumn hour takes its first pass (Temporal's "compatible").
 */
export function zonedToInstant(local: string, timeZone: string): Date | null {
  const m = WALL_CLOCK.exec(local)
  if (!m) return null
  let wall: Temporal.PlainDateTime
  try {
    wall = Temporal.PlainDateTime.from(m[1]!)
  } catch {
    return null
  }
  return toDate(wall.toZonedDateTime(timeZone, { disambiguation: 'compatible' }))
}

/** The wall-clock time of an instant in a zone, `YYYY-MM-DDTHH:mm`, as a datetime-local input wants it. */
export function wallClockIn(at: Date, timeZone: string): string {
  return zoned(at, timeZone).toPlainDateTime().toString({ smallestUnit: 'minute' })
}

/** Minutes the zone is ahead of UTC at that instant (Tirana in summer: 120, in winter: 60). */
export function zoneOffsetMinutes(at: Date, timeZone: string): number {
  return Math.round(zoned(at, timeZone).offsetNanoseconds / 60_000_000_000)
}

/** A calendar date in the reader's locale, as the date itself with no zone: "12 Mar 2026". */
export function formatDate(locale: string, date: CivilDate): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utcNoon(date))
}

/** A period of calendar days in the reader's locale: "Mar 2 – May 29, 2026". */
export function formatDateRange(locale: string, from: CivilDate, to: CivilDate): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(
    utcNoon(from),
    utcNoon(to),
  )
}

function utcNoon(date: CivilDate): Date {
  return new Date(
    plain(date).toZonedDateTime({ timeZone: 'UTC', plainTime: '12:00' }).epochMilliseconds,
  )
}
