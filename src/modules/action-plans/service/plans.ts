import { and, asc, desc, eq, inArray, max } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { listRounds } from '../../assessment/index.ts'
import { recordAudit } from '../../audit/index.ts'
import type { ObjectiveInput, PlanInput } from '../inputs.ts'
import { blocksActivation } from '../realism.ts'
import { actionPlanObjectives, actionPlans, type PlanStatus } from '../schema.ts'
import { invalid, isUuid, manager, viewer } from './access.ts'
import { checkedActions } from './checks.ts'

export type Plan = typeof actionPlans.$inferSelect
export type Objective = typeof actionPlanObjectives.$inferSelect

export type PlanRow = Plan & { actions: number; done: number; flagged: number }

/** The school's plans, newest period first, with counts of actions, done ones and flagged ones. */
export async function listPlans(ctx: Ctx): Promise<PlanRow[]> {
  const actor = viewer(ctx)
  const plans = await ctx.db
    .select()
    .from(actionPlans)
    .where(eq(actionPlans.tenantId, actor.tenantId))
    .orderBy(desc(actionPlans.startsOn), asc(actionPlans.title))
    .limit(200)
  if (plans.length === 0) return []
  const checked = await checkedActions(
    ctx,
    plans.map((p) => p.id),
  )
  return plans.map((p) => {
    const mine = checked.filter((a) => a.planId === p.id)
    return {
      ...p,
      actions: mine.length,
      done: mine.filter((a) => a.status === 'done').length,
      flagged: mine.filter((a) => a.flags.length > 0).length,
    }
  })
}

/** One of the school's plans; another school's answers NOT_FOUND. */
export async function getPlan(ctx: Ctx, id: string): Promise<Plan> {
  const actor = viewer(ctx)
  if (!isUuid(id)) throw notFound()
  const [row] = await ctx.db
    .select()
    .from(actionPlans)
    .where(and(eq(actionPlans.id, id), eq(actionPlans.tenantId, actor.tenantId)))
  if (!row) throw notFound()
  return row
}

/** A plan's objectives in order. */
export async function listObjectives(ctx: Ctx, planId: string): Promise<Objective[]> {
  const actor = viewer(ctx)
  return ctx.db
    .select()
    .from(actionPlanObjectives)
    .where(
      and(
        eq(actionPlanObjectives.tenantId, actor.tenantId),
        eq(actionPlanObjectives.planId, planId),
      ),
    )
    .orderBy(asc(actionPlanObjectives.position), asc(actionPlanObjectives.createdAt))
}

async function checkRound(ctx: Ctx, roundId: string | null) {
  if (!roundId) return
  const rounds = await listRounds(ctx)
  if (!rounds.some((r) => r.id === roundId)) throw invalid({ roundId: 'common:validation.choice' })
}

/** A draft plan for a period, answering one of the school's rounds or none. */
export async function createPlan(ctx: Ctx, input: PlanInput): Promise<Plan> {
  const actor = manager(ctx)
  await checkRound(ctx, input.roundId)
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(actionPlans)
      .values({ ...input, tenantId: actor.tenantId, createdBy: actor.userId, status: 'draft' })
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'plan.create',
        entityType: 'action_plan',
        entityId: row!.id,
      },
      tx,
    )
    return row!
  })
}

/** Edits a plan's title, period and round. */
export async function updatePlan(ctx: Ctx, id: string, input: PlanInput): Promise<Plan> {
  const actor = manager(ctx)
  const plan = await getPlan(ctx, id)
  await checkRound(ctx, input.roundId)
  const [row] = await ctx.db
    .update(actionPlans)
    .set({ ...input, updatedAt: ctx.now() })
    .where(and(eq(actionPlans.id, plan.id), eq(actionPlans.tenantId, actor.tenantId)))
    .returning()
  return row!
}

/**
 * Moves a plan to draft, active or closed. Activation is refused while any action is flagged
 * "deadline after end" or "no indicator" (ADR 020): flagged actions may be saved, not promised.
 */
export async function setPlanStatus(ctx: Ctx, id: string, status: PlanStatus): Promise<Plan> {
  const actor = manager(ctx)
  const plan = await getPlan(ctx, id)
  if (status === 'active') {
    const checked = await checkedActions(ctx, [plan.id])
    const blocking = checked.filter((a) => blocksActivation(a.flags))
    if (blocking.length > 0) {
      throw new AppError('INVALID_STATE', 'plans:errors.cannotActivate', {
        count: blocking.length,
      })
    }
  }
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(actionPlans)
      .set({ status, updatedAt: ctx.now() })
      .where(and(eq(actionPlans.id, plan.id), eq(actionPlans.tenantId, actor.tenantId)))
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'plan.status',
        entityType: 'action_plan',
        entityId: plan.id,
        changes: { status: { from: plan.status, to: status } },
      },
      tx,
    )
    return row!
  })
}

/** Adds an Erasmus Plan objective at the end of the plan. */
export async function addObjective(
  ctx: Ctx,
  planId: string,
  input: ObjectiveInput,
): Promise<Objective> {
  const actor = manager(ctx)
  const plan = await getPlan(ctx, planId)
  const [last] = await ctx.db
    .select({ n: max(actionPlanObjectives.position) })
    .from(actionPlanObjectives)
    .where(eq(actionPlanObjectives.planId, plan.id))
  const [row] = await ctx.db
    .insert(actionPlanObjectives)
    .values({
      tenantId: actor.tenantId,
      planId: plan.id,
      title: input.title,
      position: (last?.n ?? -1) + 1,
    })
    .returning()
  return row!
}

/** The school's plans and their objectives, for the "which plan, which objective" chooser. */
export async function objectiveChoices(ctx: Ctx) {
  const actor = viewer(ctx)
  const plans = await ctx.db
    .select({ id: actionPlans.id, title: actionPlans.title })
    .from(actionPlans)
    .where(
      and(
        eq(actionPlans.tenantId, actor.tenantId),
        inArray(actionPlans.status, ['draft', 'active']),
      ),
    )
    .orderBy(desc(actionPlans.startsOn))
  if (plans.length === 0) return []
  const objectives = await ctx.db
    .select()
    .from(actionPlanObjectives)
    .where(
      and(
        eq(actionPlanObjectives.tenantId, actor.tenantId),
        inArray(
          actionPlanObjectives.planId,
          plans.map((p) => p.id),
        ),
      ),
    )
    .orderBy(asc(actionPlanObjectives.position))
  return plans.map((p) => ({ ...p, objectives: objectives.filter((o) => o.planId === p.id) }))
}
