import { and, asc, eq, notInArray, sql } from 'drizzle-orm'
import { newCode, normaliseCode } from '#src/lib/codes.ts'
import type { Ctx } from '#src/lib/context.ts'
import { randomToken } from '#src/lib/crypto.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { authorize } from '#src/lib/policy.ts'
import { ZUuid } from '#src/lib/validation.ts'
import { recordAudit } from '../audit/index.ts'
import { hitRateLimit } from '../auth/index.ts'
import { mailRegistered } from './mails.ts'
import { placementFor, statusChange, waitlistPosition } from './placement.ts'
import type { RegistrationInput, StaffRegistrationInput } from './registration-inputs.ts'
import { eventRegistrations, events, type RegistrationStatus } from './schema.ts'
import { type Event, getEvent, lockEvent } from './service.ts'

export type { Registration } from './placement.ts'

/** Registrations per address and hour; enough for a teacher registering a class one by one. */
const REGISTRATIONS_PER_HOUR = 30

export type RegistrationWindow = 'open' | 'notYet' | 'closed' | 'cancelled' | 'draft'

/** Whether the public may register now: published, and between opening and closing time. */
export function registrationWindow(event: Event, now: Date): RegistrationWindow {
  if (event.status === 'cancelled') return 'cancelled'
  if (event.status === 'draft') return 'draft'
  if (event.registrationOpensAt && now < event.registrationOpensAt) return 'notYet'
  const closes = event.registrationClosesAt ?? event.startsAt
  return now < closes ? 'open' : 'closed'
}

/** Registrations that no longer count: the same address may register again. */
const ENDED: RegistrationStatus[] = ['cancelled', 'rejected']

function newTokens(isMinor: boolean) {
  return {
    accessToken: randomToken(24),
    ticketCode: newCode(),
    guardianToken: isMinor ? randomToken(24) : null,
  }
}

/**
 * Registers someone from the public form. Minors wait for their guardian before they are placed;
 * everyone else gets a place, a place to approve, or the waiting list, decided under the lock.
 */
export async function registerForEvent(
  ctx: Ctx,
  eventId: string,
  input: RegistrationInput,
  ip: string,
) {
  await hitRateLimit(ctx.db, `event-register:${ip}`, REGISTRATIONS_PER_HOUR, 3_600_000, ctx.now())
  const now = ctx.now()
  const { registration, event, position } = await ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId)
    if (registrationWindow(event, now) !== 'open') {
      throw new AppError('INVALID_STATE', 'events:errors.registrationClosed')
    }
    const [taken] = await tx
      .select({ id: eventRegistrations.id })
      .from(eventRegistrations)
      .where(
        and(
          eq(eventRegistrations.eventId, event.id),
          sql`lower(${eventRegistrations.email}) = ${input.email}`,
          notInArray(eventRegistrations.status, ENDED),
        ),
      )
    if (taken) {
      throw new AppError(
        'CONFLICT',
        'events:errors.alreadyRegistered',
        {},
        {
          email: 'events:errors.alreadyRegistered',
        },
      )
    }
    const status = input.isMinor ? 'awaiting_guardian' : await placementFor(tx, event)
    const [registration] = await tx
      .insert(eventRegistrations)
      .values({
        tenantId: event.tenantId,
        eventId: event.id,
        ...statusChange(status, now),
        name: input.name,
        email: input.email,
        locale: input.locale,
        dateOfBirth: input.dateOfBirth,
        guardianName: input.guardianName,
        guardianEmail: input.guardianEmail,
        answers: input.answers,
        ...newTokens(input.isMinor),
      })
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: event.tenantId,
        action: 'event_registration.created',
        entityType: 'event_registration',
        entityId: registration!.id,
        changes: { status: { to: status } },
      },
      tx,
    )
    return {
      registration: registration!,
      event,
      position: await waitlistPosition(tx, registration!),
    }
  })
  await mailRegistered(ctx, event, registration, position)
  return { registration, position }
}

/** Staff register someone (a walk-in, a learner without e-mail); no approval, no guardian step. */
export async function registerByStaff(ctx: Ctx, eventId: string, input: StaffRegistrationInput) {
  const actor = authorize(ctx, 'events.view')
  await getEvent(ctx, eventId)
  const now = ctx.now()
  const { registration, event, position } = await ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId)
    if (event.status === 'cancelled') throw new AppError('INVALID_STATE', 'events:errors.status')
    if (input.email) {
      const [taken] = await tx
        .select({ id: eventRegistrations.id })
        .from(eventRegistrations)
        .where(
          and(
            eq(eventRegistrations.eventId, event.id),
            sql`lower(${eventRegistrations.email}) = ${input.email}`,
            notInArray(eventRegistrations.status, ENDED),
          ),
        )
      if (taken) {
        throw new AppError(
          'CONFLICT',
          'events:errors.alreadyRegistered',
          {},
          {
            email: 'events:errors.alreadyRegistered',
          },
        )
      }
    }
    const status = await placementFor(tx, event, { skipApproval: true })
    const [registration] = await tx
      .insert(eventRegistrations)
      .values({
        tenantId: event.tenantId,
        eventId: event.id,
        ...statusChange(status, now),
        name: input.name,
        email: input.email ?? null,
        locale: input.locale,
        registeredBy: actor.userId,
        ...newTokens(false),
      })
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: event.tenantId,
        action: 'event_registration.created',
        entityType: 'event_registration',
        entityId: registration!.id,
        changes: { status: { to: status } },
      },
      tx,
    )
    return {
      registration: registration!,
      event,
      position: await waitlistPosition(tx, registration!),
    }
  })
  await mailRegistered(ctx, event, registration, position)
  return registration
}

/** One registration of one of the organisation's events (staff view). */
export async function getRegistration(ctx: Ctx, eventId: string, id: string) {
  const event = await getEvent(ctx, eventId)
  if (!ZUuid.safeParse(id).success) throw notFound()
  const [registration] = await ctx.db
    .select()
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.id, id),
        eq(eventRegistrations.eventId, event.id),
        eq(eventRegistrations.tenantId, event.tenantId),
      ),
    )
  if (!registration) throw notFound()
  return { event, registration }
}

/** A participant's registration, by the token in their link. */
export async function getRegistrationByToken(ctx: Ctx, token: string) {
  if (!/^[\w-]{20,64}$/.test(token)) throw notFound()
  const [row] = await ctx.db
    .select({ registration: eventRegistrations, event: events })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .where(eq(eventRegistrations.accessToken, token))
  if (!row) throw notFound()
  const position = await waitlistPosition(ctx.db, row.registration)
  return { ...row, position }
}

/** Everyone registered for one of the organisation's events, by status then by time. */
export async function listRegistrations(ctx: Ctx, eventId: string) {
  const event = await getEvent(ctx, eventId)
  const rows = await ctx.db
    .select()
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.tenantId, event.tenantId),
        eq(eventRegistrations.eventId, event.id),
      ),
    )
    .orderBy(asc(eventRegistrations.createdAt))
    .limit(5000)
  const order: RegistrationStatus[] = [
    'pending_approval',
    'awaiting_guardian',
    'confirmed',
    'waitlisted',
    'cancelled',
    'rejected',
  ]
  rows.sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status))
  return { event, rows }
}

/** A ticket, by the code in its QR (a verification URL) or typed from paper. */
export async function verifyTicket(ctx: Ctx, code: string) {
  const normal = normaliseCode(code)
  if (!normal) throw notFound()
  const [row] = await ctx.db
    .select({ registration: eventRegistrations, event: events })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .where(eq(eventRegistrations.ticketCode, normal))
  if (!row) throw notFound()
  return row
}
