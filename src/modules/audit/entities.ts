import { eq, inArray } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { apiTokens } from '../api-tokens/schema.ts'
import { invitations } from '../invitations/schema.ts'
import { organisations } from '../organisations/schema.ts'
import { memberships, users } from '../users/schema.ts'

/** A readable name for an audited record: plain text, or an organisation's name in languages. */
export type EntityName = string | LocalizedText

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

type Ref = { entityType: string; entityId: string }

export const entityKey = (type: string, id: string) => `${type}:${id}`

/**
 * Names for the records a page of audit entries points at, in one query per record type. Records
 * that no longer exist (a removed membership) get no name; the view shows their type instead.
 */
export async function describeEntities(ctx: Ctx, refs: Ref[]): Promise<Map<string, EntityName>> {
  const byType = new Map<string, string[]>()
  for (const ref of refs) {
    if (!UUID.test(ref.entityId)) continue
    const ids = byType.get(ref.entityType) ?? []
    if (!ids.includes(ref.entityId)) ids.push(ref.entityId)
    byType.set(ref.entityType, ids)
  }
  const out = new Map<string, EntityName>()
  const put = (type: string, rows: { id: string; name: EntityName | null }[]) => {
    for (const row of rows) if (row.name) out.set(entityKey(type, row.id), row.name)
  }
  const userIds = byType.get('user')
  if (userIds) {
    put(
      'user',
      await ctx.db
        .select({ id: users.id, name: users.displayName })
        .from(users)
        .where(inArray(users.id, userIds)),
    )
  }
  const membershipIds = byType.get('membership')
  if (membershipIds) {
    put(
      'membership',
      await ctx.db
        .select({ id: memberships.id, name: users.displayName })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(inArray(memberships.id, membershipIds)),
    )
  }
  const invitationIds = byType.get('invitation')
  if (invitationIds) {
    const rows = await ctx.db
      .select({ id: invitations.id, name: invitations.displayName, email: invitations.email })
      .from(invitations)
      .where(inArray(invitations.id, invitationIds))
    put(
      'invitation',
      rows.map((r) => ({ id: r.id, name: r.name ? `${r.name} <${r.email}>` : r.email })),
    )
  }
  const organisationIds = byType.get('organisation')
  if (organisationIds) {
    put(
      'organisation',
      await ctx.db
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(inArray(organisations.id, organisationIds)),
    )
  }
  const tokenIds = byType.get('api_token')
  if (tokenIds) {
    put(
      'api_token',
      await ctx.db
        .select({ id: apiTokens.id, name: apiTokens.name })
        .from(apiTokens)
        .where(inArray(apiTokens.id, tokenIds)),
    )
  }
  return out
}
