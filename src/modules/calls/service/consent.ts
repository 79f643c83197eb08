import { and, desc, eq } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { randomToken, sha256 } from '#src/lib/crypto.ts'
import { startOfDay } from '#src/lib/dates.ts'
import { AppError, forbidden, notFound } from '#src/lib/errors.ts'
import { getT, toLocale } from '#src/lib/i18n.ts'
import { requireActor } from '#src/lib/policy.ts'
import { recordAudit } from '../../audit/index.ts'
import { queueMail } from '../../mail/index.ts'
import { organisations } from '../../organisations/index.ts'
import { users } from '../../users/index.ts'
import { isMinorOn } from '../age.ts'
import type { ConsentRequestInput, InPersonConsentInput } from '../inputs.ts'
import { applications, calls, guardianConsents } from '../schema.ts'
import { type ApplicationRow, type CallRow, loadApplication } from './access.ts'
import { callTitle } from './notify.ts'

export const CONSENT_LINK_DAYS = 30

export type ConsentRow = typeof guardianConsents.$inferSelect
export type ConsentState = 'not_needed' | 'none' | 'pending' | 'given' | 'declined'

/** True when the applicant is under 18 on the mobility start date. */
export function needsConsent(
  app: Pick<ApplicationRow, 'dateOfBirth'>,
  call: Pick<CallRow, 'startDate'>,
) {
  return app.dateOfBirth !== null && isMinorOn(app.dateOfBirth, call.startDate)
}

/** The latest answer counts; an unanswered request is pending. */
export function consentState(needed: boolean, rows: ConsentRow[]): ConsentState {
  if (!needed) return 'not_needed'
  const answered = rows
    .filter((r) => r.consentedAt || r.declinedAt)
    .sort((a, b) => answeredAt(b) - answeredAt(a))[0]
  if (answered) return answered.consentedAt ? 'given' : 'declined'
  return rows.length > 0 ? 'pending' : 'none'
}

function answeredAt(r: ConsentRow) {
  return (r.consentedAt ?? r.declinedAt ?? r.createdAt).getTime()
}

export async function listConsents(ctx: Ctx, applicationId: string) {
  return ctx.db
    .select()
    .from(guardianConsents)
    .where(eq(guardianConsents.applicationId, applicationId))
    .orderBy(desc(guardianConsents.createdAt))
}

/** Sends the guardian a link to a page where they consent or decline. */
export async function requestConsentByEmail(
  ctx: Ctx,
  applicationId: string,
  input: ConsentRequestInput,
) {
  const { app, call, access } = await loadApplication(ctx, applicationId)
  if (!access.isApplicant && !access.isManager) throw forbidden()
  if (!needsConsent(app, call)) throw new AppError('INVALID_STATE', 'calls:errors.consentNotNeeded')
  if (app.status === 'withdrawn') throw new AppError('INVALID_STATE', 'calls:errors.withdrawn')
  await sendConsentRequest(ctx, app, call, input)
}

/** Writes the request and mails the link (also used when a minor submits with a linked guardian). */
export async function sendConsentRequest(
  ctx: Ctx,
  app: ApplicationRow,
  call: CallRow,
  input: ConsentRequestInput & { guardianUserId?: string | null },
) {
  const token = randomToken()
  const now = ctx.now()
  const [applicant] = await ctx.db
    .select({
      name: users.displayName,
      locale: users.locale,
      orgName: organisations.name,
      orgLocale: organisations.defaultLocale,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, call.tenantId))
    .where(eq(users.id, app.applicantUserId))
  const locale = toLocale(applicant?.locale) ?? toLocale(applicant?.orgLocale) ?? 'en'
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(guardianConsents)
      .values({
        tenantId: app.tenantId,
        applicationId: app.id,
        guardianUserId: input.guardianUserId ?? null,
        guardianName: input.guardianName,
        guardianEmail: input.guardianEmail,
        method: 'email_link',
        tokenHash: sha256(token),
        tokenExpiresAt: new Date(now.getTime() + CONSENT_LINK_DAYS * 86_400_000),
        sentAt: now,
        recordedByUserId: ctx.actor?.userId ?? null,
      })
      .returning({ id: guardianConsents.id })
    await recordAudit(
      ctx,
      {
        tenantId: app.tenantId,
        action: 'application.consent_requested',
        entityType: 'application',
        entityId: app.id,
        changes: { guardianConsent: { to: row?.id } },
      },
      tx,
    )
  })
  const t = getT(locale)
  await queueMail(ctx, {
    tenantId: app.tenantId,
    to: input.guardianEmail,
    locale,
    subject: t('calls:mail.consent.subject', { name: applicant?.name ?? '' }),
    text: t('calls:mail.consent.text', {
      guardian: input.guardianName,
      name: applicant?.name ?? '',
      call: callTitle(call, locale),
      link: `${ctx.env.baseUrl}/${locale}/consent/${token}`,
      days: CONSENT_LINK_DAYS,
    }),
  })
}

/** A coordinator records a guardian's answer given in person: who, when, how. */
export async function recordInPersonConsent(
  ctx: Ctx,
  applicationId: string,
  input: InPersonConsentInput,
) {
  const { app, call, access, actor } = await loadApplication(ctx, applicationId)
  if (!access.isManager) throw forbidden()
  if (!needsConsent(app, call)) throw new AppError('INVALID_STATE', 'calls:errors.consentNotNeeded')
  const zone =
    actor.memberships.find((m) => m.tenantId === actor.tenantId)?.timeZone ?? 'Europe/Tirane'
  // Noon of the day the guardian answered, so the date reads the same in every zone nearby.
  const at = new Date(startOfDay(input.answeredOn, zone).getTime() + 12 * 3_600_000)
  if (at.getTime() > ctx.now().getTime() + 86_400_000) {
    throw new AppError(
      'INVALID_INPUT',
      'common:errors.invalidInput',
      {},
      { answeredOn: 'calls:errors.dateInFuture' },
    )
  }
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(guardianConsents)
      .values({
        tenantId: app.tenantId,
        applicationId: app.id,
        guardianName: input.guardianName,
        method: 'in_person',
        consentedAt: input.answer === 'consent' ? at : null,
        declinedAt: input.answer === 'decline' ? at : null,
        recordedByUserId: actor.userId,
        note: input.note,
      })
      .returning({ id: guardianConsents.id })
    await recordAudit(
      ctx,
      {
        tenantId: app.tenantId,
        action:
          input.answer === 'consent' ? 'application.consent_given' : 'application.consent_declined',
        entityType: 'application',
        entityId: app.id,
        changes: { guardianConsent: { to: row?.id }, method: { to: 'in_person' } },
      },
      tx,
    )
  })
}

/** The consent request behind an e-mailed link, with what the child applied for. */
export async function getConsentByToken(ctx: Ctx, token: string) {
  if (token.length < 20 || token.length > 100) throw notFound()
  const [row] = await ctx.db
    .select({
      consent: guardianConsents,
      app: applications,
      call: calls,
      org: organisations,
      applicantName: users.displayName,
    })
    .from(guardianConsents)
    .innerJoin(applications, eq(applications.id, guardianConsents.applicationId))
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(organisations, eq(organisations.id, calls.tenantId))
    .innerJoin(users, eq(users.id, applications.applicantUserId))
    .where(
      and(eq(guardianConsents.tokenHash, sha256(token)), eq(guardianConsents.method, 'email_link')),
    )
  if (!row) throw notFound()
  const isExpired = !!row.consent.tokenExpiresAt && row.consent.tokenExpiresAt <= ctx.now()
  return { ...row, isExpired }
}

/** Records the guardian's answer from the e-mailed link. One answer per link. */
export async function answerConsent(ctx: Ctx, token: string, answer: 'consent' | 'decline') {
  const found = await getConsentByToken(ctx, token)
  if (found.isExpired) throw new AppError('INVALID_STATE', 'calls:errors.consentLinkExpired')
  if (found.consent.consentedAt || found.consent.declinedAt) {
    throw new AppError('INVALID_STATE', 'calls:errors.consentAnswered')
  }
  const now = ctx.now()
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(guardianConsents)
      .set(answer === 'consent' ? { consentedAt: now } : { declinedAt: now })
      .where(eq(guardianConsents.id, found.consent.id))
    await recordAudit(
      ctx,
      {
        tenantId: found.app.tenantId,
        action: answer === 'consent' ? 'application.consent_given' : 'application.consent_declined',
        entityType: 'application',
        entityId: found.app.id,
        changes: { guardianConsent: { to: found.consent.id }, method: { to: 'email_link' } },
      },
      tx,
    )
  })
}

/**
 * A guardian linked to the learner in the organisation answers in the app, signed in: no link
 * to wait for. The latest answer counts, as for the other ways, so a guardian may change it until
 * the selection (a coordinator sees every answer with its way and time).
 */
export async function answerConsentInApp(
  ctx: Ctx,
  applicationId: string,
  answer: 'consent' | 'decline',
) {
  const { app, call, access } = await loadApplication(ctx, applicationId)
  if (!access.isGuardian) throw forbidden()
  if (!needsConsent(app, call)) throw new AppError('INVALID_STATE', 'calls:errors.consentNotNeeded')
  if (app.status === 'withdrawn') throw new AppError('INVALID_STATE', 'calls:errors.withdrawn')
  const actor = requireActor(ctx)
  const now = ctx.now()
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(guardianConsents)
      .values({
        tenantId: app.tenantId,
        applicationId: app.id,
        guardianUserId: actor.userId,
        guardianName: actor.displayName,
        guardianEmail: actor.email,
        method: 'in_app',
        recordedByUserId: actor.userId,
        ...(answer === 'consent' ? { consentedAt: now } : { declinedAt: now }),
      })
      .returning({ id: guardianConsents.id })
    await recordAudit(
      ctx,
      {
        tenantId: app.tenantId,
        action: answer === 'consent' ? 'application.consent_given' : 'application.consent_declined',
        entityType: 'application',
        entityId: app.id,
        changes: { guardianConsent: { to: row?.id }, method: { to: 'in_app' } },
      },
      tx,
    )
  })
}
