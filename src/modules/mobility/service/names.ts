import { eq, inArray } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import type { Locale } from '#src/lib/i18n.ts'
import { dateTimeFormat } from '#src/lib/intl.ts'
import { pickText } from '#src/lib/localized-text.ts'
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

type Org = MobilityNames['sending'] | null

/** An organisation's name in a language, or the name typed on the mobility when it is not in Ura. */
export function orgLabel(org: Org, fallback: string | null, locale: Locale) {
  if (!org) return fallback ?? '—'
  return pickText(org.name, locale, [org.defaultLocale, 'en']).value
}

/** The mobility's dates, as a range in a language. */
export function dateRange(locale: Locale, from: string, to: string) {
  const f = dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
  return f.formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`))
}
