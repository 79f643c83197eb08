import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { auditLog } from '../audit/schema.ts'
import { workPackages } from '../projects/schema.ts'
import {
  createExpense,
  deleteExpense,
  listExpenses,
  reviewExpense,
  updateExpense,
} from './expenses.ts'
import type { ExpenseInput } from './inputs.ts'
import { deleteBudgetLine, listBudgetLines, setBudgetLine } from './plan.ts'
import { getBudgetSummary } from './summary.ts'
import { type Consortium, makeConsortium } from './testing.ts'
import { createTimesheet, listTimesheets, reviewTimesheet, updateTimesheet } from './timesheets.ts'

let t: TestApp
let c: Consortium
const ctx = (who: { user: { id: string }; tenantId: string }) => t.ctxFor(who.user.id, who.tenantId)

function expense(over: Partial<ExpenseInput> = {}): ExpenseInput {
  return {
    workPackageId: c.wp2.id,
    category: 'travel',
    spentOn: '2025-03-14',
    description: 'Train to the kick-off meeting',
    amount: '250.40',
    currency: 'EUR',
    exchangeRate: '1',
    rateDate: '2025-03-14',
    rateSource: 'inforeuro',
    ...over,
  }
}

beforeAll(async () => {
  t = await setupTestApp()
  c = await makeConsortium(t)
})

describe('planned budget', () => {
  it('the coordinator sets, changes and removes lines; a zero amount removes', async () => {
    const m = await ctx(c.manager)
    const line = {
      organisationId: c.a.tenantId,
      workPackageId: c.wp2.id,
      category: 'travel' as const,
    }
    await setBudgetLine(m, c.projectId, { ...line, amount: '1000.00' })
    await setBudgetLine(m, c.projectId, { ...line, amount: '1200.50' })
    let lines = await listBudgetLines(m, c.projectId)
    expect(lines.filter((l) => l.tenantId === c.a.tenantId).map((l) => l.amount)).toEqual([
      '1200.50',
    ])
    await setBudgetLine(m, c.projectId, { ...line, amount: '0.00' })
    lines = await listBudgetLines(m, c.projectId)
    expect(lines.filter((l) => l.tenantId === c.a.tenantId)).toHaveLength(0)
  })
  it('a lump-sum work package takes only its lump sum, the others only classic categories', async () => {
    const m = await ctx(c.manager)
    await expect(
      setBudgetLine(m, c.projectId, {
        organisationId: c.a.tenantId,
        workPackageId: c.wp1.id,
        category: 'travel',
        amount: '5.00',
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fields: { category: 'budgets:errors.lumpSumOnly' },
    })
    await expect(
      setBudgetLine(m, c.projectId, {
        organisationId: c.a.tenantId,
        workPackageId: c.wp2.id,
        category: 'lump_sum',
        amount: '5.00',
      }),
    ).rejects.toMatchObject({ fields: { category: 'budgets:errors.notLumpSum' } })
  })
  it('refuses an organisation outside the consortium', async () => {
    await expect(
      setBudgetLine(await ctx(c.manager), c.projectId, {
        organisationId: c.outsider.tenantId,
        workPackageId: c.wp2.id,
        category: 'travel',
        amount: '5.00',
      }),
    ).rejects.toMatchObject({ fields: { organisationId: 'budgets:errors.notPartner' } })
  })
  it('partners may not plan (403), outsiders do not see the project (404)', async () => {
    const input = {
      organisationId: c.a.tenantId,
      workPackageId: c.wp2.id,
      category: 'travel' as const,
      amount: '5.00',
    }
    await expect(setBudgetLine(await ctx(c.a), c.projectId, input)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    await expect(setBudgetLine(await ctx(c.outsider), c.projectId, input)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(deleteBudgetLine(await ctx(c.a), c.projectId, c.wp1.id)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    await expect(deleteBudgetLine(await ctx(c.manager), c.projectId, 'nope')).rejects.toMatchObject(
      {
        code: 'NOT_FOUND',
      },
    )
  })
})

describe('actual costs', () => {
  it('converts lek at the recorded InforEuro rate and stores the converted amount', async () => {
    const row = await createExpense(
      await ctx(c.a),
      c.projectId,
      expense({ amount: '12420.00', currency: 'ALL', exchangeRate: '99.36' }),
    )
    expect(row).toMatchObject({
      tenantId: c.a.tenantId,
      amount: '12420.00',
      currency: 'ALL',
      exchangeRate: '99.36000000',
      convertedAmount: '125.00',
      status: 'submitted',
    })
  })
  it('keeps a rate of 1 in the project currency whatever is typed', async () => {
    const row = await createExpense(await ctx(c.a), c.projectId, expense({ exchangeRate: '7' }))
    expect(row).toMatchObject({ exchangeRate: '1.00000000', convertedAmount: '250.40' })
  })
  it('refuses a work package of another project', async () => {
    const other = await makeConsortium(t)
    await expect(
      createExpense(await ctx(c.a), c.projectId, expense({ workPackageId: other.wp2.id })),
    ).rejects.toMatchObject({ fields: { workPackageId: 'common:validation.choice' } })
  })
  it('each partner sees only its own entries; the coordinator sees all', async () => {
    await createExpense(await ctx(c.b), c.projectId, expense({ description: 'B travel' }))
    const mine = await listExpenses(await ctx(c.a), c.projectId)
    expect(mine.every((r) => r.expense.tenantId === c.a.tenantId)).toBe(true)
    const all = await listExpenses(await ctx(c.manager), c.projectId)
    expect(new Set(all.map((r) => r.expense.tenantId))).toEqual(
      new Set([c.a.tenantId, c.b.tenantId]),
    )
    const onlyB = await listExpenses(await ctx(c.manager), c.projectId, {
      organisationId: c.b.tenantId,
    })
    expect(onlyB.map((r) => r.expense.description)).toEqual(['B travel'])
    // A filter by another partner is ignored for a partner: it still sees only its own.
    const sneaky = await listExpenses(await ctx(c.a), c.projectId, { organisationId: c.b.tenantId })
    expect(sneaky.every((r) => r.expense.tenantId === c.a.tenantId)).toBe(true)
    await expect(listExpenses(await ctx(c.outsider), c.projectId)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })
  it('own partner edits; another partner gets 404; the coordinator 403; a viewer 403', async () => {
    const row = await createExpense(await ctx(c.a), c.projectId, expense())
    const changed = expense({ description: 'Bus instead' })
    await expect(
      updateExpense(await ctx(c.aStaff), c.projectId, row.id, changed),
    ).resolves.toMatchObject({
      description: 'Bus instead',
    })
    await expect(updateExpense(await ctx(c.b), c.projectId, row.id, changed)).rejects.toMatchObject(
      {
        code: 'NOT_FOUND',
      },
    )
    await expect(
      updateExpense(await ctx(c.manager), c.projectId, row.id, changed),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    await expect(createExpense(await ctx(c.bViewer), c.projectId, expense())).rejects.toMatchObject(
      {
        code: 'FORBIDDEN',
      },
    )
    await expect(
      createExpense(await ctx(c.aLearner), c.projectId, expense()),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    await expect(deleteExpense(await ctx(c.outsider), c.projectId, row.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })
  it('the coordinator reviews or queries; a reviewed entry is locked, a queried one goes back', async () => {
    const a = await ctx(c.a)
    const row = await createExpense(a, c.projectId, expense())
    await expect(
      reviewExpense(a, c.projectId, row.id, { verdict: 'reviewed', comment: '' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    const queried = await reviewExpense(await ctx(c.manager), c.projectId, row.id, {
      verdict: 'queried',
      comment: 'Please add the ticket.',
    })
    expect(queried).toMatchObject({ status: 'queried', reviewedBy: c.manager.user.id })
    const again = await updateExpense(
      a,
      c.projectId,
      row.id,
      expense({ description: 'With ticket' }),
    )
    expect(again).toMatchObject({ status: 'submitted', reviewComment: 'Please add the ticket.' })
    await reviewExpense(await ctx(c.manager), c.projectId, row.id, {
      verdict: 'reviewed',
      comment: '',
    })
    await expect(updateExpense(a, c.projectId, row.id, expense())).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    await expect(deleteExpense(a, c.projectId, row.id)).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
  })
})

describe('timesheets', () => {
  it('computes staff cost half to even and audits the personal data', async () => {
    const row = await createTimesheet(await ctx(c.a), c.projectId, {
      workPackageId: c.wp2.id,
      personName: 'Ornela Kraja',
      month: '2025-04',
      hours: '7.50',
      hourlyRate: '28.35',
    })
    expect(row).toMatchObject({ month: '2025-04-01', staffCost: '212.62' })
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, row.id))
    expect(audit.map((a) => a.action)).toEqual(['timesheet.created'])
    await updateTimesheet(await ctx(c.a), c.projectId, row.id, {
      workPackageId: c.wp2.id,
      personName: 'Ornela Kraja',
      month: '2025-04',
      hours: '10.00',
      hourlyRate: '28.35',
    })
    const after = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, row.id))
    expect(after.map((a) => a.action).sort()).toEqual(['timesheet.created', 'timesheet.updated'])
  })
  it('another partner cannot see a timesheet; the coordinator reviews it', async () => {
    const row = await createTimesheet(await ctx(c.a), c.projectId, {
      workPackageId: c.wp1.id,
      personName: 'Staff member',
      month: '2025-05',
      hours: '20',
      hourlyRate: '15.00',
    })
    expect(
      (await listTimesheets(await ctx(c.b), c.projectId)).map((r) => r.timesheet.id),
    ).not.toContain(row.id)
    await expect(
      reviewTimesheet(await ctx(c.b), c.projectId, row.id, { verdict: 'reviewed', comment: '' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(
      reviewTimesheet(await ctx(c.manager), c.projectId, row.id, {
        verdict: 'reviewed',
        comment: '',
      }),
    ).resolves.toMatchObject({ status: 'reviewed' })
  })
})

describe('summary', () => {
  it('sums planned, actual and earned exactly, scoped to the reader', async () => {
    const t2 = await makeConsortium(t)
    const m = await ctx(t2.manager)
    const plan = async (
      org: string,
      wp: string,
      category: 'lump_sum' | 'travel' | 'staff',
      amount: string,
    ) =>
      setBudgetLine(m, t2.projectId, { organisationId: org, workPackageId: wp, category, amount })
    await plan(t2.manager.tenantId, t2.wp1.id, 'lump_sum', '60000.01')
    await plan(t2.a.tenantId, t2.wp1.id, 'lump_sum', '39999.99')
    await plan(t2.a.tenantId, t2.wp2.id, 'travel', '10000.00')
    await plan(t2.b.tenantId, t2.wp2.id, 'staff', '5000.00')
    // WP1 is half done: 60,000.01 earns 30,000.005 → 30,000.00 and 39,999.99 earns
    // 19,999.995 → 20,000.00 (half to even both times); together exactly half of 100,000.00.
    await t.deps.db
      .update(workPackages)
      .set({ completionPercent: 50 })
      .where(eq(workPackages.id, t2.wp1.id))
    const aCtx = await ctx(t2.a)
    await createExpense(aCtx, t2.projectId, {
      ...expense(),
      workPackageId: t2.wp2.id,
      amount: '0.10',
    })
    await createExpense(aCtx, t2.projectId, {
      ...expense(),
      workPackageId: t2.wp2.id,
      amount: '0.20',
    })
    await createExpense(aCtx, t2.projectId, {
      ...expense(),
      workPackageId: t2.wp2.id,
      amount: '10000.00',
      currency: 'ALL',
      exchangeRate: '99.36',
    })
    await createTimesheet(await ctx(t2.b), t2.projectId, {
      workPackageId: t2.wp2.id,
      personName: 'B person',
      month: '2025-02',
      hours: '3',
      hourlyRate: '33.33',
    })

    const all = await getBudgetSummary(m, t2.projectId)
    expect(all.isConsortium).toBe(true)
    const text = (f: {
      planned: { minor: bigint }
      actual: { minor: bigint }
      earned: { minor: bigint }
    }) => [f.planned.minor, f.actual.minor, f.earned.minor]
    // actual: 0.10 + 0.20 + 100.64 (ALL 10,000 / 99.36) + 99.99 (3 h × 33.33)
    expect(text(all.total)).toEqual([11_500_000n, 20_093n, 5_000_000n])
    // The coordinator comes first; the partners follow by country and slug (random in tests).
    expect(all.partners[0]?.organisationId).toBe(t2.manager.tenantId)
    const byOrg = new Map(all.partners.map((p) => [p.organisationId, text(p)]))
    expect(byOrg.get(t2.manager.tenantId)).toEqual([6_000_001n, 0n, 3_000_000n])
    expect(byOrg.get(t2.a.tenantId)).toEqual([4_999_999n, 10_094n, 2_000_000n])
    expect(byOrg.get(t2.b.tenantId)).toEqual([500_000n, 9_999n, 0n])
    expect(all.workPackages.map((w) => [w.workPackage.code, ...text(w)])).toEqual([
      ['WP1', 10_000_000n, 0n, 5_000_000n],
      ['WP2', 1_500_000n, 20_093n, 0n],
    ])
    const byCat = Object.fromEntries(all.categories.map((x) => [x.category, text(x)]))
    expect(byCat.travel).toEqual([1_000_000n, 10_094n, 0n])
    expect(byCat.staff).toEqual([500_000n, 9_999n, 0n])
    expect(byCat.lump_sum).toEqual([10_000_000n, 0n, 5_000_000n])
    expect(all.partners.find((p) => p.organisationId === t2.a.tenantId)?.waiting).toBe(3)

    const own = await getBudgetSummary(aCtx, t2.projectId)
    expect(own.isConsortium).toBe(false)
    expect(own.partners.map((p) => p.organisationId)).toEqual([t2.a.tenantId])
    expect(text(own.total)).toEqual([4_999_999n, 10_094n, 2_000_000n])
    await expect(getBudgetSummary(await ctx(t2.outsider), t2.projectId)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })
})
