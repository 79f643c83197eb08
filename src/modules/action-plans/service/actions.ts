import { and, eq } from 'drizzle-orm'
import type { Actor, Ctx } from '#src/lib/context.ts'
import { forbidden, notFound } from '#src/lib/errors.ts'
import { can } from '#src/lib/policy.ts'
import { recordAudit } from '../../audit/index.ts'
import { courseChoices, isCourseChoice } from '../../learning/index.ts'
import { isTaskChoice, taskChoices } from '../../projects/index.ts'
import { listMembers, memberUserIds } from '../../users/index.ts'
import type { ActionInput, ActionProgressInput } from '../inputs.ts'
import { actionPlanActions, actionPlanObjectives } from '../schema.ts'
import { invalid, isUuid, manager, viewer } from './access.ts'
import type { Action } from './checks.ts'
import { itemOfRound } from './from-item.ts'
import { getPlan } from './plans.ts'

/** One of the school's actions; another school's answers NOT_FOUND. */
export async function getAction(ctx: Ctx, id: string): Promise<Action> {
  const actor = viewer(ctx)
  if (!isUuid(id)) throw notFound()
  const [row] = await ctx.db
    .select()
    .from(actionPlanActions)
    .where(and(eq(actionPlanActions.id, id), eq(actionPlanActions.tenantId, actor.tenantId)))
  if (!row) throw notFound()
  return row
}

/** Checks what the form names against the school: objective, owner, course, task, round item. */
async function checkRefs(ctx: Ctx, planId: string, input: ActionInput) {
  const actor = manager(ctx)
  const [objective] = await ctx.db
    .select({ id: actionPlanObjectives.id })
    .from(actionPlanObjectives)
    .where(
      and(
        eq(actionPlanObjectives.id, input.objectiveId),
        eq(actionPlanObjectives.planId, planId),
        eq(actionPlanObjectives.tenantId, actor.tenantId),
      ),
    )
  if (!objective) throw invalid({ objectiveId: 'plans:errors.objective' })
  if (input.ownerId) {
    const members = await memberUserIds(ctx, actor.tenantId, [input.ownerId])
    if (!members.has(input.ownerId)) throw invalid({ ownerId: 'plans:errors.owner' })
  }
  if (input.courseId && !(await isCourseChoice(ctx, actor.tenantId, input.courseId))) {
    throw invalid({ courseId: 'common:validation.choice' })
  }
  if (input.taskId && !(await isTaskChoice(ctx.db, actor.tenantId, input.taskId))) {
    throw invalid({ taskId: 'common:validation.choice' })
  }
  if (input.roundId && input.questionKey) {
    return itemOfRound(ctx, input.roundId, input.questionKey)
  }
  return null
}

/** The plan an objective of the school belongs to (the form names only the objective). */
async function planOfObjective(ctx: Ctx, objectiveId: string): Promise<string> {
  const actor = manager(ctx)
  const [row] = await ctx.db
    .select({ planId: actionPlanObjectives.planId })
    .from(actionPlanObjectives)
    .where(
      and(
        eq(actionPlanObjectives.id, objectiveId),
        eq(actionPlanObjectives.tenantId, actor.tenantId),
      ),
    )
  if (!row) throw invalid({ objectiveId: 'plans:errors.objective' })
  return row.planId
}

/**
 * Adds an action under an objective (of `planId` when given, as the API names it); flagged
 * actions are saved all the same (ADR 020).
 */
export async function createAction(ctx: Ctx, input: ActionInput, planId?: string): Promise<Action> {
  const actor = manager(ctx)
  const plan = await getPlan(ctx, planId ?? (await planOfObjective(ctx, input.objectiveId)))
  const item = await checkRefs(ctx, plan.id, input)
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(actionPlanActions)
      .values({
        ...input,
        tenantId: actor.tenantId,
        planId: plan.id,
        roundId: item ? input.roundId : null,
        questionKey: item ? input.questionKey : null,
        itemText: item?.text ?? null,
      })
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'plan.action.create',
        entityType: 'action_plan_action',
        entityId: row!.id,
      },
      tx,
    )
    return row!
  })
}

/** Whether the actor may move this action: the office, or the member who owns it. */
export function mayUpdateProgress(actor: Actor | null, action: Pick<Action, 'ownerId'>): boolean {
  return can(actor, 'plans.manage') || (!!actor && action.ownerId === actor.userId)
}

/** Moves an action's status and progress note: the office, or the action's owner (staff too). */
export async function updateActionProgress(
  ctx: Ctx,
  id: string,
  input: ActionProgressInput,
): Promise<Action> {
  const actor = viewer(ctx)
  const action = await getAction(ctx, id)
  if (!mayUpdateProgress(actor, action)) throw forbidden()
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(actionPlanActions)
      .set({ status: input.status, progressNote: input.progressNote, updatedAt: ctx.now() })
      .where(
        and(eq(actionPlanActions.id, action.id), eq(actionPlanActions.tenantId, actor.tenantId)),
      )
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'plan.action.status',
        entityType: 'action_plan_action',
        entityId: action.id,
        changes: { status: { from: action.status, to: input.status } },
      },
      tx,
    )
    return row!
  })
}

/** The members an action may be given to, and the courses and tasks it may point to (the form's selects). */
export async function actionChoices(ctx: Ctx) {
  const actor = manager(ctx)
  const [members, courses, tasks] = await Promise.all([
    listMembers(ctx),
    courseChoices(ctx, actor.tenantId),
    taskChoices(ctx.db, actor.tenantId),
  ])
  return {
    owners: members.map((m) => ({ id: m.userId, name: m.displayName })),
    courses,
    tasks,
  }
}
