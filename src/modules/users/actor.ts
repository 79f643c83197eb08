import { asc, eq } from 'drizzle-orm'
import type { Db } from '#src/db/client.ts'
import type { Actor, MembershipSummary } from '#src/lib/context.ts'
import { organisations } from '../organisations/schema.ts'
import { memberships, users } from './schema.ts'

/**
 * Builds the actor for a user: their memberships and their role in the active organisation.
 * If the preferred organisation is not one of theirs, the first membership is used instead.
 */
export async function loadActor(
  db: Db,
  userId: string,
  preferredTenantId: string | null,
  via: Actor['via'],
): Promise<Actor | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId))
  if (!user || user.isDisabled) return null
  const rows = await db
    .select({
      membershipId: memberships.id,
      tenantId: memberships.tenantId,
      role: memberships.role,
      slug: organisations.slug,
      name: organisations.name,
      defaultLocale: organisations.defaultLocale,
      timeZone: organisations.timeZone,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.tenantId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.slug))
  const list: MembershipSummary[] = rows
  const active = list.find((m) => m.tenantId === preferredTenantId) ?? list[0] ?? null
  return {
    userId: user.id,
    displayName: user.displayName,
    email: user.email,
    locale: user.locale,
    isPlatformAdmin: user.isPlatformAdmin,
    memberships: list,
    tenantId: active?.tenantId ?? null,
    role: active?.role ?? null,
    via,
  }
}
