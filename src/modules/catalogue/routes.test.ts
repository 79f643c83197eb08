import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { apiAs } from '../action-plans/testing.ts'
import { courses, enrolments } from '../learning/schema.ts'
import { catalogueEntries, catalogueReviews } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
  t.setNow(new Date('2026-12-01T10:00:00Z'))
})

const entry = (over: Record<string, string | string[]> = {}) => ({
  providerOrgId: '',
  providerName: 'Accademia Europea di Firenze',
  providerCountry: 'IT',
  'title.en': 'Project-based learning in VET',
  'title.sq': 'Të nxënit me projekte',
  'description.en': 'Five days in Florence.',
  topics: ['teaching_methods', 'work_based_learning'],
  iscedField: '01',
  eqfLevel: '6',
  languages: ['en', 'it'],
  startsOn: '2027-03-08',
  endsOn: '2027-03-12',
  feeEur: '480',
  mode: 'on_site',
  city: 'Firenze',
  country: 'IT',
  capacity: '20',
  url: 'https://example.org/pbl',
  courseId: '',
  ...over,
})

async function platformAdmin() {
  const user = await t.make.user({ isPlatformAdmin: true })
  return t.signedIn(user.email!)
}

async function submitted(c: Awaited<ReturnType<TestApp['signedIn']>>, over = {}) {
  const res = await c.post('/app/catalogue/courses/new', entry(over))
  expect(res.status).toBe(303)
  const [row] = await t.deps.db
    .select()
    .from(catalogueEntries)
    .orderBy(catalogueEntries.createdAt)
    .then((rows) => rows.slice(-1))
  return row!
}

describe('/app/catalogue/courses', () => {
  it('[CATALOGUE][MODERATE]: a submitted course waits, is not public; approved, it shows with the filters and the fee per day', async () => {
    const coord = await t.make.member('coordinator')
    const c = await t.signedIn(coord.login)
    const row = await submitted(c)
    expect(row.status).toBe('pending')
    expect(row.feeEur).toBe('480.00')
    expect(row.tenantId).toBe(coord.tenantId)
    expect(await textOf(await c.get('/app/catalogue/courses'))).toContain('Waiting for moderation')
    const anon = t.anonymous()
    expect((await anon.get(`/en/catalogue/courses/${row.id}`)).status).toBe(404)
    expect(await textOf(await anon.get('/en/catalogue/courses'))).not.toContain(
      'Project-based learning in VET',
    )

    const admin = await platformAdmin()
    expect(await textOf(await admin.get('/app/catalogue/courses/moderation'))).toContain(
      'Project-based learning in VET',
    )
    const ok = await admin.post(`/app/catalogue/courses/${row.id}/approve`, {})
    expect(ok.status).toBe(303)

    const list = await textOf(
      await anon.get(
        '/en/catalogue/courses?topic=teaching_methods&country=IT&mode=on_site&eqf=6&isced=01&language=it&q=project',
      ),
    )
    expect(list).toContain('Project-based learning in VET')
    const other = await textOf(await anon.get('/en/catalogue/courses?topic=green'))
    expect(other).not.toContain('Project-based learning in VET')
    const page = await textOf(await anon.get(`/en/catalogue/courses/${row.id}`))
    expect(page).toContain('Erasmus+ pays €80 per day towards course fees, for up to 10 days.')
    expect(page).toContain('This course costs €96.00 per day over 5 days.')
    const sq = await textOf(await anon.get(`/sq/catalogue/courses/${row.id}`))
    expect(sq).toContain('Të nxënit me projekte')
  })

  it('[CATALOGUE][EDIT]: editing an approved course sends it back to moderation and off the public list', async () => {
    const coord = await t.make.member('org_admin')
    const c = await t.signedIn(coord.login)
    const row = await submitted(c, { 'title.en': 'Green hotels' })
    await t.deps.db
      .update(catalogueEntries)
      .set({ status: 'approved' })
      .where(eq(catalogueEntries.id, row.id))
    expect((await t.anonymous().get(`/en/catalogue/courses/${row.id}`)).status).toBe(200)
    const res = await c.post(
      `/app/catalogue/courses/${row.id}/edit`,
      entry({ 'title.en': 'Green hotels, second edition' }),
    )
    expect(res.status).toBe(303)
    const [after] = await t.deps.db
      .select()
      .from(catalogueEntries)
      .where(eq(catalogueEntries.id, row.id))
    expect(after!.status).toBe('pending')
    expect(after!.title.en).toBe('Green hotels, second edition')
    expect((await t.anonymous().get(`/en/catalogue/courses/${row.id}`)).status).toBe(404)
  })

  it('[CATALOGUE][VALIDATION]: bad input re-renders with what was typed and translated errors; nothing saved', async () => {
    const coord = await t.make.member('coordinator', { locale: 'sq' })
    const c = await t.signedIn(coord.login)
    const before = await t.deps.db.select().from(catalogueEntries)
    const res = await c.post(
      '/app/catalogue/courses/new',
      entry({
        url: 'http://example.org/x',
        feeEur: 'four hundred',
        endsOn: '2027-03-01',
        city: 'Firence e typed',
      }),
    )
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Firence e typed')
    expect(html).toContain('four hundred')
    expect(html).toContain('http://example.org/x')
    expect(html).toContain('Shkruani një adresë që fillon me https://.')
    expect(html).toContain('error-summary')
    // The rules across fields run once every field is well formed.
    const dates = await c.post('/app/catalogue/courses/new', entry({ endsOn: '2027-03-01' }))
    expect(dates.status).toBe(422)
    expect(await textOf(dates)).toContain('Dita e fundit nuk mund të jetë para së parës.')
    expect(await t.deps.db.select().from(catalogueEntries)).toHaveLength(before.length)
  })

  it('[CATALOGUE][TENANCY]: another school’s entry is not found; staff may not submit', async () => {
    const a = await t.make.member('coordinator')
    const row = await submitted(await t.signedIn(a.login))
    const b = await t.make.member('coordinator')
    const cb = await t.signedIn(b.login)
    expect((await cb.get(`/app/catalogue/courses/${row.id}/edit`)).status).toBe(404)
    expect((await cb.post(`/app/catalogue/courses/${row.id}/edit`, entry())).status).toBe(404)
    expect(await textOf(await cb.get('/app/catalogue/courses'))).not.toContain(
      'Project-based learning in VET',
    )
    const staff = await t.make.member('staff')
    const cs = await t.signedIn(staff.login)
    expect((await cs.get('/app/catalogue/courses/new')).status).toBe(403)
    expect((await cs.post('/app/catalogue/courses/new', entry())).status).toBe(403)
  })

  it('[CATALOGUE][MODERATE]: only a platform administrator moderates; a rejection needs a reason the school reads', async () => {
    const coord = await t.make.member('org_admin')
    const c = await t.signedIn(coord.login)
    const row = await submitted(c)
    expect((await c.get('/app/catalogue/courses/moderation')).status).toBe(403)
    expect((await c.post(`/app/catalogue/courses/${row.id}/approve`, {})).status).toBe(403)
    expect(
      (await c.post(`/app/catalogue/courses/${row.id}/reject`, { [`reason-${row.id}`]: 'x' }))
        .status,
    ).toBe(403)
    const admin = await platformAdmin()
    const empty = await admin.post(`/app/catalogue/courses/${row.id}/reject`, {
      [`reason-${row.id}`]: ' ',
    })
    expect(empty.status).toBe(422)
    expect(await empty.text()).toContain('Write why the course is rejected')
    const res = await admin.post(`/app/catalogue/courses/${row.id}/reject`, {
      [`reason-${row.id}`]: 'The link is a sales page.',
    })
    expect(res.status).toBe(303)
    const mine = await textOf(await c.get('/app/catalogue/courses'))
    expect(mine).toContain('Rejected')
    expect(mine).toContain('Reason: The link is a sales page.')
    expect((await admin.post(`/app/catalogue/courses/${row.id}/approve`, {})).status).toBe(409)
  })

  it('[CATALOGUE][REVIEW]: refused without a completed enrolment in the linked Ura course, accepted with one', async () => {
    const coord = await t.make.member('coordinator')
    const [course] = await t.deps.db
      .insert(courses)
      .values({
        tenantId: coord.tenantId,
        slug: `io-${Date.now()}`,
        title: { en: 'Running an International Office' },
        visibility: 'public',
        status: 'published',
        publishedAt: new Date('2026-11-01T00:00:00Z'),
      })
      .returning()
    const c = await t.signedIn(coord.login)
    const row = await submitted(c, {
      courseId: course!.id,
      mode: 'online',
      city: '',
      country: '',
      startsOn: '',
      endsOn: '',
      selfPaced: 'on',
      feeEur: '0',
    })
    const admin = await platformAdmin()
    await admin.post(`/app/catalogue/courses/${row.id}/approve`, {})

    const learner = await t.make.member('staff', { tenantId: coord.tenantId })
    const cl = await t.signedIn(learner.login)
    const refused = await cl.post(`/app/catalogue/courses/${row.id}/review`, {
      rating: '4',
      text: 'Good',
    })
    expect(refused.status).toBe(403)
    expect(await textOf(refused)).toContain('Only people who completed this course in Ura')
    const [enrolment] = await t.deps.db
      .insert(enrolments)
      .values({
        tenantId: coord.tenantId,
        courseId: course!.id,
        userId: learner.user.id,
        learnerOrgId: coord.tenantId,
        status: 'active',
      })
      .returning()
    expect((await cl.post(`/app/catalogue/courses/${row.id}/review`, { rating: '4' })).status).toBe(
      403,
    )
    await t.deps.db
      .update(enrolments)
      .set({ status: 'completed', completedAt: new Date() })
      .where(eq(enrolments.id, enrolment!.id))
    const bad = await cl.post(`/app/catalogue/courses/${row.id}/review`, {
      rating: '9',
      text: 'kept',
    })
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('kept')
    const ok = await cl.post(`/app/catalogue/courses/${row.id}/review`, {
      rating: '4',
      text: 'Practical and short.',
    })
    expect(ok.status).toBe(303)
    const reviews = await t.deps.db
      .select()
      .from(catalogueReviews)
      .where(eq(catalogueReviews.entryId, row.id))
    expect(reviews).toHaveLength(1)
    const page = await textOf(await t.anonymous().get(`/en/catalogue/courses/${row.id}`))
    expect(page).toContain('Practical and short.')
    expect(page).toContain('Running an International Office')
    expect(page).not.toContain('This course costs')
    const list = await textOf(await t.anonymous().get('/en/catalogue/courses?mode=online'))
    expect(list).toContain('Ura’s own courses')
    expect(list).toContain('1 review')
  })
})

describe('/api/v1/catalogue', () => {
  it('[CATALOGUE][API]: submits as pending (403 for staff, 422 for bad fields), lists and reads approved ones without a token', async () => {
    const coord = await t.make.member('coordinator')
    const api = await apiAs(t, coord)
    const body = {
      providerName: 'WIFI Steiermark',
      providerCountry: 'AT',
      title: { en: 'Green skills for tourism teachers' },
      topics: ['green'],
      iscedField: '10',
      languages: ['de'],
      startsOn: '2027-04-19',
      endsOn: '2027-04-22',
      feeEur: '390.00',
      mode: 'blended',
      city: 'Graz',
      country: 'AT',
    }
    const res = await api('/v1/catalogue/courses', { method: 'POST', json: body })
    expect(res.status).toBe(201)
    const made = await res.json()
    expect(made.status).toBe('pending')
    expect(made.feePerDayEur).toBe('97.50')
    expect(
      (await api('/v1/catalogue/courses', { method: 'POST', json: { ...body, url: 'http://x' } }))
        .status,
    ).toBe(422)
    expect(
      (await api('/v1/catalogue/courses', { method: 'POST', json: { title: 3 } })).status,
    ).toBe(400)
    const staff = await t.make.member('staff')
    const staffApi = await apiAs(t, staff)
    expect((await staffApi('/v1/catalogue/courses', { method: 'POST', json: body })).status).toBe(
      403,
    )
    expect((await t.app.request(`/api/v1/catalogue/courses/${made.id}`)).status).toBe(404)
    const admin = await platformAdmin()
    await admin.post(`/app/catalogue/courses/${made.id}/approve`, {})
    const list = await (
      await t.app.request('/api/v1/catalogue/courses?topic=green&country=AT')
    ).json()
    expect(list.data.map((e: { id: string }) => e.id)).toContain(made.id)
    expect(list.erasmus).toEqual({ callYear: 2026, courseFeesPerDay: 80, maxDays: 10 })
    const one = await (await t.app.request(`/api/v1/catalogue/courses/${made.id}`)).json()
    expect(one.entry.title.en).toBe('Green skills for tourism teachers')
  })
})
