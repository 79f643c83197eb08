import { and, asc, count, eq, inArray, sql } from 'drizzle-orm'
import type { DbOrTx, Tx } from '#src/db/client.ts'
import { eventRegistrations, type events, HOLDS_PLACE, type RegistrationStatus } from './schema.ts'

/*
 * Places are counted only while the event's row is locked (`lockEvent`, SELECT … FOR UPDATE), so
 * two people taking the last place at once queue on that lock: the second counts the first.
 */

type EventRow = typeof events.$inferSelect
export type Registration = typeof eventRegistrations.$inferSelect

/** How many registrations hold a place (confirmed or waiting for the organiser's approval). */
export async function placesTaken(tx: DbOrTx, eventId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        inArray(eventRegistrations.status, [...HOLDS_PLACE]),
      ),
    )
  return row?.n ?? 0
}

/** Where a new registration goes: a place (approved or to approve), or the waiting list. */
export async function placementFor(
  tx: Tx,
  event: EventRow,
  options: { skipApproval?: boolean } = {},
): Promise<RegistrationStatus> {
  if (event.capacity !== null && (await placesTaken(tx, event.id)) >= event.capacity) {
    return 'waitlisted'
  }
  return event.needsApproval && !options.skipApproval ? 'pending_approval' : 'confirmed'
}

/**
 * The columns that go with a status change. The waiting list is ordered by the database clock
 * read under the event's lock, so whoever got the lock first is ahead, even within a millisecond.
 */
export function statusChange(status: RegistrationStatus, now: Date) {
  return {
    status,
    ...(status === 'confirmed' ? { confirmedAt: now } : {}),
    ...(status === 'waitlisted' ? { waitlistedAt: sql`clock_timestamp()` } : {}),
    ...(status === 'cancelled' || status === 'rejected' ? { cancelledAt: now } : {}),
  }
}

/**
 * Gives free places to the waiting list, first come first served. Call with the event locked.
 * Returns the people promoted, so the caller can tell them after the commit.
 */
export async function promoteWaitlist(tx: Tx, event: EventRow, now: Date): Promise<Registration[]> {
  if (event.status !== 'published') return []
  const free =
    event.capacity === null ? 1_000_000 : event.capacity - (await placesTaken(tx, event.id))
  if (free <= 0) return []
  const next = await tx
    .select({ id: eventRegistrations.id })
    .from(eventRegistrations)
    .where(
      and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.status, 'waitlisted')),
    )
    .orderBy(asc(eventRegistrations.waitlistedAt), asc(eventRegistrations.createdAt))
    .limit(free)
  if (next.length === 0) return []
  const status = event.needsApproval ? 'pending_approval' : 'confirmed'
  return tx
    .update(eventRegistrations)
    .set(statusChange(status, now))
    .where(
      and(
        inArray(
          eventRegistrations.id,
          next.map((r) => r.id),
        ),
        eq(eventRegistrations.status, 'waitlisted'),
      ),
    )
    .returning()
}

/** The position of a waiting registration in its event's list (1 = next to get a place). */
export async function waitlistPosition(tx: DbOrTx, registration: Registration): Promise<number> {
  if (registration.status !== 'waitlisted' || !registration.waitlistedAt) return 0
  const ahead = await tx
    .select({ id: eventRegistrations.id, at: eventRegistrations.waitlistedAt })
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, registration.eventId),
        eq(eventRegistrations.status, 'waitlisted'),
      ),
    )
    .orderBy(asc(eventRegistrations.waitlistedAt), asc(eventRegistrations.createdAt))
  return ahead.findIndex((r) => r.id === registration.id) + 1
}
