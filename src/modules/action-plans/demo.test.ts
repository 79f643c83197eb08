import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { assessmentRounds } from '../assessment/schema.ts'
import { DEMO_PASSWORD, loadDemoData } from '../demo/index.ts'
import { actionPlanActions, actionPlans } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
  t.deps.env.dataDir = await mkdtemp(path.join(tmpdir(), 'ura-plans-demo-'))
  await loadDemoData(t.deps)
})

const COORDINATOR = 'coordinator@beqircela.edu.al'

describe('[PLANS][DEMO]', () => {
  it('[PLANS][DEMO]: an active plan answering "Vlerësimi 2026", with actions in several statuses and one overloaded owner', async () => {
    const [plan] = await t.deps.db.select().from(actionPlans)
    expect(plan!.title).toBe('Plani i veprimit 2026–2027')
    expect(plan!.status).toBe('active')
    const [round] = await t.deps.db
      .select()
      .from(assessmentRounds)
      .where(eq(assessmentRounds.id, plan!.roundId!))
    expect(round!.title).toBe('Vlerësimi 2026')
    const actions = await t.deps.db.select().from(actionPlanActions)
    expect(actions.length).toBeGreaterThanOrEqual(8)
    expect(new Set(actions.map((a) => a.status)).size).toBe(4)
    expect(actions.some((a) => a.questionKey && a.itemText)).toBe(true)
    expect(actions.some((a) => a.taskId)).toBe(true)

    const c = await t.signedIn(COORDINATOR, DEMO_PASSWORD)
    const page = await textOf(await c.get(`/app/plans/${plan!.id}`))
    expect(page).toContain('Përgjegjësi ka më shumë se 5 veprime të hapura')
    expect(page).toContain('Përparësitë nga vetëvlerësimi')
    expect(page).toContain('Me vonesë')
    const list = await textOf(await c.get('/app/plans'))
    expect(list).toContain('veprime me paralajmërime')
    const xlsx = await c.get(`/app/plans/${plan!.id}/report.xlsx`)
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml')
    const pdf = await c.get(`/app/plans/${plan!.id}/report.pdf`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
  })

  it('[PLANS][FROM-ITEM]: a priority links to the new-action form, pre-filled with the item and its mean', async () => {
    const [plan] = await t.deps.db.select().from(actionPlans)
    const c = await t.signedIn(COORDINATOR, DEMO_PASSWORD)
    const html = await (await c.get(`/app/plans/${plan!.id}`)).text()
    const href = /href="(\/app\/plans\/actions\/new\?round=[^"]+)"/.exec(html)?.[1]
    expect(href).toBeDefined()
    const url = href!.replace(/&amp;/g, '&')
    const item = new URL(url, 'http://x').searchParams.get('item')!
    const form = await c.get(url)
    expect(form.status).toBe(200)
    const text = await textOf(form)
    expect(text).toContain('Nga raundi Vlerësimi 2026, një pikë e ulët:')
    expect(text).toMatch(/mesatarja \d,\d nga 5/)
    const formHtml = await (await c.get(url)).text()
    expect(formHtml).toContain(`name="questionKey" value="${item}"`)
    // Saved, the action keeps its origin and the item's text.
    const objective = /name="objectiveId"[\s\S]*?<option value="([0-9a-f-]{36})"/.exec(
      formHtml,
    )![1]!
    const res = await c.post('/app/plans/actions/new', {
      objectiveId: objective,
      title: 'Veprim nga pika',
      deadline: '2027-03-01',
      indicator: 'x',
      target: 'y',
      roundId: plan!.roundId!,
      questionKey: item,
      status: 'planned',
    })
    expect(res.status).toBe(303)
    const [saved] = await t.deps.db
      .select()
      .from(actionPlanActions)
      .where(eq(actionPlanActions.title, 'Veprim nga pika'))
    expect(saved!.questionKey).toBe(item)
    expect(saved!.itemText).toBeTruthy()
  })

  it('[PLANS][FROM-ITEM]: another school’s round answers 404', async () => {
    const [plan] = await t.deps.db.select().from(actionPlans)
    const other = await t.make.member('coordinator')
    const o = await t.signedIn(other.login)
    const res = await o.get(`/app/plans/actions/new?round=${plan!.roundId}&item=x`)
    expect(res.status).toBe(404)
  })
})
