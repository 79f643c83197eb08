import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { type TestClient, textOf } from '../../../tests/setup/client.ts'
import { credentials } from '../credentials/schema.ts'
import { enrolments } from '../learning/schema.ts'
import { curriculumCourses, curriculumFollowers } from './schema.ts'
import { buildCourse, buildCurriculum, makeProject } from './testing.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

const done = (c: TestClient, lessonId: string) => c.post(`/app/learning/lessons/${lessonId}/done`)

async function programmeCredentials(userId: string) {
  return t.deps.db
    .select()
    .from(credentials)
    .where(and(eq(credentials.kind, 'curriculum'), eq(credentials.recipientUserId, userId)))
}

describe('/app/learning/curricula', () => {
  it('[CURRICULA][JOURNEY]: follow enrols in the required courses; the last course issues one verifiable certificate', async () => {
    const author = await t.make.member('coordinator')
    const a = await t.signedIn(author.login)
    const c1 = await buildCourse(t, a, { 'title.en': 'Running an office' })
    const c2 = await buildCourse(t, a, { 'title.en': 'Mobility with minors' })
    const o1 = await buildCourse(t, a, { 'title.en': 'GreenComp basics' })
    const o2 = await buildCourse(t, a, {
      'title.en': 'DigComp basics',
      competences: 'digcomp-2.2:1.1',
    })
    const id = await buildCurriculum(
      a,
      [
        { courseId: c2.courseId, required: true },
        { courseId: c1.courseId, required: true },
        { courseId: o1.courseId, required: false },
        { courseId: o2.courseId, required: true },
      ],
      { optionalToComplete: '1' },
    )
    // The author fixes the order and makes the last course optional, with POST buttons.
    const base = `/app/learning/curricula/${id}`
    expect((await a.post(`${base}/courses/${c1.courseId}/move`, { direction: 'up' })).status).toBe(
      303,
    )
    expect(
      (await a.post(`${base}/courses/${o2.courseId}/required`, { required: 'no' })).status,
    ).toBe(303)
    const order = await t.deps.db
      .select()
      .from(curriculumCourses)
      .where(eq(curriculumCourses.curriculumId, id))
      .orderBy(curriculumCourses.position)
    expect(order.map((r) => [r.courseId, r.required])).toEqual([
      [c1.courseId, true],
      [c2.courseId, true],
      [o1.courseId, false],
      [o2.courseId, false],
    ])
    const editPage = await textOf(await a.get(`${base}/edit`))
    // The buttons name their course for screen readers (visually hidden).
    expect(editPage).toContain('Move up : Mobility with minors')

    const staff = await t.make.member('staff', { tenantId: author.tenantId })
    const s = await t.signedIn(staff.login)
    const list = await textOf(await s.get('/app/learning/curricula'))
    expect(list).toContain('International Office Programme')
    const before = await textOf(await s.get(base))
    expect(before).toContain(
      'Complete all 2 required courses. Also complete 1 of the 2 optional courses.',
    )
    const followed = await s.post(`${base}/follow`)
    expect(followed.status).toBe(303)
    expect(followed.headers.get('location')).toContain('notices.followed')
    // A second click changes nothing.
    expect((await s.post(`${base}/follow`)).status).toBe(303)
    const mine = await t.deps.db
      .select({ courseId: enrolments.courseId })
      .from(enrolments)
      .where(eq(enrolments.userId, staff.user.id))
    expect(mine.map((e) => e.courseId).sort()).toEqual([c1.courseId, c2.courseId].sort())
    const followers = await t.deps.db
      .select()
      .from(curriculumFollowers)
      .where(eq(curriculumFollowers.curriculumId, id))
    expect(followers).toHaveLength(1)

    let page = await textOf(await s.get(base))
    expect(page).toContain('Your progress')
    expect(page).toContain('3 courses still to complete.')
    expect(page).toContain('Next step: Running an office')

    // The two required courses, through the real lesson pages: not yet complete (one optional).
    expect((await done(s, c1.lessonId)).status).toBe(303)
    expect((await done(s, c2.lessonId)).status).toBe(303)
    page = await textOf(await s.get(base))
    expect(page).toContain('Done')
    expect(page).toContain('Next step: GreenComp basics')
    expect(await programmeCredentials(staff.user.id)).toHaveLength(0)

    // An optional course, enrolled in later from its own page: the last step completes the path.
    expect((await s.post(`/app/learning/courses/${o2.courseId}/enrol`)).status).toBe(303)
    expect((await done(s, o2.lessonId)).status).toBe(303)
    const issued = await programmeCredentials(staff.user.id)
    expect(issued).toHaveLength(1)
    const credential = issued[0]!
    expect(credential.sourceId).toBe(followers[0]!.id)
    expect(credential.achievement.name.en).toBe('International Office Programme')
    expect(credential.achievement.criteria.en).toBe(
      'Completed the courses of the curriculum: Running an office, Mobility with minors, and DigComp basics.',
    )
    expect(credential.achievement.alignments.map((al) => al.targetCode).sort()).toEqual([
      '1.1',
      '2.4',
    ])
    page = await textOf(await s.get(base))
    expect(page).toContain('You have completed this curriculum.')
    const html = await (await s.get(base)).text()
    expect(html).toContain(`/en/credentials/${credential.code}`)
    expect(html).toContain(`/en/credentials/${credential.code}/certificate.pdf`)

    // Another optional course done later, and following again, never issue a second one.
    expect((await s.post(`/app/learning/courses/${o1.courseId}/enrol`)).status).toBe(303)
    expect((await done(s, o1.lessonId)).status).toBe(303)
    expect((await s.post(`${base}/follow`)).status).toBe(303)
    expect(await programmeCredentials(staff.user.id)).toHaveLength(1)

    // Verifiable by anyone who holds the code, as a page and as a PDF.
    const verify = await t.anonymous().get(`/en/credentials/${credential.code}`)
    expect(verify.status).toBe(200)
    const verified = await textOf(verify)
    expect(verified).toContain(staff.user.displayName)
    expect(verified).toContain('International Office Programme')
    const pdf = await t.anonymous().get(`/en/credentials/${credential.code}/certificate.pdf`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')

    // The author sees how many follow and completed.
    expect(await textOf(await a.get(base))).toContain('1 person follows this curriculum.')
  })

  it('[CURRICULA][FOLLOW]: someone who already did every course is certified on following', async () => {
    const author = await t.make.member('coordinator')
    const a = await t.signedIn(author.login)
    const c1 = await buildCourse(t, a)
    const id = await buildCurriculum(a, [{ courseId: c1.courseId, required: true }])
    const learner = await t.make.member('learner', { tenantId: author.tenantId })
    const l = await t.signedIn(learner.login)
    expect((await l.post(`/app/learning/courses/${c1.courseId}/enrol`)).status).toBe(303)
    expect((await done(l, c1.lessonId)).status).toBe(303)
    expect(await programmeCredentials(learner.user.id)).toHaveLength(0)
    const res = await l.post(`/app/learning/curricula/${id}/follow`)
    expect(res.headers.get('location')).toContain('notices.completed')
    expect(await programmeCredentials(learner.user.id)).toHaveLength(1)
  })

  it('[CURRICULA][ACCESS]: another school’s private curriculum is 404; a learner cannot edit (403); drafts hide', async () => {
    const author = await t.make.member('coordinator')
    const a = await t.signedIn(author.login)
    const c1 = await buildCourse(t, a)
    const id = await buildCurriculum(a, [{ courseId: c1.courseId, required: true }])
    const base = `/app/learning/curricula/${id}`

    const stranger = await t.make.member('coordinator')
    const x = await t.signedIn(stranger.login)
    expect((await x.get(base)).status).toBe(404)
    expect((await x.post(`${base}/follow`)).status).toBe(404)
    expect((await x.get(`${base}/edit`)).status).toBe(404)
    expect(await textOf(await x.get('/app/learning/curricula'))).not.toContain(
      'International Office Programme',
    )

    const learner = await t.make.member('learner', { tenantId: author.tenantId })
    const l = await t.signedIn(learner.login)
    expect((await l.get(base)).status).toBe(200)
    expect((await l.get(`${base}/edit`)).status).toBe(403)
    expect((await l.post(`${base}/edit`, { 'title.en': 'Mine', intent: 'draft' })).status).toBe(403)
    expect((await l.post(`${base}/courses/${c1.courseId}/remove`)).status).toBe(403)
    expect((await l.get('/app/learning/curricula/new')).status).toBe(403)

    const guardian = await t.make.member('guardian', { tenantId: author.tenantId })
    expect((await (await t.signedIn(guardian.login)).get('/app/learning/curricula')).status).toBe(
      403,
    )

    // Back to draft: the school's learners no longer see it.
    expect(
      (await a.post(`${base}/edit`, { 'title.en': 'Back to draft', intent: 'draft' })).status,
    ).toBe(303)
    expect((await l.get(base)).status).toBe(404)
  })

  it('[CURRICULA][CONSORTIUM]: shared with a project, partners read and follow it; outsiders get 404', async () => {
    const author = await t.make.member('coordinator')
    const partner = await t.make.member('staff')
    const outsider = await t.make.member('staff')
    const projectId = await makeProject(t, [author.tenantId, partner.tenantId])
    const a = await t.signedIn(author.login)
    const shared = { visibility: 'consortium', projectId }
    const c1 = await buildCourse(t, a, shared)
    const priv = await buildCourse(t, a)
    const id = await buildCurriculum(a, [{ courseId: c1.courseId, required: true }], shared)
    // A private course cannot join a consortium curriculum once it is published.
    const refused = await a.post(`/app/learning/curricula/${id}/courses`, {
      courseId: priv.courseId,
    })
    expect(refused.status).toBe(422)
    expect(await textOf(refused)).toContain('Every course must be shared at least as widely')

    const p = await t.signedIn(partner.login)
    const list = await textOf(await p.get('/app/learning/curricula'))
    expect(list).toContain('Shared by our project partners')
    expect(list).toContain('International Office Programme')
    expect((await p.get(`/app/learning/curricula/${id}`)).status).toBe(200)
    expect((await p.post(`/app/learning/curricula/${id}/follow`)).status).toBe(303)
    expect((await done(p, c1.lessonId)).status).toBe(303)
    expect(await programmeCredentials(partner.user.id)).toHaveLength(1)

    const o = await t.signedIn(outsider.login)
    expect((await o.get(`/app/learning/curricula/${id}`)).status).toBe(404)
  })

  it('[CURRICULA][VALIDATION]: bad input re-renders with what was typed and a translated error (422)', async () => {
    const author = await t.make.member('coordinator', { locale: 'sq' })
    const a = await t.signedIn(author.login)
    const noTitle = await a.post('/app/learning/curricula/new', {
      'summary.sq': 'Një përmbledhje që nuk duhet humbur',
      visibility: 'consortium',
    })
    expect(noTitle.status).toBe(422)
    const html = await noTitle.text()
    expect(html).toContain('Një përmbledhje që nuk duhet humbur')
    expect(html).toContain('Plotësojeni këtë të paktën në një gjuhë.')
    const noProject = await a.post('/app/learning/curricula/new', {
      'title.sq': 'Programi',
      visibility: 'consortium',
    })
    expect(noProject.status).toBe(422)
    expect(await noProject.text()).toContain(
      'Zgjidhni projektin, konsorciumi i të cilit mund ta shohë.',
    )

    const c1 = await buildCourse(t, a)
    const created = await a.post('/app/learning/curricula/new', { 'title.en': 'Path' })
    const id = /curricula\/([0-9a-f-]{36})\/edit/.exec(created.headers.get('location') ?? '')![1]
    const empty = await a.post(`/app/learning/curricula/${id}/edit`, {
      'title.en': 'Path',
      optionalToComplete: '0',
      intent: 'publish',
    })
    expect(empty.status).toBe(422)
    expect(await empty.text()).toContain('Shtoni të paktën një kurs para se ta publikoni.')
    expect(
      (await a.post(`/app/learning/curricula/${id}/courses`, { courseId: c1.courseId })).status,
    ).toBe(303)
    const twice = await a.post(`/app/learning/curricula/${id}/courses`, { courseId: c1.courseId })
    expect(twice.status).toBe(422)
    expect(await twice.text()).toContain('Ky kurs është tashmë në kurrikulë.')
    const tooMany = await a.post(`/app/learning/curricula/${id}/edit`, {
      'title.en': 'Path typed again',
      optionalToComplete: '2',
      intent: 'publish',
    })
    expect(tooMany.status).toBe(422)
    const body = await tooMany.text()
    expect(body).toContain('Path typed again')
    expect(body).toContain('Ky numër është më i madh se kurset me zgjedhje të kurrikulës.')
    const notNumber = await a.post(`/app/learning/curricula/${id}/edit`, {
      'title.en': 'Path',
      optionalToComplete: 'two',
      intent: 'draft',
    })
    expect(notNumber.status).toBe(422)
    expect(await notNumber.text()).toContain('Shkruani një numër të plotë.')
  })
})

describe('/api/v1/curricula', () => {
  async function bearer(userId: string, tenantId: string) {
    const { createApiTokenForUser } = await import('../api-tokens/index.ts')
    const ctx = { ...t.deps, actor: null, requestId: 'test' }
    const { token } = await createApiTokenForUser(ctx, { name: 'api', userId, tenantId })
    return { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  }

  it('[CURRICULA][API]: list, get, follow and progress, with the pages’ permissions', async () => {
    const author = await t.make.member('coordinator')
    const a = await t.signedIn(author.login)
    const c1 = await buildCourse(t, a)
    const c2 = await buildCourse(t, a)
    const id = await buildCurriculum(
      a,
      [
        { courseId: c1.courseId, required: true },
        { courseId: c2.courseId, required: false },
      ],
      { optionalToComplete: '1' },
    )
    const learner = await t.make.member('learner', { tenantId: author.tenantId })
    const h = await bearer(learner.user.id, author.tenantId)
    const call = async (method: string, path: string) => {
      const res = await t.app.request(`/api/v1${path}`, { method, headers: h })
      // biome-ignore lint/suspicious/noExplicitAny: a JSON body, read field by field
      return { status: res.status, body: (await res.json()) as any }
    }
    const list = await call('GET', '/curricula')
    expect(list.status).toBe(200)
    expect(list.body.data.find((r: { id: string }) => r.id === id)).toMatchObject({
      relation: 'own',
      courseCount: 2,
      status: 'published',
    })
    const got = await call('GET', `/curricula/${id}`)
    expect(got.body).toMatchObject({ canEdit: false, progress: null, optionalToComplete: 1 })
    expect(got.body.courses.map((c: { courseId: string }) => c.courseId)).toEqual([
      c1.courseId,
      c2.courseId,
    ])
    const followed = await call('POST', `/curricula/${id}/follow`)
    expect(followed.status).toBe(200)
    expect(followed.body.progress).toMatchObject({
      remaining: 2,
      nextCourseId: c1.courseId,
      credentialCode: null,
    })
    expect(followed.body.courses[0]).toMatchObject({ state: 'not_started', required: true })
    expect((await call('GET', '/curricula')).body.data[0]).toMatchObject({
      id,
      relation: 'following',
    })
    const other = await t.make.member('staff')
    const oh = await bearer(other.user.id, other.tenantId)
    expect((await t.app.request(`/api/v1/curricula/${id}`, { headers: oh })).status).toBe(404)
    expect(
      (await t.app.request(`/api/v1/curricula/${id}/follow`, { method: 'POST', headers: oh }))
        .status,
    ).toBe(404)
  })
})
