import { and, asc, eq } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, forbidden } from '#src/lib/errors.ts'
import { recordAudit } from '../../audit/index.ts'
import { loadMobility, type MobilityAccess } from '../access.ts'
import type { AttendanceInput, ChecklistItemInput } from '../inputs.ts'
import { INCOMING_ITEMS, incomingChecklists, mobilities } from '../schema.ts'
import { agreedUnits } from './after.ts'

/** The receiving organisation confirms attendance; the sending one may when the host is not in Ura. */
function mayConfirm(access: MobilityAccess) {
  return (
    access.relation === 'receiving' ||
    (access.relation === 'sending' && access.mobility.receivingOrganisationId === null)
  )
}

/**
 * The receiving organisation's own checklist for an incoming participant (programme, mentor,
 * accommodation, and its own items), the agreed units and the attendance confirmed so far.
 */
export async function getIncoming(ctx: Ctx, mobilityId: string) {
  const access = await loadMobility(ctx, mobilityId)
  if (!mayConfirm(access)) throw forbidden()
  const items =
    access.relation === 'receiving'
      ? await ctx.db
          .select()
          .from(incomingChecklists)
          .where(
            and(
              eq(incomingChecklists.tenantId, access.actor.tenantId),
              eq(incomingChecklists.mobilityId, mobilityId),
            ),
          )
          .orderBy(asc(incomingChecklists.createdAt))
      : []
  const checklist = INCOMING_ITEMS.filter((i) => i !== 'other').map(
    (item) => items.find((r) => r.item === item) ?? { item, doneAt: null, note: null, id: null },
  )
  return { access, checklist, units: await agreedUnits(ctx, mobilityId) }
}

/** Ticks, unticks or annotates one checklist item of the receiving organisation. */
export async function setChecklistItem(ctx: Ctx, mobilityId: string, input: ChecklistItemInput) {
  const access = await loadMobility(ctx, mobilityId)
  if (access.relation !== 'receiving') throw forbidden()
  const values = {
    doneAt: input.done ? ctx.now() : null,
    doneBy: input.done ? access.actor.userId : null,
    note: input.note ?? null,
  }
  const [existing] = await ctx.db
    .select({ id: incomingChecklists.id })
    .from(incomingChecklists)
    .where(
      and(
        eq(incomingChecklists.tenantId, access.actor.tenantId),
        eq(incomingChecklists.mobilityId, mobilityId),
        eq(incomingChecklists.item, input.item),
      ),
    )
  if (existing) {
    await ctx.db
      .update(incomingChecklists)
      .set(values)
      .where(eq(incomingChecklists.id, existing.id))
  } else {
    await ctx.db.insert(incomingChecklists).values({
      tenantId: access.actor.tenantId,
      mobilityId,
      item: input.item,
      ...values,
    })
  }
}

/** Confirms that the participant attended and which agreed units they achieved. */
export async function confirmAttendance(ctx: Ctx, mobilityId: string, input: AttendanceInput) {
  const access = await loadMobility(ctx, mobilityId)
  if (!mayConfirm(access)) throw forbidden()
  if (access.mobility.status === 'draft' || access.mobility.status === 'cancelled') {
    throw new AppError('INVALID_STATE', 'mobility:errors.notStarted')
  }
  const agreed = await agreedUnits(ctx, mobilityId)
  const achieved = input.units.filter((u) => agreed.includes(u))
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(mobilities)
      .set({
        attendanceConfirmedAt: ctx.now(),
        attendanceConfirmedBy: access.actor.userId,
        achievedUnits: achieved,
        receivingOutcomesNote: input.note ?? null,
      })
      .where(eq(mobilities.id, mobilityId))
    await recordAudit(
      ctx,
      {
        tenantId: access.mobility.tenantId,
        action: 'mobility.attendance_confirmed',
        entityType: 'mobility',
        entityId: mobilityId,
        changes: { achievedUnits: { to: achieved } },
      },
      tx,
    )
  })
}
