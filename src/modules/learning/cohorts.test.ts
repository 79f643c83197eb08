import { and, eq } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { type TestClient, textOf } from '../../../tests/setup/client.ts'
import { createApiTokenForUser } from '../api-tokens/index.ts'
import { createCall } from '../calls/service/calls.ts'
import { callInput } from '../calls/test-fixtures.ts'
import { outbox } from '../mail/schema.ts'
import { mobilities } from '../mobility/schema.ts'
import { makeMobility, makeWorld } from '../mobility/test-helpers.ts'
import { courseCohorts, courseModules, enrolments, lessons } from './schema.ts'
import { sendCourseReminders } from './service/cohorts.ts'
import { organisationReport } from './service/org-report.ts'
import { enrolByRule } from './service/rules.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

/** A published course of the author's school with one text lesson; returns its id. */
async function publishedCourse(author: TestClient, visibility = 'private') {
  const created = await author.post('/app/learning/courses/new', {
    'title.en': 'Before you leave',
    'title.sq': 'Para se të niseni',
    visibility,
    passMark: '70',
    intent: 'publish',
  })
  expect(created.status).toBe(303)
  const courseId = /courses\/([0-9a-f-]{36})/.exec(created.headers.get('location') ?? '')![1]!
  const [mod] = await t.deps.db
    .select()
    .from(courseModules)
    .where(eq(courseModules.courseId, courseId))
  const lesson = await author.post(`/app/learning/courses/${courseId}/lessons/new`, {
    moduleId: mod!.id,
    kind: 'text',
    'title.en': 'Safety abroad',
    'body.en': 'Keep your emergency card with you.',
    minutes: '10',
  })
  expect(lesson.status).toBe(303)
  return courseId
}

const mailsTo = (to: string) => t.deps.db.select().from(outbox).where(eq(outbox.to, to))

describe('enrolment by rule: an approved mobility', () => {
  it('[LEARNING][RULE]: enrols the participant in the call’s pre-departure course, once, in the call’s cohort, and tells them in their language', async () => {
    const w = await makeWorld(t)
    const coordinator = await t.signedIn(w.coordinator.login)
    const courseId = await publishedCourse(coordinator)
    const ctx = await t.ctxFor(w.coordinator.user.id, w.sending.id)
    const call = await createCall(ctx, callInput({ preparationCourseId: courseId }))
    const mobility = await makeMobility(t, w, { participantUserId: w.learner.user.id })
    await t.deps.db
      .update(mobilities)
      .set({ callId: call.id })
      .where(eq(mobilities.id, mobility.id))

    const approved = await coordinator.post(`/app/mobility/${mobility.id}/status`, {
      to: 'approved',
    })
    expect(approved.status).toBe(303)

    const [enrolment] = await t.deps.db
      .select()
      .from(enrolments)
      .where(and(eq(enrolments.courseId, courseId), eq(enrolments.userId, w.learner.user.id)))
    expect(enrolment).toMatchObject({ source: 'rule', learnerOrgId: w.sending.id })
    const [cohort] = await t.deps.db
      .select()
      .from(courseCohorts)
      .where(eq(courseCohorts.id, enrolment!.cohortId!))
    expect(cohort).toMatchObject({ ruleKey: `call:${call.id}`, endsOn: call.startDate })
    const mails = await mailsTo(w.learner.user.email!)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toBe('Jeni regjistruar në “Para se të niseni”')

    // The rule again (a second approval path, a retry): nothing new, no second mail.
    const again = await enrolByRule(ctx, {
      courseId,
      userId: w.learner.user.id,
      learnerOrgId: w.sending.id,
      cohort: { key: `call:${call.id}`, name: 'x', endsOn: call.startDate },
      reason: { entityType: 'mobility', entityId: mobility.id },
    })
    expect(again).toEqual({ enrolmentId: enrolment!.id, created: false })
    expect(await mailsTo(w.learner.user.email!)).toHaveLength(1)
    expect(
      await t.deps.db.select().from(courseCohorts).where(eq(courseCohorts.courseId, courseId)),
    ).toHaveLength(1)

    // The participant finds it among their courses.
    const learner = await t.signedIn(w.learner.login)
    expect(await textOf(await learner.get('/app/learning'))).toContain('Para se të niseni')
  })

  it('[LEARNING][RULE][VALIDATION]: a call may not name another school’s private course; the form says so', async () => {
    const w = await makeWorld(t)
    const other = await t.make.member('coordinator', { tenantId: w.stranger.id })
    const strangerCourse = await publishedCourse(await t.signedIn(other.login))
    const coordinator = await t.signedIn(w.coordinator.login)
    const form = await coordinator.get('/app/calls/new')
    expect(form.status).toBe(200)
    expect(await form.text()).not.toContain(strangerCourse)
    const ctx = await t.ctxFor(w.coordinator.user.id, w.sending.id)
    await expect(
      createCall(ctx, callInput({ preparationCourseId: strangerCourse })),
    ).rejects.toMatchObject({ fields: { preparationCourseId: 'common:validation.choice' } })
  })
})

describe('/app/learning/courses/:id/cohorts', () => {
  it('[LEARNING][COHORT]: a coordinator makes a cohort, its people are enrolled or joined, reminded by hand and by the daily run', async () => {
    const coordinator = await t.make.member('coordinator')
    const tenantId = coordinator.tenantId
    const c = await t.signedIn(coordinator.login)
    const courseId = await publishedCourse(c)
    const early = await t.make.member('staff', { tenantId, displayName: 'Elda Early' })
    const late = await t.make.member('staff', { tenantId, displayName: 'Luan Late', locale: 'mk' })
    expect(
      (await (await t.signedIn(early.login)).post(`/app/learning/courses/${courseId}/enrol`, {}))
        .status,
    ).toBe(303)

    // Bad dates: 422, the name typed is kept, the error is translated.
    const bad = await c.post(`/app/learning/courses/${courseId}/cohorts`, {
      name: 'Spring group',
      startsOn: '2027-03-10',
      endsOn: '2027-03-01',
      userIds: [early.user.id, late.user.id],
    })
    expect(bad.status).toBe(422)
    const badHtml = await bad.text()
    expect(badHtml).toContain('value="Spring group"')
    expect(badHtml).toContain('The end must be on or after the start.')

    const made = await c.post(`/app/learning/courses/${courseId}/cohorts`, {
      name: 'Spring group',
      startsOn: '2027-03-01',
      endsOn: '2027-03-31',
      userIds: [early.user.id, late.user.id],
    })
    expect(made.status).toBe(303)
    const cohortPath = made.headers.get('location')!.split('?')[0]!
    const page = await c.get(made.headers.get('location')!)
    const html = await page.text()
    expect(html).toContain('Elda Early')
    expect(html).toContain('Luan Late')
    expect(html).toContain('1 person was newly enrolled.')
    const rows = await t.deps.db.select().from(enrolments).where(eq(enrolments.courseId, courseId))
    expect(rows.map((r) => [r.source, r.cohortId !== null]).sort()).toEqual([
      ['coordinator', true],
      ['self', true],
    ])
    expect(await mailsTo(late.user.email!)).toHaveLength(1)
    expect(await mailsTo(early.user.email!)).toHaveLength(0)

    // Another school: not found. A member without the right: forbidden.
    const stranger = await t.signedIn((await t.make.member('coordinator')).login)
    expect((await stranger.get(cohortPath)).status).toBe(404)
    expect((await stranger.post(`${cohortPath}/remind`, {})).status).toBe(404)
    expect((await stranger.post(`${cohortPath}/people`, { userIds: late.user.id })).status).toBe(
      404,
    )
    expect((await stranger.get(`/app/learning/courses/${courseId}/cohorts`)).status).toBe(404)
    expect((await (await t.signedIn(early.login)).get(cohortPath)).status).toBe(403)

    const reminded = await c.post(`${cohortPath}/remind`, {})
    expect(reminded.status).toBe(303)
    expect(await mailsTo(late.user.email!)).toHaveLength(2)

    // The daily run: a week before the end, once; after the end, once more ("overdue").
    t.setNow(new Date('2027-03-27T08:00:00Z'))
    const first = await sendCourseReminders(await t.ctxFor(coordinator.user.id, tenantId))
    expect(first.mails).toBeGreaterThanOrEqual(2)
    const lateMails = await mailsTo(late.user.email!)
    expect(lateMails).toHaveLength(3)
    expect(lateMails.at(-1)!.subject).toMatch(/^„Before you leave“ завршува на 31/)
    const second = await sendCourseReminders(await t.ctxFor(coordinator.user.id, tenantId))
    expect(await mailsTo(late.user.email!)).toHaveLength(3)
    expect(second.mails).toBe(0)
    t.setNow(new Date('2027-04-02T08:00:00Z'))
    await sendCourseReminders(await t.ctxFor(coordinator.user.id, tenantId))
    expect((await mailsTo(late.user.email!)).at(-1)!.subject).toContain('сè уште не е завршен')
    t.setNow(new Date())
  })

  it('[LEARNING][COHORT][API]: lists and makes cohorts through /api/v1 with the page’s permissions', async () => {
    const coordinator = await t.make.member('coordinator')
    const c = await t.signedIn(coordinator.login)
    const courseId = await publishedCourse(c)
    const staff = await t.make.member('staff', { tenantId: coordinator.tenantId })
    const ctx = await t.ctxFor(coordinator.user.id, coordinator.tenantId)
    const { token } = await createApiTokenForUser(ctx, {
      name: 'api',
      userId: coordinator.user.id,
      tenantId: coordinator.tenantId,
    })
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
    const created = await t.app.request(`/api/v1/learning/courses/${courseId}/cohorts`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        name: 'Autumn',
        startsOn: '2027-09-01',
        endsOn: '2027-10-15',
        userIds: [staff.user.id],
      }),
    })
    expect(created.status).toBe(201)
    const body = (await created.json()) as { id: string; members: number; newlyEnrolled: number }
    expect(body).toMatchObject({ members: 1, newlyEnrolled: 1 })
    const list = await t.app.request(`/api/v1/learning/courses/${courseId}/cohorts`, { headers })
    expect(((await list.json()) as { data: unknown[] }).data).toHaveLength(1)
    const one = await t.app.request(`/api/v1/learning/cohorts/${body.id}`, { headers })
    expect(((await one.json()) as { rows: unknown[] }).rows).toHaveLength(1)
    const bad = await t.app.request(`/api/v1/learning/courses/${courseId}/cohorts`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: '', startsOn: 'soon', endsOn: '2027-10-15', userIds: [] }),
    })
    // The API's own rule for a body its schema refuses: 400 with the fields named.
    expect(bad.status).toBe(400)
  })
})

describe('/app/learning/reports', () => {
  it('[LEARNING][REPORT]: staff trained in a period counts staff who completed a course, not learners; bad dates re-render', async () => {
    const coordinator = await t.make.member('coordinator')
    const tenantId = coordinator.tenantId
    const c = await t.signedIn(coordinator.login)
    const courseId = await publishedCourse(c)
    const [lesson] = await t.deps.db.select().from(lessons).where(eq(lessons.courseId, courseId))
    const finish = async (login: string) => {
      const client = await t.signedIn(login)
      expect((await client.post(`/app/learning/courses/${courseId}/enrol`, {})).status).toBe(303)
      expect((await client.post(`/app/learning/lessons/${lesson!.id}/done`, {})).status).toBe(303)
      return client
    }
    const staff = await t.make.member('staff', { tenantId, displayName: 'Teuta Trained' })
    const staffClient = await finish(staff.login)
    await finish((await t.make.member('learner', { tenantId })).login)
    const idle = await t.make.member('staff', { tenantId, displayName: 'Ilir Idle' })
    await (await t.signedIn(idle.login)).post(`/app/learning/courses/${courseId}/enrol`, {})

    const ctx = await t.ctxFor(coordinator.user.id, tenantId)
    const report = await organisationReport(ctx, {})
    expect(report).toMatchObject({ staffTrained: 1, peopleEnrolled: 3, completions: 2 })
    const past = await organisationReport(ctx, { from: '2020-01-01', to: '2020-12-31' })
    expect(past).toMatchObject({ staffTrained: 0, completions: 0 })

    const page = await c.get('/app/learning/reports')
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('Teuta Trained')
    expect(html).toContain('Ilir Idle')
    const bad = await c.get('/app/learning/reports?from=2027-05-01&to=2027-04-01')
    expect(bad.status).toBe(422)
    const badHtml = await bad.text()
    expect(badHtml).toContain('value="2027-05-01"')
    expect(badHtml).toContain('The end must be on or after the start.')
    expect((await c.get('/app/learning/reports?from=yesterday')).status).toBe(422)
    expect((await staffClient.get('/app/learning/reports')).status).toBe(403)

    // What is on screen, as files: typed cells in the workbook, a CSV per table.
    expect(html).toContain('/app/learning/reports/report.xlsx')
    const xlsx = await c.get('/app/learning/reports/report.xlsx?from=2000-01-01')
    expect(xlsx.status).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await xlsx.arrayBuffer())
    const people = book.getWorksheet('People')!
    const rows = people.getSheetValues().filter(Boolean) as unknown[][]
    const teuta = rows.find((r) => r.includes('Teuta Trained'))!
    expect(teuta.slice(3, 5)).toEqual([1, 1])
    const courses = book.getWorksheet('Courses')!
    const rate = courses.getColumn(4)
    expect(rate.numFmt).toBe('0%')
    expect(book.getWorksheet('Figures')!.getCell('A2').value).toContain('2000')
    const csv = await c.get('/app/learning/reports/report.csv?table=people')
    const text = await csv.text()
    expect(csv.headers.get('content-type')).toContain('text/csv')
    expect(text).toContain('"Ilir Idle"')
    expect(await (await c.get('/app/learning/reports/report.csv?table=courses')).text()).toContain(
      'Completion rate',
    )
    expect((await c.get('/app/learning/reports/report.xlsx?from=yesterday')).status).toBe(422)
    expect((await staffClient.get('/app/learning/reports/report.csv')).status).toBe(403)

    const { token } = await createApiTokenForUser(ctx, {
      name: 'api',
      userId: coordinator.user.id,
      tenantId,
    })
    const api = await t.app.request('/api/v1/learning/reports/organisation', {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(api.status).toBe(200)
    expect(await api.json()).toMatchObject({ staffTrained: 1, peopleEnrolled: 3 })
  })
})

describe('prerequisites', () => {
  it('[LEARNING][PREREQUISITES]: a person joins a course on their own only after its prerequisites; a coordinator may still enrol them', async () => {
    const coordinator = await t.make.member('coordinator')
    const tenantId = coordinator.tenantId
    const c = await t.signedIn(coordinator.login)
    const first = await publishedCourse(c)
    const created = await c.post('/app/learning/courses/new', {
      'title.en': 'Leading a mobility',
      visibility: 'private',
      passMark: '70',
      prerequisiteIds: first,
      intent: 'publish',
    })
    expect(created.status).toBe(303)
    const second = /courses\/([0-9a-f-]{36})/.exec(created.headers.get('location') ?? '')![1]!

    const staff = await t.make.member('staff', { tenantId })
    const s = await t.signedIn(staff.login)
    const page = await textOf(await s.get(`/app/learning/courses/${second}`))
    expect(page).toContain('Before this course')
    const refused = await s.post(`/app/learning/courses/${second}/enrol`, {})
    expect(refused.headers.get('location')).toContain('error=learning:errors.prerequisites')
    expect(
      await t.deps.db.select().from(enrolments).where(eq(enrolments.courseId, second)),
    ).toHaveLength(0)

    const [lesson] = await t.deps.db.select().from(lessons).where(eq(lessons.courseId, first))
    await s.post(`/app/learning/courses/${first}/enrol`, {})
    await s.post(`/app/learning/lessons/${lesson!.id}/done`, {})
    const joined = await s.post(`/app/learning/courses/${second}/enrol`, {})
    expect(joined.headers.get('location')).toContain('notice=learning:notices.enrolled')

    // Another school's private course cannot be named: 422, what was typed is kept.
    const other = await publishedCourse(
      await t.signedIn((await t.make.member('coordinator')).login),
    )
    const bad = await c.post('/app/learning/courses/new', {
      'title.en': 'Kept title',
      visibility: 'private',
      passMark: '70',
      prerequisiteIds: other,
      intent: 'publish',
    })
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('Kept title')

    // A coordinator enrols someone who has not done the prerequisite: allowed.
    const newcomer = await t.make.member('staff', { tenantId })
    const enrolled = await c.post(`/app/learning/courses/${second}/enrol-people`, {
      userIds: newcomer.user.id,
    })
    expect(enrolled.status).toBe(303)
  })
})
