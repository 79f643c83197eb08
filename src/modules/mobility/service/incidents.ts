import { desc, eq } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { zonedToInstant } from '#src/lib/dates.ts'
import { AppError } from '#src/lib/errors.ts'
import { recordAudit } from '../../audit/index.ts'
import { users } from '../../users/index.ts'
import { loadMobility, requireCapability } from '../access.ts'
import type { IncidentInput } from '../inputs.ts'
import { mobilityIncidents } from '../schema.ts'

/** The incident log of a mobility, newest first; for the sending and receiving coordinators. */
export async function listIncidents(ctx: Ctx, mobilityId: string) {
  const access = await loadMobility(ctx, mobilityId)
  requireCapability(access, 'incidents')
  const items = await ctx.db
    .select({
      id: mobilityIncidents.id,
      occurredAt: mobilityIncidents.occurredAt,
      kind: mobilityIncidents.kind,
      severity: mobilityIncidents.severity,
      description: mobilityIncidents.description,
      actions: mobilityIncidents.actions,
      reportedBy: users.displayName,
    })
    .from(mobilityIncidents)
    .leftJoin(users, eq(users.id, mobilityIncidents.reportedBy))
    .where(eq(mobilityIncidents.mobilityId, mobilityId))
    .orderBy(desc(mobilityIncidents.occurredAt))
  return { access, items }
}

/** Logs an incident during the stay, in the reporter's organisation's time zone. */
export async function addIncident(
  ctx: Ctx,
  mobilityId: string,
  input: IncidentInput,
  timeZone: string,
) {
  const access = await loadMobility(ctx, mobilityId)
  requireCapability(access, 'incidents')
  const occurredAt = zonedToInstant(input.occurredAt, timeZone)
  if (!occurredAt) {
    throw new AppError(
      'INVALID_INPUT',
      'mobility:errors.dateTime',
      {},
      {
        occurredAt: 'mobility:errors.dateTime',
      },
    )
  }
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(mobilityIncidents)
      .values({
        tenantId: access.mobility.tenantId,
        mobilityId,
        occurredAt,
        kind: input.kind,
        severity: input.severity,
        description: input.description,
        actions: input.actions,
        reportedBy: access.actor.userId,
      })
      .returning({ id: mobilityIncidents.id })
    await recordAudit(
      ctx,
      {
        tenantId: access.mobility.tenantId,
        action: 'mobility.incident_logged',
        entityType: 'mobility',
        entityId: mobilityId,
        changes: { incident: { to: row!.id }, severity: { to: input.severity } },
      },
      tx,
    )
  })
}
