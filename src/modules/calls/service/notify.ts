import { and, eq, isNotNull } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { getT, type Locale, type T, toLocale } from '#src/lib/i18n.ts'
import { dateTimeFormat } from '#src/lib/intl.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { queueMail } from '../../mail/index.ts'
import { organisations } from '../../organisations/index.ts'
import { guardianships, users } from '../../users/index.ts'
import type { CallRow } from './access.ts'

export type Recipient = { email: string; locale: Locale; name: string }

/**
 * Who hears about an application: the applicant by e-mail, or, for a learner without e-mail, the
 * guardians linked to them. Each in their own language (else the organisation's).
 */
export async function recipientsFor(ctx: Ctx, tenantId: string, applicantUserId: string) {
  const [person] = await ctx.db
    .select({
      email: users.email,
      locale: users.locale,
      name: users.displayName,
      orgLocale: organisations.defaultLocale,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, tenantId))
    .where(eq(users.id, applicantUserId))
  if (!person) return []
  const fallback = toLocale(person.orgLocale) ?? 'en'
  if (person.email) {
    return [{ email: person.email, locale: toLocale(person.locale) ?? fallback, name: person.name }]
  }
  const guardians = await ctx.db
    .select({ email: users.email, locale: users.locale, name: users.displayName })
    .from(guardianships)
    .innerJoin(users, eq(users.id, guardianships.guardianUserId))
    .where(
      and(
        eq(guardianships.tenantId, tenantId),
        eq(guardianships.learnerUserId, applicantUserId),
        isNotNull(users.email),
      ),
    )
  return guardians.map((g) => ({
    email: g.email!,
    locale: toLocale(g.locale) ?? fallback,
    name: g.name,
  }))
}

/** The call's title in a language, falling back as pages do. */
export function callTitle(call: Pick<CallRow, 'title'>, locale: Locale) {
  return pickText(call.title, locale, ['en', 'sq']).value
}

/** Sends one message per recipient, each written in the recipient's language. */
export async function mailEach(
  ctx: Ctx,
  tenantId: string,
  recipients: Recipient[],
  write: (t: T, r: Recipient) => { subject: string; text: string },
) {
  for (const r of recipients) {
    await queueMail(ctx, { tenantId, to: r.email, locale: r.locale, ...write(getT(r.locale), r) })
  }
  return recipients.length
}

/** A date for a message, in the recipient's language and the organisation's time zone. */
export function mailDate(value: Date, locale: Locale, timeZone = 'Europe/Tirane') {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(value)
}
