import { and, eq, type SQL, sql } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import type { Ctx } from '#src/lib/context.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { fromNumeric, type Money, money, percentOf, toNumeric } from './money.ts'
import {
  type BudgetProject,
  listConsortium,
  listWorkPackages,
  type Opened,
  openProject,
  type ProjectWorkPackage,
  seesAll,
} from './project.ts'
import { budgetLines, COST_CATEGORIES, type CostCategory, expenses, timesheets } from './schema.ts'

/** Planned, actual (expenses + staff time) and, for lump sums, earned by completion. */
export type Figures = { planned: Money; actual: Money; earned: Money }

export type PartnerFigures = Figures & {
  organisationId: string
  name: LocalizedText
  defaultLocale: string
  role: string
  /** Entries of this partner waiting for the coordinator's review. */
  waiting: number
}
export type WorkPackageFigures = Figures & { workPackage: ProjectWorkPackage }
export type CategoryFigures = Figures & { category: CostCategory }

export type BudgetSummary = {
  project: BudgetProject
  /** True when the figures cover the whole consortium (the coordinator's managers). */
  isConsortium: boolean
  partners: PartnerFigures[]
  workPackages: WorkPackageFigures[]
  categories: CategoryFigures[]
  total: Figures
}

type Cell = { tenantId: string; workPackageId: string; category: CostCategory; amount: string }

/**
 * Planned against actual per partner, per work package and per category, in the project's
 * currency. Sums are numeric in the database and BigInt here: exact to the cent. The
 * coordinator's managers see the whole consortium; every other partner sees its own figures.
 */
export async function getBudgetSummary(ctx: Ctx, projectId: string): Promise<BudgetSummary> {
  return summarise(ctx, await openProject(ctx, projectId))
}

/** The summary for an already opened project (the status report shares the same scope). */
export async function summarise(ctx: Ctx, { access, project }: Opened): Promise<BudgetSummary> {
  const all = seesAll(access)
  const scope = (column: AnyPgColumn): SQL | undefined =>
    all ? undefined : eq(column, access.organisationId)
  const [consortium, wps, planned, spent, staff, waiting] = await Promise.all([
    listConsortium(ctx.db, project.id),
    listWorkPackages(ctx.db, project.id),
    ctx.db
      .select({
        tenantId: budgetLines.tenantId,
        workPackageId: budgetLines.workPackageId,
        category: budgetLines.category,
        amount: budgetLines.amount,
      })
      .from(budgetLines)
      .where(and(eq(budgetLines.projectId, project.id), scope(budgetLines.tenantId))),
    ctx.db
      .select({
        tenantId: expenses.tenantId,
        workPackageId: expenses.workPackageId,
        category: expenses.category,
        amount: sql<string>`sum(${expenses.convertedAmount})`,
      })
      .from(expenses)
      .where(and(eq(expenses.projectId, project.id), scope(expenses.tenantId)))
      .groupBy(expenses.tenantId, expenses.workPackageId, expenses.category),
    ctx.db
      .select({
        tenantId: timesheets.tenantId,
        workPackageId: timesheets.workPackageId,
        category: sql<CostCategory>`'staff'`,
        amount: sql<string>`sum(${timesheets.staffCost})`,
      })
      .from(timesheets)
      .where(and(eq(timesheets.projectId, project.id), scope(timesheets.tenantId)))
      .groupBy(timesheets.tenantId, timesheets.workPackageId),
    countWaiting(ctx, project.id, all ? null : access.organisationId),
  ])
  const currency = project.currency
  const zero = () => money(0n, currency)
  const blank = (): Figures => ({ planned: zero(), actual: zero(), earned: zero() })
  const completion = new Map(wps.map((w) => [w.id, w]))
  const byPartner = new Map<string, Figures>()
  const byWp = new Map<string, Figures>()
  const byCategory = new Map<CostCategory, Figures>()
  const total = blank()
  const add = (cell: Cell, field: keyof Figures) => {
    const value = fromNumeric(cell.amount, currency).minor
    for (const [map, key] of [
      [byPartner, cell.tenantId],
      [byWp, cell.workPackageId],
      [byCategory, cell.category],
    ] as [Map<string, Figures>, string][]) {
      const f = map.get(key) ?? blank()
      f[field] = money(f[field].minor + value, currency)
      map.set(key, f)
    }
    total[field] = money(total[field].minor + value, currency)
  }
  for (const line of planned) {
    add(line, 'planned')
    const wp = completion.get(line.workPackageId)
    if (line.category === 'lump_sum' && wp) {
      const earned = percentOf(fromNumeric(line.amount, currency), String(wp.completionPercent))
      add({ ...line, amount: toNumeric(earned) }, 'earned')
    }
  }
  for (const cell of [...spent, ...staff]) add(cell, 'actual')

  return {
    project,
    isConsortium: all,
    partners: consortium
      .filter((p) => all || p.organisationId === access.organisationId)
      .map((p) => ({
        ...p,
        ...(byPartner.get(p.organisationId) ?? blank()),
        waiting: waiting.get(p.organisationId) ?? 0,
      })),
    workPackages: wps.map((w) => ({ workPackage: w, ...(byWp.get(w.id) ?? blank()) })),
    categories: COST_CATEGORIES.map((c) => ({ category: c, ...(byCategory.get(c) ?? blank()) })),
    total,
  }
}

/** Entries per partner still waiting for the coordinator (submitted or queried and changed). */
async function countWaiting(ctx: Ctx, projectId: string, organisationId: string | null) {
  const out = new Map<string, number>()
  for (const table of [expenses, timesheets]) {
    const rows = await ctx.db
      .select({ tenantId: table.tenantId, n: sql<number>`count(*)::int` })
      .from(table)
      .where(
        and(
          eq(table.projectId, projectId),
          eq(table.status, 'submitted'),
          organisationId ? eq(table.tenantId, organisationId) : undefined,
        ),
      )
      .groupBy(table.tenantId)
    for (const r of rows) out.set(r.tenantId, (out.get(r.tenantId) ?? 0) + Number(r.n))
  }
  return out
}
