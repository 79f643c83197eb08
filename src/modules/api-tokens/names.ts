import { inArray } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { apiTokens } from './schema.ts'

/** Tokens' names by id, for the audit trail. The secret is never read. */
export async function tokenNames(ctx: Ctx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await ctx.db
    .select({ id: apiTokens.id, name: apiTokens.name })
    .from(apiTokens)
    .where(inArray(apiTokens.id, [...ids]))
  return new Map(rows.map((r) => [r.id, r.name]))
}
