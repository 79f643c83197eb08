import { and, desc, eq, type SQL } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { organisations } from '#src/modules/organisations/index.ts'
import { workPackages } from '#src/modules/projects/index.ts'
import type { EntryFilter, ExpenseInput, ReviewInput } from './inputs.ts'
import { convert, fromNumeric, minorUnits, toNumeric } from './money.ts'
import {
  assertCanEnter,
  assertEditable,
  assertId,
  assertReviewer,
  assertVisible,
  assertWorkPackage,
  type BudgetProject,
  listWorkPackages,
  openProject,
  seesAll,
} from './project.ts'
import { expenses } from './schema.ts'

export type Expense = typeof expenses.$inferSelect

/**
 * The amount in the project's currency: the typed amount as is in the same currency, otherwise
 * divided by the recorded rate (units of the entry's currency per one unit of the project's).
 */
export function convertedAmount(input: ExpenseInput, projectCurrency: string): string {
  if (minorUnits(projectCurrency) > 2) {
    throw new AppError('INVALID_INPUT', 'budgets:errors.currencyDigits')
  }
  const amount = fromNumeric(input.amount, input.currency)
  if (input.currency === projectCurrency) return toNumeric(amount, 2)
  return toNumeric(convert(amount, projectCurrency, input.exchangeRate, 'perTarget'), 2)
}

function columns(input: ExpenseInput, project: BudgetProject) {
  return {
    workPackageId: input.workPackageId,
    category: input.category,
    spentOn: input.spentOn,
    description: input.description,
    amount: input.amount,
    currency: input.currency,
    exchangeRate: input.currency === project.currency ? '1' : input.exchangeRate,
    rateDate: input.rateDate ?? input.spentOn,
    rateSource: input.rateSource,
    convertedAmount: convertedAmount(input, project.currency),
  }
}

/**
 * Actual costs the actor may see, newest first: every partner's for the coordinator's
 * managers (optionally one partner's), only the actor's organisation's for the rest.
 */
export async function listExpenses(ctx: Ctx, projectId: string, filter: EntryFilter = {}) {
  const { access } = await openProject(ctx, projectId)
  const conditions: SQL[] = [eq(expenses.projectId, projectId)]
  const owner = seesAll(access) ? filter.organisationId : access.organisationId
  if (owner) conditions.push(eq(expenses.tenantId, owner))
  if (filter.status) conditions.push(eq(expenses.status, filter.status))
  return ctx.db
    .select({
      expense: expenses,
      organisationName: organisations.name,
      organisationLocale: organisations.defaultLocale,
      wpCode: workPackages.code,
    })
    .from(expenses)
    .innerJoin(organisations, eq(organisations.id, expenses.tenantId))
    .innerJoin(workPackages, eq(workPackages.id, expenses.workPackageId))
    .where(and(...conditions))
    .orderBy(desc(expenses.spentOn), desc(expenses.createdAt))
    .limit(500)
}

/** One actual cost: its partner and the coordinator's managers see it; others get NOT_FOUND. */
export async function getExpense(ctx: Ctx, projectId: string, expenseId: string) {
  const opened = await openProject(ctx, projectId)
  assertId(expenseId)
  const [row] = await ctx.db
    .select({ expense: expenses, wpCode: workPackages.code, wpTitle: workPackages.title })
    .from(expenses)
    .innerJoin(workPackages, eq(workPackages.id, expenses.workPackageId))
    .where(and(eq(expenses.projectId, projectId), eq(expenses.id, expenseId)))
  if (!row) throw notFound()
  assertVisible(opened.access, row.expense.tenantId)
  return { ...opened, ...row }
}

/** Records an actual cost of the actor's own organisation, converted at the recorded rate. */
export async function createExpense(ctx: Ctx, projectId: string, input: ExpenseInput) {
  const { access, project } = await openProject(ctx, projectId)
  assertCanEnter(access)
  await assertWorkPackage(ctx.db, projectId, input.workPackageId)
  const [row] = await ctx.db
    .insert(expenses)
    .values({
      tenantId: access.organisationId,
      projectId,
      ...columns(input, project),
      createdBy: access.userId,
    })
    .returning()
  return row as Expense
}

function assertOpen(entry: { status: string }) {
  if (entry.status === 'reviewed') throw new AppError('INVALID_STATE', 'budgets:errors.locked')
}

/** An entry for its edit form: only its own partner, and only while not accepted. */
export async function getExpenseForEdit(ctx: Ctx, projectId: string, expenseId: string) {
  const found = await getExpense(ctx, projectId, expenseId)
  assertEditable(found.access, found.expense.tenantId)
  assertOpen(found.expense)
  return { ...found, workPackages: await listWorkPackages(ctx.db, projectId) }
}

/** Changes an entry of the actor's organisation not yet accepted; it goes back for review. */
export async function updateExpense(
  ctx: Ctx,
  projectId: string,
  expenseId: string,
  input: ExpenseInput,
) {
  const { access, project, expense } = await getExpense(ctx, projectId, expenseId)
  assertEditable(access, expense.tenantId)
  assertOpen(expense)
  await assertWorkPackage(ctx.db, projectId, input.workPackageId)
  const [row] = await ctx.db
    .update(expenses)
    .set({ ...columns(input, project), status: 'submitted', reviewedBy: null, reviewedAt: null })
    .where(eq(expenses.id, expense.id))
    .returning()
  return row as Expense
}

/** Removes an entry of the actor's organisation that the coordinator has not accepted. */
export async function deleteExpense(ctx: Ctx, projectId: string, expenseId: string) {
  const { access, expense } = await getExpense(ctx, projectId, expenseId)
  assertEditable(access, expense.tenantId)
  assertOpen(expense)
  await ctx.db.delete(expenses).where(eq(expenses.id, expense.id))
}

/** The coordinator accepts an entry or queries it with a comment. */
export async function reviewExpense(
  ctx: Ctx,
  projectId: string,
  expenseId: string,
  input: ReviewInput,
) {
  const { access, expense } = await getExpense(ctx, projectId, expenseId)
  assertReviewer(access)
  const [row] = await ctx.db
    .update(expenses)
    .set({
      status: input.verdict,
      reviewComment: input.comment,
      reviewedBy: access.userId,
      reviewedAt: ctx.now(),
    })
    .where(eq(expenses.id, expense.id))
    .returning()
  return row as Expense
}
