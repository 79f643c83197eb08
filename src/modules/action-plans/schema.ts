import { date, index, integer, jsonb, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { id, timestamps } from '#src/db/columns.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { assessmentRounds } from '../assessment/schema.ts'
import { organisations } from '../organisations/schema.ts'
import { tasks } from '../projects/schema.ts'
import { users } from '../users/schema.ts'

export const PLAN_STATUSES = ['draft', 'active', 'closed'] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'blocked'] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]

const tenant = () =>
  uuid()
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' })

/** A school's action plan for a period, answering one self-assessment round or none (ADR 020). */
export const actionPlans = pgTable(
  'action_plans',
  {
    tenantId: tenant(),
    id: id(),
    title: text().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    status: text().$type<PlanStatus>().notNull().default('draft'),
    roundId: uuid().references(() => assessmentRounds.id, { onDelete: 'set null' }),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('action_plans_tenant_idx').on(t.tenantId, t.status, t.startsOn)],
)

/** One of the school's Erasmus Plan objectives: the top level of a plan. */
export const actionPlanObjectives = pgTable(
  'action_plan_objectives',
  {
    tenantId: tenant(),
    id: id(),
    planId: uuid()
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    title: jsonb().$type<LocalizedText>().notNull().default({}),
    position: integer().notNull().default(0),
    ...timestamps,
  },
  (t) => [index('action_plan_objectives_plan_idx').on(t.tenantId, t.planId, t.position)],
)

/**
 * One action under an objective. `roundId` + `questionKey` name the low checklist item it answers,
 * with the item's text kept as it read then (`itemText`), so a later version changes nothing.
 */
export const actionPlanActions = pgTable(
  'action_plan_actions',
  {
    tenantId: tenant(),
    id: id(),
    planId: uuid()
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    objectiveId: uuid()
      .notNull()
      .references(() => actionPlanObjectives.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    ownerId: uuid().references(() => users.id, { onDelete: 'set null' }),
    deadline: date({ mode: 'string' }).notNull(),
    resources: text().notNull().default(''),
    costEur: numeric({ precision: 16, scale: 2 }),
    indicator: text().notNull().default(''),
    target: text().notNull().default(''),
    evidence: text().notNull().default(''),
    status: text().$type<ActionStatus>().notNull().default('planned'),
    progressNote: text().notNull().default(''),
    roundId: uuid().references(() => assessmentRounds.id, { onDelete: 'set null' }),
    questionKey: text(),
    itemText: jsonb().$type<LocalizedText>(),
    courseId: uuid(),
    /** The project task that carries the action out, in a project the school belongs to. */
    taskId: uuid().references(() => tasks.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('action_plan_actions_plan_idx').on(t.tenantId, t.planId, t.deadline),
    index('action_plan_actions_owner_idx').on(t.tenantId, t.ownerId, t.status),
  ],
)
