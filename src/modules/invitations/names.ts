import { inArray } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { invitations } from './schema.ts'

/** "Name <e-mail>" (or the e-mail alone) by invitation id, for the audit trail. */
export async function invitationLabels(
  ctx: Ctx,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await ctx.db
    .select({ id: invitations.id, name: invitations.displayName, email: invitations.email })
    .from(invitations)
    .where(inArray(invitations.id, [...ids]))
  return new Map(rows.map((r) => [r.id, r.name ? `${r.name} <${r.email}>` : r.email]))
}
