import { describe, expect, it } from 'vitest'
import { ageOn, wallClockIn, zonedToInstant, zoneOffsetMinutes } from '#src/lib/dates.ts'
import { eventTimes, isTimeZone } from './time.ts'

describe('wall-clock time in a zone', () => {
  it('[EVENTS][TZ]: 10:00 in Tirana in October (CEST) is 08:00 UTC; in December (CET) 09:00', () => {
    expect(zonedToInstant('2025-10-16T10:00', 'Europe/Tirane')?.toISOString()).toBe(
      '2025-10-16T08:00:00.000Z',
    )
    expect(zonedToInstant('2025-12-10T10:00', 'Europe/Tirane')?.toISOString()).toBe(
      '2025-12-10T09:00:00.000Z',
    )
    expect(zonedToInstant('2025-10-16T10:00', 'Europe/Athens')?.toISOString()).toBe(
      '2025-10-16T07:00:00.000Z',
    )
  })

  it('[EVENTS][TZ][DST]: the last hour before and the first after each change map exactly', () => {
    // Spring 2025: 30 March, 02:00 CET → 03:00 CEST (01:00 UTC).
    expect(zonedToInstant('2025-03-30T01:59', 'Europe/Tirane')?.toISOString()).toBe(
      '2025-03-30T00:59:00.000Z',
    )
    expect(zonedToInstant('2025-03-30T03:00', 'Europe/Tirane')?.toISOString()).toBe(
      '2025-03-30T01:00:00.000Z',
    )
    // 02:30 does not exist that night; it is read as 03:30 CEST.
    const skipped = zonedToInstant('2025-03-30T02:30', 'Europe/Tirane')!
    expect(skipped.toISOString()).toBe('2025-03-30T01:30:00.000Z')
    expect(wallClockIn(skipped, 'Europe/Tirane')).toBe('2025-03-30T03:30')
    // Autumn 2025: 26 October, 03:00 CEST → 02:00 CET; 02:30 happens twice, the first is taken.
    expect(zonedToInstant('2025-10-26T02:30', 'Europe/Tirane')?.toISOString()).toBe(
      '2025-10-26T00:30:00.000Z',
    )
    expect(zonedToInstant('2025-10-26T03:30', 'Europe/Tirane')?.toISOString()).toBe(
      '2025-10-26T02:30:00.000Z',
    )
    expect(zoneOffsetMinutes(new Date('2025-10-26T00:59:00Z'), 'Europe/Tirane')).toBe(120)
    expect(zoneOffsetMinutes(new Date('2025-10-26T01:00:00Z'), 'Europe/Tirane')).toBe(60)
  })

  it('[EVENTS][TZ]: round-trips every hour of a year, and refuses what is not a time', () => {
    for (let h = 0; h < 365 * 24; h += 7) {
      const instant = new Date(Date.UTC(2025, 0, 1) + h * 3_600_000)
      const local = wallClockIn(instant, 'Europe/Tirane')
      expect(zonedToInstant(local, 'Europe/Tirane')?.getTime()).toBe(instant.getTime())
    }
    expect(zonedToInstant('2025-02-30T10:00', 'Europe/Tirane')).toBeNull()
    expect(zonedToInstant('16.10.2025 10:00', 'Europe/Tirane')).toBeNull()
    expect(isTimeZone('Europe/Tirane')).toBe(true)
    expect(isTimeZone('Mars/Olympus')).toBe(false)
  })

  it('[EVENTS][AGE]: age at the event counts the birthday itself', () => {
    expect(ageOn('2008-11-18', '2025-11-18')).toBe(17)
    expect(ageOn('2007-11-18', '2025-11-18')).toBe(18)
    expect(ageOn('2007-11-19', '2025-11-18')).toBe(17)
  })
})

describe('what a reader sees', () => {
  const erasmusDay = {
    startsAt: new Date('2025-10-16T08:00:00Z'),
    endsAt: new Date('2025-10-16T11:00:00Z'),
    timeZone: 'Europe/Tirane',
  }

  it('[EVENTS][TZ]: an event in Tirana read from Berlin shows both, with the same clock times', () => {
    const times = eventTimes(erasmusDay, 'Europe/Berlin', 'en')
    expect(times.event).toMatch(/October 16, 2025/)
    expect(times.event).toMatch(/10:00/)
    expect(times.event).toMatch(/13:00/)
    expect(times.eventCity).toBe('Tirana')
    expect(times.reader).toMatch(/^10:00\s?–\s?13:00$/)
    expect(times.readerCity).toBe('Berlin')
  })

  it('[EVENTS][TZ]: read from Athens, one hour later; from Tirana, only once', () => {
    const athens = eventTimes(erasmusDay, 'Europe/Athens', 'sq')
    expect(athens.reader).toMatch(/11:00/)
    expect(athens.readerCity).toBe('Athinë')
    const home = eventTimes(erasmusDay, 'Europe/Tirane', 'sq')
    expect(home.reader).toBeNull()
    expect(home.eventCity).toBe('Tiranë')
  })

  it('[EVENTS][TZ][DST]: across the autumn change the two zones still agree hour by hour', () => {
    // Tirana and Berlin change on the same night; London is an hour behind on both sides.
    const overnight = {
      startsAt: new Date('2025-10-25T22:00:00Z'),
      endsAt: new Date('2025-10-26T04:00:00Z'),
      timeZone: 'Europe/Tirane',
    }
    const times = eventTimes(overnight, 'Europe/London', 'en')
    expect(times.event).toMatch(/00:00/)
    expect(times.event).toMatch(/05:00/)
    expect(times.reader).toMatch(/23:00/)
    expect(times.reader).toMatch(/04:00/)
  })
})
