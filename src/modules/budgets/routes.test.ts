import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { createExpense } from './expenses.ts'
import { budgetLines, expenses, timesheets } from './schema.ts'
import { type Consortium, makeConsortium } from './testing.ts'
import { createTimesheet } from './timesheets.ts'

let t: TestApp
let c: Consortium
let budget: string

beforeAll(async () => {
  t = await setupTestApp()
  c = await makeConsortium(t)
  budget = `/app/projects/${c.projectId}/budget`
})

async function anExpense(who: Consortium['a'] = c.a, description = 'Bus tickets') {
  return createExpense(await t.ctxFor(who.user.id, who.tenantId), c.projectId, {
    workPackageId: c.wp2.id,
    category: 'travel',
    spentOn: '2025-03-14',
    description,
    amount: '40.00',
    currency: 'EUR',
    exchangeRate: '1',
    rateDate: '2025-03-14',
    rateSource: 'inforeuro',
  })
}

describe('budget page', () => {
  it('sends the anonymous to sign in', async () => {
    const res = await t.anonymous().get(budget)
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toContain('/signin?next=')
  })
  it('answers 404 to an organisation outside the consortium', async () => {
    const res = await (await t.signedIn(c.outsider.login)).get(budget)
    expect(res.status).toBe(404)
  })
  it('answers 403 to a learner of a partner school', async () => {
    const res = await (await t.signedIn(c.aLearner.login)).get(budget)
    expect(res.status).toBe(403)
  })
  it('shows the coordinator every partner with a chart and a table', async () => {
    const res = await (await t.signedIn(c.manager.login)).get(budget)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<svg')
    expect(html).toContain('role="img"')
    expect(html).not.toMatch(/<style>|style="/)
    expect(html).toContain(`/app/projects/${c.projectId}/budget/plan`)
    expect((html.match(/<tr>/g) ?? []).length).toBeGreaterThan(3)
  })
  it('shows a partner only its own figures and no planning link', async () => {
    const html = await (await (await t.signedIn(c.a.login)).get(budget)).text()
    expect(html).not.toContain('/budget/plan"')
    expect(html).toContain('/budget/expenses/new')
  })
  it('offers a viewer no entry forms', async () => {
    const html = await (await (await t.signedIn(c.bViewer.login)).get(budget)).text()
    expect(html).not.toContain('/budget/expenses/new')
  })
})

describe('planned budget', () => {
  it('is for the coordinator: a partner gets 403 on the page and on posting', async () => {
    const partner = await t.signedIn(c.a.login)
    expect((await partner.get(`${budget}/plan`)).status).toBe(403)
    const res = await partner.post(`${budget}/plan`, { organisationId: 'x', amount: 'abc' })
    expect(res.status).toBe(403)
  })
  it('saves a line typed the Albanian way', async () => {
    const m = await t.signedIn(c.manager.login)
    const res = await m.post(`${budget}/plan`, {
      organisationId: c.a.tenantId,
      workPackageId: c.wp2.id,
      category: 'travel',
      amount: '12 345,67',
    })
    expect(res.status).toBe(303)
    const [line] = await t.deps.db
      .select()
      .from(budgetLines)
      .where(and(eq(budgetLines.projectId, c.projectId), eq(budgetLines.tenantId, c.a.tenantId)))
    expect(line?.amount).toBe('12345.67')
    const page = await textOf(await m.get(`${budget}/plan`))
    expect(page).toContain('12,345.67')
  })
  it('re-renders bad input with 422 and what was typed', async () => {
    const m = await t.signedIn(c.manager.login)
    const res = await m.post(`${budget}/plan`, {
      organisationId: c.a.tenantId,
      workPackageId: c.wp1.id,
      category: 'travel',
      amount: '12.3.4',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('value="12.3.4"')
    expect(html).toContain('aria-invalid="true"')
  })
  it('refuses a lump-sum line on a classic work package with a field error', async () => {
    const m = await t.signedIn(c.manager.login)
    const res = await m.post(`${budget}/plan`, {
      organisationId: c.a.tenantId,
      workPackageId: c.wp2.id,
      category: 'lump_sum',
      amount: '100',
    })
    expect(res.status).toBe(422)
  })
})

describe('expenses', () => {
  it('a partner records one in lek; it is converted at the typed rate', async () => {
    const a = await t.signedIn(c.a.login)
    expect((await a.get(`${budget}/expenses/new`)).status).toBe(200)
    const res = await a.post(`${budget}/expenses`, {
      workPackageId: c.wp2.id,
      category: 'travel',
      spentOn: '2025-04-02',
      description: 'Taksi Durrës–Rinas',
      amount: '2.484,00',
      currency: 'ALL',
      exchangeRate: '99,36',
      rateDate: '',
      rateSource: 'inforeuro',
    })
    expect(res.status).toBe(303)
    const [row] = await t.deps.db
      .select()
      .from(expenses)
      .where(eq(expenses.description, 'Taksi Durrës–Rinas'))
    expect(row).toMatchObject({
      amount: '2484.00',
      convertedAmount: '25.00',
      rateDate: '2025-04-02',
      tenantId: c.a.tenantId,
    })
  })
  it('keeps what was typed on 422 (missing rate in another currency)', async () => {
    const a = await t.signedIn(c.a.login)
    const res = await a.post(`${budget}/expenses`, {
      workPackageId: c.wp2.id,
      category: 'travel',
      spentOn: '2025-04-02',
      description: 'Hotel in Ohrid',
      amount: '6 150,00',
      currency: 'MKD',
      exchangeRate: '',
      rateSource: 'inforeuro',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('value="Hotel in Ohrid"')
    expect(html).toContain('value="6 150,00"')
    expect(html).toMatch(/<option value="MKD" selected/)
  })
  it('a viewer may not open the form (403); an outsider gets 404', async () => {
    expect((await (await t.signedIn(c.bViewer.login)).get(`${budget}/expenses/new`)).status).toBe(
      403,
    )
    expect((await (await t.signedIn(c.outsider.login)).get(`${budget}/expenses/new`)).status).toBe(
      404,
    )
  })
  it('another partner gets 404 on the page, the edit form and the review', async () => {
    const row = await anExpense()
    const b = await t.signedIn(c.b.login)
    expect((await b.get(`${budget}/expenses/${row.id}`)).status).toBe(404)
    expect((await b.get(`${budget}/expenses/${row.id}/edit`)).status).toBe(404)
    expect(
      (await b.post(`${budget}/expenses/${row.id}/review`, { verdict: 'reviewed' })).status,
    ).toBe(404)
    expect((await b.post(`${budget}/expenses/${row.id}/delete`)).status).toBe(404)
  })
  it('the coordinator sees it but may not change it (403)', async () => {
    const row = await anExpense()
    const m = await t.signedIn(c.manager.login)
    expect((await m.get(`${budget}/expenses/${row.id}`)).status).toBe(200)
    expect((await m.get(`${budget}/expenses/${row.id}/edit`)).status).toBe(403)
    expect((await m.post(`${budget}/expenses/${row.id}/delete`)).status).toBe(403)
  })
  it('the coordinator queries with a comment (422 without one), then accepts; then it is locked', async () => {
    const row = await anExpense(c.a, 'Workshop materials')
    const m = await t.signedIn(c.manager.login)
    const noComment = await m.post(`${budget}/expenses/${row.id}/review`, {
      verdict: 'queried',
      comment: '',
    })
    expect(noComment.status).toBe(422)
    const queried = await m.post(`${budget}/expenses/${row.id}/review`, {
      verdict: 'queried',
      comment: 'Which invoice?',
    })
    expect(queried.status).toBe(303)
    const a = await t.signedIn(c.a.login)
    expect(await textOf(await a.get(`${budget}/expenses/${row.id}`))).toContain('Which invoice?')
    expect(
      (await a.post(`${budget}/expenses/${row.id}/review`, { verdict: 'reviewed' })).status,
    ).toBe(403)
    await m.post(`${budget}/expenses/${row.id}/review`, { verdict: 'reviewed', comment: '' })
    expect((await a.get(`${budget}/expenses/${row.id}/edit`)).status).toBe(409)
  })
  it('the owner edits and deletes its own entry', async () => {
    const row = await anExpense(c.a, 'Printing')
    const staff = await t.signedIn(c.aStaff.login)
    const edit = await staff.get(`${budget}/expenses/${row.id}/edit`)
    expect(await edit.text()).toContain('value="40.00"')
    const saved = await staff.post(`${budget}/expenses/${row.id}/edit`, {
      workPackageId: c.wp2.id,
      category: 'other',
      spentOn: '2025-03-15',
      description: 'Printing of leaflets',
      amount: '41.5',
      currency: 'EUR',
      rateSource: 'inforeuro',
    })
    expect(saved.status).toBe(303)
    expect((await staff.post(`${budget}/expenses/${row.id}/delete`)).status).toBe(303)
    expect(await t.deps.db.select().from(expenses).where(eq(expenses.id, row.id))).toHaveLength(0)
  })
  it('lists only the reader’s own entries, all of them for the coordinator', async () => {
    await anExpense(c.b, 'Only B knows')
    const aList = await textOf(await (await t.signedIn(c.a.login)).get(`${budget}/entries`))
    expect(aList).not.toContain('Only B knows')
    const mList = await textOf(await (await t.signedIn(c.manager.login)).get(`${budget}/entries`))
    expect(mList).toContain('Only B knows')
  })
})

describe('timesheets', () => {
  it('a partner records a month; 422 keeps what was typed', async () => {
    const a = await t.signedIn(c.a.login)
    const bad = await a.post(`${budget}/timesheets`, {
      workPackageId: c.wp2.id,
      personName: 'Ornela Kraja',
      month: '2025-13',
      hours: '800',
      hourlyRate: '20',
    })
    expect(bad.status).toBe(422)
    const html = await bad.text()
    expect(html).toContain('value="Ornela Kraja"')
    expect(html).toContain('value="800"')
    const ok = await a.post(`${budget}/timesheets`, {
      workPackageId: c.wp2.id,
      personName: 'Ornela Kraja',
      month: '2025-03',
      hours: '12,5',
      hourlyRate: '20,10',
    })
    expect(ok.status).toBe(303)
    const [row] = await t.deps.db
      .select()
      .from(timesheets)
      .where(eq(timesheets.personName, 'Ornela Kraja'))
    expect(row).toMatchObject({ hours: '12.50', staffCost: '251.25', month: '2025-03-01' })
  })
  it('another partner gets 404, a viewer 403, the coordinator reviews', async () => {
    const row = await createTimesheet(await t.ctxFor(c.a.user.id, c.a.tenantId), c.projectId, {
      workPackageId: c.wp1.id,
      personName: 'Someone',
      month: '2025-06',
      hours: '4.00',
      hourlyRate: '10.00',
    })
    expect((await (await t.signedIn(c.b.login)).get(`${budget}/timesheets/${row.id}`)).status).toBe(
      404,
    )
    expect((await (await t.signedIn(c.bViewer.login)).get(`${budget}/timesheets/new`)).status).toBe(
      403,
    )
    const m = await t.signedIn(c.manager.login)
    const res = await m.post(`${budget}/timesheets/${row.id}/review`, { verdict: 'reviewed' })
    expect(res.status).toBe(303)
  })
})
