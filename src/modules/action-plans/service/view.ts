import type { Ctx } from '#src/lib/context.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { can } from '#src/lib/policy.ts'
import { courseChoices } from '../../learning/index.ts'
import { type TaskChoice, taskChoices } from '../../projects/index.ts'
import { userNames } from '../../users/index.ts'
import { type CheckedAction, checkedActions } from './checks.ts'
import { type LowItem, roundPriorities } from './from-item.ts'
import { getPlan, listObjectives, type Objective, type Plan } from './plans.ts'

export type PlanView = {
  plan: Plan
  objectives: (Objective & { actions: CheckedAction[] })[]
  actions: CheckedAction[]
  owners: Map<string, string>
  courses: Map<string, LocalizedText>
  tasks: Map<string, TaskChoice>
  priorities: LowItem[]
  roundTitle: string | null
}

/** Everything a plan's page, report and API show: objectives, actions with flags, names, priorities. */
export async function planView(ctx: Ctx, id: string): Promise<PlanView> {
  const plan = await getPlan(ctx, id)
  const [objectives, actions] = await Promise.all([
    listObjectives(ctx, plan.id),
    checkedActions(ctx, [plan.id]),
  ])
  actions.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.title.localeCompare(b.title))
  const ownerIds = [...new Set(actions.flatMap((a) => (a.ownerId ? [a.ownerId] : [])))]
  const owners = await userNames(ctx, ownerIds)
  const courses = actions.some((a) => a.courseId)
    ? new Map((await courseChoices(ctx, plan.tenantId)).map((c) => [c.id, c.title]))
    : new Map<string, LocalizedText>()
  const tasks = actions.some((a) => a.taskId)
    ? new Map((await taskChoices(ctx.db, plan.tenantId)).map((task) => [task.id, task]))
    : new Map<string, TaskChoice>()
  let priorities: LowItem[] = []
  let roundTitle: string | null = null
  if (plan.roundId && can(ctx.actor, 'assessment.view')) {
    priorities = await roundPriorities(ctx, plan.roundId)
    roundTitle = priorities[0]?.roundTitle ?? null
  }
  return {
    plan,
    objectives: objectives.map((o) => ({
      ...o,
      actions: actions.filter((a) => a.objectiveId === o.id),
    })),
    actions,
    owners,
    courses,
    tasks,
    priorities,
    roundTitle,
  }
}
