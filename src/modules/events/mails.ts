import type { Ctx } from '#src/lib/context.ts'
import { getT, toLocale } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { queueMail } from '../mail/index.ts'
import type { Registration } from './placement.ts'
import type { events } from './schema.ts'
import { formatRange, zoneCity } from './time.ts'

type EventRow = typeof events.$inferSelect

/** Links a participant's mails carry, in their language. */
export function participantLinks(baseUrl: string, r: Pick<Registration, 'locale' | 'accessToken'>) {
  const page = `${baseUrl}/${toLocale(r.locale) ?? 'en'}/r/${r.accessToken}`
  return {
    page,
    cancel: `${page}/cancel`,
    feedback: `${page}/feedback`,
    certificate: `${page}/certificate.pdf`,
  }
}

function params(ctx: Ctx, event: EventRow, r: Registration) {
  const locale = toLocale(r.locale) ?? 'en'
  const links = participantLinks(ctx.env.baseUrl, r)
  return {
    locale,
    t: getT(locale),
    values: {
      name: r.name,
      event: pickText(event.title, locale).value,
      when: `${formatRange(event.startsAt, event.endsAt, event.timeZone, locale)} (${zoneCity(event.timeZone, locale)})`,
      where: [event.venueName, event.venueAddress, event.onlineUrl].filter(Boolean).join(', '),
      ticketUrl: links.page,
      cancelUrl: links.cancel,
      feedbackUrl: links.feedback,
      certificateUrl: links.certificate,
      guardianName: r.guardianName ?? '',
      guardianUrl: `${ctx.env.baseUrl}/${locale}/g/${r.guardianToken ?? ''}`,
    },
  }
}

export type ParticipantMail =
  | 'confirmed'
  | 'pending_approval'
  | 'waitlisted'
  | 'awaiting_guardian'
  | 'promoted'
  | 'approved'
  | 'rejected'
  | 'cancelled'
  | 'cancelledByStaff'
  | 'eventCancelled'
  | 'reminder'
  | 'certificate'

/** Sends one of the participant's mails in their language; people without e-mail get none. */
export async function mailParticipant(
  ctx: Ctx,
  kind: ParticipantMail,
  event: EventRow,
  r: Registration,
  extra: Record<string, unknown> = {},
) {
  if (!r.email) return
  const { locale, t, values } = params(ctx, event, r)
  const all = { ...values, ...extra }
  await queueMail(ctx, {
    tenantId: event.tenantId,
    to: r.email,
    locale,
    subject: t(`events:mail.${kind}.subject`, all),
    text: t(`events:mail.${kind}.body`, all),
  })
}

/** The mail a new registration gets, by where it was placed. */
export async function mailRegistered(ctx: Ctx, event: EventRow, r: Registration, position = 0) {
  if (r.status === 'awaiting_guardian') {
    await mailParticipant(ctx, 'awaiting_guardian', event, r)
    await mailGuardian(ctx, event, r)
    return
  }
  if (r.status === 'confirmed' || r.status === 'pending_approval' || r.status === 'waitlisted') {
    await mailParticipant(ctx, r.status, event, r, { position })
  }
}

/** Asks a minor's guardian to confirm, through a link only they receive. */
export async function mailGuardian(ctx: Ctx, event: EventRow, r: Registration) {
  if (!r.guardianEmail || !r.guardianToken) return
  const { locale, t, values } = params(ctx, event, r)
  await queueMail(ctx, {
    tenantId: event.tenantId,
    to: r.guardianEmail,
    locale,
    subject: t('events:mail.guardian.subject', values),
    text: t('events:mail.guardian.body', values),
  })
}

export function mailPromoted(ctx: Ctx, event: EventRow, r: Registration) {
  return mailParticipant(ctx, r.status === 'confirmed' ? 'promoted' : 'pending_approval', event, r)
}

export function mailEventCancelled(ctx: Ctx, event: EventRow, r: Registration) {
  return mailParticipant(ctx, 'eventCancelled', event, r)
}
