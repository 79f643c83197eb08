import { dateIn } from '#src/lib/dates.ts'
import { dateTimeFormat } from '#src/lib/intl.ts'

/*
 * Events happen in one place's time and are read from anywhere. Times are stored in UTC; the form
 * takes wall-clock time in the event's IANA zone, and pages show both the event's and the reader's.
 * The arithmetic (wall-clock time ↔ instant, the date in a zone, ages) is in #src/lib/dates.ts.
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
  const sameDay = dateIn(start, timeZone) === dateIn(end, timeZone)
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
