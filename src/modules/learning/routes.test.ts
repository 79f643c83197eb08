import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { getT } from '#src/lib/i18n.ts'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { type TestClient, textOf } from '../../../tests/setup/client.ts'
import { credentials } from '../credentials/schema.ts'
import { projectPartners, projects } from '../projects/schema.ts'
import {
  courseModules,
  courses,
  enrolments,
  lessons,
  quizAttempts,
  quizQuestions,
} from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

function idIn(res: Response, pattern: RegExp) {
  const m = pattern.exec(res.headers.get('location') ?? '')
  if (!m) throw new Error(`no id in ${res.headers.get('location')}`)
  return m[1]!
}

/** An author's course with one text lesson and one quiz (single choice + short answer). */
async function buildCourse(author: TestClient, extra: Record<string, string> = {}) {
  const created = await author.post('/app/learning/courses/new', {
    'title.en': 'Running an International Office',
    'title.sq': 'Drejtimi i një Zyre Ndërkombëtare',
    'summary.en': 'The basics.',
    visibility: 'private',
    passMark: '70',
    competences: 'entrecomp:2.4',
    intent: 'publish',
    ...extra,
  })
  expect(created.status).toBe(303)
  const courseId = idIn(created, /\/app\/learning\/courses\/([0-9a-f-]{36})\?/)
  const [mod] = await t.deps.db
    .select()
    .from(courseModules)
    .where(eq(courseModules.courseId, courseId))
  const text = await author.post(`/app/learning/courses/${courseId}/lessons/new`, {
    moduleId: mod!.id,
    kind: 'text',
    'title.en': 'The five tasks',
    'title.sq': 'Pesë detyrat',
    'body.en': 'An office has **five** tasks.',
    'body.sq': 'Një zyrë ka **pesë** detyra.',
    minutes: '10',
  })
  expect(text.status).toBe(303)
  const quiz = await author.post(`/app/learning/courses/${courseId}/lessons/new`, {
    moduleId: mod!.id,
    kind: 'quiz',
    'title.en': 'Check',
    'title.sq': 'Kontroll',
    minutes: '5',
    maxAttempts: '2',
  })
  expect(quiz.status).toBe(303)
  const quizId = idIn(quiz, /\/app\/learning\/lessons\/([0-9a-f-]{36})\/edit/)
  const q1 = await author.post(`/app/learning/lessons/${quizId}/questions/new`, {
    type: 'single',
    'prompt.en': 'Who keeps contact with the National Agency?',
    'prompt.sq': 'Kush e mban kontaktin me Agjencinë Kombëtare?',
    'opt0.text.en': 'The coordinator',
    'opt0.text.sq': 'Koordinatori',
    'opt0.correct': 'on',
    'opt0.feedback.en': 'Yes: one named owner.',
    'opt1.text.en': 'Every teacher',
    'opt1.text.sq': 'Çdo mësues',
    'opt1.feedback.en': 'No: that mixes messages.',
    'opt1.feedback.sq': 'Jo: kjo i përzien mesazhet.',
    points: '1',
  })
  expect(q1.status).toBe(303)
  const q2 = await author.post(`/app/learning/lessons/${quizId}/questions/new`, {
    type: 'short_answer',
    'prompt.en': 'Which programme funds VET mobility?',
    'prompt.sq': 'Cili program financon mobilitetin?',
    accepted: 'Erasmus+\nErasmus',
    points: '1',
  })
  expect(q2.status).toBe(303)
  const [textLesson] = await t.deps.db
    .select()
    .from(lessons)
    .where(and(eq(lessons.courseId, courseId), eq(lessons.kind, 'text')))
  return { courseId, textId: textLesson!.id, quizId }
}

async function questionsOf(quizId: string) {
  const rows = await t.deps.db
    .select()
    .from(quizQuestions)
    .where(eq(quizQuestions.lessonId, quizId))
  const single = rows.find((q) => q.type === 'single')!
  const short = rows.find((q) => q.type === 'short_answer')!
  return { single, short }
}

describe('/app/learning', () => {
  it('[LEARNING][ACCESS]: a guardian may not open learning (403); a learner may not write courses', async () => {
    const guardian = await t.make.member('guardian')
    const g = await t.signedIn(guardian.login)
    expect((await g.get('/app/learning')).status).toBe(403)
    const learner = await t.make.member('learner')
    const l = await t.signedIn(learner.login)
    expect((await l.get('/app/learning')).status).toBe(200)
    expect((await l.get('/app/learning/courses/new')).status).toBe(403)
    expect(
      (await l.post('/app/learning/courses/new', { 'title.en': 'X', intent: 'draft' })).status,
    ).toBe(403)
  })

  it('[LEARNING][VALIDATION]: a course without a title is refused with 422 and keeps what was typed', async () => {
    const author = await t.make.member('staff')
    const c = await t.signedIn(author.login)
    const res = await c.post('/app/learning/courses/new', {
      'summary.sq': 'Një përmbledhje që nuk duhet humbur',
      visibility: 'consortium',
      passMark: '170',
      intent: 'publish',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Një përmbledhje që nuk duhet humbur')
    expect(html).toContain('Enter a number within the allowed range.')
  })

  it('[LEARNING][JOURNEY]: staff enrol, switch language mid-course, fail then pass the quiz, get a certificate', async () => {
    const author = await t.make.member('coordinator')
    const a = await t.signedIn(author.login)
    const { courseId, textId, quizId } = await buildCourse(a)
    const staff = await t.make.member('staff', { tenantId: author.tenantId, locale: 'sq' })
    const s = await t.signedIn(staff.login)

    const catalogue = await textOf(await s.get('/app/learning'))
    expect(catalogue).toContain('Drejtimi i një Zyre Ndërkombëtare')
    expect((await s.post(`/app/learning/courses/${courseId}/enrol`)).status).toBe(303)
    // A second click enrols once.
    expect((await s.post(`/app/learning/courses/${courseId}/enrol`)).status).toBe(303)
    const rows = await t.deps.db.select().from(enrolments).where(eq(enrolments.courseId, courseId))
    expect(rows).toHaveLength(1)

    // Reads the lesson in Albanian, then switches to English: the choice is kept.
    const sq = await s.get(`/app/learning/lessons/${textId}`)
    expect(await sq.text()).toContain('Një zyrë ka <strong>pesë</strong> detyra.')
    const en = await s.get(`/app/learning/lessons/${textId}?lang=en`)
    expect(await en.text()).toContain('An office has <strong>five</strong> tasks.')
    const [afterSwitch] = await t.deps.db
      .select()
      .from(enrolments)
      .where(eq(enrolments.courseId, courseId))
    expect(afterSwitch!.contentLocale).toBe('en')

    const done = await s.post(`/app/learning/lessons/${textId}/done`)
    expect(done.status).toBe(303)
    expect(done.headers.get('location')).toContain(`/app/learning/lessons/${quizId}`)
    // Progress is kept when the language changes back.
    const page = await textOf(await s.get(`/app/learning/courses/${courseId}?lang=sq`))
    expect(page).toContain('50')

    const { single, short } = await questionsOf(quizId)
    const start = await s.post(`/app/learning/lessons/${quizId}/attempts`)
    expect(start.status).toBe(303)
    const attemptId = idIn(start, /\/app\/learning\/attempts\/([0-9a-f-]{36})/)
    const form = await s.get(`/app/learning/attempts/${attemptId}`)
    // The course page was last read in Albanian: the quiz follows.
    expect(await form.text()).toContain('Kush e mban kontaktin me Agjencinë Kombëtare?')
    const wrong = await s.post(`/app/learning/attempts/${attemptId}`, {
      [`q.${single.id}`]: 'b',
      [`q.${short.id}`]: 'Horizon',
    })
    expect(wrong.status).toBe(303)
    const failed = await textOf(await s.get(`/app/learning/attempts/${attemptId}`))
    expect(failed).toContain(getT('sq')('learning:result.failed'))
    expect(failed).toContain('Jo: kjo i përzien mesazhet.')
    // Submitting the same attempt again changes nothing and says so.
    const again = await s.post(`/app/learning/attempts/${attemptId}`, {
      [`q.${single.id}`]: 'a',
      [`q.${short.id}`]: 'Erasmus+',
    })
    expect(again.headers.get('location')).toContain('error=learning:errors.alreadySubmitted')
    const [kept] = await t.deps.db.select().from(quizAttempts).where(eq(quizAttempts.id, attemptId))
    expect(kept).toMatchObject({ passed: false, score: 0 })

    const second = await s.post(`/app/learning/lessons/${quizId}/attempts`)
    const secondId = idIn(second, /\/app\/learning\/attempts\/([0-9a-f-]{36})/)
    expect(secondId).not.toBe(attemptId)
    await s.post(`/app/learning/attempts/${secondId}`, {
      [`q.${single.id}`]: 'a',
      [`q.${short.id}`]: '  erasmus+ ',
    })
    const passed = await textOf(await s.get(`/app/learning/attempts/${secondId}`))
    expect(passed).toContain(getT('sq')('learning:result.passed'))

    const [finished] = await t.deps.db
      .select()
      .from(enrolments)
      .where(eq(enrolments.courseId, courseId))
    expect(finished!.status).toBe('completed')
    const [credential] = await t.deps.db
      .select()
      .from(credentials)
      .where(and(eq(credentials.kind, 'course'), eq(credentials.sourceId, finished!.id)))
    expect(credential).toBeDefined()
    expect(credential!.recipientName).toBe(staff.user.displayName)
    const coursePage = await s.get(`/app/learning/courses/${courseId}`)
    expect(await coursePage.text()).toContain(`/credentials/${credential!.code}`)
    const verify = await t.anonymous().get(`/sq/credentials/${credential!.code}`)
    expect(verify.status).toBe(200)
    expect(await textOf(verify)).toContain('Drejtimi i një Zyre Ndërkombëtare')

    // No attempts are left (two allowed), and the quiz is passed anyway: no third attempt.
    const third = await s.post(`/app/learning/lessons/${quizId}/attempts`)
    expect(third.headers.get('location')).toContain('error=learning:errors.noAttemptsLeft')

    // The course's report counts the completion.
    const report = await textOf(await a.get(`/app/learning/courses/${courseId}/report`))
    expect(report).toContain(staff.user.displayName)
    expect(report).toContain('Completed')
  })

  it('[LEARNING][ACCESS]: another school’s private course, lesson and attempt are "not found"', async () => {
    const author = await t.make.member('coordinator')
    const a = await t.signedIn(author.login)
    const { courseId, textId, quizId } = await buildCourse(a)
    const colleague = await t.make.member('learner', { tenantId: author.tenantId })
    const c = await t.signedIn(colleague.login)
    await c.post(`/app/learning/courses/${courseId}/enrol`)
    const start = await c.post(`/app/learning/lessons/${quizId}/attempts`)
    const attemptId = idIn(start, /\/app\/learning\/attempts\/([0-9a-f-]{36})/)

    const stranger = await t.make.member('coordinator')
    const s = await t.signedIn(stranger.login)
    expect((await s.get(`/app/learning/courses/${courseId}`)).status).toBe(404)
    expect((await s.get(`/app/learning/lessons/${textId}`)).status).toBe(404)
    expect((await s.post(`/app/learning/courses/${courseId}/enrol`)).status).toBe(404)
    expect((await s.get(`/app/learning/attempts/${attemptId}`)).status).toBe(404)
    // Not even the author sees another person's attempt.
    expect((await a.get(`/app/learning/attempts/${attemptId}`)).status).toBe(404)
    // A learner of the same school reads the course but cannot edit it or see its report.
    expect((await c.get(`/app/learning/courses/${courseId}/edit`)).status).toBe(403)
    expect((await c.get(`/app/learning/courses/${courseId}/report`)).status).toBe(403)
    const catalogue = await textOf(await s.get('/app/learning'))
    expect(catalogue).not.toContain('Running an International Office')
  })

  it('[LEARNING][CONSORTIUM]: a consortium course is read by the project’s partners and nobody else', async () => {
    const author = await t.make.member('coordinator')
    const partner = await t.make.member('staff')
    const outsider = await t.make.member('staff')
    const [project] = await t.deps.db
      .insert(projects)
      .values({
        tenantId: author.tenantId,
        slug: `p-${author.tenantId.slice(0, 8)}`,
        acronym: 'ALLY',
        title: { en: 'Ally' },
        programme: 'Erasmus+',
        startDate: '2025-01-01',
        endDate: '2027-12-31',
      })
      .returning()
    await t.deps.db.insert(projectPartners).values([
      {
        tenantId: author.tenantId,
        projectId: project!.id,
        organisationId: author.tenantId,
        role: 'coordinator',
      },
      {
        tenantId: author.tenantId,
        projectId: project!.id,
        organisationId: partner.tenantId,
        role: 'partner',
      },
    ])
    const a = await t.signedIn(author.login)
    const { courseId } = await buildCourse(a, { visibility: 'consortium', projectId: project!.id })
    const p = await t.signedIn(partner.login)
    expect((await p.get(`/app/learning/courses/${courseId}`)).status).toBe(200)
    expect(await textOf(await p.get('/app/learning'))).toContain('Running an International Office')
    const o = await t.signedIn(outsider.login)
    expect((await o.get(`/app/learning/courses/${courseId}`)).status).toBe(404)
    // Consortium without a project is refused.
    const bad = await a.post(`/app/learning/courses/${courseId}/edit`, {
      'title.en': 'X',
      visibility: 'consortium',
      passMark: '70',
      intent: 'publish',
    })
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('To share the course with a consortium, choose its project.')
  })

  it('[LEARNING][VALIDATION]: a single-choice question needs exactly one right choice', async () => {
    const author = await t.make.member('coordinator')
    const a = await t.signedIn(author.login)
    const { quizId } = await buildCourse(a)
    const res = await a.post(`/app/learning/lessons/${quizId}/questions/new`, {
      type: 'single',
      'prompt.en': 'Pick one',
      'opt0.text.en': 'A',
      'opt0.correct': 'on',
      'opt1.text.en': 'B',
      'opt1.correct': 'on',
      points: '1',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Tick exactly one right choice.')
    expect(html).toContain('Pick one')
  })

  it('[LEARNING][ENROL]: a coordinator enrols members of their own school, not strangers', async () => {
    const author = await t.make.member('coordinator')
    const a = await t.signedIn(author.login)
    const { courseId } = await buildCourse(a)
    const staff = await t.make.member('staff', { tenantId: author.tenantId })
    const stranger = await t.make.member('staff')
    const page = await textOf(await a.get(`/app/learning/courses/${courseId}/enrol`))
    expect(page).toContain(staff.user.displayName)
    const refused = await a.post(`/app/learning/courses/${courseId}/enrol-people`, {
      userIds: [staff.user.id, stranger.user.id],
    })
    expect(refused.status).toBe(422)
    const ok = await a.post(`/app/learning/courses/${courseId}/enrol-people`, {
      userIds: [staff.user.id],
    })
    expect(ok.status).toBe(303)
    const rows = await t.deps.db.select().from(enrolments).where(eq(enrolments.courseId, courseId))
    expect(rows.map((r) => r.userId)).toEqual([staff.user.id])
    expect(rows[0]!.source).toBe('coordinator')
    const s = await t.signedIn(staff.login)
    expect((await s.get(`/app/learning/courses/${courseId}/enrol`)).status).toBe(403)
  })
})

describe('/api/v1/learning', () => {
  async function bearer(userId: string, tenantId: string) {
    const { createApiTokenForUser } = await import('../api-tokens/index.ts')
    const ctx = { ...t.deps, actor: null, requestId: 'test' }
    const { token } = await createApiTokenForUser(ctx, { name: 'api', userId, tenantId })
    return { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  }

  it('[LEARNING][API]: enrol, take the quiz, a foreign answer is 422, a second submission 409', async () => {
    const author = await t.make.member('coordinator')
    const a = await t.signedIn(author.login)
    const { courseId, textId, quizId } = await buildCourse(a)
    const staff = await t.make.member('staff', { tenantId: author.tenantId })
    const h = await bearer(staff.user.id, author.tenantId)
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await t.app.request(`/api/v1${path}`, {
        method,
        headers: h,
        ...(body ? { body: JSON.stringify(body) } : {}),
      })
      // biome-ignore lint/suspicious/noExplicitAny: a JSON body, read field by field
      return { status: res.status, body: (await res.json()) as any }
    }
    const list = await call('GET', '/learning/courses')
    expect(list.status).toBe(200)
    const listed = list.body.data.find((c: { id: string }) => c.id === courseId)
    expect(listed).toMatchObject({ lessonCount: 2, minutes: 15 })
    expect((await call('POST', `/learning/courses/${courseId}/enrolment`)).status).toBe(200)
    const course = await call('GET', `/learning/courses/${courseId}`)
    expect(course.body.enrolment.status).toBe('active')
    expect(course.body.modules[0].lessons).toHaveLength(2)
    expect((await call('POST', `/learning/lessons/${textId}/completion`)).body).toEqual({
      courseCompleted: false,
    })
    const started = await call('POST', `/learning/lessons/${quizId}/attempts`)
    expect(started.status).toBe(200)
    // The questions come without their answers.
    expect(JSON.stringify(started.body)).not.toContain('correct')
    const { single, short } = await questionsOf(quizId)
    const foreign = await call('POST', `/learning/attempts/${started.body.id}`, {
      answers: { [crypto.randomUUID()]: { choices: ['a'] } },
    })
    expect(foreign.status).toBe(422)
    const ok = await call('POST', `/learning/attempts/${started.body.id}`, {
      answers: { [single.id]: { choices: ['a'] }, [short.id]: { text: 'Erasmus' } },
    })
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ passed: true, percent: 100, courseCompleted: true })
    const twice = await call('POST', `/learning/attempts/${started.body.id}`, {
      answers: { [single.id]: { choices: ['b'] } },
    })
    expect(twice.status).toBe(409)
    const mine = await call('GET', '/learning/enrolments')
    expect(mine.body.data[0]).toMatchObject({ status: 'completed', percent: 100 })
    expect(mine.body.data[0].credentialCode).toBeTruthy()
    // A learner of another school cannot read the private course.
    const other = await t.make.member('staff')
    const oh = await bearer(other.user.id, other.tenantId)
    const res = await t.app.request(`/api/v1/learning/courses/${courseId}`, { headers: oh })
    expect(res.status).toBe(404)
    // Staff write their school's courses, and so read their reports.
    const report = await call('GET', `/learning/courses/${courseId}/report`)
    expect(report.status).toBe(200)
    expect(report.body).toMatchObject({ enrolled: 1, completed: 1, averageScore: 100 })
  })
})
