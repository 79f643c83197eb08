import { dateTimeFormat } from '#src/lib/intl.ts'

/*
 * Events happen in one place's time and are read from anywhere. Times are stored in UTC; the form
 * takes wall-clock time in the event's IANA zone, and pages show both the event's and the reader's.
 */

const ZONES = new Set(Intl.supportedValuesOf('timeZone'))

/** An IANA zone this runtime knows (links such as `Europe/Kyiv` and `UTC` included). */
export function isTimeZone(value: string): boolean {
  if (ZONES.has(value) || value === 'UTC') return true
  try {
    return ZONES.has(new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone)
  } catch {
    return false
  }
}

export function timeZoneList(): string[] {
  return [...ZONES, 'UTC'].sort()
}

function wallParts(date: Date, timeZone: string) {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
  }
}

/** Minutes the zone is ahead of UTC at that instant (Tirana in summer: 120). */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const p = wallParts(date, timeZone)
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000)
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/

/**
 * The instant of a wall-clock time (`2025-10-16T10:00`, as a datetime-local input sends it) in a
 * zone, or null if it is not one. A time skipped by a spring-forward change is read with the
 * offset before the change (02:30 becomes 03:30); a repeated autumn hour takes its first pass.
 */
export function zonedToUtc(local: string, timeZone: string): Date | null {
  const m = LOCAL.exec(local)
  if (!m) return null
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number]
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null
  const naive = Date.UTC(y, mo - 1, d, h, mi)
  const check = new Date(naive)
  if (check.getUTCDate() !== d || check.getUTCMonth() !== mo - 1) return null
  // The offset one day earlier and one day later bracket any change; try the earlier first.
  const before = zoneOffsetMinutes(new Date(naive - 86_400_000), timeZone)
  const after = zoneOffsetMinutes(new Date(naive + 86_400_000), timeZone)
  for (const offset of [before, after]) {
    const guess = new Date(naive - offset * 60_000)
    if (zoneOffsetMinutes(guess, timeZone) === offset) return guess
  }
  return new Date(naive - before * 60_000)
}

/** The wall-clock time of an instant in a zone, as a datetime-local input expects it. */
export function utcToZonedInput(date: Date, timeZone: string): string {
  const p = wallParts(date, timeZone)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`
}

/** The calendar date (`YYYY-MM-DD`) of an instant in a zone. */
export function zonedDate(date: Date, timeZone: string): string {
  return utcToZonedInput(date, timeZone).slice(0, 10)
}

/** Whole years between a birth date and a calendar date (both `YYYY-MM-DD`). */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number]
  const [y, m, d] = on.split('-').map(Number) as [number, number, number]
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0)
}

/** A date and time range in one zone, on a 24-hour clock as in all of Ura's countries. */
export function formatRange(start: Date, end: Date, timeZone: string, locale: string): string {
  return dateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatRange(start, end)
}

/** Only the clock times of a range in a zone ("10:00 – 13:00"), dated when days differ. */
export function formatTimes(start: Date, end: Date, timeZone: string, locale: string): string {
  const sameDay = zonedDate(start, timeZone) === zonedDate(end, timeZone)
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
    : {
        timeZone,
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }
  return dateTimeFormat(locale, options).formatRange(start, end)
}

/** Cities of the zones people in Ura's countries use, in each UI language. */
const CITIES: Record<string, Record<string, string>> = {
  'Europe/Tirane': { en: 'Tirana', sq: 'Tiranë', 'sr-Latn': 'Tirana', mk: 'Тирана' },
  'Europe/Belgrade': { en: 'Belgrade', sq: 'Beograd', 'sr-Latn': 'Beograd', mk: 'Белград' },
  'Europe/Skopje': { en: 'Skopje', sq: 'Shkup', 'sr-Latn': 'Skoplje', mk: 'Скопје' },
  'Europe/Podgorica': { en: 'Podgorica', sq: 'Podgoricë', 'sr-Latn': 'Podgorica', mk: 'Подгорица' },
  'Europe/Sarajevo': { en: 'Sarajevo', sq: 'Sarajevë', 'sr-Latn': 'Sarajevo', mk: 'Сараево' },
  'Europe/Zagreb': { en: 'Zagreb', sq: 'Zagreb', 'sr-Latn': 'Zagreb', mk: 'Загреб' },
  'Europe/Ljubljana': { en: 'Ljubljana', sq: 'Lubjanë', 'sr-Latn': 'Ljubljana', mk: 'Љубљана' },
  'Europe/Berlin': { en: 'Berlin', sq: 'Berlin', 'sr-Latn': 'Berlin', mk: 'Берлин' },
  'Europe/Brussels': { en: 'Brussels', sq: 'Bruksel', 'sr-Latn': 'Brisel', mk: 'Брисел' },
  'Europe/Amsterdam': { en: 'Amsterdam', sq: 'Amsterdam', 'sr-Latn': 'Amsterdam', mk: 'Амстердам' },
  'Europe/Rome': { en: 'Rome', sq: 'Romë', 'sr-Latn': 'Rim', mk: 'Рим' },
  'Europe/Athens': { en: 'Athens', sq: 'Athinë', 'sr-Latn': 'Atina', mk: 'Атина' },
  'Europe/Helsinki': { en: 'Helsinki', sq: 'Helsinki', 'sr-Latn': 'Helsinki', mk: 'Хелсинки' },
  'Europe/Vienna': { en: 'Vienna', sq: 'Vjenë', 'sr-Latn': 'Beč', mk: 'Виена' },
  'Europe/Paris': { en: 'Paris', sq: 'Paris', 'sr-Latn': 'Pariz', mk: 'Париз' },
  'Europe/London': { en: 'London', sq: 'Londër', 'sr-Latn': 'London', mk: 'Лондон' },
  'Europe/Istanbul': { en: 'Istanbul', sq: 'Stamboll', 'sr-Latn': 'Istanbul', mk: 'Истанбул' },
}

/** The city a zone is named after, in the reader's language ("Europe/Tirane" → "Tirana"). */
export function zoneCity(timeZone: string, locale: string): string {
  const known = CITIES[timeZone]?.[locale] ?? CITIES[timeZone]?.en
  if (known) return known
  if (timeZone === 'UTC') return 'UTC'
  return (timeZone.split('/').at(-1) ?? timeZone).replace(/_/g, ' ')
}

export type EventTimes = {
  /** The range in the event's zone. */
  event: string
  eventCity: string
  /** The same range in the reader's zone, when the reader is in another zone. */
  reader: string | null
  readerCity: string | null
}

/** What a page shows for an event's time: its own zone, and the reader's when that differs. */
export function eventTimes(
  event: { startsAt: Date; endsAt: Date; timeZone: string },
  readerZone: string | null,
  locale: string,
): EventTimes {
  const same =
    !readerZone ||
    readerZone === event.timeZone ||
    new Intl.DateTimeFormat('en', { timeZone: readerZone }).resolvedOptions().timeZone ===
      event.timeZone
  return {
    event: formatRange(event.startsAt, event.endsAt, event.timeZone, locale),
    eventCity: zoneCity(event.timeZone, locale),
    reader: same ? null : formatTimes(event.startsAt, event.endsAt, readerZone, locale),
    readerCity: same ? null : zoneCity(readerZone, locale),
  }
}
