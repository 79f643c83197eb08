import { eq, sql } from 'drizzle-orm'
import type { Db } from '#src/db/client.ts'
import type { Actor, MembershipSummary } from '#src/lib/context.ts'
import { users } from './schema.ts'

/**
 * A person's memberships as one JSON array, for selecting beside the person in the same query:
 * every request builds an actor, so this saves a round trip on each one. The query must have
 * `users` in its FROM clause (Drizzle leaves columns unqualified in single-table selects, so the
 * reference is written out).
 */
function membershipsOfUser() {
  return sql<MembershipSummary[]>`coalesce((
    select json_agg(json_build_object(
      'membershipId', m.id, 'tenantId', m.tenant_id, 'role', m.role, 'slug', o.slug,
      'name', o.name, 'defaultLocale', o.default_locale, 'timeZone', o.time_zone
    ) order by o.slug)
    from memberships m join organisations o on o.id = m.tenant_id
    where m.user_id = "users"."id"
  ), '[]'::json)`
}

/** The columns of a person that an actor needs, plus their memberships. */
export const actorColumns = {
  userId: users.id,
  displayName: users.displayName,
  email: users.email,
  locale: users.locale,
  isPlatformAdmin: users.isPlatformAdmin,
  isDisabled: users.isDisabled,
  memberships: membershipsOfUser(),
}

export type ActorRow = {
  userId: string
  displayName: string
  email: string | null
  locale: string | null
  isPlatformAdmin: boolean
  isDisabled: boolean
  memberships: MembershipSummary[]
}

/**
 * The actor for a loaded person, in the preferred organisation if it is one of theirs, else in
 * their first. Disabled people are no actor at all.
 */
export function toActor(
  row: ActorRow,
  preferredTenantId: string | null,
  via: Actor['via'],
): Actor | null {
  if (row.isDisabled) return null
  const list = row.memberships
  const active = list.find((m) => m.tenantId === preferredTenantId) ?? list[0] ?? null
  return {
    userId: row.userId,
    displayName: row.displayName,
    email: row.email,
    locale: row.locale,
    isPlatformAdmin: row.isPlatformAdmin,
    memberships: list,
    tenantId: active?.tenantId ?? null,
    role: active?.role ?? null,
    via,
  }
}

/** Builds the actor for a user id (one query). */
export async function loadActor(
  db: Db,
  userId: string,
  preferredTenantId: string | null,
  via: Actor['via'],
): Promise<Actor | null> {
  const [row] = await db.select(actorColumns).from(users).where(eq(users.id, userId))
  return row ? toActor(row, preferredTenantId, via) : null
}
