import { and, asc, count, eq } from 'drizzle-orm'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { getT } from '#src/lib/i18n.ts'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { type TestClient, textOf } from '../../../tests/setup/client.ts'
import { createApiTokenForUser } from '../api-tokens/index.ts'
import { DEMO_PASSWORD, loadDemoData } from '../demo/index.ts'
import { users } from '../users/schema.ts'
import {
  type Answer,
  assignmentRubrics,
  courseModules,
  courses,
  type LessonKind,
  lessons,
  quizQuestions,
} from './schema.ts'
import { enrolSelf } from './service/enrolment.ts'
import { getAttempt, startAttempt, submitAttempt } from './service/quiz.ts'
import { importCourse } from './service/transfer.ts'
import { type CourseFile, E } from './transfer-format.ts'

let t: TestApp
let demoId: string
let owner: TestClient
beforeAll(async () => {
  t = await setupTestApp()
  await loadDemoData(t.deps)
  const [course] = await t.deps.db
    .select()
    .from(courses)
    .where(eq(courses.slug, 'international-office'))
  demoId = course!.id
  // The course is the ALLIANCE coordinator's (KESK, Thessaloniki).
  owner = await t.signedIn('eleni.konstantinou@kesk-thessaloniki.example', DEMO_PASSWORD)
})

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i

/** Posts the package as the import form does (multipart, CSRF field included). */
async function upload(client: TestClient, bytes: Uint8Array, name = 'course.zip') {
  if (!client.cookies.has('ura_csrf')) await client.get('/signin')
  const body = new FormData()
  body.set('_csrf', client.cookies.get('ura_csrf') ?? '')
  body.set('file', new File([new Uint8Array(bytes)], name, { type: 'application/zip' }))
  return client.request('/app/learning/import', { method: 'POST', body })
}

async function exported(client: TestClient, courseId: string) {
  const res = await client.get(`/app/learning/courses/${courseId}/export.zip`)
  expect(res.status).toBe(200)
  return new Uint8Array(await res.arrayBuffer())
}

const courseJsonOf = (zip: Uint8Array) =>
  JSON.parse(strFromU8(unzipSync(zip)['course.json']!)) as CourseFile
const repack = (file: unknown) => zipSync({ 'course.json': strToU8(JSON.stringify(file)) })
const courseCount = async () => (await t.deps.db.select({ n: count() }).from(courses))[0]!.n
const newCourseId = (res: Response) =>
  /\/app\/learning\/courses\/([0-9a-f-]{36})\?/.exec(res.headers.get('location') ?? '')![1]!

/** A course's content as comparable rows: modules, lessons, questions, rubrics, in order. */
async function contentOf(courseId: string) {
  const mods = await t.deps.db
    .select({ id: courseModules.id, title: courseModules.title })
    .from(courseModules)
    .where(eq(courseModules.courseId, courseId))
    .orderBy(asc(courseModules.position))
  const rows = await t.deps.db
    .select()
    .from(lessons)
    .where(eq(lessons.courseId, courseId))
    .orderBy(asc(lessons.position))
  const out = []
  for (const l of rows) {
    const questions = await t.deps.db
      .select()
      .from(quizQuestions)
      .where(eq(quizQuestions.lessonId, l.id))
      .orderBy(asc(quizQuestions.position))
    const [rubric] = await t.deps.db
      .select()
      .from(assignmentRubrics)
      .where(eq(assignmentRubrics.lessonId, l.id))
    out.push({
      module: mods.findIndex((m) => m.id === l.moduleId),
      ...{ kind: l.kind, title: l.title, body: l.body, bodyHtml: l.bodyHtml },
      ...{ videoUrl: l.videoUrl, transcript: l.transcript, minutes: l.minutes },
      ...{ passMark: l.passMark, maxAttempts: l.maxAttempts, drawCount: l.drawCount },
      questions: questions.map((q) => ({
        ...{ type: q.type, prompt: q.prompt, options: q.options, accepted: q.accepted },
        ...{ feedbackCorrect: q.feedbackCorrect, feedbackWrong: q.feedbackWrong, points: q.points },
      })),
      rubric: rubric
        ? { criteria: rubric.criteria, threshold: rubric.passThreshold, unit: rubric.passUnit }
        : null,
    })
  }
  return { modules: mods.map((m) => m.title), lessons: out }
}

/** The right answer to each drawn question, from the stored question. */
function rightAnswers(
  questions: {
    id: string
    type: string
    options: { key: string; correct?: boolean }[]
    accepted: string[]
  }[],
) {
  const answers: Record<string, Answer> = {}
  for (const q of questions) {
    if (q.type === 'short_answer') answers[q.id] = { text: q.accepted[0]! }
    else if (q.type === 'matching') {
      answers[q.id] = { pairs: Object.fromEntries(q.options.map((o) => [o.key, o.key])) }
    } else answers[q.id] = { choices: q.options.filter((o) => o.correct).map((o) => o.key) }
  }
  return answers
}

describe('[LEARNING][TRANSFER]: a course from one school to another', () => {
  it('[LEARNING][TRANSFER][ROUND TRIP]: the demo course, exported and imported by another school, comes back whole as a draft that grades', async () => {
    const zip = await exported(owner, demoId)
    const file = courseJsonOf(zip)
    expect(file).toMatchObject({
      format: 'ura-course',
      version: 1,
      course: { slug: 'international-office' },
    })
    expect(file.source.url).toBe('http://ura.test')
    // No ids, no people: only local refs, slugs and codes.
    const json = JSON.stringify(file)
    expect(json).not.toMatch(UUID)
    expect(json).not.toMatch(/@[\w.-]+\.example/)
    expect(json).not.toContain('Konstantinou')

    const importer = await t.make.member('coordinator')
    const client = await t.signedIn(importer.login)
    const manage = await client.get('/app/learning/manage')
    expect(await manage.text()).toContain('href="/app/learning/import"')
    const form = await client.get('/app/learning/import')
    expect(form.status).toBe(200)
    expect(await form.text()).toContain('enctype="multipart/form-data"')

    const res = await upload(client, zip)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toContain('notice=course-transfer:notices.imported')
    const copyId = newCourseId(res)
    const [original] = await t.deps.db.select().from(courses).where(eq(courses.id, demoId))
    const [copy] = await t.deps.db.select().from(courses).where(eq(courses.id, copyId))
    expect(copy).toMatchObject({
      tenantId: importer.tenantId,
      slug: 'international-office-2',
      status: 'draft',
      visibility: 'private',
      projectId: null,
      title: original!.title,
      summary: original!.summary,
      competences: original!.competences,
      passMark: original!.passMark,
      authorId: importer.user.id,
    })
    expect(Object.keys(copy!.title).sort()).toEqual(['en', 'mk', 'sq', 'sr-Latn'])
    const [before, after] = [await contentOf(demoId), await contentOf(copyId)]
    expect(after).toEqual(before)
    expect(after.lessons.some((l) => l.kind === 'quiz' && l.questions.length > 0)).toBe(true)
    expect(after.lessons.some((l) => l.rubric)).toBe(true)

    const page = await client.get(res.headers.get('location')!)
    expect(page.status).toBe(200)
    expect(await textOf(page)).toContain(getT('en')('course-transfer:notices.imported'))

    // Published, the imported quiz grades as the original does.
    await t.deps.db.update(courses).set({ status: 'published' }).where(eq(courses.id, copyId))
    const learner = await t.make.member('learner', { tenantId: importer.tenantId })
    const ctx = await t.ctxFor(learner.user.id, importer.tenantId)
    await enrolSelf(ctx, copyId)
    const [quiz] = await t.deps.db
      .select()
      .from(lessons)
      .where(and(eq(lessons.courseId, copyId), eq(lessons.kind, 'quiz')))
    const attempt = await startAttempt(ctx, quiz!.id)
    const { questions } = await getAttempt(ctx, attempt.id)
    const graded = await submitAttempt(ctx, attempt.id, rightAnswers(questions))
    expect(graded.attempt).toMatchObject({ passed: true, percent: 100 })
  })

  it('[LEARNING][TRANSFER][ACCESS]: another school’s private course is not found; a course one only reads is forbidden; anonymous signs in', async () => {
    const created = await owner.post('/app/learning/courses/new', {
      'title.en': 'Our internal procedures',
      visibility: 'private',
      passMark: '70',
      intent: 'publish',
    })
    const privateId = /courses\/([0-9a-f-]{36})/.exec(created.headers.get('location') ?? '')![1]!
    const stranger = await t.signedIn((await t.make.member('coordinator')).login)
    expect((await stranger.get(`/app/learning/courses/${privateId}/export.zip`)).status).toBe(404)
    // The demo course is public: the stranger reads it, but may not export it.
    expect((await stranger.get(`/app/learning/courses/${demoId}/export.zip`)).status).toBe(403)
    const anonymous = await t.anonymous().get(`/app/learning/courses/${demoId}/export.zip`)
    expect(anonymous.status).toBe(302)
    const learner = await t.make.member('learner')
    const learnerClient = await t.signedIn(learner.login)
    expect((await learnerClient.get('/app/learning/import')).status).toBe(403)
  })

  it('[LEARNING][TRANSFER][VALIDATION]: a broken zip, not a zip, a newer version or an invalid question: the page says why, in the reader’s language, and nothing is saved', async () => {
    const importer = await t.make.member('coordinator', { locale: 'sq' })
    const client = await t.signedIn(importer.login)
    const file = courseJsonOf(await exported(owner, demoId))
    const quizAt = file.modules.flatMap((m, mi) =>
      m.lessons.flatMap((l, li) => (l.kind === 'quiz' ? [{ mi, li }] : [])),
    )[0]!
    const wrongQuestion = structuredClone(file)
    const question = wrongQuestion.modules[quizAt.mi]!.lessons[quizAt.li]!.questions.find(
      (q) => q.type === 'single',
    )!
    for (const o of question.options) o.correct = false
    const good = repack(file)
    const sq = getT('sq')
    const cases: [Uint8Array, string][] = [
      [good.slice(0, good.length - 40), E.brokenZip],
      [strToU8('just some text'), E.notZip],
      [repack({ ...file, version: 2 }), E.version],
      [repack(wrongQuestion), E.oneRight],
    ]
    const before = await courseCount()
    for (const [bytes, key] of cases) {
      const res = await upload(client, bytes)
      expect(res.status, key).toBe(422)
      const html = await textOf(res)
      expect(html, key).toContain(sq(key))
      expect(html).toContain(sq('course-transfer:import.title'))
    }
    const page = await (await upload(client, repack(wrongQuestion))).text()
    expect(page).toContain(`modules.${quizAt.mi}.lessons.${quizAt.li}.questions.`)
    // The error is tied to the file field, and the summary links to it.
    expect(page).toContain('aria-describedby="f-file-hint f-file-error"')
    expect(page).toContain('href="#f-file"')
    expect(await courseCount()).toBe(before)
  })

  it('[LEARNING][TRANSFER][LINKS]: prerequisites and competences the school cannot keep are dropped and reported once; skipped lessons are counted', async () => {
    const importer = await t.make.member('coordinator')
    const client = await t.signedIn(importer.login)
    const file = courseJsonOf(await exported(owner, demoId))
    file.course.prerequisites = ['international-office', 'no-such-course']
    file.course.competences = ['digcomp-2.2:1.1', 'org:their-own-list', 'nonsense']
    file.skipped = [
      {
        ref: 'l99',
        module: 'm1',
        kind: 'scorm',
        title: { en: 'Package' },
        reason: 'package-not-exported',
      },
    ]
    const res = await upload(client, repack(file))
    expect(res.status).toBe(303)
    const copyId = newCourseId(res)
    const [copy] = await t.deps.db.select().from(courses).where(eq(courses.id, copyId))
    expect(copy!.prerequisiteIds).toEqual([demoId])
    expect(copy!.competences).toEqual(['digcomp-2.2:1.1'])
    const page = await textOf(await client.get(res.headers.get('location')!))
    expect(page).toContain('no-such-course')
    expect(page).toContain('org:their-own-list')
    expect(page).toContain('nonsense')
    expect(page).toContain(getT('en')('course-transfer:report.skipped', { count: 1 }))
    // The report is shown once.
    expect(await textOf(await client.get(`/app/learning/courses/${copyId}`))).not.toContain(
      'no-such-course',
    )
  })

  it('[LEARNING][TRANSFER][SCORM]: a SCORM lesson is left out of the export and listed as skipped', async () => {
    const [mod] = await t.deps.db
      .select()
      .from(courseModules)
      .where(eq(courseModules.courseId, demoId))
      .orderBy(asc(courseModules.position))
    const [scorm] = await t.deps.db
      .insert(lessons)
      .values({
        tenantId: mod!.tenantId,
        courseId: demoId,
        moduleId: mod!.id,
        position: 999,
        kind: 'scorm' as string as LessonKind,
        title: { en: 'Packaged lesson' },
      })
      .returning()
    try {
      const file = courseJsonOf(await exported(owner, demoId))
      expect(file.skipped).toEqual([
        {
          ref: expect.stringMatching(/^l\d+$/),
          module: 'm1',
          kind: 'scorm',
          title: { en: 'Packaged lesson' },
          reason: 'package-not-exported',
        },
      ])
      const kinds = file.modules.flatMap((m) => m.lessons.map((l) => l.kind as string))
      expect(kinds).not.toContain('scorm')
    } finally {
      await t.deps.db.delete(lessons).where(eq(lessons.id, scorm!.id))
    }
  })

  it('[LEARNING][TRANSFER][ATOMIC]: a failure part-way through leaves no course, module or lesson behind', async () => {
    const importer = await t.make.member('coordinator')
    const ctx = await t.ctxFor(importer.user.id, importer.tenantId)
    const file = courseJsonOf(await exported(owner, demoId))
    // Past the schema, as a bug would be: the database refuses the date after the course is in.
    const broken = structuredClone(file) as CourseFile
    broken.modules.at(-1)!.lessons.at(-1)!.releaseOn = 'not a date'
    const before = await courseCount()
    await expect(importCourse(ctx, broken)).rejects.toThrow()
    expect(await courseCount()).toBe(before)
    const mine = await t.deps.db
      .select({ n: count() })
      .from(lessons)
      .where(eq(lessons.tenantId, importer.tenantId))
    expect(mine[0]!.n).toBe(0)
  })
})

describe('[LEARNING][TRANSFER][API]', () => {
  it('[LEARNING][TRANSFER][API]: export and import with a token; anonymous gets 401; a bad package 422 with the path', async () => {
    for (const [method, path] of [
      ['GET', `/api/v1/learning/courses/${demoId}/export`],
      ['POST', '/api/v1/learning/courses/import'],
    ] as const) {
      const res = await t.app.request(path, {
        method,
        headers: { 'content-type': 'application/zip' },
        ...(method === 'POST' ? { body: strToU8('x') } : {}),
      })
      expect(res.status, path).toBe(401)
    }
    const [demo] = await t.deps.db.select().from(courses).where(eq(courses.id, demoId))
    const [eleni] = await t.deps.db
      .select()
      .from(users)
      .where(eq(users.email, 'eleni.konstantinou@kesk-thessaloniki.example'))
    const ownerToken = await createApiTokenForUser(await t.ctxFor(eleni!.id, demo!.tenantId), {
      name: 'export',
      userId: eleni!.id,
      tenantId: demo!.tenantId,
    })
    const exportRes = await t.app.request(`/api/v1/learning/courses/${demoId}/export`, {
      headers: { authorization: `Bearer ${ownerToken.token}` },
    })
    expect(exportRes.status).toBe(200)
    expect(exportRes.headers.get('content-type')).toBe('application/zip')
    const zip = new Uint8Array(await exportRes.arrayBuffer())

    const importer = await t.make.member('staff')
    const { token } = await createApiTokenForUser(
      await t.ctxFor(importer.user.id, importer.tenantId),
      { name: 'import', userId: importer.user.id, tenantId: importer.tenantId },
    )
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/zip' }
    const created = await t.app.request('/api/v1/learning/courses/import', {
      method: 'POST',
      headers,
      body: zip,
    })
    expect(created.status).toBe(201)
    const body = (await created.json()) as { id: string; status: string; dropped: unknown }
    expect(body).toMatchObject({ status: 'draft', dropped: { prerequisites: [], competences: [] } })
    const [copy] = await t.deps.db.select().from(courses).where(eq(courses.id, body.id))
    expect(copy!.tenantId).toBe(importer.tenantId)

    const file = courseJsonOf(zip)
    file.modules[0]!.title = {}
    const refused = await t.app.request('/api/v1/learning/courses/import', {
      method: 'POST',
      headers,
      body: repack(file),
    })
    expect(refused.status).toBe(422)
    const error = (await refused.json()) as { error: { fields: Record<string, string> } }
    expect(error.error.fields).toEqual({
      'modules.0.title': getT('en')('course-transfer:errors.textMissing'),
    })
  })
})
