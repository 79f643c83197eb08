import { and, eq } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { Actor, Ctx } from '#src/lib/context.ts'
import { AppError, forbidden, notFound } from '#src/lib/errors.ts'
import { can, requireActor } from '#src/lib/policy.ts'
import { ZUuid } from '#src/lib/validation.ts'
import { guardianships } from '../../users/index.ts'
import { applications, calls, panelMembers } from '../schema.ts'

export type CallRow = typeof calls.$inferSelect
export type ApplicationRow = typeof applications.$inferSelect
export type TenantActor = Actor & { tenantId: string }

/** The signed-in actor in their active organisation. */
export function tenantActor(ctx: Ctx): TenantActor {
  const actor = requireActor(ctx)
  if (!actor.tenantId) throw new AppError('INVALID_STATE', 'common:errors.noOrganisation')
  return actor as TenantActor
}

export function isManager(actor: Actor): boolean {
  return can(actor, 'calls.manage')
}

/** A call of the active organisation; anything else (another school's, a bad id) is NOT_FOUND. */
export async function loadCall(ctx: Ctx, id: string, db: DbOrTx = ctx.db): Promise<CallRow> {
  const actor = tenantActor(ctx)
  if (!ZUuid.safeParse(id).success) throw notFound()
  const [row] = await db
    .select()
    .from(calls)
    .where(and(eq(calls.tenantId, actor.tenantId), eq(calls.id, id)))
  if (!row) throw notFound()
  return row
}

/** A call the actor may change: a coordinator's or administrator's, of their organisation. */
export async function loadManagedCall(ctx: Ctx, id: string, db: DbOrTx = ctx.db) {
  const call = await loadCall(ctx, id, db)
  if (!isManager(tenantActor(ctx))) throw forbidden()
  return call
}

export async function isPanelMember(ctx: Ctx, callId: string, userId: string) {
  const [row] = await ctx.db
    .select({ id: panelMembers.id })
    .from(panelMembers)
    .where(and(eq(panelMembers.callId, callId), eq(panelMembers.userId, userId)))
  return row !== undefined
}

export type ApplicationAccess = {
  isApplicant: boolean
  isGuardian: boolean
  isManager: boolean
  isPanel: boolean
}

/**
 * An application with what the actor may do with it. Another organisation's is NOT_FOUND; in the
 * same organisation, only the applicant, their guardian, the coordinators and the call's panel
 * see it (anyone else: FORBIDDEN).
 */
export async function loadApplication(ctx: Ctx, id: string) {
  const actor = tenantActor(ctx)
  if (!ZUuid.safeParse(id).success) throw notFound()
  const [row] = await ctx.db
    .select({ app: applications, call: calls })
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .where(and(eq(applications.tenantId, actor.tenantId), eq(applications.id, id)))
  if (!row) throw notFound()
  const access: ApplicationAccess = {
    isApplicant: row.app.applicantUserId === actor.userId,
    isGuardian: false,
    isManager: isManager(actor),
    isPanel: await isPanelMember(ctx, row.call.id, actor.userId),
  }
  if (!access.isApplicant && !access.isManager) {
    if (!access.isPanel) {
      const [link] = await ctx.db
        .select({ id: guardianships.id })
        .from(guardianships)
        .where(
          and(
            eq(guardianships.tenantId, actor.tenantId),
            eq(guardianships.guardianUserId, actor.userId),
            eq(guardianships.learnerUserId, row.app.applicantUserId),
          ),
        )
      access.isGuardian = link !== undefined
    }
  }
  if (!access.isApplicant && !access.isManager && !access.isPanel && !access.isGuardian) {
    throw forbidden()
  }
  return { ...row, access, actor }
}
