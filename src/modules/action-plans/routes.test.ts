import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { makeProject } from '../curricula/testing.ts'
import { tasks } from '../projects/schema.ts'
import { actionPlanActions, actionPlans } from './schema.ts'
import { apiAs, buildPlan } from './testing.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
  t.setNow(new Date('2026-12-01T10:00:00Z'))
})

const action = (objectiveId: string, over: Record<string, string> = {}) => ({
  objectiveId,
  title: 'Train the staff in budgeting',
  ownerId: '',
  deadline: '2027-03-31',
  resources: '',
  costEur: '',
  indicator: 'Staff trained',
  target: '6 people',
  evidence: '',
  status: 'planned',
  progressNote: '',
  courseId: '',
  taskId: '',
  ...over,
})

describe('/app/plans', () => {
  it('[PLANS][CREATE]: a coordinator makes a plan, an objective and a flagged action; the page shows the warnings and the timeline', async () => {
    const coord = await t.make.member('coordinator')
    const c = await t.signedIn(coord.login)
    const { planId, objectiveId } = await buildPlan(t, c)
    const res = await c.post(
      '/app/plans/actions/new',
      action(objectiveId, { ownerId: '', costEur: '1 250,50', deadline: '2027-07-15' }),
    )
    expect(res.status).toBe(303)
    const [row] = await t.deps.db
      .select()
      .from(actionPlanActions)
      .where(eq(actionPlanActions.planId, planId))
    expect(row!.costEur).toBe('1250.50')
    const page = await textOf(await c.get(`/app/plans/${planId}`))
    expect(page).toContain('Quality mobilities')
    expect(page).toContain('No owner')
    expect(page).toContain('Deadline after the plan ends')
    expect(page).toContain('Cost with no resources named')
    expect(page).toContain('July 2027')
    const list = await textOf(await c.get('/app/plans'))
    expect(list).toContain('1 action with warnings')
  })

  it('[PLANS][ACTIVATE]: a plan with an action past its end is refused, translated; fixed, it activates', async () => {
    const coord = await t.make.member('coordinator', { locale: 'sq' })
    const c = await t.signedIn(coord.login)
    const { planId, objectiveId } = await buildPlan(t, c)
    await c.post('/app/plans/actions/new', action(objectiveId, { indicator: '' }))
    const refused = await c.post(`/app/plans/${planId}/status`, { status: 'active' })
    expect(refused.status).toBe(409)
    expect(await textOf(refused)).toContain('Plani nuk mund të aktivizohet: 1 veprim')
    const [plan] = await t.deps.db.select().from(actionPlans).where(eq(actionPlans.id, planId))
    expect(plan!.status).toBe('draft')
    await t.deps.db
      .update(actionPlanActions)
      .set({ indicator: 'Staff trained' })
      .where(eq(actionPlanActions.planId, planId))
    const ok = await c.post(`/app/plans/${planId}/status`, { status: 'active' })
    expect(ok.status).toBe(303)
  })

  it('[PLANS][VALIDATION]: a bad amount and date re-render the form with what was typed; nothing saved', async () => {
    const coord = await t.make.member('coordinator')
    const c = await t.signedIn(coord.login)
    const { planId, objectiveId } = await buildPlan(t, c)
    const res = await c.post(
      '/app/plans/actions/new',
      action(objectiveId, { costEur: 'abc', deadline: '31.03.2027', title: 'Typed' }),
    )
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Enter an amount in euro')
    expect(html).toContain('Enter a date as YYYY-MM-DD.')
    expect(html).toContain('value="Typed"')
    const rows = await t.deps.db
      .select()
      .from(actionPlanActions)
      .where(eq(actionPlanActions.planId, planId))
    expect(rows).toHaveLength(0)
  })

  it('[PLANS][OWNER]: an owner from another school is refused', async () => {
    const coord = await t.make.member('coordinator')
    const stranger = await t.make.member('staff')
    const c = await t.signedIn(coord.login)
    const { objectiveId } = await buildPlan(t, c)
    const res = await c.post(
      '/app/plans/actions/new',
      action(objectiveId, { ownerId: stranger.user.id }),
    )
    expect(res.status).toBe(422)
    expect(await textOf(res)).toContain('The owner must be a member of the school.')
  })

  it("[PLANS][TASK]: an action points to a task of the school's project, linked from the plan; another school's task is refused", async () => {
    const coord = await t.make.member('coordinator')
    const other = await t.make.member('coordinator')
    const c = await t.signedIn(coord.login)
    const { planId, objectiveId } = await buildPlan(t, c)
    const project = await makeProject(t, [coord.tenantId])
    const [task] = await t.deps.db
      .insert(tasks)
      .values({
        tenantId: coord.tenantId,
        projectId: project,
        title: 'Write the mobility handbook',
        ownerOrganisationId: coord.tenantId,
      })
      .returning()
    const foreignProject = await makeProject(t, [other.tenantId])
    const [foreign] = await t.deps.db
      .insert(tasks)
      .values({
        tenantId: other.tenantId,
        projectId: foreignProject,
        title: 'Not yours',
        ownerOrganisationId: other.tenantId,
      })
      .returning()
    const form = await textOf(await c.get(`/app/plans/actions/new?plan=${planId}`))
    expect(form).toContain('PATHS: Write the mobility handbook')
    expect(form).not.toContain('Not yours')
    const refused = await c.post(
      '/app/plans/actions/new',
      action(objectiveId, { taskId: foreign!.id }),
    )
    expect(refused.status).toBe(422)
    expect(
      await t.deps.db.select().from(actionPlanActions).where(eq(actionPlanActions.planId, planId)),
    ).toHaveLength(0)
    const saved = await c.post('/app/plans/actions/new', action(objectiveId, { taskId: task!.id }))
    expect(saved.status).toBe(303)
    const page = await (await c.get(`/app/plans/${planId}`)).text()
    expect(page).toContain(`href="/app/projects/${project}/tasks/${task!.id}"`)
  })

  it('[PLANS][ACCESS]: another school gets 404 on page and API; staff view but may not manage; anonymous API 401', async () => {
    const coord = await t.make.member('coordinator')
    const c = await t.signedIn(coord.login)
    const { planId, objectiveId } = await buildPlan(t, c)
    await c.post('/app/plans/actions/new', action(objectiveId))
    const [act] = await t.deps.db
      .select()
      .from(actionPlanActions)
      .where(eq(actionPlanActions.planId, planId))

    const other = await t.make.member('coordinator')
    const o = await t.signedIn(other.login)
    expect((await o.get(`/app/plans/${planId}`)).status).toBe(404)
    expect((await o.get(`/app/plans/actions/${act!.id}/progress`)).status).toBe(404)
    expect(
      (await o.post(`/app/plans/actions/${act!.id}/progress`, { status: 'done' })).status,
    ).toBe(404)
    const oApi = await apiAs(t, other)
    expect((await oApi(`/v1/plans/${planId}`)).status).toBe(404)
    expect(
      (
        await oApi(`/v1/plans/actions/${act!.id}/status`, {
          method: 'POST',
          json: { status: 'done' },
        })
      ).status,
    ).toBe(404)

    const staff = await t.make.member('staff', { tenantId: coord.tenantId })
    const s = await t.signedIn(staff.login)
    expect((await s.get(`/app/plans/${planId}`)).status).toBe(200)
    expect((await s.get('/app/plans/actions/new')).status).toBe(403)
    expect((await s.post(`/app/plans/${planId}/status`, { status: 'closed' })).status).toBe(403)
    const sApi = await apiAs(t, staff)
    expect((await sApi(`/v1/plans/${planId}`)).status).toBe(200)
    expect(
      (
        await sApi(`/v1/plans/actions/${act!.id}/status`, {
          method: 'POST',
          json: { status: 'done' },
        })
      ).status,
    ).toBe(403)

    expect((await t.app.request('/api/v1/plans')).status).toBe(401)
    const anon = await t.anonymous().post(`/app/plans/${planId}/status`, { status: 'active' })
    expect([302, 303]).toContain(anon.status)
    expect(anon.headers.get('location')).toContain('/signin')
  })

  it('[PLANS][OWNER]: a staff member moves the actions they own, and only those', async () => {
    const coord = await t.make.member('coordinator')
    const c = await t.signedIn(coord.login)
    const staff = await t.make.member('staff', { tenantId: coord.tenantId })
    const { planId, objectiveId } = await buildPlan(t, c)
    await c.post('/app/plans/actions/new', action(objectiveId, { ownerId: staff.user.id }))
    await c.post('/app/plans/actions/new', action(objectiveId, { title: 'Not theirs' }))
    const rows = await t.deps.db
      .select()
      .from(actionPlanActions)
      .where(eq(actionPlanActions.planId, planId))
    const mine = rows.find((r) => r.ownerId === staff.user.id)!
    const theirs = rows.find((r) => r.title === 'Not theirs')!
    const s = await t.signedIn(staff.login)
    const page = await (await s.get(`/app/plans/${planId}`)).text()
    expect(page).toContain(`/app/plans/actions/${mine.id}/progress`)
    expect(page).not.toContain(`/app/plans/actions/${theirs.id}/progress`)
    const moved = await s.post(`/app/plans/actions/${mine.id}/progress`, {
      status: 'in_progress',
      progressNote: 'Two of six trained',
    })
    expect(moved.status).toBe(303)
    expect((await s.get(`/app/plans/actions/${theirs.id}/progress`)).status).toBe(403)
    expect(
      (await s.post(`/app/plans/actions/${theirs.id}/progress`, { status: 'done' })).status,
    ).toBe(403)
    const api = await apiAs(t, staff)
    const viaApi = await api(`/v1/plans/actions/${mine.id}/status`, {
      method: 'POST',
      json: { status: 'done' },
    })
    expect(viaApi.status).toBe(200)
    const after = await t.deps.db
      .select()
      .from(actionPlanActions)
      .where(eq(actionPlanActions.planId, planId))
    expect(after.find((r) => r.id === mine.id)!.status).toBe('done')
    expect(after.find((r) => r.id === theirs.id)!.status).toBe('planned')
  })

  it('[PLANS][API]: list, get with flags, create an action and move its status', async () => {
    const coord = await t.make.member('coordinator')
    const c = await t.signedIn(coord.login)
    const { planId, objectiveId } = await buildPlan(t, c)
    const api = await apiAs(t, coord)
    const made = await api(`/v1/plans/${planId}/actions`, {
      method: 'POST',
      json: {
        objectiveId,
        title: 'Write the policy',
        deadline: '2027-08-01',
        indicator: 'Adopted',
      },
    })
    expect(made.status).toBe(201)
    const body = (await made.json()) as { id: string; flags: string[] }
    expect(body.flags).toEqual(['noOwner', 'deadlineAfterEnd', 'noTarget'])
    const moved = await api(`/v1/plans/actions/${body.id}/status`, {
      method: 'POST',
      json: { status: 'in_progress', progressNote: 'Draft ready' },
    })
    expect(moved.status).toBe(200)
    const plan = (await (await api(`/v1/plans/${planId}`)).json()) as {
      objectives: { actions: { status: string }[] }[]
    }
    expect(plan.objectives[0]!.actions[0]!.status).toBe('in_progress')
    const list = (await (await api('/v1/plans')).json()) as { data: { flagged: number }[] }
    expect(list.data[0]!.flagged).toBe(1)
    const bad = await api(`/v1/plans/${planId}/actions`, {
      method: 'POST',
      json: { objectiveId, title: '', deadline: 'x' },
    })
    expect(bad.status).toBe(422)
  })
})
