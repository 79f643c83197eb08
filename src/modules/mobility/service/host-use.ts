import { and, count, eq, inArray } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { type MobilityStatus, mobilities } from '../schema.ts'

/** Mobilities that have not ended: a learner is, or will be, placed with their host company. */
const OPEN: MobilityStatus[] = ['draft', 'approved', 'preparing', 'ongoing']

/**
 * How many of the organisation's mobilities that have not ended (draft to ongoing) name this
 * organisation as their host company. The network asks before a company leaves its register.
 */
export async function countOpenMobilitiesAtHost(
  ctx: Ctx,
  tenantId: string,
  hostOrganisationId: string,
): Promise<number> {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(mobilities)
    .where(
      and(
        eq(mobilities.tenantId, tenantId),
        eq(mobilities.hostCompanyOrganisationId, hostOrganisationId),
        inArray(mobilities.status, OPEN),
      ),
    )
  return row?.n ?? 0
}
