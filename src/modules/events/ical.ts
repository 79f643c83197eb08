import ical, { ICalEventStatus } from 'ical-generator'
import { pickText } from '#src/lib/localized-text.ts'
import type { events } from './schema.ts'

type EventRow = typeof events.$inferSelect

/**
 * An iCalendar feed of events. Times are written in UTC (`DTSTART:…Z`): a calendar zone without
 * VTIMEZONE blocks would make clients read them as floating local times (a caveat found when the stack was chosen).
 */
export function renderIcs(
  rows: EventRow[],
  options: { name: string; baseUrl: string; locale: string; fallbacks: string[] },
): string {
  const cal = ical({ name: options.name, prodId: { company: 'Ura', product: 'events' } })
  for (const e of rows) {
    const url = `${options.baseUrl}/${options.locale}/e/${e.slug}`
    const description = pickText(e.description, options.locale, options.fallbacks).value
    cal.createEvent({
      id: `${e.id}@ura`,
      start: e.startsAt,
      end: e.endsAt,
      stamp: e.updatedAt,
      summary: pickText(e.title, options.locale, options.fallbacks).value,
      description: description ? `${description}\n\n${url}` : url,
      location: [e.venueName, e.venueAddress].filter(Boolean).join(', ') || e.onlineUrl || null,
      url,
      status: e.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    })
  }
  return cal.toString()
}
