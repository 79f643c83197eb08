import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import { normaliseCode } from '#src/lib/codes.ts'
import type { Ctx } from '#src/lib/context.ts'
import { authorize } from '#src/lib/policy.ts'
import type { CheckInInput } from './inputs.ts'
import { eventRegistrations } from './schema.ts'
import { getEvent } from './service.ts'

/** The longest list the check-in page carries, so a phone can search it offline. */
export const CHECK_IN_LIST_LIMIT = 2000

export type CheckInRow = {
  id: string
  name: string
  ticketCode: string
  status: string
  checkedInAt: Date | null
}

/**
 * Everyone with a place, for the door: all of them (the phone filters as you type, even
 * offline), or those whose name contains `q` when searched without JavaScript.
 */
export async function listForCheckIn(ctx: Ctx, eventId: string, q?: string) {
  const event = await getEvent(ctx, eventId)
  const search = q?.trim().toLowerCase()
  const rows: CheckInRow[] = await ctx.db
    .select({
      id: eventRegistrations.id,
      name: eventRegistrations.name,
      ticketCode: eventRegistrations.ticketCode,
      status: eventRegistrations.status,
      checkedInAt: eventRegistrations.checkedInAt,
    })
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.tenantId, event.tenantId),
        eq(eventRegistrations.eventId, event.id),
        eq(eventRegistrations.status, 'confirmed'),
        search ? sql`strpos(lower(${eventRegistrations.name}), ${search}) > 0` : undefined,
      ),
    )
    .orderBy(asc(eventRegistrations.name))
    .limit(CHECK_IN_LIST_LIMIT)
  return { event, rows }
}

export type CheckInOutcome =
  | { result: 'checked_in' | 'already'; name: string; registrationId: string; at: Date }
  | { result: 'not_confirmed'; name: string; registrationId: string }
  | { result: 'unknown' }

/** A time sent by a phone that queued the check-in offline: kept if it is recent and not ahead. */
function acceptedTime(at: string | undefined, now: Date): Date {
  if (!at) return now
  const when = new Date(at)
  const age = now.getTime() - when.getTime()
  return Number.isNaN(age) || age < 0 || age > 86_400_000 ? now : when
}

async function checkInOne(
  ctx: Ctx,
  event: { id: string; tenantId: string },
  input: CheckInInput & { at?: string | undefined },
  userId: string,
): Promise<CheckInOutcome> {
  const code = input.code ? normaliseCode(input.code) : null
  if (!input.registrationId && !code) return { result: 'unknown' }
  const [row] = await ctx.db
    .select()
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.tenantId, event.tenantId),
        eq(eventRegistrations.eventId, event.id),
        input.registrationId
          ? eq(eventRegistrations.id, input.registrationId)
          : eq(eventRegistrations.ticketCode, code!),
      ),
    )
  if (!row) return { result: 'unknown' }
  const base = { name: row.name, registrationId: row.id }
  if (row.status !== 'confirmed') return { result: 'not_confirmed', ...base }
  // Only the first check-in counts; a second scan, or a queued one sent twice, changes nothing.
  const [done] = await ctx.db
    .update(eventRegistrations)
    .set({ checkedInAt: acceptedTime(input.at, ctx.now()), checkedInBy: userId })
    .where(and(eq(eventRegistrations.id, row.id), isNull(eventRegistrations.checkedInAt)))
    .returning({ at: eventRegistrations.checkedInAt })
  if (done?.at) return { result: 'checked_in', ...base, at: done.at }
  return { result: 'already', ...base, at: row.checkedInAt ?? ctx.now() }
}

/** Checks one person in at the door, by name (registration id) or by ticket code. Idempotent. */
export async function checkIn(ctx: Ctx, eventId: string, input: CheckInInput) {
  const actor = authorize(ctx, 'events.view')
  const event = await getEvent(ctx, eventId)
  return checkInOne(ctx, event, input, actor.userId)
}

/** Check-ins a phone queued while it was offline; each answered on its own. */
export async function checkInBatch(
  ctx: Ctx,
  eventId: string,
  items: {
    registrationId?: string | undefined
    code?: string | undefined
    at?: string | undefined
  }[],
) {
  const actor = authorize(ctx, 'events.view')
  const event = await getEvent(ctx, eventId)
  const out: CheckInOutcome[] = []
  for (const item of items) out.push(await checkInOne(ctx, event, item, actor.userId))
  return out
}
