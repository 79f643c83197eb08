import { and, eq, inArray, ne } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, forbidden } from '#src/lib/errors.ts'
import { recordAudit } from '../../audit/index.ts'
import { users } from '../../users/index.ts'
import type { ScoresInput } from '../inputs.ts'
import { type Ranked, rankApplications } from '../ranking.ts'
import { applications, conflictDeclarations, scores } from '../schema.ts'
import { isManager, isPanelMember, loadApplication, loadCall, tenantActor } from './access.ts'
import { loadCriteriaAndDocuments } from './calls.ts'
import { consentState, listConsents, needsConsent } from './consent.ts'

async function loadForPanel(ctx: Ctx, id: string) {
  const found = await loadApplication(ctx, id)
  if (!found.access.isPanel) throw forbidden()
  return found
}

/** What one panel member sees to score one application: criteria, their declaration, their scores. */
export async function getScoreSheet(ctx: Ctx, id: string) {
  const found = await loadForPanel(ctx, id)
  const { criteria } = await loadCriteriaAndDocuments(ctx.db, found.call.id)
  const [declaration] = await ctx.db
    .select()
    .from(conflictDeclarations)
    .where(
      and(
        eq(conflictDeclarations.applicationId, id),
        eq(conflictDeclarations.panelMemberUserId, found.actor.userId),
      ),
    )
  const mine = await ctx.db
    .select()
    .from(scores)
    .where(and(eq(scores.applicationId, id), eq(scores.panelMemberUserId, found.actor.userId)))
  return { ...found, criteria, declaration: declaration ?? null, scores: mine }
}

/**
 * A panel member declares, for one application, whether they have a conflict of interest. A
 * conflict takes them out of scoring it, and any score they gave is removed.
 */
export async function declareConflict(
  ctx: Ctx,
  id: string,
  input: { hasConflict: 'yes' | 'no'; reason: string },
) {
  const { app, call, actor } = await loadForPanel(ctx, id)
  if (call.status !== 'open' && call.status !== 'closed') {
    throw new AppError('INVALID_STATE', 'calls:errors.notScoring')
  }
  const hasConflict = input.hasConflict === 'yes'
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(conflictDeclarations)
      .values({
        tenantId: app.tenantId,
        applicationId: app.id,
        panelMemberUserId: actor.userId,
        hasConflict,
        reason: hasConflict ? input.reason : '',
      })
      .onConflictDoUpdate({
        target: [conflictDeclarations.applicationId, conflictDeclarations.panelMemberUserId],
        set: { hasConflict, reason: hasConflict ? input.reason : '' },
      })
    if (hasConflict) {
      await tx
        .delete(scores)
        .where(and(eq(scores.applicationId, app.id), eq(scores.panelMemberUserId, actor.userId)))
    }
    await recordAudit(
      ctx,
      {
        tenantId: app.tenantId,
        action: hasConflict ? 'application.conflict_declared' : 'application.no_conflict_declared',
        entityType: 'application',
        entityId: app.id,
        changes: hasConflict ? { conflictReason: { to: input.reason } } : {},
      },
      tx,
    )
  })
}

/** A panel member scores one application on every criterion (0 to the criterion's maximum). */
export async function scoreApplication(ctx: Ctx, id: string, input: ScoresInput) {
  const sheet = await getScoreSheet(ctx, id)
  const { app, call, actor, criteria, declaration } = sheet
  if (call.status !== 'closed' || app.status !== 'under_review') {
    throw new AppError('INVALID_STATE', 'calls:errors.notScoring')
  }
  if (!declaration) throw new AppError('INVALID_STATE', 'calls:errors.declareFirst')
  if (declaration.hasConflict) throw new AppError('FORBIDDEN', 'calls:errors.conflicted')
  const fields: Record<string, string> = {}
  for (const c of criteria) {
    const value = input.score[c.id]
    if (value === undefined || Number.isNaN(value))
      fields[`score.${c.id}`] = 'common:validation.required'
    else if (value < 0 || value > c.maxScore) fields[`score.${c.id}`] = 'calls:errors.scoreRange'
  }
  if (Object.keys(fields).length > 0) {
    throw new AppError('INVALID_INPUT', 'common:errors.invalidInput', {}, fields)
  }
  await ctx.db.transaction(async (tx) => {
    const changes: Record<string, { from?: unknown; to?: unknown }> = {}
    for (const c of criteria) {
      const score = input.score[c.id]!
      const comment = input.comment[c.id] ?? ''
      const before = sheet.scores.find((s) => s.criterionId === c.id)
      if (before?.score !== score)
        changes[`score:${c.id}`] = { from: before?.score ?? null, to: score }
      await tx
        .insert(scores)
        .values({
          tenantId: app.tenantId,
          applicationId: app.id,
          criterionId: c.id,
          panelMemberUserId: actor.userId,
          score,
          comment,
        })
        .onConflictDoUpdate({
          target: [scores.applicationId, scores.criterionId, scores.panelMemberUserId],
          set: { score, comment },
        })
    }
    await recordAudit(
      ctx,
      {
        tenantId: app.tenantId,
        action: 'application.scored',
        entityType: 'application',
        entityId: app.id,
        changes,
      },
      tx,
    )
  })
}

export type RankingRow = Ranked & {
  applicantName: string
  status: string
  isMinor: boolean
  consent: string
  scorers: number
}

/**
 * The ranking of a call's applications under review (and, after the decision, of those decided),
 * for the coordinators and the panel. Scores of conflicted members never exist, so never count.
 */
export async function getRanking(ctx: Ctx, callId: string) {
  const actor = tenantActor(ctx)
  const call = await loadCall(ctx, callId)
  if (!isManager(actor) && !(await isPanelMember(ctx, callId, actor.userId))) throw forbidden()
  const { criteria } = await loadCriteriaAndDocuments(ctx.db, callId)
  const apps = await ctx.db
    .select({ app: applications, applicantName: users.displayName })
    .from(applications)
    .innerJoin(users, eq(users.id, applications.applicantUserId))
    .where(
      and(
        eq(applications.callId, callId),
        ne(applications.status, 'draft'),
        ne(applications.status, 'submitted'),
        ne(applications.status, 'withdrawn'),
      ),
    )
  const ids = apps.map((a) => a.app.id)
  const given = ids.length
    ? await ctx.db.select().from(scores).where(inArray(scores.applicationId, ids))
    : []
  const ranked = rankApplications(
    criteria,
    apps.map((a) => ({
      id: a.app.id,
      submittedAt: a.app.submittedAt,
      scores: given.filter((s) => s.applicationId === a.app.id),
    })),
  )
  const rows: RankingRow[] = []
  for (const r of ranked) {
    const a = apps.find((x) => x.app.id === r.id)!
    const minor = needsConsent(a.app, call)
    rows.push({
      ...r,
      applicantName: a.applicantName,
      status: a.app.status,
      isMinor: minor,
      consent: consentState(minor, minor ? await listConsents(ctx, r.id) : []),
      scorers: new Set(
        given.filter((s) => s.applicationId === r.id).map((s) => s.panelMemberUserId),
      ).size,
    })
  }
  return { call, criteria, rows }
}
