import { eq, inArray } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { organisations } from '../../organisations/index.ts'
import { users } from '../../users/index.ts'
import type { mobilities } from '../schema.ts'

/** Names of people and organisations a mobility page shows, in one round trip. */
export async function mobilityNames(ctx: Ctx, row: typeof mobilities.$inferSelect) {
  const orgIds = [
    row.sendingOrganisationId,
    row.receivingOrganisationId,
    row.hostCompanyOrganisationId,
  ].filter((x): x is string => Boolean(x))
  const [orgs, [person]] = await Promise.all([
    ctx.db
      .select({
        id: organisations.id,
        name: organisations.name,
        defaultLocale: organisations.defaultLocale,
        country: organisations.country,
        city: organisations.city,
      })
      .from(organisations)
      .where(inArray(organisations.id, orgIds)),
    ctx.db
      .select({
        displayName: users.displayName,
        dateOfBirth: users.dateOfBirth,
        locale: users.locale,
        email: users.email,
      })
      .from(users)
      .where(eq(users.id, row.participantUserId)),
  ])
  const org = (id: string | null) => orgs.find((o) => o.id === id) ?? null
  return {
    participant: person!,
    sending: org(row.sendingOrganisationId)!,
    receiving: org(row.receivingOrganisationId),
    host: org(row.hostCompanyOrganisationId),
  }
}
export type MobilityNames = Awaited<ReturnType<typeof mobilityNames>>
