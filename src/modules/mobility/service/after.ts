import { and, desc, eq, inArray } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, forbidden } from '#src/lib/errors.ts'
import { recordAudit } from '../../audit/index.ts'
import { users } from '../../users/index.ts'
import { loadMobility, requireCapability } from '../access.ts'
import type { RecognitionInput, ReportInput } from '../inputs.ts'
import {
  learningAgreements,
  type mobilities,
  mobilityRecognitions,
  participantReports,
} from '../schema.ts'

const AFTER_RETURN = new Set(['completed', 'interrupted'])

/** The units of the last signed agreement (or the latest version if none is signed yet). */
export async function agreedUnits(ctx: Ctx, mobilityId: string): Promise<string[]> {
  const rows = await ctx.db
    .select({ status: learningAgreements.status, content: learningAgreements.contentJson })
    .from(learningAgreements)
    .where(
      and(
        eq(learningAgreements.mobilityId, mobilityId),
        inArray(learningAgreements.status, ['signed', 'signing', 'draft']),
      ),
    )
    .orderBy(desc(learningAgreements.version))
  const chosen = rows.find((r) => r.status === 'signed') ?? rows[0]
  return chosen?.content.outcomes.map((o) => o.unit) ?? []
}

/** Units achieved: as the receiving organisation confirmed them, else as agreed. */
export async function achievedUnits(ctx: Ctx, mobility: typeof mobilities.$inferSelect) {
  return mobility.achievedUnits ?? (await agreedUnits(ctx, mobility.id))
}

/** The participant's survey after return, if submitted; for the participant and the sending coordinators. */
export async function getReport(ctx: Ctx, mobilityId: string) {
  const access = await loadMobility(ctx, mobilityId)
  requireCapability(access, 'viewReport')
  const [report] = await ctx.db
    .select()
    .from(participantReports)
    .where(eq(participantReports.mobilityId, mobilityId))
  return { access, report: report ?? null, isOpen: AFTER_RETURN.has(access.mobility.status) }
}

/** Submits the participant report once, after return. */
export async function submitReport(ctx: Ctx, mobilityId: string, input: ReportInput) {
  const access = await loadMobility(ctx, mobilityId)
  requireCapability(access, 'submitReport')
  if (!AFTER_RETURN.has(access.mobility.status)) {
    throw new AppError('INVALID_STATE', 'mobility:errors.reportNotOpen')
  }
  const [row] = await ctx.db
    .insert(participantReports)
    .values({
      tenantId: access.mobility.tenantId,
      mobilityId,
      answers: input,
      submittedAt: ctx.now(),
    })
    .onConflictDoNothing()
    .returning()
  if (!row) throw new AppError('INVALID_STATE', 'mobility:errors.reportSent')
  return row
}

/** The sending school's recognition of the learning outcomes, with the units to choose from. */
export async function getRecognition(ctx: Ctx, mobilityId: string) {
  const access = await loadMobility(ctx, mobilityId)
  requireCapability(access, 'viewRecognition')
  const [recognition] = await ctx.db
    .select({
      decision: mobilityRecognitions.decision,
      recognisedUnits: mobilityRecognitions.recognisedUnits,
      note: mobilityRecognitions.note,
      at: mobilityRecognitions.at,
      by: users.displayName,
    })
    .from(mobilityRecognitions)
    .leftJoin(users, eq(users.id, mobilityRecognitions.byUserId))
    .where(eq(mobilityRecognitions.mobilityId, mobilityId))
  return {
    access,
    recognition: recognition ?? null,
    units: await achievedUnits(ctx, access.mobility),
  }
}

/** Records (or revises) the recognition decision; only units achieved may be recognised. */
export async function recordRecognition(ctx: Ctx, mobilityId: string, input: RecognitionInput) {
  const access = await loadMobility(ctx, mobilityId)
  if (access.relation !== 'sending') throw forbidden()
  if (!AFTER_RETURN.has(access.mobility.status)) {
    throw new AppError('INVALID_STATE', 'mobility:errors.notReturned')
  }
  const units = await achievedUnits(ctx, access.mobility)
  const recognised = input.decision === 'none' ? [] : input.units.filter((u) => units.includes(u))
  if (input.decision !== 'none' && recognised.length === 0) {
    throw new AppError(
      'INVALID_INPUT',
      'mobility:errors.chooseUnits',
      {},
      {
        units: 'mobility:errors.chooseUnits',
      },
    )
  }
  const values = {
    decision: input.decision,
    recognisedUnits: recognised,
    note: input.note ?? null,
    byUserId: access.actor.userId,
    at: ctx.now(),
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(mobilityRecognitions)
      .values({ tenantId: access.mobility.tenantId, mobilityId, ...values })
      .onConflictDoUpdate({ target: mobilityRecognitions.mobilityId, set: values })
    await recordAudit(
      ctx,
      {
        tenantId: access.mobility.tenantId,
        action: 'mobility.recognised',
        entityType: 'mobility',
        entityId: mobilityId,
        changes: { decision: { to: input.decision }, recognisedUnits: { to: recognised } },
      },
      tx,
    )
  })
}
