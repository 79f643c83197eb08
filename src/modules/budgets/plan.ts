import { and, asc, eq } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { assertManager } from '#src/modules/projects/index.ts'
import type { BudgetLineInput } from './inputs.ts'
import { assertId, assertWorkPackage, isPartner, openProject, seesAll } from './project.ts'
import { budgetLines } from './schema.ts'

/**
 * The planned budget lines the actor may see: all of them for the coordinator's managers, the
 * actor's own organisation's for everyone else in the consortium.
 */
export async function listBudgetLines(ctx: Ctx, projectId: string) {
  const { access } = await openProject(ctx, projectId)
  const where = seesAll(access)
    ? eq(budgetLines.projectId, projectId)
    : and(eq(budgetLines.projectId, projectId), eq(budgetLines.tenantId, access.organisationId))
  return ctx.db
    .select()
    .from(budgetLines)
    .where(where)
    .orderBy(asc(budgetLines.tenantId), asc(budgetLines.workPackageId), asc(budgetLines.category))
}

export type BudgetLine = typeof budgetLines.$inferSelect

/** The project for the planning page: the coordinator's managers only (403 for partners). */
export async function openPlan(ctx: Ctx, projectId: string) {
  const opened = await openProject(ctx, projectId)
  assertManager(opened.access)
  return opened
}

/**
 * Sets the planned amount of one partner, work package and category (the coordinator's
 * managers only). A zero amount removes the line. A lump-sum work package takes only its lump
 * sum; the others take the classic categories.
 */
export async function setBudgetLine(ctx: Ctx, projectId: string, input: BudgetLineInput) {
  const { access } = await openProject(ctx, projectId)
  assertManager(access)
  if (!(await isPartner(ctx.db, projectId, input.organisationId))) {
    throw new AppError(
      'INVALID_INPUT',
      'budgets:errors.notPartner',
      {},
      {
        organisationId: 'budgets:errors.notPartner',
      },
    )
  }
  const wp = await assertWorkPackage(ctx.db, projectId, input.workPackageId)
  if (wp.isLumpSum !== (input.category === 'lump_sum')) {
    const key = wp.isLumpSum ? 'budgets:errors.lumpSumOnly' : 'budgets:errors.notLumpSum'
    throw new AppError('INVALID_INPUT', key, {}, { category: key })
  }
  const key = and(
    eq(budgetLines.projectId, projectId),
    eq(budgetLines.tenantId, input.organisationId),
    eq(budgetLines.workPackageId, input.workPackageId),
    eq(budgetLines.category, input.category),
  )
  if (input.amount === '0.00') {
    await ctx.db.delete(budgetLines).where(key)
    return null
  }
  const [row] = await ctx.db
    .insert(budgetLines)
    .values({
      tenantId: input.organisationId,
      projectId,
      workPackageId: input.workPackageId,
      category: input.category,
      amount: input.amount,
    })
    .onConflictDoUpdate({
      target: [
        budgetLines.projectId,
        budgetLines.tenantId,
        budgetLines.workPackageId,
        budgetLines.category,
      ],
      set: { amount: input.amount, updatedAt: ctx.now() },
    })
    .returning()
  return row ?? null
}

/** Removes a planned line (the coordinator's managers only). */
export async function deleteBudgetLine(ctx: Ctx, projectId: string, lineId: string) {
  const { access } = await openProject(ctx, projectId)
  assertManager(access)
  assertId(lineId)
  const removed = await ctx.db
    .delete(budgetLines)
    .where(and(eq(budgetLines.projectId, projectId), eq(budgetLines.id, lineId)))
    .returning({ id: budgetLines.id })
  if (removed.length === 0) throw notFound()
}
