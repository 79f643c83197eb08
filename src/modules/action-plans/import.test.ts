import { eq } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { type TestClient, textOf } from '../../../tests/setup/client.ts'
import { actionPlanActions, actionPlanObjectives } from './schema.ts'
import { buildPlan } from './testing.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

const HEADER = 'objective,action,owner,deadline,cost,indicator,target'

async function upload(c: TestClient, planId: string, name: string, body: BlobPart) {
  await c.get(`/app/plans/${planId}/import`)
  const form = new FormData()
  form.set('_csrf', c.cookies.get('ura_csrf') ?? '')
  form.set('file', new File([body], name))
  return c.request(`/app/plans/${planId}/import`, { method: 'POST', body: form })
}

describe('/app/plans/:id/import', () => {
  it('[PLANS][IMPORT]: a file with bad rows saves nothing and names each row', async () => {
    const coord = await t.make.member('coordinator')
    const c = await t.signedIn(coord.login)
    const { planId } = await buildPlan(t, c)
    const csv = [
      HEADER,
      `Quality mobilities,Good row,${coord.login},2027-01-31,100,Trained,6`,
      'Quality mobilities,,nobody@else.test,31.01.2027,abc,x,y',
    ].join('\n')
    const res = await upload(c, planId, 'plan.csv', csv)
    expect(res.status).toBe(422)
    const text = await textOf(res)
    expect(text).toContain('Row 3: the action has no title.')
    expect(text).toContain('Row 3: nobody@else.test is not a member of the school.')
    expect(text).toContain('Row 3: "31.01.2027" is not a date as YYYY-MM-DD.')
    expect(text).toContain('Row 3: "abc" is not an amount in euro.')
    expect(text).not.toContain('Row 2')
    const saved = await t.deps.db
      .select()
      .from(actionPlanActions)
      .where(eq(actionPlanActions.planId, planId))
    expect(saved).toHaveLength(0)
  })

  it('[PLANS][IMPORT]: a good XLSX adds its actions and a new objective in one go', async () => {
    const coord = await t.make.member('coordinator')
    const c = await t.signedIn(coord.login)
    const { planId } = await buildPlan(t, c)
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Actions')
    ws.addRow(HEADER.split(','))
    ws.addRow([
      'Quality mobilities',
      'Brief the learners',
      coord.login,
      '2027-02-15',
      '250,50',
      'Briefed',
      'All',
    ])
    ws.addRow(['Inclusion', 'Support fund', '', '2027-04-01', '', 'Learners supported', '10'])
    const buffer = await wb.xlsx.writeBuffer()
    const res = await upload(c, planId, 'plan.xlsx', new Uint8Array(buffer as ArrayBuffer))
    expect(res.status).toBe(303)
    const saved = await t.deps.db
      .select()
      .from(actionPlanActions)
      .where(eq(actionPlanActions.planId, planId))
    expect(saved.map((a) => a.title).sort()).toEqual(['Brief the learners', 'Support fund'])
    expect(saved.find((a) => a.title === 'Brief the learners')!.costEur).toBe('250.50')
    const objectives = await t.deps.db
      .select()
      .from(actionPlanObjectives)
      .where(eq(actionPlanObjectives.planId, planId))
    expect(objectives).toHaveLength(2)
  })
})
