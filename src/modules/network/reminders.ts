import { and, asc, eq, gte, inArray, isNotNull, lte } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Ctx } from '#src/lib/context.ts'
import { addDays, dateIn, daysBetween, formatDate } from '#src/lib/dates.ts'
import { getT, toLocale } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { queueMail } from '../mail/index.ts'
import { organisations } from '../organisations/index.ts'
import { memberships, users } from '../users/index.ts'
import { partnershipReminders, partnerships } from './schema.ts'
import { REMINDER_THRESHOLDS, reachedThresholds } from './status.ts'

export type ReminderRun = { agreements: number; mails: number }

/** Coordinators of an organisation with an e-mail; its administrators when it has none. */
async function recipientsOf(ctx: Ctx, tenantId: string): Promise<string[]> {
  const rows = await ctx.db
    .select({ email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.tenantId, tenantId),
        inArray(memberships.role, ['coordinator', 'org_admin']),
        eq(users.isDisabled, false),
        isNotNull(users.email),
      ),
    )
    .orderBy(asc(users.email))
  const coordinators = rows.filter((r) => r.role === 'coordinator')
  return (coordinators.length > 0 ? coordinators : rows).map((r) => r.email!)
}

/**
 * Sends renewal reminders for agreements that end within 90 and within 30 days, once per
 * agreement, threshold and end date (recorded in `partnership_reminders`, so running it daily,
 * or twice at once, never repeats a reminder). Mails go to the recording organisation's
 * coordinators, in its default language. Run by an operator: `npm run ura -- send-reminders`.
 */
export async function sendRenewalReminders(ctx: Ctx): Promise<ReminderRun> {
  const now = ctx.now()
  const utcToday = dateIn(now, 'UTC')
  const partner = alias(organisations, 'partner')
  const horizon = Math.max(...REMINDER_THRESHOLDS) + 1
  const candidates = await ctx.db
    .select({
      id: partnerships.id,
      tenantId: partnerships.tenantId,
      kind: partnerships.kind,
      validTo: partnerships.validTo,
      orgName: organisations.name,
      orgLocale: organisations.defaultLocale,
      timeZone: organisations.timeZone,
      partnerName: partner.name,
      partnerLocale: partner.defaultLocale,
    })
    .from(partnerships)
    .innerJoin(organisations, eq(organisations.id, partnerships.tenantId))
    .innerJoin(partner, eq(partner.id, partnerships.partnerId))
    .where(
      and(
        gte(partnerships.validTo, addDays(utcToday, -1)),
        lte(partnerships.validTo, addDays(utcToday, horizon)),
      ),
    )
    .orderBy(asc(partnerships.validTo))

  const run: ReminderRun = { agreements: 0, mails: 0 }
  for (const p of candidates) {
    const today = dateIn(now, p.timeZone)
    const reached = reachedThresholds(p.validTo, today)
    if (reached.length === 0) continue
    const claimed = await ctx.db
      .insert(partnershipReminders)
      .values(
        reached.map((thresholdDays) => ({
          tenantId: p.tenantId,
          partnershipId: p.id,
          thresholdDays,
          validTo: p.validTo,
          sentAt: now,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: partnershipReminders.id })
    if (claimed.length === 0) continue

    const to = await recipientsOf(ctx, p.tenantId)
    const locale = toLocale(p.orgLocale) ?? 'en'
    const t = getT(locale)
    const params = {
      organisation: pickText(p.orgName, locale).value,
      partner: pickText(p.partnerName, locale, [p.partnerLocale, 'en']).value,
      kind: t(`network:kind.${p.kind}`),
      date: formatDate(locale, p.validTo),
      count: daysBetween(today, p.validTo),
      link: `${ctx.env.baseUrl}/app/network/partnerships/${p.id}`,
    }
    for (const address of to) {
      await queueMail(ctx, {
        tenantId: p.tenantId,
        to: address,
        locale,
        subject: t('network:mail.reminderSubject', params),
        text: t('network:mail.reminderBody', params),
      })
    }
    await ctx.db
      .update(partnershipReminders)
      .set({ recipients: to.length })
      .where(
        inArray(
          partnershipReminders.id,
          claimed.map((c) => c.id),
        ),
      )
    run.agreements++
    run.mails += to.length
  }
  return run
}
