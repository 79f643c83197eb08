import { and, eq } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { users } from '../../users/index.ts'
import { mobilities, type ParticipantType } from '../schema.ts'

/** Everyone in the mobility's group (learners and accompanying persons), with names. */
export async function listGroup(ctx: Ctx, tenantId: string, groupId: string) {
  return ctx.db
    .select({
      id: mobilities.id,
      participantType: mobilities.participantType,
      status: mobilities.status,
      name: users.displayName,
    })
    .from(mobilities)
    .innerJoin(users, eq(users.id, mobilities.participantUserId))
    .where(and(eq(mobilities.tenantId, tenantId), eq(mobilities.groupId, groupId)))
    .orderBy(mobilities.participantType, users.displayName)
}

/** Staff-to-learner ratio of a group, and whether it lacks an accompanying person. */
export function groupRatio(members: { participantType: ParticipantType; status: string }[]) {
  const active = members.filter((m) => m.status !== 'cancelled')
  const learners = active.filter((m) => m.participantType === 'learner').length
  const staff = active.length - learners
  return { learners, staff, isUnaccompanied: learners > 0 && staff === 0 }
}
