import { and, eq, ne, sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../tests/setup/app.ts'
import { createApiTokenForUser } from '../modules/api-tokens/index.ts'
import { loadDemoData } from '../modules/demo/index.ts'
import { events } from '../modules/events/schema.ts'
import { mobilities } from '../modules/mobility/schema.ts'
import { makeMobility, makeWorld } from '../modules/mobility/test-helpers.ts'
import { newsPosts } from '../modules/news/schema.ts'
import { projectPartners, projects } from '../modules/projects/schema.ts'
import { memberships } from '../modules/users/schema.ts'

// The /api/v1 operations of mobility, reports, documents, budgets, events and news, on the demo
// data: what a coordinator reads, what another school's id answers (404), what a weak role gets (403).
let t: TestApp
let tenantId: string
let coordinator: Record<string, string>
let learner: Record<string, string>

// Made the operators' way (`npm run ura -- create-token`), so that a learner has one too: the role
// and not the lack of a token must keep them out.
async function bearer(userId: string, tenant: string) {
  const ctx = { ...t.deps, actor: null, requestId: 'test' }
  const { token } = await createApiTokenForUser(ctx, { name: 'api', userId, tenantId: tenant })
  return { authorization: `Bearer ${token}` }
}

async function get(path: string, headers: Record<string, string>) {
  const res = await t.app.request(`/api/v1${path}`, { headers })
  // biome-ignore lint/suspicious/noExplicitAny: a JSON body, read field by field by the tests
  return { status: res.status, body: (await res.json()) as Record<string, any> }
}

async function memberOf(tenant: string, role: 'coordinator' | 'learner') {
  const [m] = await t.deps.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenant), eq(memberships.role, role)))
    .limit(1)
  if (!m) throw new Error(`no ${role} in ${tenant}`)
  return m.userId
}

beforeAll(async () => {
  t = await setupTestApp()
  await loadDemoData(t.deps)
  // The school that sends the most mobilities in the demo, with events and news too.
  const [top] = await t.deps.db
    .select({ tenantId: mobilities.tenantId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(mobilities)
    .groupBy(mobilities.tenantId)
    .orderBy(sql`count(*) desc`)
    .limit(1)
  tenantId = top!.tenantId
  coordinator = await bearer(await memberOf(tenantId, 'coordinator'), tenantId)
  learner = await bearer(await memberOf(tenantId, 'learner'), tenantId)
})

describe('/api/v1 of mobility, reports, documents, budgets, events and news', () => {
  it('[API][MOBILITY]: a coordinator pages the mobilities; another school’s mobility is 404; a learner 403', async () => {
    const list = await get('/mobilities?pageSize=1', coordinator)
    expect(list.status).toBe(200)
    expect(list.body.data).toHaveLength(1)
    expect(list.body.total).toBeGreaterThan(1)
    const first = (list.body.data as { id: string }[])[0]!
    const one = await get(`/mobilities/${first.id}`, coordinator)
    expect(one.status).toBe(200)
    expect(one.body).toMatchObject({ id: first.id, relation: 'sending' })
    // No medical, contact or identity data travels through the API.
    expect(Object.keys(one.body)).not.toEqual(expect.arrayContaining(['medical']))
    // A mobility between two other schools: the receiving one sees it, a stranger does not.
    const w = await makeWorld(t)
    const theirs = await makeMobility(t, w, {}, 'approved')
    expect((await get(`/mobilities/${theirs.id}`, coordinator)).status).toBe(404)
    const receiving = await bearer(w.receivingCoordinator.user.id, w.receiving.id)
    const seen = await get(`/mobilities/${theirs.id}`, receiving)
    expect(seen).toMatchObject({ status: 200, body: { relation: 'receiving', status: 'approved' } })
    const stranger = await bearer(w.strangerCoordinator.user.id, w.stranger.id)
    expect((await get(`/mobilities/${theirs.id}`, stranger)).status).toBe(404)
    expect((await get('/mobilities/not-a-uuid', coordinator)).status).toBe(404)
    expect((await get('/mobilities', learner)).status).toBe(403)
    expect((await t.app.request('/api/v1/mobilities')).status).toBe(401)
  })

  it('[API][REPORTS]: grant totals per project and call for the coordinator; 403 for a learner', async () => {
    const totals = await get('/reports/grant-totals', coordinator)
    expect(totals.status).toBe(200)
    const byProject = totals.body.byProject as { mobilities: number; totalMax: string }[]
    expect(byProject.length).toBeGreaterThan(0)
    expect(byProject.some((p) => p.mobilities > 0 && Number(p.totalMax) > 0)).toBe(true)
    expect((await get('/reports/grant-totals', learner)).status).toBe(403)
  })

  it('[API][DOCUMENTS][BUDGETS]: a partner reads its project’s library and budget; another consortium’s project is 404', async () => {
    const [mine] = await t.deps.db
      .select({ id: projects.id })
      .from(projectPartners)
      .innerJoin(projects, eq(projects.id, projectPartners.projectId))
      .where(eq(projectPartners.organisationId, tenantId))
      .limit(1)
    const [theirs] = await t.deps.db
      .select({ id: projects.id })
      .from(projects)
      .where(
        sql`not exists (select 1 from project_partners pp where pp.project_id = ${projects.id} and pp.organisation_id = ${tenantId})`,
      )
      .limit(1)
    const docs = await get(`/projects/${mine!.id}/documents`, coordinator)
    expect(docs.status).toBe(200)
    expect(Array.isArray(docs.body.data)).toBe(true)
    const budget = await get(`/projects/${mine!.id}/budget`, coordinator)
    expect(budget.status).toBe(200)
    expect(budget.body.total).toMatchObject({ planned: expect.stringMatching(/^\d+\.\d{2}$/) })
    if (theirs) {
      expect((await get(`/projects/${theirs.id}/documents`, coordinator)).status).toBe(404)
      expect((await get(`/projects/${theirs.id}/budget`, coordinator)).status).toBe(404)
    }
    expect((await get(`/projects/${mine!.id}/budget`, learner)).status).toBe(403)
  })

  it('[API][EVENTS][NEWS]: a school’s events and posts in all their languages; another school’s are 404', async () => {
    const [withNews] = await t.deps.db
      .select({ tenantId: newsPosts.tenantId })
      .from(newsPosts)
      .innerJoin(events, eq(events.tenantId, newsPosts.tenantId))
      .limit(1)
    const school = withNews!.tenantId
    const headers = await bearer(await memberOf(school, 'coordinator'), school)
    const upcoming = await get('/events?when=upcoming', headers)
    const past = await get('/events?when=past', headers)
    expect(upcoming.status).toBe(200)
    const all = [
      ...(upcoming.body.data as { id: string }[]),
      ...(past.body.data as { id: string }[]),
    ]
    expect(all.length).toBeGreaterThan(0)
    const event = await get(`/events/${all[0]!.id}`, headers)
    expect(event.status).toBe(200)
    expect(event.body).toMatchObject({ registrations: { confirmed: expect.any(Number) } })
    expect((await get('/events?when=sometime', headers)).status).toBe(400)

    const posts = await get('/news', headers)
    expect(posts.status).toBe(200)
    const post = (posts.body.data as { id: string }[])[0]!
    const one = await get(`/news/${post.id}`, headers)
    expect(one.status).toBe(200)
    expect((one.body.complete as string[]).length).toBeGreaterThan(0)
    expect((await get('/news?page=0', headers)).status).toBe(400)

    const [otherEvent] = await t.deps.db
      .select({ id: events.id })
      .from(events)
      .where(ne(events.tenantId, school))
      .limit(1)
    const [otherPost] = await t.deps.db
      .select({ id: newsPosts.id })
      .from(newsPosts)
      .where(ne(newsPosts.tenantId, school))
      .limit(1)
    if (otherEvent) expect((await get(`/events/${otherEvent.id}`, headers)).status).toBe(404)
    if (otherPost) expect((await get(`/news/${otherPost.id}`, headers)).status).toBe(404)
    const pupil = await bearer(await memberOf(school, 'learner'), school).catch(() => null)
    if (pupil) {
      expect((await get('/events', pupil)).status).toBe(403)
      expect((await get('/news', pupil)).status).toBe(403)
    }
  })
})
