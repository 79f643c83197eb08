import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { getT } from '#src/lib/i18n.ts'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { type TestClient, textOf } from '../../../tests/setup/client.ts'
import { credentials } from '../credentials/schema.ts'
import {
  assignmentRubrics,
  assignmentSubmissions,
  courseModules,
  enrolments,
  lessonCompletions,
  lessons,
} from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')
const sq = getT('sq')
const en = getT('en')

function idIn(res: Response, pattern: RegExp) {
  const m = pattern.exec(res.headers.get('location') ?? '')
  if (!m) throw new Error(`no id in ${res.headers.get('location')}`)
  return m[1]!
}

/** Posts a multipart form the way a browser does, CSRF field included. */
async function upload(
  client: TestClient,
  url: string,
  fields: Record<string, string>,
  file?: { name: string; bytes: Uint8Array },
) {
  if (!client.cookies.has('ura_csrf')) await client.get('/signin')
  const body = new FormData()
  body.set('_csrf', client.cookies.get('ura_csrf') ?? '')
  for (const [k, v] of Object.entries(fields)) body.set(k, v)
  body.set(
    'file',
    file
      ? new File([new Uint8Array(file.bytes)], file.name, { type: 'application/octet-stream' })
      : new File([], '', { type: 'application/octet-stream' }),
  )
  return client.request(url, { method: 'POST', body })
}

/** Three criteria in two languages; 0/1/2 points each, so 6 at most; 4 points to pass. */
const RUBRIC: Record<string, string> = {
  'criteria.0.name.en': 'Roles',
  'criteria.0.name.sq': 'Rolet',
  'criteria.0.description.en': 'Every task has a named owner.',
  'criteria.0.levels.0.label.en': 'Missing',
  'criteria.0.levels.0.label.sq': 'Mungon',
  'criteria.0.levels.0.points': '0',
  'criteria.0.levels.1.label.en': 'Partly',
  'criteria.0.levels.1.label.sq': 'Pjesërisht',
  'criteria.0.levels.1.points': '1',
  'criteria.0.levels.2.label.en': 'Complete',
  'criteria.0.levels.2.label.sq': 'Plotësisht',
  'criteria.0.levels.2.points': '2',
  'criteria.1.name.en': 'Calendar',
  'criteria.1.name.sq': 'Kalendari',
  'criteria.1.levels.0.label.en': 'Missing',
  'criteria.1.levels.0.points': '0',
  'criteria.1.levels.1.label.en': 'Partly',
  'criteria.1.levels.1.points': '1',
  'criteria.1.levels.2.label.en': 'Complete',
  'criteria.1.levels.2.points': '2',
  'criteria.2.name.en': 'Clarity',
  'criteria.2.levels.0.label.en': 'Hard to follow',
  'criteria.2.levels.0.points': '0',
  'criteria.2.levels.1.label.en': 'Clear',
  'criteria.2.levels.1.points': '2',
  passThreshold: '4',
  passUnit: 'points',
}

/** An author's published course: one text lesson, then an assignment with the rubric above. */
async function buildCourse(author: TestClient, extra: Record<string, string> = {}) {
  const created = await author.post('/app/learning/courses/new', {
    'title.en': 'Writing the office procedure',
    'title.sq': 'Shkrimi i procedurës së zyrës',
    visibility: 'private',
    passMark: '70',
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
    'title.en': 'Why a procedure',
    'body.en': 'Write it down.',
    minutes: '5',
  })
  expect(text.status).toBe(303)
  const assignment = await author.post(`/app/learning/courses/${courseId}/lessons/new`, {
    moduleId: mod!.id,
    kind: 'assignment',
    'title.en': 'Your procedure',
    'title.sq': 'Procedura juaj',
    'body.en': 'Write your office’s **one-page** procedure.',
    'body.sq': 'Shkruani procedurën **njëfaqëshe** të zyrës suaj.',
    minutes: '60',
  })
  expect(assignment.status).toBe(303)
  const assignmentId = idIn(assignment, /\/app\/learning\/lessons\/([0-9a-f-]{36})\/edit/)
  const saved = await author.post(`/app/learning/lessons/${assignmentId}/rubric`, RUBRIC)
  expect(saved.status).toBe(303)
  const [textLesson] = await t.deps.db
    .select()
    .from(lessons)
    .where(and(eq(lessons.courseId, courseId), eq(lessons.kind, 'text')))
  return { courseId, textId: textLesson!.id, assignmentId }
}

/** The person's newest submission of the assignment. */
async function latestSubmission(lessonId: string, userId: string) {
  const rows = await t.deps.db
    .select({ submission: assignmentSubmissions })
    .from(assignmentSubmissions)
    .innerJoin(enrolments, eq(enrolments.id, assignmentSubmissions.enrolmentId))
    .where(and(eq(assignmentSubmissions.lessonId, lessonId), eq(enrolments.userId, userId)))
  return rows.map((r) => r.submission).sort((a, b) => b.number - a.number)[0]!
}

describe('assignments in the browser', () => {
  it('[LEARNING][ASSIGNMENT][AUTHOR]: an author writes the task and a rubric; a bad rubric is 422 with what was typed', async () => {
    const author = await t.make.member('coordinator', { locale: 'sq' })
    const a = await t.signedIn(author.login)
    const created = await a.post('/app/learning/courses/new', {
      'title.en': 'Rubric course',
      visibility: 'private',
      passMark: '70',
      intent: 'publish',
    })
    const courseId = idIn(created, /\/app\/learning\/courses\/([0-9a-f-]{36})\?/)
    const [mod] = await t.deps.db
      .select()
      .from(courseModules)
      .where(eq(courseModules.courseId, courseId))
    // An assignment without a task is refused.
    const empty = await a.post(`/app/learning/courses/${courseId}/lessons/new`, {
      moduleId: mod!.id,
      kind: 'assignment',
      'title.en': 'No task',
      minutes: '30',
    })
    expect(empty.status).toBe(422)
    expect(await textOf(empty)).toContain(sq('learning:errors.taskEmpty'))
    const made = await a.post(`/app/learning/courses/${courseId}/lessons/new`, {
      moduleId: mod!.id,
      kind: 'assignment',
      'title.en': 'A task',
      'body.en': 'Do it.',
      minutes: '30',
    })
    expect(made.status).toBe(303)
    const lessonId = idIn(made, /\/app\/learning\/lessons\/([0-9a-f-]{36})\/edit/)
    const editor = await textOf(await a.get(`/app/learning/lessons/${lessonId}/edit`))
    expect(editor).toContain(sq('learning:rubricForm.title'))
    expect(editor).toContain(sq('learning:rubricForm.criterionN', { n: 3 }))

    // One level only, and a threshold above the highest score: refused, the typed text kept.
    const bad = await a.post(`/app/learning/lessons/${lessonId}/rubric`, {
      'criteria.0.name.sq': 'Qartësia e shkrimit',
      'criteria.0.levels.0.label.sq': 'I qartë',
      'criteria.0.levels.0.points': '3',
      passThreshold: '9',
      passUnit: 'points',
    })
    expect(bad.status).toBe(422)
    const html = await bad.text()
    expect(html).toContain('Qartësia e shkrimit')
    expect(html).toContain('I qartë')
    expect(html).toContain(sq('learning:errors.twoLevels'))

    const thresholdTooHigh = await a.post(`/app/learning/lessons/${lessonId}/rubric`, {
      ...RUBRIC,
      passThreshold: '7',
    })
    expect(thresholdTooHigh.status).toBe(422)
    expect(await textOf(thresholdTooHigh)).toContain(sq('learning:errors.thresholdAboveMax'))

    const ok = await a.post(`/app/learning/lessons/${lessonId}/rubric`, RUBRIC)
    expect(ok.status).toBe(303)
    const [rubric] = await t.deps.db
      .select()
      .from(assignmentRubrics)
      .where(eq(assignmentRubrics.lessonId, lessonId))
    expect(rubric!.criteria.map((c) => c.key)).toEqual(['c1', 'c2', 'c3'])
    expect(rubric!.criteria[2]!.levels.map((l) => l.points)).toEqual([0, 2])
    expect(rubric).toMatchObject({ passThreshold: 4, passUnit: 'points' })

    // Removing a criterion by its box, and the saved rubric shows again in the editor.
    const removed = await a.post(`/app/learning/lessons/${lessonId}/rubric`, {
      ...RUBRIC,
      'criteria.2.remove': 'on',
    })
    expect(removed.status).toBe(303)
    const again = await (await a.get(`/app/learning/lessons/${lessonId}/edit`)).text()
    expect(again).toContain('value="Kalendari"')
    expect(again).not.toContain('Hard to follow')

    // A learner of the school writes no rubric.
    const learner = await t.make.member('learner', { tenantId: author.tenantId })
    const l = await t.signedIn(learner.login)
    expect((await l.post(`/app/learning/lessons/${lessonId}/rubric`, RUBRIC)).status).toBe(403)
  })

  it('[LEARNING][ASSIGNMENT][JOURNEY]: submit with a file, revise, accept: the lesson is done and the learner gets the certificate', async () => {
    const teacher = await t.make.member('coordinator', { displayName: 'Teuta Mësuesja' })
    const a = await t.signedIn(teacher.login)
    const { courseId, textId, assignmentId } = await buildCourse(a)
    const learner = await t.make.member('learner', {
      tenantId: teacher.tenantId,
      locale: 'sq',
      displayName: 'Arben Nxënësi',
    })
    const l = await t.signedIn(learner.login)
    expect((await l.post(`/app/learning/courses/${courseId}/enrol`)).status).toBe(303)
    expect((await l.post(`/app/learning/lessons/${textId}/done`)).status).toBe(303)
    // An assignment is not marked done by hand.
    const byHand = await l.post(`/app/learning/lessons/${assignmentId}/done`)
    expect(byHand.status).toBe(409)

    // The lesson shows the task and the rubric in the learner's reading language.
    const page = await textOf(await l.get(`/app/learning/lessons/${assignmentId}`))
    expect(page).toContain('Shkruani procedurën njëfaqëshe të zyrës suaj.')
    expect(page).toContain('Rolet')
    expect(page).toContain('Pjesërisht')
    expect(page).toContain(sq('learning:rubric.thresholdPoints', { points: 4, max: 6 }))

    const first = await upload(
      l,
      `/app/learning/lessons/${assignmentId}/submissions`,
      { text: 'Koordinatori mban **kalendarin**.' },
      { name: 'procedura.pdf', bytes: PDF },
    )
    expect(first.status).toBe(303)
    const submission = await latestSubmission(assignmentId, learner.user.id)
    expect(submission).toMatchObject({ number: 1, status: 'submitted', fileName: 'procedura.pdf' })
    expect(submission.bodyHtml).toContain('<strong>kalendarin</strong>')
    // The course's author hears of it, with the link to grade it.
    const told = t.mailer.sent.findLast((m) => m.to === teacher.login)!
    expect(told.subject).toContain('Arben Nxënësi')
    expect(told.text).toContain(`/app/learning/submissions/${submission.id}`)
    // Handing in again while waiting is refused, and says why.
    const twice = await upload(l, `/app/learning/lessons/${assignmentId}/submissions`, {
      text: 'Një tjetër',
    })
    expect(twice.status).toBe(409)
    expect(await textOf(twice)).toContain(sq('learning:errors.awaitingGrade'))

    // The learner downloads their own file.
    const file = await l.get(`/app/learning/submissions/${submission.id}/file`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-disposition')).toContain('procedura.pdf')
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF)

    // The teacher's queue lists the waiting work; the submission page shows it.
    const queue = await textOf(await a.get(`/app/learning/courses/${courseId}/submissions`))
    expect(queue).toContain('Arben Nxënësi')
    const opened = await (await a.get(`/app/learning/submissions/${submission.id}`)).text()
    expect(opened).toContain('Koordinatori mban <strong>kalendarin</strong>.')
    expect(opened).toContain(en('learning:grading.title'))

    // Asking for a revision needs a comment: 422, the levels picked are kept.
    const noComment = await a.post(`/app/learning/submissions/${submission.id}/grade`, {
      'level.c1': 'l2',
      'level.c2': 'l1',
      'level.c3': 'l1',
      decision: 'needs_revision',
    })
    expect(noComment.status).toBe(422)
    const noCommentHtml = await noComment.text()
    expect(noCommentHtml).toContain(en('learning:errors.commentForRevision'))
    expect(noCommentHtml).toMatch(/name="level\.c1" value="l2" checked/)
    const revise = await a.post(`/app/learning/submissions/${submission.id}/grade`, {
      'level.c1': 'l2',
      'level.c2': 'l1',
      'level.c3': 'l1',
      comment: 'Add the dates of the Erasmus+ call.',
      decision: 'needs_revision',
    })
    expect(revise.status).toBe(303)
    expect(revise.headers.get('location')).toContain('notice=learning:notices.graded')
    // The learner hears of it in their language.
    const graded = t.mailer.sent.findLast((m) => m.to === learner.login)!
    expect(graded.subject).toContain(
      sq('learning:mail.revisionSubject', { lesson: '' }).slice(0, 12),
    )
    expect(graded.text).toContain(`/app/learning/lessons/${assignmentId}`)
    // Graded once: a second grade is refused.
    const regrade = await a.post(`/app/learning/submissions/${submission.id}/grade`, {
      'level.c1': 'l3',
      'level.c2': 'l3',
      'level.c3': 'l2',
      decision: 'accepted',
    })
    expect(regrade.status).toBe(409)

    // The learner sees the status, the level chosen, the score and the comment.
    const revised = await textOf(await l.get(`/app/learning/lessons/${assignmentId}`))
    expect(revised).toContain(sq('learning:submission.revise'))
    expect(revised).toContain('Add the dates of the Erasmus+ call.')
    expect(revised).toContain(sq('learning:grade.score', { score: 1, max: 6 }))
    expect(revised).toContain('Pjesërisht')
    const [before] = await t.deps.db
      .select()
      .from(enrolments)
      .where(eq(enrolments.courseId, courseId))
    expect(before!.status).toBe('active')

    const second = await upload(l, `/app/learning/lessons/${assignmentId}/submissions`, {
      text: 'Koordinatori mban kalendarin: thirrja Erasmus+ mbyllet në shkurt.',
    })
    expect(second.status).toBe(303)
    const resubmitted = await latestSubmission(assignmentId, learner.user.id)
    expect(resubmitted).toMatchObject({ number: 2, status: 'submitted', fileKey: null })

    // Below the threshold (3 of 6, 4 needed) the work cannot be accepted.
    const low = await a.post(`/app/learning/submissions/${resubmitted.id}/grade`, {
      'level.c1': 'l3',
      'level.c2': 'l2',
      'level.c3': 'l1',
      decision: 'accepted',
    })
    expect(low.status).toBe(422)
    expect(await textOf(low)).toContain(en('learning:errors.belowThreshold'))
    const accept = await a.post(`/app/learning/submissions/${resubmitted.id}/grade`, {
      'level.c1': 'l3',
      'level.c2': 'l2',
      'level.c3': 'l2',
      comment: 'Mirë!',
      decision: 'accepted',
    })
    expect(accept.status).toBe(303)
    expect(accept.headers.get('location')).toContain('notice=learning:notices.gradedCompleted')

    const [done] = await t.deps.db
      .select()
      .from(lessonCompletions)
      .where(eq(lessonCompletions.lessonId, assignmentId))
    expect(done).toBeDefined()
    const [finished] = await t.deps.db
      .select()
      .from(enrolments)
      .where(eq(enrolments.courseId, courseId))
    expect(finished!.status).toBe('completed')
    const [credential] = await t.deps.db
      .select()
      .from(credentials)
      .where(and(eq(credentials.kind, 'course'), eq(credentials.sourceId, finished!.id)))
    // The certificate names the learner, not the teacher who accepted the work.
    expect(credential).toMatchObject({
      recipientUserId: learner.user.id,
      recipientName: 'Arben Nxënësi',
    })
    const accepted = await textOf(await l.get(`/app/learning/lessons/${assignmentId}`))
    expect(accepted).toContain(sq('learning:submission.acceptedNote'))
    expect(accepted).toContain(sq('learning:submission.history'))
    expect(accepted).toContain(sq('learning:grade.by', { name: 'Teuta Mësuesja' }))
    const coursePage = await l.get(`/app/learning/courses/${courseId}`)
    expect(await coursePage.text()).toContain(`/credentials/${credential!.code}`)
    // The queue's filters find the graded work.
    const all = await textOf(
      await a.get(`/app/learning/courses/${courseId}/submissions?status=all`),
    )
    expect(all).toContain(en('learning:queue.filterAccepted', { n: 1 }))
    expect(all).toContain(en('learning:queue.caption', { count: 2 }))
  })

  it('[LEARNING][ASSIGNMENT][VALIDATION]: an empty answer or a wrong file is 422, keeps the text, and says why', async () => {
    const teacher = await t.make.member('staff')
    const a = await t.signedIn(teacher.login)
    const { courseId, assignmentId } = await buildCourse(a)
    const learner = await t.make.member('learner', { tenantId: teacher.tenantId, locale: 'mk' })
    const l = await t.signedIn(learner.login)
    await l.post(`/app/learning/courses/${courseId}/enrol`)
    const mk = getT('mk')
    const empty = await upload(l, `/app/learning/lessons/${assignmentId}/submissions`, {
      text: '   ',
    })
    expect(empty.status).toBe(422)
    expect(await textOf(empty)).toContain(mk('learning:errors.answerEmpty'))
    const wrong = await upload(
      l,
      `/app/learning/lessons/${assignmentId}/submissions`,
      { text: 'Мојот одговор што не смее да се изгуби' },
      { name: 'virus.pdf', bytes: new TextEncoder().encode('<html>not a pdf</html>') },
    )
    expect(wrong.status).toBe(422)
    const html = await textOf(wrong)
    expect(html).toContain('Мојот одговор што не смее да се изгуби')
    expect(html).toContain(mk('documents:errors.type'))
    const rows = await t.deps.db
      .select()
      .from(assignmentSubmissions)
      .where(eq(assignmentSubmissions.lessonId, assignmentId))
    expect(rows).toHaveLength(0)
  })

  it('[LEARNING][ASSIGNMENT][ACCESS]: learners grade nothing, strangers see nothing, nobody grades their own work', async () => {
    const teacher = await t.make.member('coordinator')
    const a = await t.signedIn(teacher.login)
    const { courseId, assignmentId } = await buildCourse(a, { visibility: 'public' })
    const learner = await t.make.member('learner', { tenantId: teacher.tenantId })
    const l = await t.signedIn(learner.login)
    await l.post(`/app/learning/courses/${courseId}/enrol`)
    await upload(
      l,
      `/app/learning/lessons/${assignmentId}/submissions`,
      { text: 'My work' },
      { name: 'work.pdf', bytes: PDF },
    )
    const submission = await latestSubmission(assignmentId, learner.user.id)
    const grade = { 'level.c1': 'l3', 'level.c2': 'l3', 'level.c3': 'l2', decision: 'accepted' }

    // A learner, even in the course's own school, grades nothing and sees no queue.
    expect((await l.get(`/app/learning/courses/${courseId}/submissions`)).status).toBe(403)
    expect((await l.post(`/app/learning/submissions/${submission.id}/grade`, grade)).status).toBe(
      403,
    )
    // Another learner of the school does not see this work.
    const classmate = await t.make.member('learner', { tenantId: teacher.tenantId })
    const c = await t.signedIn(classmate.login)
    expect((await c.get(`/app/learning/submissions/${submission.id}`)).status).toBe(404)
    expect((await c.get(`/app/learning/submissions/${submission.id}/file`)).status).toBe(404)
    // Another school's coordinator reads the public course, but not its submissions.
    const stranger = await t.make.member('coordinator')
    const s = await t.signedIn(stranger.login)
    expect((await s.get(`/app/learning/courses/${courseId}`)).status).toBe(200)
    expect((await s.get(`/app/learning/courses/${courseId}/submissions`)).status).toBe(404)
    expect((await s.get(`/app/learning/submissions/${submission.id}`)).status).toBe(404)
    expect((await s.get(`/app/learning/submissions/${submission.id}/file`)).status).toBe(404)
    expect((await s.post(`/app/learning/submissions/${submission.id}/grade`, grade)).status).toBe(
      404,
    )
    expect((await s.post(`/app/learning/lessons/${assignmentId}/rubric`, RUBRIC)).status).toBe(403)

    // Staff who take the course hand in work too, but another teacher grades it.
    const colleague = await t.make.member('staff', { tenantId: teacher.tenantId })
    const k = await t.signedIn(colleague.login)
    await k.post(`/app/learning/courses/${courseId}/enrol`)
    await upload(k, `/app/learning/lessons/${assignmentId}/submissions`, { text: 'Mine' })
    const own = await latestSubmission(assignmentId, colleague.user.id)
    expect(own.id).not.toBe(submission.id)
    const self = await k.post(`/app/learning/submissions/${own.id}/grade`, grade)
    expect(self.status).toBe(403)
    expect(await textOf(self)).toContain(en('learning:errors.ownSubmission'))
    // The colleague grades the learner's work instead.
    expect((await k.post(`/app/learning/submissions/${submission.id}/grade`, grade)).status).toBe(
      303,
    )
    const [row] = await t.deps.db
      .select()
      .from(assignmentSubmissions)
      .where(eq(assignmentSubmissions.id, submission.id))
    expect(row).toMatchObject({ status: 'accepted', score: 6, gradedById: colleague.user.id })
  })
})

describe('assignments through /api/v1/learning', () => {
  async function bearer(userId: string, tenantId: string) {
    const { createApiTokenForUser } = await import('../api-tokens/index.ts')
    const ctx = { ...t.deps, actor: null, requestId: 'test' }
    const { token } = await createApiTokenForUser(ctx, { name: 'api', userId, tenantId })
    return { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  }

  function caller(headers: Record<string, string>) {
    return async (method: string, path: string, body?: unknown) => {
      const res = await t.app.request(`/api/v1${path}`, {
        method,
        headers,
        ...(body ? { body: JSON.stringify(body) } : {}),
      })
      // biome-ignore lint/suspicious/noExplicitAny: a JSON body, read field by field
      return { status: res.status, body: (await res.json()) as any }
    }
  }

  it('[LEARNING][ASSIGNMENT][API]: submit with a file, list, grade; learners 403, other schools 404', async () => {
    const teacher = await t.make.member('coordinator')
    const a = await t.signedIn(teacher.login)
    const { courseId, textId, assignmentId } = await buildCourse(a)
    const learner = await t.make.member('learner', { tenantId: teacher.tenantId })
    const asLearner = caller(await bearer(learner.user.id, teacher.tenantId))
    const asTeacher = caller(await bearer(teacher.user.id, teacher.tenantId))
    const stranger = await t.make.member('coordinator')
    const asStranger = caller(await bearer(stranger.user.id, stranger.tenantId))

    expect((await asLearner('POST', `/learning/courses/${courseId}/enrolment`)).status).toBe(200)
    await asLearner('POST', `/learning/lessons/${textId}/completion`)
    const course = await asLearner('GET', `/learning/courses/${courseId}`)
    expect(course.body.modules[0].lessons.map((l: { kind: string }) => l.kind)).toEqual([
      'text',
      'assignment',
    ])

    const badFile = await asLearner('POST', `/learning/lessons/${assignmentId}/submissions`, {
      text: 'Work',
      file: { name: 'work.exe', base64: Buffer.from('MZ').toString('base64') },
    })
    expect(badFile.status).toBe(422)
    expect(badFile.body.error.fields.file).toBeTruthy()
    const submitted = await asLearner('POST', `/learning/lessons/${assignmentId}/submissions`, {
      text: 'My **procedure**',
      file: { name: 'procedure.pdf', base64: Buffer.from(PDF).toString('base64') },
    })
    expect(submitted.status).toBe(200)
    expect(submitted.body).toMatchObject({
      number: 1,
      status: 'submitted',
      text: 'My **procedure**',
      file: { name: 'procedure.pdf', contentType: 'application/pdf', size: PDF.length },
    })
    const again = await asLearner('POST', `/learning/lessons/${assignmentId}/submissions`, {
      text: 'Again',
    })
    expect(again.status).toBe(409)
    const id = submitted.body.id

    // The learner has no queue and grades nothing; another school sees none of it.
    expect((await asLearner('GET', `/learning/courses/${courseId}/submissions`)).status).toBe(403)
    const grade = { levels: { c1: 'l3', c2: 'l3', c3: 'l2' }, comment: '', decision: 'accepted' }
    expect((await asLearner('POST', `/learning/submissions/${id}/grade`, grade)).status).toBe(403)
    expect((await asStranger('GET', `/learning/courses/${courseId}/submissions`)).status).toBe(404)
    expect((await asStranger('GET', `/learning/submissions/${id}`)).status).toBe(404)
    expect((await asStranger('POST', `/learning/submissions/${id}/grade`, grade)).status).toBe(404)

    const queue = await asTeacher('GET', `/learning/courses/${courseId}/submissions`)
    expect(queue.status).toBe(200)
    expect(queue.body.counts).toEqual({ submitted: 1, needs_revision: 0, accepted: 0 })
    expect(queue.body.data[0]).toMatchObject({
      id,
      hasFile: true,
      learner: { userId: learner.user.id },
    })
    const detail = await asTeacher('GET', `/learning/submissions/${id}`)
    expect(detail.body.rubric.criteria.map((c: { key: string }) => c.key)).toEqual([
      'c1',
      'c2',
      'c3',
    ])
    const missing = await asTeacher('POST', `/learning/submissions/${id}/grade`, {
      ...grade,
      levels: { c1: 'l3' },
    })
    expect(missing.status).toBe(422)
    expect(Object.keys(missing.body.error.fields)).toEqual(['level.c2', 'level.c3'])
    const graded = await asTeacher('POST', `/learning/submissions/${id}/grade`, {
      ...grade,
      comment: 'Clear and complete.',
    })
    expect(graded.status).toBe(200)
    expect(graded.body).toMatchObject({
      status: 'accepted',
      score: 6,
      maxScore: 6,
      comment: 'Clear and complete.',
      courseCompleted: true,
    })
    expect(graded.body.grades[0]).toMatchObject({ criterionKey: 'c1', levelKey: 'l3', points: 2 })
    const mine = await asLearner('GET', `/learning/lessons/${assignmentId}/submissions`)
    expect(mine.body.data).toHaveLength(1)
    expect(mine.body.data[0]).toMatchObject({ status: 'accepted', commentLang: 'en' })
    const enrolled = await asLearner('GET', '/learning/enrolments')
    expect(enrolled.body.data[0]).toMatchObject({ status: 'completed', percent: 100 })
  })
})
