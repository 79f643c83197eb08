import type { CivilDate } from '#src/lib/dates.ts'
import type { ActionStatus } from './schema.ts'

/**
 * What the realism check may say about an action (ADR 020). An owner has no capacity when they
 * hold more than MAX_OPEN_ACTIONS open actions across the school's active plans and this one.
 */
export const FLAGS = [
  'noOwner',
  'ownerOverloaded',
  'deadlineAfterEnd',
  'deadlineBeforeStart',
  'noIndicator',
  'noTarget',
  'costWithoutResources',
] as const
export type Flag = (typeof FLAGS)[number]

/** Flags that keep a plan from being set active: it would promise what it cannot measure or do in time. */
export const BLOCKING_FLAGS: readonly Flag[] = ['deadlineAfterEnd', 'noIndicator']

export const MAX_OPEN_ACTIONS = 5

export const OPEN_STATUSES: readonly ActionStatus[] = ['planned', 'in_progress', 'blocked']

export type CheckedAction = {
  ownerId: string | null
  deadline: CivilDate
  resources: string
  costEur: string | null
  indicator: string
  target: string
  status: ActionStatus
}

export type PlanPeriod = { startsOn: CivilDate; endsOn: CivilDate }

/** The flags of one action, given its plan's period and each owner's count of open actions. */
export function realismFlags(
  action: CheckedAction,
  plan: PlanPeriod,
  openByOwner: ReadonlyMap<string, number>,
): Flag[] {
  const flags: Flag[] = []
  if (!action.ownerId) flags.push('noOwner')
  else if (
    OPEN_STATUSES.includes(action.status) &&
    (openByOwner.get(action.ownerId) ?? 0) > MAX_OPEN_ACTIONS
  ) {
    flags.push('ownerOverloaded')
  }
  if (action.deadline > plan.endsOn) flags.push('deadlineAfterEnd')
  if (action.deadline < plan.startsOn) flags.push('deadlineBeforeStart')
  if (!action.indicator.trim()) flags.push('noIndicator')
  if (!action.target.trim()) flags.push('noTarget')
  if (action.costEur !== null && Number(action.costEur) > 0 && !action.resources.trim()) {
    flags.push('costWithoutResources')
  }
  return flags
}

/** Whether any of the flags keeps the plan from becoming active. */
export function blocksActivation(flags: readonly Flag[]): boolean {
  return flags.some((f) => BLOCKING_FLAGS.includes(f))
}
