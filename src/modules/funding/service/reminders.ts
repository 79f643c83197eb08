import { and, asc, eq, gt, isNull, lte, or } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { addDaysInZone } from '#src/lib/dates.ts'
import { getT } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { mailLocale, queueMail, withLang } from '../../mail/index.ts'
import { mailContacts } from '../../users/index.ts'
import { daysLeft, formatDeadline } from '../format.ts'
import {
  fundingDeadlines,
  fundingOpportunities,
  fundingReminders,
  fundingWatches,
} from '../schema.ts'

/** Days before a deadline on which the people watching it are reminded. */
export const REMINDER_DAYS = [90, 60, 30, 7] as const

export type FundingReminderRun = { deadlines: number; mails: number }

/** The thresholds reached at `now` for a deadline: the same wall-clock time N days before, in its zone. */
export function reachedThresholds(now: Date, d: { at: Date; timeZone: string }): number[] {
  if (d.at <= now) return []
  return REMINDER_DAYS.filter((n) => addDaysInZone(d.at, -n, d.timeZone) <= now)
}

/**
 * E-mails everyone watching an opportunity 90, 60, 30 and 7 days before each of its deadlines, in
 * their language, through the outbox. Each reminder is claimed by a row in `funding_reminders`
 * first, so running it daily, twice, or at once from two servers never repeats one; a first run
 * that finds several thresholds passed (a late watch) sends one mail for them all.
 * Run by an operator: `npm run ura -- send-funding-reminders`.
 */
export async function sendFundingReminders(ctx: Ctx): Promise<FundingReminderRun> {
  const now = ctx.now()
  // A day more than the longest threshold, for deadlines in zones ahead of UTC.
  const horizon = new Date(now.getTime() + (Math.max(...REMINDER_DAYS) + 1) * 86_400_000)
  const candidates = await ctx.db
    .select({
      watchId: fundingWatches.id,
      tenantId: fundingWatches.tenantId,
      userId: fundingWatches.userId,
      deadlineId: fundingDeadlines.id,
      at: fundingDeadlines.at,
      timeZone: fundingDeadlines.timeZone,
      opportunityId: fundingOpportunities.id,
      title: fundingOpportunities.title,
      actionCode: fundingOpportunities.actionCode,
      confidence: fundingOpportunities.confidence,
    })
    .from(fundingWatches)
    .innerJoin(fundingOpportunities, eq(fundingOpportunities.id, fundingWatches.opportunityId))
    .innerJoin(fundingDeadlines, eq(fundingDeadlines.opportunityId, fundingOpportunities.id))
    .where(
      and(
        gt(fundingDeadlines.at, now),
        lte(fundingDeadlines.at, horizon),
        // A private opportunity reaches only its own school's people.
        or(
          isNull(fundingOpportunities.organisationId),
          eq(fundingOpportunities.organisationId, fundingWatches.tenantId),
        ),
      ),
    )
    .orderBy(asc(fundingDeadlines.at), asc(fundingWatches.id))

  const run: FundingReminderRun = { deadlines: 0, mails: 0 }
  const seen = new Set<string>()
  const contacts = await mailContacts(ctx, [...new Set(candidates.map((c) => c.userId))])
  for (const c of candidates) {
    const reached = reachedThresholds(now, c)
    if (reached.length === 0) continue
    const claimed = await ctx.db
      .insert(fundingReminders)
      .values(
        reached.map((thresholdDays) => ({
          tenantId: c.tenantId,
          watchId: c.watchId,
          deadlineId: c.deadlineId,
          deadlineAt: c.at,
          thresholdDays,
          sentAt: now,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: fundingReminders.id })
    if (claimed.length === 0) continue
    const contact = contacts.get(c.userId)
    if (!contact) continue
    const locale = mailLocale(contact.locale)
    const t = getT(locale)
    const params = {
      name: contact.name,
      title: pickText(c.title, locale).value,
      action: c.actionCode,
      deadline: formatDeadline(t, locale, c),
      count: daysLeft(now, c),
      verify: c.confidence === 'unconfirmed' ? t('funding:mail.unconfirmed') : '',
      link: withLang(`${ctx.env.baseUrl}/app/funding/opportunities/${c.opportunityId}`, locale),
    }
    await queueMail(ctx, {
      tenantId: c.tenantId,
      to: contact.email,
      locale,
      subject: t('funding:mail.reminderSubject', params),
      text: t('funding:mail.reminderBody', params),
    })
    run.mails++
    if (!seen.has(c.deadlineId)) {
      seen.add(c.deadlineId)
      run.deadlines++
    }
  }
  return run
}
