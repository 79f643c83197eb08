import { eq, lt } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { addDays } from '#src/lib/dates.ts'
import { CHANGED, recordAudit } from '../../audit/index.ts'
import { allows, loadMobility, requireCapability } from '../access.ts'
import type { SensitiveInput } from '../inputs.ts'
import { type EmergencyContact, mobilitySensitive } from '../schema.ts'

/** The date after which sensitive data of a mobility returning on `returnDate` is deleted. */
export function retentionEnd(ctx: Ctx, returnDate: string): string {
  return addDays(returnDate, ctx.env.medicalRetentionDays)
}

export type SensitiveView = {
  emergencyContacts: EmergencyContact[]
  /** Undefined when the reader may not see it (the receiving organisation). */
  medical: string | undefined
  deleteAfter: string | null
  canEdit: boolean
}

/**
 * Emergency contacts and medical information, as far as the reader may see them: the sending
 * coordinators, the participant and their guardian see both; the receiving organisation's
 * coordinators see the emergency contacts only; anyone else gets 403.
 */
export async function getSensitive(ctx: Ctx, mobilityId: string) {
  const access = await loadMobility(ctx, mobilityId)
  requireCapability(access, 'viewEmergencyContacts')
  const [row] = await ctx.db
    .select()
    .from(mobilitySensitive)
    .where(eq(mobilitySensitive.mobilityId, mobilityId))
  const full = allows(access.relation, 'viewSensitive')
  const view: SensitiveView = {
    emergencyContacts: row?.emergencyContacts ?? [],
    medical: full ? (row?.medicalInformation?.text ?? '') : undefined,
    deleteAfter: row?.deleteAfter ?? null,
    canEdit: allows(access.relation, 'editSensitive'),
  }
  return { access, view }
}

/** Saves emergency contacts and medical information; audited without the values. */
export async function saveSensitive(ctx: Ctx, mobilityId: string, input: SensitiveInput) {
  const access = await loadMobility(ctx, mobilityId)
  requireCapability(access, 'editSensitive')
  const { mobility } = access
  const returnDate = mobility.travelEndDate ?? mobility.endDate
  const values = {
    emergencyContacts: input.contacts,
    medicalInformation: input.medical ? { text: input.medical } : null,
    deleteAfter: retentionEnd(ctx, returnDate),
  }
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(mobilitySensitive)
      .values({ tenantId: mobility.tenantId, mobilityId, ...values })
      .onConflictDoUpdate({ target: mobilitySensitive.mobilityId, set: values })
      .returning({ id: mobilitySensitive.id })
    await recordAudit(
      ctx,
      {
        tenantId: mobility.tenantId,
        action: 'mobility.sensitive_updated',
        entityType: 'mobility',
        entityId: mobilityId,
        changes: { emergencyContacts: { to: CHANGED }, medical: { to: CHANGED } },
      },
      tx,
    )
    return row
  })
}

/**
 * Deletes the medical and emergency data of every mobility whose retention ended before today
 * (the return date plus URA_MEDICAL_RETENTION_DAYS). Run daily by `npm run ura -- purge-sensitive`.
 */
export async function purgeExpiredSensitiveData(ctx: Ctx): Promise<number> {
  const today = ctx.now().toISOString().slice(0, 10)
  return ctx.db.transaction(async (tx) => {
    const gone = await tx
      .delete(mobilitySensitive)
      .where(lt(mobilitySensitive.deleteAfter, today))
      .returning({ tenantId: mobilitySensitive.tenantId, mobilityId: mobilitySensitive.mobilityId })
    for (const row of gone) {
      await recordAudit(
        ctx,
        {
          tenantId: row.tenantId,
          action: 'mobility.sensitive_purged',
          entityType: 'mobility',
          entityId: row.mobilityId,
        },
        tx,
      )
    }
    return gone.length
  })
}
