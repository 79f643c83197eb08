import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { and, count, eq } from 'drizzle-orm'
import { strToU8, zipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { getT } from '#src/lib/i18n.ts'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { type TestClient, textOf } from '../../../tests/setup/client.ts'
import { credentials } from '../credentials/schema.ts'
import { demoScormPackage } from './demo-scorm.ts'
import {
  courseModules,
  enrolments,
  lessonCompletions,
  lessons,
  scormAttempts,
  scormFiles,
  scormPackages,
} from './schema.ts'
import { saveWithPackage } from './service/scorm-import.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

const en = getT('en')
const sq = getT('sq')

const MANIFEST_2004 = `<manifest identifier="m" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="o"><organization identifier="o"><title>Forklift safety</title>
  <item identifier="i" identifierref="r" parameters="?lang=sq"/></organization></organizations>
  <resources><resource identifier="r" adlcp:scormType="sco" href="start page.html"/></resources>
</manifest>`

const zip = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])))

function idIn(res: Response, pattern: RegExp) {
  const m = pattern.exec(res.headers.get('location') ?? '')
  if (!m) throw new Error(`no id in ${res.headers.get('location')}`)
  return m[1]!
}

/** Posts the lesson form as a browser does (multipart, CSRF field), with a package or none. */
async function lessonForm(
  client: TestClient,
  url: string,
  fields: Record<string, string>,
  pkg?: { name: string; bytes: Uint8Array },
) {
  if (!client.cookies.has('ura_csrf')) await client.get('/signin')
  const body = new FormData()
  body.set('_csrf', client.cookies.get('ura_csrf') ?? '')
  for (const [k, v] of Object.entries(fields)) body.set(k, v)
  body.set(
    'package',
    pkg
      ? new File([new Uint8Array(pkg.bytes)], pkg.name, { type: 'application/zip' })
      : new File([], '', { type: 'application/octet-stream' }),
  )
  return client.request(url, { method: 'POST', body })
}

/** A same-origin commit the way scorm.js sends it: JSON, the CSRF token in a header. */
async function commit(client: TestClient, packageId: string, cmi: unknown, csrf?: string) {
  if (!client.cookies.has('ura_csrf')) await client.get('/signin')
  return client.request(`/app/learning/scorm/${packageId}/commit`, {
    method: 'POST',
    body: JSON.stringify({ cmi }),
    headers: {
      'content-type': 'application/json;charset=UTF-8',
      'x-csrf-token': csrf ?? client.cookies.get('ura_csrf') ?? '',
      'sec-fetch-site': 'same-origin',
    },
  })
}

async function storedFiles(tenantId: string) {
  return readdir(path.join(t.deps.env.dataDir, 'files', tenantId)).catch(() => [] as string[])
}

const SCORM_LESSON = (moduleId: string) => ({
  moduleId,
  kind: 'scorm',
  'title.en': 'Green travel',
  'title.sq': 'Udhëtimi i gjelbër',
  minutes: '10',
})

/** A published private course of a new school, with one module; its author signed in. */
async function course() {
  const author = await t.make.member('coordinator')
  const a = await t.signedIn(author.login)
  const created = await a.post('/app/learning/courses/new', {
    'title.en': 'Sustainable mobility',
    visibility: 'private',
    passMark: '70',
    intent: 'publish',
  })
  const courseId = idIn(created, /\/app\/learning\/courses\/([0-9a-f-]{36})\?/)
  const [mod] = await t.deps.db
    .select()
    .from(courseModules)
    .where(eq(courseModules.courseId, courseId))
  return { author, a, courseId, moduleId: mod!.id }
}

async function packageOfLesson(lessonId: string) {
  const [row] = await t.deps.db
    .select()
    .from(scormPackages)
    .where(eq(scormPackages.lessonId, lessonId))
  return row
}

async function lessonCount(courseId: string) {
  const [row] = await t.deps.db
    .select({ n: count() })
    .from(lessons)
    .where(eq(lessons.courseId, courseId))
  return row?.n ?? 0
}

describe('SCORM packages', () => {
  it('[LEARNING][SCORM][IMPORT]: an author uploads a package with the lesson; an enrolled learner gets the player, other lessons no script', async () => {
    const { author, a, courseId, moduleId } = await course()
    const made = await lessonForm(
      a,
      `/app/learning/courses/${courseId}/lessons/new`,
      SCORM_LESSON(moduleId),
      {
        name: 'green-travel.zip',
        bytes: demoScormPackage(),
      },
    )
    expect(made.status).toBe(303)
    const lessonId = idIn(made, /\/app\/learning\/lessons\/([0-9a-f-]{36})\/edit/)
    const pkg = await packageOfLesson(lessonId)
    expect(pkg).toMatchObject({
      tenantId: author.tenantId,
      version: '1.2',
      launchPath: 'index.html',
      title: 'Green travel for a mobility',
      fileCount: 4,
    })
    const files = await t.deps.db.select().from(scormFiles).where(eq(scormFiles.packageId, pkg!.id))
    expect(files.map((f) => f.path).sort()).toEqual([
      'green-travel.js',
      'imsmanifest.xml',
      'index.html',
      'style.css',
    ])
    expect(await storedFiles(author.tenantId)).toEqual(
      expect.arrayContaining(files.map((f) => f.storageKey.split('/')[1])),
    )
    // The editor names the package in place.
    const editor = await textOf(await a.get(`/app/learning/lessons/${lessonId}/edit`))
    expect(editor).toContain('Green travel for a mobility')
    expect(editor).toContain(en('scorm:form.packageHint'))

    const learner = await t.make.member('learner', { tenantId: author.tenantId })
    const l = await t.signedIn(learner.login)
    // Not enrolled: told to enrol, no player.
    expect(await (await l.get(`/app/learning/lessons/${lessonId}`)).text()).not.toContain('<iframe')
    expect((await l.post(`/app/learning/courses/${courseId}/enrol`)).status).toBe(303)
    const page = await l.get(`/app/learning/lessons/${lessonId}`)
    const html = await page.text()
    expect(html).toMatch(/<iframe[^>]+title="[^"]*Green travel for a mobility"/)
    expect(html).toContain(`data-src="/app/learning/scorm/${pkg!.id}/files/index.html"`)
    expect(html).toContain(`data-commit="/app/learning/scorm/${pkg!.id}/commit"`)
    expect(html).toContain('data-version="1.2"')
    expect(html).toContain('src="/static/scorm.js"')
    expect(html).toContain(
      `<noscript><p class="notice notice-warning">${en('scorm:player.needsJs')}`,
    )
    // The lesson page itself keeps the strict policy: scripts from Ura only, never framed.
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe-inline')
    // The resume data: the learner as Ura knows them, a first launch.
    const cmi = JSON.parse(
      (/data-cmi="([^"]*)"/.exec(html)?.[1] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
    )
    expect(cmi).toEqual({
      core: {
        student_id: learner.user.id,
        student_name: learner.user.displayName,
        entry: 'ab-initio',
      },
    })
    // A text lesson loads no SCORM script.
    const text = await a.post(`/app/learning/courses/${courseId}/lessons/new`, {
      moduleId,
      kind: 'text',
      'title.en': 'Read me',
      'body.en': 'Plain.',
      minutes: '5',
    })
    const [textLesson] = await t.deps.db
      .select()
      .from(lessons)
      .where(and(eq(lessons.courseId, courseId), eq(lessons.kind, 'text')))
    expect(text.status).toBe(303)
    expect(await (await l.get(`/app/learning/lessons/${textLesson!.id}`)).text()).not.toContain(
      'scorm.js',
    )
  })

  it('[LEARNING][SCORM][FILES]: files go to those who may read the course, same-origin and framable; another school gets 404', async () => {
    const { author, a, courseId, moduleId } = await course()
    const bytes = zip({
      'imsmanifest.xml': MANIFEST_2004,
      'start page.html': '<script>parent.API_1484_11</script>',
      'js/app.js': 'console.log(1)',
    })
    const made = await lessonForm(
      a,
      `/app/learning/courses/${courseId}/lessons/new`,
      SCORM_LESSON(moduleId),
      {
        name: 'p.zip',
        bytes,
      },
    )
    const lessonId = idIn(made, /\/app\/learning\/lessons\/([0-9a-f-]{36})\/edit/)
    const pkg = (await packageOfLesson(lessonId))!
    expect(pkg).toMatchObject({ version: '2004', launchPath: 'start page.html?lang=sq' })
    const base = `/app/learning/scorm/${pkg.id}/files`

    const learner = await t.make.member('learner', { tenantId: author.tenantId })
    const l = await t.signedIn(learner.login)
    await l.post(`/app/learning/courses/${courseId}/enrol`)
    const html = await l.get(`/app/learning/lessons/${lessonId}`)
    expect(await html.text()).toContain(`data-src="${base}/start%20page.html?lang=sq"`)

    const page = await l.get(`${base}/start%20page.html?lang=sq`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    const csp = page.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("frame-ancestors 'self'")
    expect(csp).toContain("script-src 'self' 'unsafe-inline'")
    expect(await page.text()).toBe('<script>parent.API_1484_11</script>')
    const js = await l.get(`${base}/js/app.js`)
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    // The author previews it too.
    expect((await a.get(`${base}/js/app.js`)).status).toBe(200)
    // Nothing outside the package, nothing that is not in it.
    for (const bad of ['/js/missing.js', '/..%2F..%2Fimsmanifest.xml', '/js/..%5C..%5Cx', '/']) {
      expect((await l.get(`${base}${bad}`)).status, bad).toBe(404)
    }
    // Another school's member, and a made-up package: not found.
    const stranger = await t.make.member('coordinator')
    const s = await t.signedIn(stranger.login)
    expect((await s.get(`${base}/js/app.js`)).status).toBe(404)
    expect((await s.get(`/app/learning/scorm/${crypto.randomUUID()}/files/a.html`)).status).toBe(
      404,
    )
    // Signed out: to sign in.
    expect((await t.anonymous().get(`${base}/js/app.js`)).status).toBe(302)
  })

  it('[LEARNING][SCORM][IMPORT]: a broken zip, no manifest, an unsafe path, a zip bomb, too many files: 422 with the typed text, nothing saved', async () => {
    const { author, a, courseId, moduleId } = await course()
    const url = `/app/learning/courses/${courseId}/lessons/new`
    const before = await storedFiles(author.tenantId)
    const bomb = Buffer.from(demoScormPackage())
    for (
      let at = bomb.indexOf('PK\x01\x02', 0, 'latin1');
      at >= 0;
      at = bomb.indexOf('PK\x01\x02', at + 4, 'latin1')
    ) {
      bomb.writeUInt32LE(120 * 1024 * 1024, at + 24) // each entry claims 120 MB unpacked
    }
    const many = Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`f/${i}.txt`, '']))
    const cases: [string, Uint8Array | undefined][] = [
      ['scorm:errors.notZip', strToU8('PK\x03\x04 this is not a zip')],
      ['scorm:errors.noManifest', zip({ 'index.html': '<p>hi</p>' })],
      ['scorm:errors.unsafePath', zip({ 'imsmanifest.xml': MANIFEST_2004, '../evil.html': 'x' })],
      ['scorm:errors.tooBig', new Uint8Array(bomb)],
      ['scorm:errors.tooManyFiles', zip({ 'imsmanifest.xml': MANIFEST_2004, ...many })],
      ['scorm:errors.launchMissing', zip({ 'imsmanifest.xml': MANIFEST_2004 })],
      ['scorm:errors.missing', undefined],
    ]
    for (const [key, bytes] of cases) {
      const res = await lessonForm(
        a,
        url,
        { ...SCORM_LESSON(moduleId), 'title.sq': 'Titulli që shkrova' },
        bytes && { name: 'x.zip', bytes },
      )
      expect(res.status, key).toBe(422)
      const html = await res.text()
      expect(html, key).toContain(en(key))
      expect(html, key).toContain('value="Titulli që shkrova"')
      expect(html, key).toContain('class="field has-error"')
    }
    expect(await lessonCount(courseId)).toBe(0)
    expect(await storedFiles(author.tenantId)).toEqual(before)
    // A package only goes with a SCORM lesson.
    const onText = await lessonForm(
      a,
      url,
      { ...SCORM_LESSON(moduleId), kind: 'text', 'body.en': 'Words.' },
      { name: 'p.zip', bytes: demoScormPackage() },
    )
    expect(onText.status).toBe(422)
    expect(await textOf(onText)).toContain(en('scorm:errors.notScormLesson'))
    expect(await lessonCount(courseId)).toBe(0)
    // A learner uploads nothing.
    const learner = await t.make.member('learner', { tenantId: author.tenantId })
    const l = await t.signedIn(learner.login)
    const refused = await lessonForm(l, url, SCORM_LESSON(moduleId), {
      name: 'p.zip',
      bytes: demoScormPackage(),
    })
    expect(refused.status).toBe(403)
    expect(await storedFiles(author.tenantId)).toEqual(before)
  })

  it('[LEARNING][SCORM][IMPORT]: files stored for a package whose save fails are removed again', async () => {
    const { author } = await course()
    const ctx = await t.ctxFor(author.user.id, author.tenantId)
    const before = await storedFiles(author.tenantId)
    await expect(
      saveWithPackage(
        ctx,
        author.tenantId,
        { name: 'p.zip', bytes: demoScormPackage() },
        async () => {
          throw new Error('the database said no')
        },
      ),
    ).rejects.toThrow('the database said no')
    expect(await storedFiles(author.tenantId)).toEqual(before)
  })

  it('[LEARNING][SCORM][COMMIT]: commits are kept per enrolment; completed marks the lesson done and completes the course; twice is fine', async () => {
    const { author, a, courseId, moduleId } = await course()
    const made = await lessonForm(
      a,
      `/app/learning/courses/${courseId}/lessons/new`,
      SCORM_LESSON(moduleId),
      {
        name: 'green-travel.zip',
        bytes: demoScormPackage(),
      },
    )
    const lessonId = idIn(made, /\/app\/learning\/lessons\/([0-9a-f-]{36})\/edit/)
    const pkg = (await packageOfLesson(lessonId))!
    const learner = await t.make.member('learner', { tenantId: author.tenantId, locale: 'sq' })
    const l = await t.signedIn(learner.login)

    // Not enrolled yet: refused; a package of a course the school cannot read: not found.
    expect((await commit(l, pkg.id, { core: { lesson_status: 'incomplete' } })).status).toBe(409)
    const stranger = await t.make.member('learner')
    const s = await t.signedIn(stranger.login)
    expect((await commit(s, pkg.id, { core: { lesson_status: 'completed' } })).status).toBe(404)
    expect((await commit(s, crypto.randomUUID(), { core: {} })).status).toBe(404)

    await l.post(`/app/learning/courses/${courseId}/enrol`)
    // Without the CSRF token, from another site, or not JSON of the right shape: refused.
    expect((await commit(l, pkg.id, { core: {} }, 'wrong-token-wrong-token')).status).toBe(403)
    const bad = await l.request(`/app/learning/scorm/${pkg.id}/commit`, {
      method: 'POST',
      body: '{"cmi": "not an object"}',
      headers: { 'content-type': 'application/json', 'x-csrf-token': l.cookies.get('ura_csrf')! },
    })
    expect(bad.status).toBe(422)
    const huge = await commit(l, pkg.id, { suspend_data: 'x'.repeat(300 * 1024) })
    expect(huge.status).toBe(413)

    const first = await commit(l, pkg.id, {
      suspend_data: 'page=2',
      core: {
        lesson_status: 'incomplete',
        exit: 'suspend',
        score: { raw: '40', min: '0', max: '100' },
      },
    })
    expect(first.status).toBe(200)
    expect(await first.json()).toEqual({
      result: true,
      errorCode: 0,
      lessonDone: false,
      courseCompleted: false,
    })
    const attempts = () =>
      t.deps.db.select().from(scormAttempts).where(eq(scormAttempts.packageId, pkg.id))
    expect(await attempts()).toMatchObject([
      { lessonStatus: 'incomplete', scoreRaw: 40, scoreScaled: 0.4, lessonId },
    ])
    // Back on the page: the status and score, and a resumed launch.
    const page = await l.get(`/app/learning/lessons/${lessonId}`)
    const html = await page.text()
    expect(html).toContain(sq('scorm:player.status', { status: sq('scorm:status.incomplete') }))
    expect(html).toContain(sq('scorm:player.score', { percent: 40 }))
    expect(html).toContain('&quot;entry&quot;:&quot;resume&quot;')
    expect(html).toContain('&quot;suspend_data&quot;:&quot;page=2&quot;')

    const done = {
      core: {
        lesson_status: 'completed',
        score: { raw: '100', max: '100' },
        total_time: '00:07:00',
      },
    }
    const second = await commit(l, pkg.id, done)
    expect(await second.json()).toMatchObject({
      result: true,
      lessonDone: true,
      courseCompleted: true,
    })
    const again = await commit(l, pkg.id, done)
    expect(again.status).toBe(200)
    expect(await again.json()).toMatchObject({ lessonDone: true, courseCompleted: false })
    expect(await attempts()).toMatchObject([
      { lessonStatus: 'completed', scoreScaled: 1, totalTime: '00:07:00' },
    ])
    const [enrolment] = await t.deps.db
      .select()
      .from(enrolments)
      .where(and(eq(enrolments.courseId, courseId), eq(enrolments.userId, learner.user.id)))
    expect(enrolment?.status).toBe('completed')
    const completions = await t.deps.db
      .select()
      .from(lessonCompletions)
      .where(eq(lessonCompletions.enrolmentId, enrolment!.id))
    expect(completions.map((c) => c.lessonId)).toEqual([lessonId])
    const issued = await t.deps.db
      .select()
      .from(credentials)
      .where(eq(credentials.sourceId, enrolment!.id))
    expect(issued).toHaveLength(1)
    // Not by hand: the package says when it is done.
    expect((await l.post(`/app/learning/lessons/${lessonId}/done`)).status).toBe(409)

    // The course report shows the score.
    const report = await textOf(await a.get(`/app/learning/courses/${courseId}/report`))
    expect(report).toContain(en('scorm:report.score'))
    expect(report).toContain('100 %')

    // The API reads the learner's own state.
    const { createApiTokenForUser } = await import('../api-tokens/index.ts')
    const { token } = await createApiTokenForUser(
      { ...t.deps, actor: null, requestId: 'test' },
      { name: 'api', userId: learner.user.id, tenantId: learner.tenantId },
    )
    const api = await t.app.request(`/api/v1/learning/lessons/${lessonId}/scorm`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(api.status).toBe(200)
    expect(await api.json()).toMatchObject({
      package: { id: pkg.id, version: '1.2', launchPath: 'index.html', fileCount: 4 },
      attempt: { lessonStatus: 'completed', scoreScaled: 1, cmi: done },
      done: true,
    })
    expect((await t.app.request(`/api/v1/learning/lessons/${lessonId}/scorm`)).status).toBe(401)
  })

  it('[LEARNING][SCORM][IMPORT]: a new upload replaces the package: old files gone after it commits, lessons done stay done', async () => {
    const { author, a, courseId, moduleId } = await course()
    const made = await lessonForm(
      a,
      `/app/learning/courses/${courseId}/lessons/new`,
      SCORM_LESSON(moduleId),
      {
        name: 'v1.zip',
        bytes: demoScormPackage(),
      },
    )
    const lessonId = idIn(made, /\/app\/learning\/lessons\/([0-9a-f-]{36})\/edit/)
    const v1 = (await packageOfLesson(lessonId))!
    const v1Keys = (
      await t.deps.db.select().from(scormFiles).where(eq(scormFiles.packageId, v1.id))
    ).map((f) => f.storageKey.split('/')[1])
    const learner = await t.make.member('learner', { tenantId: author.tenantId })
    const l = await t.signedIn(learner.login)
    await l.post(`/app/learning/courses/${courseId}/enrol`)
    await commit(l, v1.id, { core: { lesson_status: 'passed' } })

    // Saving without a file keeps the package; a refused one keeps it too.
    const edit = `/app/learning/lessons/${lessonId}/edit`
    expect((await lessonForm(a, edit, { ...SCORM_LESSON(moduleId), minutes: '12' })).status).toBe(
      303,
    )
    const refused = await lessonForm(a, edit, SCORM_LESSON(moduleId), {
      name: 'x.zip',
      bytes: strToU8('nope'),
    })
    expect(refused.status).toBe(422)
    expect((await packageOfLesson(lessonId))?.id).toBe(v1.id)

    const v2Zip = zip({ 'imsmanifest.xml': MANIFEST_2004, 'start page.html': 'v2' })
    expect(
      (await lessonForm(a, edit, SCORM_LESSON(moduleId), { name: 'v2.zip', bytes: v2Zip })).status,
    ).toBe(303)
    const v2 = (await packageOfLesson(lessonId))!
    expect(v2.id).not.toBe(v1.id)
    expect(v2.version).toBe('2004')
    const left = await storedFiles(author.tenantId)
    for (const key of v1Keys) expect(left).not.toContain(key)
    expect((await l.get(`/app/learning/scorm/${v1.id}/files/index.html`)).status).toBe(404)
    expect((await l.get(`/app/learning/scorm/${v2.id}/files/start%20page.html`)).status).toBe(200)
    expect(
      await t.deps.db.select().from(scormAttempts).where(eq(scormAttempts.packageId, v1.id)),
    ).toEqual([])
    const done = await t.deps.db
      .select()
      .from(lessonCompletions)
      .where(eq(lessonCompletions.lessonId, lessonId))
    expect(done).toHaveLength(1)
    // A SCORM lesson without any package yet is refused.
    const second = await lessonForm(
      a,
      `/app/learning/courses/${courseId}/lessons/new`,
      SCORM_LESSON(moduleId),
    )
    expect(second.status).toBe(422)
    expect(await textOf(second)).toContain(en('scorm:errors.missing'))
  })
})
