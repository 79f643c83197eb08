import { and, eq, or } from 'drizzle-orm'
import type { Actor, Ctx } from '#src/lib/context.ts'
import { AppError, forbidden, notFound } from '#src/lib/errors.ts'
import { can, requireActor } from '#src/lib/policy.ts'
import { guardianships } from '../users/index.ts'
import { mobilities } from './schema.ts'

export type MobilityRow = typeof mobilities.$inferSelect

/**
 * How the actor stands to a mobility: the sending organisation's coordinators, the receiving
 * organisation's or the host company's coordinators, the participant, or the participant's guardian.
 */
export type Relation = 'sending' | 'receiving' | 'host' | 'participant' | 'guardian'

export type MobilityAccess = {
  mobility: MobilityRow
  relation: Relation
  actor: Actor & { tenantId: string }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** What each relation may do with a mobility; the views use the same table to show or hide. */
export const CAPABILITIES = {
  manage: ['sending'],
  viewSensitive: ['sending', 'participant', 'guardian'],
  viewEmergencyContacts: ['sending', 'participant', 'guardian', 'receiving'],
  editSensitive: ['sending', 'participant', 'guardian'],
  incidents: ['sending', 'receiving'],
  incoming: ['receiving'],
  viewReport: ['sending', 'participant'],
  submitReport: ['participant'],
  viewCertificate: ['sending', 'participant', 'guardian'],
  viewRecognition: ['sending', 'participant', 'guardian'],
} as const satisfies Record<string, readonly Relation[]>

export type Capability = keyof typeof CAPABILITIES

export function allows(relation: Relation, capability: Capability): boolean {
  return (CAPABILITIES[capability] as readonly Relation[]).includes(relation)
}

/** Throws 403 unless the relation has the capability. */
export function requireCapability(access: MobilityAccess, capability: Capability) {
  if (!allows(access.relation, capability)) throw forbidden()
}

/** The signed-in actor with an active organisation. */
export function requireTenantActor(ctx: Ctx): Actor & { tenantId: string } {
  const actor = requireActor(ctx)
  if (!actor.tenantId) throw new AppError('INVALID_STATE', 'common:errors.noOrganisation')
  return actor as Actor & { tenantId: string }
}

async function isGuardianOf(ctx: Ctx, tenantId: string, guardian: string, learner: string) {
  const [row] = await ctx.db
    .select({ id: guardianships.id })
    .from(guardianships)
    .where(
      and(
        eq(guardianships.tenantId, tenantId),
        eq(guardianships.guardianUserId, guardian),
        eq(guardianships.learnerUserId, learner),
      ),
    )
    .limit(1)
  return row !== undefined
}

/**
 * Loads a mobility the actor's active organisation sends, receives or hosts, and says how the
 * actor stands to it. Another organisation's mobility, and a learner's or guardian's view of
 * someone else's, is NOT_FOUND; other members of the sending organisation get FORBIDDEN.
 */
export async function loadMobility(ctx: Ctx, id: string): Promise<MobilityAccess> {
  const actor = requireTenantActor(ctx)
  if (!UUID.test(id)) throw notFound()
  const [mobility] = await ctx.db
    .select()
    .from(mobilities)
    .where(
      and(
        eq(mobilities.id, id),
        or(
          eq(mobilities.tenantId, actor.tenantId),
          eq(mobilities.receivingOrganisationId, actor.tenantId),
          eq(mobilities.hostCompanyOrganisationId, actor.tenantId),
        ),
      ),
    )
    .limit(1)
  if (!mobility) throw notFound()
  const isManager = can(actor, 'mobility.manage')
  if (mobility.tenantId === actor.tenantId) {
    if (isManager) return { mobility, relation: 'sending', actor }
    if (mobility.participantUserId === actor.userId) {
      return { mobility, relation: 'participant', actor }
    }
    if (
      actor.role === 'guardian' &&
      (await isGuardianOf(ctx, actor.tenantId, actor.userId, mobility.participantUserId))
    ) {
      return { mobility, relation: 'guardian', actor }
    }
    if (actor.role === 'learner' || actor.role === 'guardian') throw notFound()
    throw forbidden()
  }
  // Partners see a mobility once the sending school has approved it, not while it is a draft.
  if (mobility.status === 'draft') throw notFound()
  if (!isManager) throw forbidden()
  const relation = mobility.receivingOrganisationId === actor.tenantId ? 'receiving' : 'host'
  return { mobility, relation, actor }
}
