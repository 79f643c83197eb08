import {
  date,
  index,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, timestamps } from '#src/db/columns.ts'
import { organisations } from '../organisations/schema.ts'
import { projects, workPackages } from '../projects/schema.ts'
import { users } from '../users/schema.ts'

/**
 * Cost categories. `lump_sum` is a work package's share of an Erasmus+ lump sum (earned by
 * completion); the others are the classic actual-cost categories.
 */
export const COST_CATEGORIES = [
  'lump_sum',
  'staff',
  'travel',
  'equipment',
  'subcontracting',
  'other',
] as const
export type CostCategory = (typeof COST_CATEGORIES)[number]

/** Categories of actual costs: a lump sum is earned by completion, never paid as an expense. */
export const ACTUAL_CATEGORIES = [
  'staff',
  'travel',
  'equipment',
  'subcontracting',
  'other',
] as const

/** Where an entry stands with the coordinator: waiting, accepted, or sent back with a question. */
export const ENTRY_STATUSES = ['submitted', 'reviewed', 'queried'] as const
export type EntryStatus = (typeof ENTRY_STATUSES)[number]

/** Where an exchange rate came from (InforEuro is what Erasmus+ reports use). */
export const RATE_SOURCES = ['inforeuro', 'ecb', 'bank', 'other'] as const
export type RateSource = (typeof RATE_SOURCES)[number]

const orgRef = () => uuid().references(() => organisations.id, { onDelete: 'cascade' })
const userRef = () => uuid().references(() => users.id, { onDelete: 'set null' })
const projectRef = () =>
  uuid()
    .notNull()
    .references(() => projects.id, { onDelete: 'cascade' })
const wpRef = () =>
  uuid()
    .notNull()
    .references(() => workPackages.id, { onDelete: 'cascade' })
const money = () => numeric({ precision: 16, scale: 2 })
const review = {
  status: text().$type<EntryStatus>().notNull().default('submitted'),
  reviewComment: text().notNull().default(''),
  reviewedBy: userRef(),
  reviewedAt: timestamp({ withTimezone: true }),
}

/**
 * A planned amount, in the project's currency, for one partner, work package and category.
 * tenantId is the partner organisation whose budget it is; the coordinator sets it.
 */
export const budgetLines = pgTable(
  'budget_lines',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    projectId: projectRef(),
    workPackageId: wpRef(),
    category: text().$type<CostCategory>().notNull(),
    amount: money().notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('budget_lines_key').on(t.projectId, t.tenantId, t.workPackageId, t.category)],
)

/**
 * An actual cost a partner paid. The amount is kept as paid (any ISO currency); the rate to the
 * project's currency is recorded with the entry (units of the entry's currency per one unit of
 * the project's, as InforEuro quotes it), with its date and source, and the converted amount is
 * stored so sums never depend on today's rate. tenantId is the partner that paid.
 */
export const expenses = pgTable(
  'expenses',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    projectId: projectRef(),
    workPackageId: wpRef(),
    category: text().$type<CostCategory>().notNull(),
    spentOn: date({ mode: 'string' }).notNull(),
    description: text().notNull(),
    amount: money().notNull(),
    currency: text().notNull(),
    exchangeRate: numeric({ precision: 18, scale: 8 }).notNull(),
    rateDate: date({ mode: 'string' }).notNull(),
    rateSource: text().$type<RateSource>().notNull(),
    convertedAmount: money().notNull(),
    createdBy: userRef(),
    ...review,
    ...timestamps,
  },
  (t) => [
    index('expenses_project_idx').on(t.projectId, t.tenantId, t.spentOn),
    index('expenses_wp_idx').on(t.workPackageId),
  ],
)

/**
 * A month of one person's work on a work package: hours × hourly rate (in the project's
 * currency) = staff cost, stored. tenantId is the person's organisation (the partner).
 */
export const timesheets = pgTable(
  'timesheets',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    projectId: projectRef(),
    workPackageId: wpRef(),
    /** The person as named on the timesheet; userId when they have an account. */
    personName: text().notNull(),
    userId: userRef(),
    /** The first day of the month worked (YYYY-MM-01). */
    month: date({ mode: 'string' }).notNull(),
    hours: numeric({ precision: 6, scale: 2 }).notNull(),
    hourlyRate: money().notNull(),
    staffCost: money().notNull(),
    createdBy: userRef(),
    ...review,
    ...timestamps,
  },
  (t) => [
    index('timesheets_project_idx').on(t.projectId, t.tenantId, t.month),
    index('timesheets_wp_idx').on(t.workPackageId),
  ],
)
