import { asc, eq } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, forbidden } from '#src/lib/errors.ts'
import { recordAudit } from '../../audit/index.ts'
import { users } from '../../users/index.ts'
import { loadMobility } from '../access.ts'
import type { StatusChangeInput } from '../inputs.ts'
import { type MobilityStatus, mobilities, mobilitySensitive, mobilityStatusLog } from '../schema.ts'
import { runApprovedSteps } from './approved-hook.ts'
import { retentionEnd } from './sensitive.ts'

/** Where each status may go next. Completed and cancelled are final. */
export const TRANSITIONS: Record<MobilityStatus, readonly MobilityStatus[]> = {
  draft: ['approved', 'cancelled'],
  approved: ['preparing', 'cancelled'],
  preparing: ['ongoing', 'cancelled'],
  ongoing: ['completed', 'interrupted'],
  interrupted: ['ongoing', 'completed'],
  completed: [],
  cancelled: [],
}

export function canMove(from: MobilityStatus, to: MobilityStatus): boolean {
  return TRANSITIONS[from].includes(to)
}

/**
 * Moves a mobility to another status along the allowed transitions, logged and audited. An
 * interruption may record force majeure with its reason.
 */
export async function changeStatus(ctx: Ctx, id: string, input: StatusChangeInput) {
  const { mobility, relation, actor } = await loadMobility(ctx, id)
  if (relation !== 'sending') throw forbidden()
  const from = mobility.status
  if (!canMove(from, input.to)) {
    throw new AppError(
      'INVALID_INPUT',
      'mobility:errors.transition',
      {},
      {
        to: 'mobility:errors.transition',
      },
    )
  }
  const isInterruption = input.to === 'interrupted'
  const at = ctx.now()
  const changed = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(mobilities)
      .set({
        status: input.to,
        ...(isInterruption
          ? {
              forceMajeure: input.forceMajeure,
              forceMajeureReason: input.forceMajeure ? (input.forceMajeureReason ?? null) : null,
            }
          : {}),
      })
      .where(eq(mobilities.id, id))
      .returning()
    const note = isInterruption && input.forceMajeure ? input.forceMajeureReason : input.note
    await tx.insert(mobilityStatusLog).values({
      tenantId: mobility.tenantId,
      mobilityId: id,
      fromStatus: from,
      toStatus: input.to,
      byUserId: actor.userId,
      at,
      note: note ?? null,
    })
    if (isInterruption) {
      // Back home early: the sensitive data is kept the usual number of days after today.
      await tx
        .update(mobilitySensitive)
        .set({ deleteAfter: retentionEnd(ctx, at.toISOString().slice(0, 10)) })
        .where(eq(mobilitySensitive.mobilityId, id))
    }
    await recordAudit(
      ctx,
      {
        tenantId: mobility.tenantId,
        action: 'mobility.status_changed',
        entityType: 'mobility',
        entityId: id,
        changes: {
          status: { from, to: input.to },
          ...(isInterruption ? { forceMajeure: { to: input.forceMajeure } } : {}),
        },
      },
      tx,
    )
    return row!
  })
  if (input.to === 'approved') await runApprovedSteps(ctx, changed)
  return changed
}

/** The status history of a mobility, oldest first, with who made each change. */
export async function listStatusLog(ctx: Ctx, id: string) {
  await loadMobility(ctx, id)
  return ctx.db
    .select({
      id: mobilityStatusLog.id,
      from: mobilityStatusLog.fromStatus,
      to: mobilityStatusLog.toStatus,
      at: mobilityStatusLog.at,
      note: mobilityStatusLog.note,
      by: users.displayName,
    })
    .from(mobilityStatusLog)
    .leftJoin(users, eq(users.id, mobilityStatusLog.byUserId))
    .where(eq(mobilityStatusLog.mobilityId, id))
    .orderBy(asc(mobilityStatusLog.at), asc(mobilityStatusLog.id))
}
