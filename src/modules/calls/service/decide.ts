import { and, asc, desc, eq, inArray } from 'drizzle-orm'
import type { Tx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { addDaysInZone } from '#src/lib/dates.ts'
import { AppError, forbidden } from '#src/lib/errors.ts'
import { recordAudit } from '../../audit/index.ts'
import { users } from '../../users/index.ts'
import { allocate, rankApplications } from '../ranking.ts'
import { appeals, applications, calls, type DecisionOutcome, decisions, scores } from '../schema.ts'
import { type ApplicationRow, type CallRow, loadApplication, loadManagedCall } from './access.ts'
import { loadCriteriaAndDocuments } from './calls.ts'
import { consentState, listConsents, needsConsent } from './consent.ts'
import { callTitle, mailDate, mailEach, recipientsFor } from './notify.ts'

type Decided = { app: ApplicationRow; outcome: DecisionOutcome; decisionId: string }

/** True when the application may be selected: adults always, minors with a guardian's consent. */
async function hasConsentIfMinor(ctx: Ctx, app: ApplicationRow, call: CallRow) {
  if (!needsConsent(app, call)) return true
  return consentState(true, await listConsents(ctx, app.id)) === 'given'
}

/** The time zone of the organisation that runs the call, as the deciding person's membership says. */
function callTimeZone(ctx: Ctx, call: CallRow): string {
  return (
    ctx.actor?.memberships.find((m) => m.tenantId === call.tenantId)?.timeZone ?? 'Europe/Tirane'
  )
}

/**
 * Writes one decision on an application (status, rank, appeal window) and audits it. The appeal
 * window ends `appealDays` days after the decision at the same time of day in the organisation's
 * zone: decided at 10:00, appeals until 10:00, also when the clocks change in between.
 */
async function writeDecision(
  ctx: Ctx,
  tx: Tx,
  call: CallRow,
  app: ApplicationRow,
  d: {
    outcome: DecisionOutcome
    rank?: number | null
    totalScore?: string | null
    reason?: string
  },
): Promise<string> {
  const now = ctx.now()
  const appealUntil =
    d.outcome === 'selected' ? null : addDaysInZone(now, call.appealDays, callTimeZone(ctx, call))
  await tx
    .update(applications)
    .set({
      status: d.outcome,
      decision: d.outcome,
      decidedAt: now,
      appealUntil,
      ...(d.rank !== undefined ? { rank: d.rank } : {}),
      ...(d.totalScore !== undefined ? { totalScore: d.totalScore } : {}),
    })
    .where(eq(applications.id, app.id))
  const [row] = await tx
    .insert(decisions)
    .values({
      tenantId: app.tenantId,
      applicationId: app.id,
      callId: call.id,
      outcome: d.outcome,
      rank: d.rank ?? app.rank,
      totalScore: d.totalScore ?? app.totalScore,
      reason: d.reason ?? '',
      decidedByUserId: ctx.actor?.userId ?? null,
      decidedAt: now,
    })
    .returning({ id: decisions.id })
  await recordAudit(
    ctx,
    {
      tenantId: app.tenantId,
      action: `application.${d.outcome}`,
      entityType: 'application',
      entityId: app.id,
      changes: {
        status: { from: app.status, to: d.outcome },
        ...(d.totalScore !== undefined ? { totalScore: { to: d.totalScore } } : {}),
        ...(d.rank !== undefined ? { rank: { to: d.rank } } : {}),
        ...(d.reason ? { reason: { to: d.reason } } : {}),
      },
    },
    tx,
  )
  return row!.id
}

/** Tells each applicant the decision in their language; marks the decision as notified. */
async function notifyDecisions(ctx: Ctx, call: CallRow, decided: Decided[]) {
  const zone = callTimeZone(ctx, call)
  for (const { app, outcome, decisionId } of decided) {
    const recipients = await recipientsFor(ctx, call.tenantId, app.applicantUserId)
    const [fresh] = await ctx.db.select().from(applications).where(eq(applications.id, app.id))
    const sent = await mailEach(ctx, call.tenantId, recipients, (t, r) => ({
      subject: t(`calls:mail.decision.${outcome}.subject`, { call: callTitle(call, r.locale) }),
      text: t(`calls:mail.decision.${outcome}.text`, {
        name: r.name,
        call: callTitle(call, r.locale),
        rank: fresh?.rank ?? '',
        appealUntil: fresh?.appealUntil ? mailDate(fresh.appealUntil, r.locale, zone) : '',
        link: `${ctx.env.baseUrl}/app/applications/${app.id}`,
      }),
    }))
    if (sent > 0) {
      await ctx.db
        .update(decisions)
        .set({ notificationSentAt: ctx.now() })
        .where(eq(decisions.id, decisionId))
    }
  }
}

/**
 * Decides a closed call from the panel's scores: the best up to the number of places are
 * selected, then the waiting list, the rest rejected. Refused while any application under review
 * lacks a score on some criterion, or when a minor who would be selected has no guardian consent.
 */
export async function decideCall(ctx: Ctx, callId: string) {
  const call = await loadManagedCall(ctx, callId)
  if (call.status !== 'closed') throw new AppError('INVALID_STATE', 'calls:errors.notClosed')
  const { criteria } = await loadCriteriaAndDocuments(ctx.db, callId)
  const apps = await ctx.db
    .select()
    .from(applications)
    .where(and(eq(applications.callId, callId), eq(applications.status, 'under_review')))
  const given = apps.length
    ? await ctx.db
        .select()
        .from(scores)
        .where(
          inArray(
            scores.applicationId,
            apps.map((a) => a.id),
          ),
        )
    : []
  const ranked = rankApplications(
    criteria,
    apps.map((a) => ({
      id: a.id,
      submittedAt: a.submittedAt,
      scores: given.filter((s) => s.applicationId === a.id),
    })),
  )
  const incomplete = ranked.filter((r) => !r.isComplete).length
  if (incomplete > 0)
    throw new AppError('INVALID_STATE', 'calls:errors.scoringIncomplete', { count: incomplete })
  const outcomes = allocate(ranked, {
    places: call.places,
    waitingListPlaces: call.waitingListPlaces,
    minTotalScore: call.minTotalScore,
  })
  const blocked: string[] = []
  for (const r of ranked) {
    const app = apps.find((a) => a.id === r.id)!
    if (outcomes.get(r.id) === 'selected' && !(await hasConsentIfMinor(ctx, app, call))) {
      const [person] = await ctx.db
        .select({ name: users.displayName })
        .from(users)
        .where(eq(users.id, app.applicantUserId))
      blocked.push(person?.name ?? '')
    }
  }
  if (blocked.length > 0) {
    throw new AppError('INVALID_STATE', 'calls:errors.consentMissingFor', {
      count: blocked.length,
      names: blocked.join(', '),
    })
  }
  const decided: Decided[] = []
  await ctx.db.transaction(async (tx) => {
    for (const r of ranked) {
      const app = apps.find((a) => a.id === r.id)!
      const outcome = outcomes.get(r.id)!
      const decisionId = await writeDecision(ctx, tx, call, app, {
        outcome,
        rank: r.rank,
        totalScore: r.totalText,
      })
      decided.push({ app, outcome, decisionId })
    }
    await tx
      .update(calls)
      .set({ status: 'decided', decidedAt: ctx.now() })
      .where(eq(calls.id, callId))
    await recordAudit(
      ctx,
      {
        tenantId: call.tenantId,
        action: 'call.decided',
        entityType: 'call',
        entityId: callId,
        changes: { status: { from: 'closed', to: 'decided' } },
      },
      tx,
    )
  })
  await notifyDecisions(ctx, call, decided)
  return decided.length
}

/** Rejects one application before the ranking (not eligible), with the reason the applicant reads. */
export async function rejectApplication(ctx: Ctx, id: string, reason: string) {
  const { app, call, access } = await loadApplication(ctx, id)
  if (!access.isManager) throw forbidden()
  if (app.status !== 'submitted' && app.status !== 'under_review') {
    throw new AppError('INVALID_STATE', 'calls:errors.notUnderReview')
  }
  const decisionId = await ctx.db.transaction((tx) =>
    writeDecision(ctx, tx, call, app, { outcome: 'rejected', reason }),
  )
  await notifyDecisions(ctx, call, [{ app, outcome: 'rejected', decisionId }])
}

/**
 * Gives a freed place to the best-ranked applicant on the waiting list who may be selected
 * (a minor needs consent). Returns the promoted application's id, or null.
 */
export async function promoteFromWaitingList(ctx: Ctx, callId: string): Promise<string | null> {
  const [call] = await ctx.db.select().from(calls).where(eq(calls.id, callId))
  if (call?.status !== 'decided') return null
  const waiting = await ctx.db
    .select()
    .from(applications)
    .where(and(eq(applications.callId, callId), eq(applications.status, 'waiting_list')))
    .orderBy(asc(applications.rank), asc(applications.submittedAt))
  for (const app of waiting) {
    if (!(await hasConsentIfMinor(ctx, app, call))) continue
    const decisionId = await ctx.db.transaction((tx) =>
      writeDecision(ctx, tx, call, app, { outcome: 'selected', reason: 'promoted' }),
    )
    await notifyDecisions(ctx, call, [{ app, outcome: 'selected', decisionId }])
    return app.id
  }
  return null
}

/** The applicant appeals a waiting-list or rejection decision, within the call's appeal window. */
export async function appealDecision(ctx: Ctx, id: string, text: string) {
  const { app, access } = await loadApplication(ctx, id)
  if (!access.isApplicant) throw forbidden()
  if (app.status !== 'waiting_list' && app.status !== 'rejected') {
    throw new AppError('INVALID_STATE', 'calls:errors.notAppealable')
  }
  if (!app.appealUntil || ctx.now() >= app.appealUntil) {
    throw new AppError('INVALID_STATE', 'calls:errors.appealClosed')
  }
  const [last] = await ctx.db
    .select({ id: decisions.id })
    .from(decisions)
    .where(eq(decisions.applicationId, app.id))
    .orderBy(desc(decisions.decidedAt), desc(decisions.createdAt))
    .limit(1)
  await ctx.db.transaction(async (tx) => {
    await tx.insert(appeals).values({
      tenantId: app.tenantId,
      applicationId: app.id,
      decisionId: last?.id ?? null,
      text,
      submittedAt: ctx.now(),
    })
    await tx.update(applications).set({ status: 'appealed' }).where(eq(applications.id, app.id))
    await recordAudit(
      ctx,
      {
        tenantId: app.tenantId,
        action: 'application.appealed',
        entityType: 'application',
        entityId: app.id,
        changes: { status: { from: app.status, to: 'appealed' } },
      },
      tx,
    )
  })
}

/**
 * A coordinator answers an appeal: dismissed keeps the earlier decision; upheld gives a new one
 * (selected, which needs a minor's consent, or the waiting list). The applicant is told.
 */
export async function resolveAppeal(
  ctx: Ctx,
  id: string,
  input: { outcome: 'dismissed' | 'selected' | 'waiting_list'; response: string },
) {
  const { app, call, access } = await loadApplication(ctx, id)
  if (!access.isManager) throw forbidden()
  const [appeal] = await ctx.db
    .select()
    .from(appeals)
    .where(and(eq(appeals.applicationId, app.id), eq(appeals.status, 'pending')))
  if (app.status !== 'appealed' || !appeal)
    throw new AppError('INVALID_STATE', 'calls:errors.noPendingAppeal')
  if (input.outcome === 'selected' && !(await hasConsentIfMinor(ctx, app, call))) {
    throw new AppError('INVALID_STATE', 'calls:errors.consentMissing')
  }
  const decided: Decided[] = []
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(appeals)
      .set({
        status: input.outcome === 'dismissed' ? 'dismissed' : 'upheld',
        response: input.response,
        resolvedAt: ctx.now(),
        resolvedByUserId: ctx.actor?.userId ?? null,
      })
      .where(eq(appeals.id, appeal.id))
    if (input.outcome === 'dismissed') {
      await tx
        .update(applications)
        .set({ status: app.decision ?? 'rejected' })
        .where(eq(applications.id, app.id))
      await recordAudit(
        ctx,
        {
          tenantId: app.tenantId,
          action: 'application.appeal_dismissed',
          entityType: 'application',
          entityId: app.id,
          changes: { status: { from: 'appealed', to: app.decision } },
        },
        tx,
      )
    } else {
      const decisionId = await writeDecision(ctx, tx, call, app, {
        outcome: input.outcome,
        reason: input.response,
      })
      decided.push({ app, outcome: input.outcome, decisionId })
    }
  })
  const recipients = await recipientsFor(ctx, call.tenantId, app.applicantUserId)
  await mailEach(ctx, call.tenantId, recipients, (t, r) => ({
    subject: t('calls:mail.appeal.subject', { call: callTitle(call, r.locale) }),
    text: t(`calls:mail.appeal.${input.outcome === 'dismissed' ? 'dismissed' : 'upheld'}`, {
      name: r.name,
      call: callTitle(call, r.locale),
      response: input.response,
      link: `${ctx.env.baseUrl}/app/applications/${app.id}`,
    }),
  }))
}

/** True when a selected application may become a mobility (consent present for a minor). */
export async function canBecomeMobility(ctx: Ctx, app: ApplicationRow, call: CallRow) {
  return (
    app.status === 'selected' &&
    app.mobilityId === null &&
    (await hasConsentIfMinor(ctx, app, call))
  )
}
