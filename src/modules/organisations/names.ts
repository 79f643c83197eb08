import { inArray } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { organisations } from './schema.ts'

/** Organisations' names (in their languages) by id, for pages of other modules such as the audit trail. */
export async function organisationNames(
  ctx: Pick<Ctx, 'db'>,
  ids: readonly string[],
): Promise<Map<string, LocalizedText>> {
  if (ids.length === 0) return new Map()
  const rows = await ctx.db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, [...ids]))
  return new Map(rows.map((r) => [r.id, r.name]))
}

export type OrganisationFacts = {
  name: LocalizedText
  country: string
  timeZone: string
  defaultLocale: string
  slug: string
}

/** What other modules need to know of organisations (name, country, time zone, language), by id. */
export async function organisationFacts(
  ctx: Pick<Ctx, 'db'>,
  ids: readonly string[],
): Promise<Map<string, OrganisationFacts>> {
  if (ids.length === 0) return new Map()
  const rows = await ctx.db
    .select({
      id: organisations.id,
      name: organisations.name,
      country: organisations.country,
      timeZone: organisations.timeZone,
      defaultLocale: organisations.defaultLocale,
      slug: organisations.slug,
    })
    .from(organisations)
    .where(inArray(organisations.id, [...ids]))
  return new Map(rows.map(({ id, ...facts }) => [id, facts]))
}
