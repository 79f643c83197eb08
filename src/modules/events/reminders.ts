import { and, eq, gt, inArray, isNotNull, isNull, lte } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { mailParticipant } from './mails.ts'
import { eventRegistrations, events } from './schema.ts'

/** How long before the start a reminder goes out. */
export const REMINDER_AHEAD_MS = 24 * 3_600_000

/**
 * Reminds everyone with a confirmed place at a published event that starts within the next 24
 * hours, once: each registration is claimed (reminder time set) before its mail is written, so
 * two runs at the same time never send twice. Run it every few minutes (cron, a scheduler).
 */
export async function sendEventReminders(ctx: Ctx): Promise<number> {
  const now = ctx.now()
  const due = await ctx.db
    .select({ id: events.id })
    .from(events)
    .where(
      and(
        eq(events.status, 'published'),
        gt(events.startsAt, now),
        lte(events.startsAt, new Date(now.getTime() + REMINDER_AHEAD_MS)),
      ),
    )
  if (due.length === 0) return 0
  const claimed = await ctx.db
    .update(eventRegistrations)
    .set({ reminderSentAt: now })
    .where(
      and(
        inArray(
          eventRegistrations.eventId,
          due.map((e) => e.id),
        ),
        eq(eventRegistrations.status, 'confirmed'),
        isNotNull(eventRegistrations.email),
        isNull(eventRegistrations.reminderSentAt),
      ),
    )
    .returning()
  const byId = new Map(
    (
      await ctx.db
        .select()
        .from(events)
        .where(
          inArray(
            events.id,
            due.map((e) => e.id),
          ),
        )
    ).map((e) => [e.id, e]),
  )
  for (const r of claimed) await mailParticipant(ctx, 'reminder', byId.get(r.eventId)!, r)
  return claimed.length
}
