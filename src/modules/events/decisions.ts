import { and, eq, inArray } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { authorize } from '#src/lib/policy.ts'
import { recordAudit } from '../audit/index.ts'
import { mailParticipant, mailPromoted, mailRegistered } from './mails.ts'
import { placementFor, promoteWaitlist, statusChange, waitlistPosition } from './placement.ts'
import { getRegistration, getRegistrationByToken } from './registration.ts'
import { eventRegistrations, events, type RegistrationStatus } from './schema.ts'
import { lockEvent } from './service.ts'

/*
 * What happens to a registration after it is made: cancelled (by the participant or by staff),
 * approved or declined by the organiser, confirmed by a minor's guardian. Every change that frees
 * a place hands it to the waiting list in the same transaction.
 */

function statusAudit(tenantId: string, id: string, to: 'approved' | 'rejected' | 'cancelled') {
  return {
    tenantId,
    action: `event_registration.${to}`,
    entityType: 'event_registration',
    entityId: id,
  }
}

const CANCELLABLE: RegistrationStatus[] = [
  'awaiting_guardian',
  'pending_approval',
  'confirmed',
  'waitlisted',
]

/** Cancels a registration and hands a freed place to the waiting list. */
async function cancel(
  ctx: Ctx,
  eventId: string,
  id: string,
  mail: 'cancelled' | 'cancelledByStaff',
) {
  const now = ctx.now()
  const result = await ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId)
    if (now >= event.endsAt) throw new AppError('INVALID_STATE', 'events:errors.eventOver')
    const [row] = await tx
      .update(eventRegistrations)
      .set(statusChange('cancelled', now))
      .where(and(eq(eventRegistrations.id, id), inArray(eventRegistrations.status, CANCELLABLE)))
      .returning()
    if (!row) throw new AppError('INVALID_STATE', 'events:errors.notCancellable')
    await recordAudit(ctx, statusAudit(event.tenantId, id, 'cancelled'), tx)
    return { event, row, promoted: await promoteWaitlist(tx, event, now) }
  })
  await mailParticipant(ctx, mail, result.event, result.row)
  for (const r of result.promoted) await mailPromoted(ctx, result.event, r)
  return result
}

/** The participant cancels through the link in their mail. */
export async function cancelByParticipant(ctx: Ctx, token: string) {
  const { registration } = await getRegistrationByToken(ctx, token)
  return cancel(ctx, registration.eventId, registration.id, 'cancelled')
}

/** Staff cancel someone's registration (they asked by phone, say). */
export async function cancelByStaff(ctx: Ctx, eventId: string, id: string) {
  authorize(ctx, 'events.manage')
  const { registration } = await getRegistration(ctx, eventId, id)
  return cancel(ctx, eventId, registration.id, 'cancelledByStaff')
}

/** Approves a registration waiting for the organiser; its place was held already. */
export async function approveRegistration(ctx: Ctx, eventId: string, id: string) {
  authorize(ctx, 'events.manage')
  const { event, registration } = await getRegistration(ctx, eventId, id)
  if (registration.status !== 'pending_approval') {
    throw new AppError('INVALID_STATE', 'events:errors.notPending')
  }
  const row = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(eventRegistrations)
      .set(statusChange('confirmed', ctx.now()))
      .where(and(eq(eventRegistrations.id, id), eq(eventRegistrations.status, 'pending_approval')))
      .returning()
    if (!row) throw new AppError('INVALID_STATE', 'events:errors.notPending')
    await recordAudit(ctx, statusAudit(event.tenantId, id, 'approved'), tx)
    return row
  })
  await mailParticipant(ctx, 'approved', event, row)
  return row
}

/** Turns down a registration waiting for approval; the place goes to the waiting list. */
export async function rejectRegistration(ctx: Ctx, eventId: string, id: string) {
  authorize(ctx, 'events.manage')
  const { registration } = await getRegistration(ctx, eventId, id)
  const now = ctx.now()
  const result = await ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId)
    const [row] = await tx
      .update(eventRegistrations)
      .set(statusChange('rejected', now))
      .where(
        and(
          eq(eventRegistrations.id, registration.id),
          eq(eventRegistrations.status, 'pending_approval'),
        ),
      )
      .returning()
    if (!row) throw new AppError('INVALID_STATE', 'events:errors.notPending')
    await recordAudit(ctx, statusAudit(event.tenantId, row.id, 'rejected'), tx)
    return { event, row, promoted: await promoteWaitlist(tx, event, now) }
  })
  await mailParticipant(ctx, 'rejected', result.event, result.row)
  for (const r of result.promoted) await mailPromoted(ctx, result.event, r)
  return result.row
}

/** The registration a guardian is asked to confirm, by the token in their mail. */
export async function getGuardianRequest(ctx: Ctx, token: string) {
  if (!/^[\w-]{20,64}$/.test(token)) throw notFound()
  const [row] = await ctx.db
    .select({ registration: eventRegistrations, event: events })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .where(eq(eventRegistrations.guardianToken, token))
  if (!row) throw notFound()
  return row
}

/** The guardian agrees: the minor is placed now (a place, to approve, or the waiting list). */
export async function confirmAsGuardian(ctx: Ctx, token: string) {
  const { registration } = await getGuardianRequest(ctx, token)
  if (registration.status !== 'awaiting_guardian') return registration
  const now = ctx.now()
  const { event, row, position } = await ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, registration.eventId)
    if (event.status === 'cancelled') throw new AppError('INVALID_STATE', 'events:errors.status')
    const status = await placementFor(tx, event)
    const [row] = await tx
      .update(eventRegistrations)
      .set({ ...statusChange(status, now), guardianConfirmedAt: now })
      .where(
        and(
          eq(eventRegistrations.id, registration.id),
          eq(eventRegistrations.status, 'awaiting_guardian'),
        ),
      )
      .returning()
    if (!row) throw new AppError('INVALID_STATE', 'events:errors.notCancellable')
    await recordAudit(
      ctx,
      {
        tenantId: event.tenantId,
        action: 'event_registration.guardian_confirmed',
        entityType: 'event_registration',
        entityId: row.id,
        changes: { status: { from: 'awaiting_guardian', to: status } },
      },
      tx,
    )
    return { event, row, position: await waitlistPosition(tx, row) }
  })
  await mailRegistered(ctx, event, row, position)
  return row
}
