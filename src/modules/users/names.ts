import { and, eq, inArray } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { memberships, users } from './schema.ts'

/*
 * Names of people for pages of other modules (the audit trail names who did what). No permission
 * check: a caller passes ids it has already read under its own.
 */

/** Display names by user id; unknown ids are left out. */
export async function userNames(ctx: Ctx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await ctx.db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, [...ids]))
  return new Map(rows.map((r) => [r.id, r.name]))
}

/** The member's display name by membership id; removed memberships are left out. */
export async function membershipNames(
  ctx: Ctx,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await ctx.db
    .select({ id: memberships.id, name: users.displayName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(inArray(memberships.id, [...ids]))
  return new Map(rows.map((r) => [r.id, r.name]))
}

/** Of the given people, those who are members of the organisation (any role). */
export async function memberUserIds(
  ctx: Ctx,
  tenantId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await ctx.db
    .select({ id: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), inArray(memberships.userId, [...ids])))
  return new Set(rows.map((r) => r.id))
}

/** Whom to write to: e-mail, language and name of the people who have an e-mail and may sign in. */
export async function mailContacts(
  ctx: Ctx,
  ids: readonly string[],
): Promise<Map<string, { email: string; locale: string | null; name: string }>> {
  if (ids.length === 0) return new Map()
  const rows = await ctx.db
    .select({ id: users.id, email: users.email, locale: users.locale, name: users.displayName })
    .from(users)
    .where(and(inArray(users.id, [...ids]), eq(users.isDisabled, false)))
  return new Map(
    rows.flatMap((r) =>
      r.email ? [[r.id, { email: r.email, locale: r.locale, name: r.name }]] : [],
    ),
  )
}
