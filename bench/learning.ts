/**
 * `npm run bench:learning`: the staff academy at scale (200 courses, 5,000 lessons, 50,000
 * enrolments of 2,000 people) on PGlite and, with DATABASE_URL, on PostgreSQL. Three targets,
 * the baseline and the measured figure side by side in one run:
 *
 *  1. a lesson page (`/app/learning/lessons/:id`, signed in as an enrolled person) serves at
 *     least 0.5× the requests per second of a bare Hono handler doing the same database reads
 *     (bench/bare-server.ts `/lesson/:id`);
 *  2. a quiz submission (`POST /app/learning/attempts/:id`) has p95 < 50 ms on PostgreSQL;
 *  3. the JavaScript the learning pages load is at most 30 kB gzip.
 *
 * See bench/learning.md for how to run it and read it.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { sql } from 'drizzle-orm'
import pg from 'pg'
import { type Database, openDb } from '#src/db/client.ts'
import { runMigrations } from '#src/db/migrate.ts'
import { hashPassword } from '#src/lib/crypto.ts'
import { signIn } from './lib/http.ts'
import {
  answerFields,
  courseTopics,
  lessonVariants,
  QUESTIONS,
  type QuestionTemplate,
} from './lib/learning-content.ts'
import { compare, type LoadOptions, type Target, type TargetFigures } from './lib/load.ts'
import { cpuMs, rssMiB, type Server, stop } from './lib/proc.ts'
import { buildAll, type DbTarget, startBare, startUra } from './lib/servers.ts'
import { table } from './lib/stats.ts'

const SETTINGS: LoadOptions = {
  runs: Number(process.env.BENCH_RUNS ?? 3),
  durationS: Number(process.env.BENCH_DURATION ?? 10),
  connections: 10,
  warmupS: 2,
}
const ORGS = Number(process.env.BENCH_ORGS ?? 20)
const COURSES = Number(process.env.BENCH_COURSES ?? 200)
const LESSONS = Number(process.env.BENCH_LESSONS ?? 5_000)
const USERS = Number(process.env.BENCH_USERS ?? 2_000)
const ENROLMENTS = Number(process.env.BENCH_ENROLMENTS ?? 50_000)
/** Timed quiz submissions: half one at a time, half with SUBMIT_CONCURRENCY in flight. */
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 500)
const SUBMIT_CONCURRENCY = Number(process.env.BENCH_SUBMIT_CONCURRENCY ?? 10)
const SUBMIT_WARMUP = 20
const MODULES = 5
const LESSONS_PER_COURSE = Math.floor(LESSONS / COURSES)
const PER_USER = Math.floor(ENROLMENTS / USERS)
/** Enrolment k of person u is in course 1 + (u + k·STRIDE) % COURSES: PER_USER distinct courses. */
const STRIDE = Math.floor(COURSES / PER_USER)
/** Each enrolment has done its first (u·7 + c·3) % DONE_SPREAD lessons. */
const DONE_SPREAD = Math.min(11, LESSONS_PER_COURSE - 5)
const QUIZ_EVERY = 5
const PASSWORD = 'bench-password-2026'
const LOGIN = 'learner-1@bench.example'
const TARGETS = { ratio: 0.5, submitP95Ms: 50, jsGzipBytes: 30 * 1024 }
const STATIC_ROOTS = [path.resolve('public'), path.resolve('dist/public')]

const log = (line: string) => process.stderr.write(`${line}\n`)
const tempDirs: string[] = []
process.on('exit', () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
})
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ura-bench-learn-'))
  tempDirs.push(dir)
  return dir
}
const loadAverage = () => os.loadavg().map((n) => Math.round(n * 100) / 100)

/** A prepared, not yet submitted attempt: its owner and its questions in the order drawn. */
type PreparedAttempt = {
  id: string
  login: string
  questions: { id: string; type: QuestionTemplate['type'] }[]
}

type Seeded = {
  ms: number
  rows: Record<string, number>
  courseId: string
  textLessonId: string
  quizLessonId: string
  attempts: PreparedAttempt[]
}

/**
 * Everything in one transaction (so the helper tables, `on commit drop`, live on one
 * connection): one INSERT … SELECT generate_series per table.
 */
export async function seed(database: Database): Promise<Seeded> {
  const started = performance.now()
  const hash = await hashPassword(PASSWORD)
  const variants = JSON.stringify(lessonVariants())
  const topics = JSON.stringify(courseTopics())
  const questions = JSON.stringify(QUESTIONS)
  const L = LESSONS_PER_COURSE
  const prepared = await database.db.transaction(async (tx) => {
    const x = (q: ReturnType<typeof sql>) => tx.execute(q)
    await x(sql`
      insert into organisations (slug, name, type, country, city, working_languages, default_locale)
      select 'bench-org-' || g,
             jsonb_build_object('en', 'Bench VET School ' || g, 'sq', 'Shkolla Profesionale Bench ' || g),
             'vet_school', (array['AL','XK','MK','ME','RS','IT','DE','GR'])[1 + g % 8], 'City ' || g,
             array['sq','en'], (array['sq','sq','mk','sr-Latn','sr-Latn','en','en','en'])[1 + g % 8]
      from generate_series(1, ${ORGS}::int) g`)
    await x(sql`create temp table b_orgs on commit drop as
      select split_part(slug, '-', 3)::int as n, id from organisations where slug like 'bench-org-%'`)
    await x(sql`
      insert into users (email, display_name, password_hash, locale)
      select 'learner-' || u || '@bench.example', 'Learner ' || u, ${hash},
             (array['en','sq','mk','sr-Latn'])[1 + u % 4]
      from generate_series(1, ${USERS}::int) u`)
    await x(sql`create temp table b_users on commit drop as
      select s.n, s.id, s.locale, o.id as org_id
      from (select split_part(split_part(email, '@', 1), '-', 2)::int as n, id, locale
            from users where email like 'learner-%@bench.example') s
      join b_orgs o on o.n = 1 + s.n % ${ORGS}::int`)
    await x(sql`
      insert into memberships (tenant_id, user_id, role) select org_id, id, 'staff' from b_users`)
    await x(sql`
      insert into courses (tenant_id, slug, title, summary, visibility, status, published_at)
      select o.id, 'bench-course-' || c,
             (select jsonb_object_agg(key, value || ' ' || c) from jsonb_each_text(t.v -> 'title')),
             t.v -> 'summary', 'public', 'published', now() - c * interval '1 day'
      from generate_series(1, ${COURSES}::int) c
      join b_orgs o on o.n = 1 + c % ${ORGS}::int
      cross join lateral (select (${topics}::jsonb) -> (c % 4) as v) t`)
    await x(sql`create temp table b_courses on commit drop as
      select split_part(slug, '-', 3)::int as n, id, tenant_id from courses where slug like 'bench-course-%'`)
    await x(sql`
      insert into course_modules (tenant_id, course_id, position, title)
      select c.tenant_id, c.id, m,
             jsonb_build_object('en', 'Module ' || m, 'sq', 'Moduli ' || m, 'mk', 'Модул ' || m, 'sr-Latn', 'Modul ' || m)
      from b_courses c cross join generate_series(1, ${MODULES}::int) m`)
    await x(sql`
      insert into lessons (tenant_id, course_id, module_id, position, kind, title, body, body_html, minutes)
      select c.tenant_id, c.id, m.id, i, case when i % ${QUIZ_EVERY}::int = 0 then 'quiz' else 'text' end,
             (select jsonb_object_agg(key, value || ' ' || i)
                from jsonb_each_text(v.v -> case when i % ${QUIZ_EVERY}::int = 0 then 'quizTitle' else 'title' end)),
             v.v -> case when i % ${QUIZ_EVERY}::int = 0 then 'quizBody' else 'body' end,
             v.v -> case when i % ${QUIZ_EVERY}::int = 0 then 'quizHtml' else 'html' end,
             5 + (c.n + i) % 20
      from b_courses c
      cross join generate_series(1, ${L}::int) i
      join course_modules m on m.course_id = c.id and m.position = 1 + ((i - 1) * ${MODULES}::int) / ${L}::int
      cross join lateral (select (${variants}::jsonb) -> (((c.n - 1) * ${L}::int + i) % 12) as v) v`)
    await x(sql`create temp table b_lessons on commit drop as
      select l.id, l.course_id, l.position, l.kind, l.tenant_id
      from lessons l join b_courses c on c.id = l.course_id`)
    await x(sql`
      insert into quiz_questions (tenant_id, lesson_id, position, type, prompt, options, accepted)
      select l.tenant_id, l.id, q.pos, q.v ->> 'type', q.v -> 'prompt', q.v -> 'options',
             array(select jsonb_array_elements_text(q.v -> 'accepted'))
      from b_lessons l
      cross join lateral (select e.ord as pos, e.value as v
                          from jsonb_array_elements(${questions}::jsonb) with ordinality as e(value, ord)) q
      where l.kind = 'quiz'`)
    await x(sql`create temp table b_quiz on commit drop as
      select lesson_id, array_agg(id order by position) as qids
      from quiz_questions where lesson_id in (select id from b_lessons) group by lesson_id`)
    await x(sql`
      insert into enrolments (tenant_id, course_id, user_id, learner_org_id, source, content_locale, enrolled_at)
      select c.tenant_id, c.id, u.id, u.org_id,
             case when k % 3 = 0 then 'coordinator' else 'self' end,
             case when k % 5 = 4 then null else u.locale end,
             now() - ((u.n + k * 7) % 365) * interval '1 day'
      from b_users u
      cross join generate_series(0, ${PER_USER - 1}::int) k
      join b_courses c on c.n = 1 + (u.n + k * ${STRIDE}::int) % ${COURSES}::int`)
    await x(sql`create temp table b_enrol on commit drop as
      select e.id, e.tenant_id, e.course_id, u.n as un, c.n as cn,
             (u.n * 7 + c.n * 3) % ${DONE_SPREAD}::int as done
      from enrolments e join b_users u on u.id = e.user_id join b_courses c on c.id = e.course_id`)
    await x(sql`
      insert into lesson_completions (tenant_id, enrolment_id, lesson_id, completed_at)
      select e.tenant_id, e.id, l.id, now() - (${L}::int - l.position) * interval '1 day'
      from b_enrol e join b_lessons l on l.course_id = e.course_id and l.position <= e.done`)
    // The quizzes done were passed: at the first attempt, or (every other person) at the second.
    await x(sql`
      insert into quiz_attempts (tenant_id, enrolment_id, lesson_id, number, question_ids, score,
                                 max_score, percent, passed, started_at, submitted_at)
      select e.tenant_id, e.id, l.id, g, q.qids,
             case when g = 1 + e.un % 2 then 6 else 3 end, 6,
             case when g = 1 + e.un % 2 then 100 else 50 end, g = 1 + e.un % 2,
             now() - (${L}::int - l.position) * interval '1 day' - (3 - g) * interval '1 hour',
             now() - (${L}::int - l.position) * interval '1 day' - (3 - g) * interval '1 hour' + interval '12 minutes'
      from b_enrol e
      join b_lessons l on l.course_id = e.course_id and l.kind = 'quiz' and l.position <= e.done
      join b_quiz q on q.lesson_id = l.id
      cross join generate_series(1, 1 + e.un % 2) g`)
    // The first quiz not yet passed: 0, 1 or 2 failed attempts.
    await x(sql`
      insert into quiz_attempts (tenant_id, enrolment_id, lesson_id, number, question_ids, score,
                                 max_score, percent, passed, started_at, submitted_at)
      select e.tenant_id, e.id, l.id, g, q.qids, 2, 6, 33, false,
             now() - g * interval '1 day', now() - g * interval '1 day' + interval '9 minutes'
      from b_enrol e
      join b_lessons l on l.course_id = e.course_id
        and l.position = (e.done / ${QUIZ_EVERY}::int + 1) * ${QUIZ_EVERY}::int
      join b_quiz q on q.lesson_id = l.id
      cross join generate_series(1, (e.un + e.cn) % 3) g`)
    // Fresh attempts to submit, one per (enrolment, quiz not passed) of people 2, 3, …: started
    // as startAttempt leaves them (every question drawn, nothing answered).
    await x(sql`
      insert into quiz_attempts (tenant_id, enrolment_id, lesson_id, number, question_ids, started_at)
      select e.tenant_id, e.id, l.id,
             coalesce((select max(a.number) from quiz_attempts a
                       where a.enrolment_id = e.id and a.lesson_id = l.id), 0) + 1,
             q.qids, now() - interval '5 minutes'
      from b_enrol e
      join b_lessons l on l.course_id = e.course_id and l.kind = 'quiz' and l.position > e.done
      join b_quiz q on q.lesson_id = l.id
      where e.un >= 2
      order by e.un, e.cn, l.position
      limit ${SUBMIT_WARMUP + SUBMISSIONS}::int`)
    const open = await x(sql`
      select a.id, u.email as login, q.id as qid, q.type, a.started_at
      from quiz_attempts a
      join enrolments e on e.id = a.enrolment_id
      join users u on u.id = e.user_id
      cross join lateral unnest(a.question_ids) with ordinality as d(qid, ord)
      join quiz_questions q on q.id = d.qid
      where a.submitted_at is null
      order by u.email, a.id, d.ord`)
    // The measured person's course: another school's, with the most failed attempts on its next quiz.
    const measured = await x(sql`
      select e.course_id, e.done,
             (select id from b_lessons l where l.course_id = e.course_id and l.kind = 'text'
                and l.position > e.done order by l.position limit 1) as text_lesson,
             (select id from b_lessons l where l.course_id = e.course_id and l.kind = 'quiz'
                and l.position > e.done order by l.position limit 1) as quiz_lesson
      from b_enrol e
      join b_users u on u.n = e.un and u.n = 1
      join b_courses c on c.id = e.course_id
      where c.tenant_id <> u.org_id
      order by (e.un + e.cn) % 3 desc, e.cn
      limit 1`)
    return { open: open.rows, measured: measured.rows[0] }
  })
  await database.db.execute(sql`analyze`)
  const m = prepared.measured as {
    course_id: string
    text_lesson: string | null
    quiz_lesson: string | null
  }
  if (!m?.text_lesson || !m.quiz_lesson) throw new Error('no course to measure: scale too small')
  const byId = new Map<string, PreparedAttempt>()
  for (const r of prepared.open as { id: string; login: string; qid: string; type: string }[]) {
    const a = byId.get(r.id) ?? { id: r.id, login: r.login, questions: [] }
    a.questions.push({ id: r.qid, type: r.type as QuestionTemplate['type'] })
    byId.set(r.id, a)
  }
  // Submitted in an order that mixes the people, as a class would.
  const attempts = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id))
  const counts = await database.db.execute(sql`select
      (select count(*) from organisations)::int as organisations,
      (select count(*) from users)::int as users,
      (select count(*) from courses)::int as courses,
      (select count(*) from course_modules)::int as modules,
      (select count(*) from lessons)::int as lessons,
      (select count(*) from lessons where kind = 'quiz')::int as quizzes,
      (select count(*) from quiz_questions)::int as questions,
      (select count(*) from enrolments)::int as enrolments,
      (select count(*) from lesson_completions)::int as completions,
      (select count(*) from quiz_attempts)::int as attempts`)
  return {
    ms: performance.now() - started,
    rows: counts.rows[0] as Record<string, number>,
    courseId: m.course_id,
    textLessonId: m.text_lesson,
    quizLessonId: m.quiz_lesson,
    attempts,
  }
}

type Timing = { n: number; p50: number; p95: number; p99: number; max: number; mean: number }

function summarise(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!
  const r = (v: number) => Math.round(v * 100) / 100
  return {
    n: s.length,
    p50: r(at(0.5)),
    p95: r(at(0.95)),
    p99: r(at(0.99)),
    max: r(s.at(-1) ?? 0),
    mean: r(s.reduce((a, b) => a + b, 0) / (s.length || 1)),
  }
}

/** The CSRF token a form sends back: the value of the `ura_csrf` cookie. */
const csrfOf = (cookie: string) => /ura_csrf=([^;]+)/.exec(cookie)?.[1] ?? ''

/**
 * One submission as the attempt page's form sends it (urlencoded, `_csrf` + `q.<id>` fields).
 * Three in four are right (a pass: the lesson is marked done, completeIfDone runs), one wrong.
 * Returns the milliseconds to the full answer, which must be the 303 back to the attempt.
 */
async function submit(port: number, cookie: string, a: PreparedAttempt, right: boolean) {
  const body = new URLSearchParams([['_csrf', csrfOf(cookie)]])
  for (const q of a.questions)
    for (const [k, v] of answerFields(q.id, q.type, right)) body.append(k, v)
  const started = performance.now()
  const res = await fetch(`http://127.0.0.1:${port}/app/learning/attempts/${a.id}`, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
  })
  await res.arrayBuffer()
  const ms = performance.now() - started
  const location = res.headers.get('location')
  if (res.status !== 303 || location !== `/app/learning/attempts/${a.id}`) {
    throw new Error(`submitting ${a.id} answered ${res.status} → ${location}`)
  }
  return ms
}

type SubmitMode = Timing & {
  inFlight: number
  /** Submissions answered per second of wall time in this mode. */
  perSecond: number
  serverCpuMsPerSubmission: number
}

type SubmitFigures = {
  sequential: SubmitMode
  concurrent: SubmitMode
  /** Read back from the database after the run. */
  stored: { submitted: number; passed: number; expected: number; expectedPassed: number }
}

async function submissions(ura: Server, attempts: PreparedAttempt[]) {
  const cookies = new Map<string, string>()
  for (const login of new Set(attempts.map((a) => a.login))) {
    cookies.set(login, await signIn(ura.port, login, PASSWORD))
  }
  const queue = [...attempts]
  let n = 0
  let passes = 0
  const one = async () => {
    const a = queue.shift()!
    const right = n++ % 4 !== 3
    if (right) passes++
    return submit(ura.port, cookies.get(a.login)!, a, right)
  }
  for (let i = 0; i < SUBMIT_WARMUP; i++) await one()
  /** `count` submissions with `inFlight` of them in flight at any time. */
  const mode = async (count: number, inFlight: number): Promise<SubmitMode> => {
    const samples: number[] = []
    let left = count
    const cpuBefore = cpuMs(ura.pid)
    const started = performance.now()
    const worker = async () => {
      while (left > 0) {
        left--
        samples.push(await one())
      }
    }
    await Promise.all(Array.from({ length: inFlight }, worker))
    const wallS = (performance.now() - started) / 1000
    const cpu = cpuMs(ura.pid) - cpuBefore
    return {
      ...summarise(samples),
      inFlight,
      perSecond: Math.round((samples.length / wallS) * 10) / 10,
      serverCpuMsPerSubmission: Math.round((cpu / samples.length) * 100) / 100,
    }
  }
  const half = Math.floor(SUBMISSIONS / 2)
  const sequential = await mode(half, 1)
  const concurrent = await mode(SUBMISSIONS - half, SUBMIT_CONCURRENCY)
  return { sequential, concurrent, sent: n, passes, logins: cookies.size }
}

type ScriptFile = {
  src: string
  file: string
  rawBytes: number
  gzipBytes: number
  pages: string[]
}
type JsFigures = {
  pages: {
    name: string
    path: string
    htmlBytes: number
    scripts: string[]
    inlineScriptBytes: number
  }[]
  files: ScriptFile[]
  totalRawBytes: number
  totalGzipBytes: number
  /** The page that loads the most (gzip), and how much. */
  heaviestPage: { name: string; gzipBytes: number }
}

/** The `<script src>` of a page and the bytes of its inline scripts (JSON-LD is data, not code). */
function scriptsOf(html: string) {
  const srcs: string[] = []
  let inline = 0
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? ''
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1]
    if (src) srcs.push(src)
    else if (!/type="application\/(ld\+)?json"/.test(attrs)) inline += Buffer.byteLength(m[2] ?? '')
  }
  return { srcs, inline }
}

/**
 * Fetches the learning pages, then every script they load through the same server, and weighs it
 * raw and gzip (zlib level 6, what a compressing proxy sends; the target is checked on gzip).
 */
async function javascript(port: number, pages: { name: string; path: string; cookie: string }[]) {
  const base = `http://127.0.0.1:${port}`
  const out: JsFigures['pages'] = []
  const files = new Map<string, ScriptFile>()
  for (const p of pages) {
    const res = await fetch(base + p.path, { headers: { cookie: p.cookie }, redirect: 'manual' })
    const html = await res.text()
    if (res.status !== 200) throw new Error(`${p.path} answered ${res.status}`)
    const { srcs, inline } = scriptsOf(html)
    out.push({
      name: p.name,
      path: p.path,
      htmlBytes: Buffer.byteLength(html),
      scripts: srcs,
      inlineScriptBytes: inline,
    })
    for (const src of srcs) {
      const known = files.get(src)
      if (known) {
        known.pages.push(p.name)
        continue
      }
      const r = await fetch(new URL(src, base))
      const bytes = Buffer.from(await r.arrayBuffer())
      if (r.status !== 200) throw new Error(`${src} answered ${r.status}`)
      const rel = new URL(src, base).pathname.replace(/^\/static\//, '')
      const file = STATIC_ROOTS.map((root) => path.join(root, rel)).find((f) => existsSync(f))
      if (file && !readFileSync(file).equals(bytes)) throw new Error(`${src} differs from ${file}`)
      files.set(src, {
        src,
        file: file ? path.relative(process.cwd(), file) : '(not a file)',
        rawBytes: bytes.length,
        gzipBytes: gzipSync(bytes, { level: 6 }).length,
        pages: [p.name],
      })
    }
  }
  const list = [...files.values()]
  const gzipOf = (srcs: string[]) =>
    [...new Set(srcs)].reduce((sum, s) => sum + (files.get(s)?.gzipBytes ?? 0), 0)
  const heaviest = out
    .map((p) => ({ name: p.name, gzipBytes: gzipOf(p.scripts) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes)[0]!
  return {
    pages: out,
    files: list,
    totalRawBytes: list.reduce((s, f) => s + f.rawBytes, 0),
    totalGzipBytes: list.reduce((s, f) => s + f.gzipBytes, 0),
    heaviestPage: heaviest,
  } satisfies JsFigures
}

/** A session made by the bare server in its own database, for /lesson-session. */
async function bareSession(bare: Server): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${bare.port}/session`, { method: 'POST' })
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('ura_session='))
  if (res.status !== 200 || !cookie) throw new Error(`bare /session answered ${res.status}`)
  return cookie.split(';')[0]!
}

/** Checks once that both servers answer what they should before anything is timed. */
async function checkPages(ura: Server, cookie: string, bare: Server, seeded: Seeded) {
  for (const id of [seeded.textLessonId, seeded.quizLessonId]) {
    const page = await fetch(`http://127.0.0.1:${ura.port}/app/learning/lessons/${id}`, {
      headers: { cookie },
      redirect: 'manual',
    })
    const html = await page.text()
    if (page.status !== 200 || !html.includes('<main')) {
      throw new Error(`lesson ${id} answered ${page.status}:\n${ura.output().slice(-3000)}`)
    }
    const res = await fetch(`http://127.0.0.1:${bare.port}/lesson/${id}`)
    const json = (await res.json()) as { lesson?: { id: string; title: string }; role?: string }
    if (res.status !== 200 || json.lesson?.id !== id || json.role !== 'reader') {
      throw new Error(
        `bare /lesson/${id} answered ${res.status} ${JSON.stringify(json).slice(0, 200)}`,
      )
    }
    if (!html.includes(json.lesson.title)) throw new Error(`lesson ${id}: the page lacks its title`)
  }
}

type Section = {
  database: 'pglite' | 'postgres'
  loadAverageAtStart: number[]
  seedMs: number
  rows: Record<string, number>
  paths: Record<string, string>
  targets: TargetFigures[]
  ratios: { textLesson: number; quizLesson: number }
  submissions: SubmitFigures
  javascript: JsFigures
  rssMiB: Record<string, { afterStart: number; afterLoad: number }>
}

async function countSubmitted(target: DbTarget, ids: string[]) {
  const db = await openDb(
    'dataDir' in target ? { dataDir: target.dataDir } : { databaseUrl: target.databaseUrl },
  )
  try {
    const res = await db.db.execute(sql`
      select count(*) filter (where submitted_at is not null)::int as submitted,
             count(*) filter (where passed)::int as passed
      from quiz_attempts where id = any(${`{${ids.join(',')}}`}::uuid[])`)
    return res.rows[0] as { submitted: number; passed: number }
  } finally {
    await db.close()
  }
}

async function section(database: Section['database'], uraDb: DbTarget, bareDb: () => DbTarget) {
  const loadAverageAtStart = loadAverage()
  log(
    `  load average ${loadAverageAtStart.join(' ')}; seeding ${COURSES} courses, ${COURSES * LESSONS_PER_COURSE} lessons, ${USERS * PER_USER} enrolments…`,
  )
  const db = await openDb(
    'dataDir' in uraDb ? { dataDir: uraDb.dataDir } : { databaseUrl: uraDb.databaseUrl },
  )
  await runMigrations(db)
  const seeded = await seed(db)
  await db.close()
  log(`  seeded in ${(seeded.ms / 1000).toFixed(1)} s: ${JSON.stringify(seeded.rows)}`)
  // PGlite: the bare server gets a copy of the folder (one process per data dir).
  const bareTarget = bareDb()
  const servers: Server[] = []
  try {
    // BENCH_URA_NODE_OPTIONS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/ura-prof`, to profile Ura.
    const nodeOptions = process.env.BENCH_URA_NODE_OPTIONS
    const { server: ura } = await startUra(
      uraDb,
      'false',
      nodeOptions ? { NODE_OPTIONS: nodeOptions } : {},
    )
    servers.push(ura)
    const bare = await startBare(bareTarget, LOGIN)
    servers.push(bare)
    const cookie = await signIn(ura.port, LOGIN, PASSWORD)
    await checkPages(ura, cookie, bare, seeded)
    const paths = {
      textLesson: `/app/learning/lessons/${seeded.textLessonId}`,
      quizLesson: `/app/learning/lessons/${seeded.quizLessonId}`,
      course: `/app/learning/courses/${seeded.courseId}`,
      attempt: `/app/learning/attempts/${seeded.attempts[0]!.id}`,
    }
    const rss = {
      Ura: { afterStart: rssMiB(ura.pid), afterLoad: 0 },
      bare: { afterStart: rssMiB(bare.pid), afterLoad: 0 },
    }
    const bareCookie = await bareSession(bare)
    const targets: Target[] = [
      { name: 'Ura text lesson', server: ura, path: paths.textLesson, cookie },
      { name: 'bare text lesson', server: bare, path: `/lesson/${seeded.textLessonId}` },
      {
        name: 'bare+session text lesson',
        server: bare,
        path: `/lesson-session/${seeded.textLessonId}`,
        cookie: bareCookie,
      },
      { name: 'Ura quiz lesson', server: ura, path: paths.quizLesson, cookie },
      { name: 'bare quiz lesson', server: bare, path: `/lesson/${seeded.quizLessonId}` },
    ]
    log(`  lesson pages (${database})`)
    const figures = await compare(targets, SETTINGS, (name, run) =>
      log(
        `    ${name.padEnd(25)} ${run.reqPerSec.toFixed(0).padStart(6)} req/s  p50 ${run.p50Ms} ms  p99 ${run.p99Ms} ms  non-2xx ${run.non2xx}  steal ${run.stealPercent} %`,
      ),
    )
    rss.Ura.afterLoad = rssMiB(ura.pid)
    rss.bare.afterLoad = rssMiB(bare.pid)
    await stop(bare)
    const median = (name: string) => figures.find((f) => f.name === name)!.reqPerSec.median
    const ratio = (a: string, b: string) => Math.round((median(a) / median(b)) * 100) / 100

    // The script weight, with the quiz's attempt page while that attempt is still open.
    const firstLogin = seeded.attempts[0]!.login
    const learnerCookie = await signIn(ura.port, firstLogin, PASSWORD)
    const js = await javascript(ura.port, [
      { name: 'lesson (text)', path: paths.textLesson, cookie },
      { name: 'lesson (quiz)', path: paths.quizLesson, cookie },
      { name: 'quiz attempt', path: paths.attempt, cookie: learnerCookie },
      { name: 'course', path: paths.course, cookie },
    ])

    log(
      `  quiz submissions (${database}): ${SUBMIT_WARMUP} warm-up, ${Math.floor(SUBMISSIONS / 2)} one at a time, ${SUBMISSIONS - Math.floor(SUBMISSIONS / 2)} with ${SUBMIT_CONCURRENCY} in flight`,
    )
    const sub = await submissions(ura, seeded.attempts)
    log(
      `    sequential p50 ${sub.sequential.p50} p95 ${sub.sequential.p95} p99 ${sub.sequential.p99} ms; concurrent p50 ${sub.concurrent.p50} p95 ${sub.concurrent.p95} p99 ${sub.concurrent.p99} ms`,
    )
    await stop(ura)
    const stored = await countSubmitted(
      uraDb,
      seeded.attempts.map((a) => a.id),
    )
    if (stored.submitted !== sub.sent || stored.passed !== sub.passes) {
      throw new Error(`stored ${JSON.stringify(stored)}, sent ${sub.sent} with ${sub.passes} right`)
    }
    return {
      database,
      loadAverageAtStart,
      seedMs: Math.round(seeded.ms),
      rows: seeded.rows,
      paths,
      targets: figures,
      ratios: {
        textLesson: ratio('Ura text lesson', 'bare text lesson'),
        quizLesson: ratio('Ura quiz lesson', 'bare quiz lesson'),
      },
      submissions: {
        sequential: sub.sequential,
        concurrent: sub.concurrent,
        stored: { ...stored, expected: sub.sent, expectedPassed: sub.passes },
      },
      javascript: js,
      rssMiB: rss,
    } satisfies Section
  } finally {
    for (const s of servers) await stop(s)
  }
}

async function postgres(url: string): Promise<Section> {
  const name = `ura_bench_learn_${Date.now().toString(36)}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const target = new URL(url)
  target.pathname = `/${name}`
  const dbTarget = { databaseUrl: target.toString() }
  try {
    return await section('postgres', dbTarget, () => dbTarget)
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
  }
}

const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL')
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`

function render(sections: Section[], started: number): string {
  const out: string[] = []
  const cpus = os.cpus()
  out.push(
    `Ura learning benchmark, ${new Date().toISOString()}: Node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load average at start ${LOAD_AT_START.join(' ')}`,
    `lesson pages: ${SETTINGS.connections} connections, ${SETTINGS.durationS} s per run, ${SETTINGS.runs} runs per target, medians; loopback only`,
  )
  for (const s of sections) {
    const r = s.rows
    const db = s.database === 'pglite' ? 'PGlite' : 'PostgreSQL'
    out.push(
      '',
      `on ${db} (load average ${s.loadAverageAtStart.join(' ')}): ${r.courses} courses, ${r.lessons} lessons (${r.quizzes} quizzes, ${r.questions} questions), ${r.enrolments} enrolments of ${r.users} people, ${r.completions} lessons done, ${r.attempts} quiz attempts (seeded in ${(s.seedMs / 1000).toFixed(1)} s)`,
      '',
      '1. Lesson page, signed in as an enrolled person, against a bare handler doing the same reads',
      table(
        ['target', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'req/s per run'],
        s.targets.map((t) => [
          t.name,
          t.reqPerSec.median.toFixed(0),
          t.p50Ms.median.toFixed(1),
          t.p99Ms.median.toFixed(1),
          t.cpuMsPerReq.median.toFixed(2),
          t.reqPerSec.runs.map((v) => v.toFixed(0)).join(' / '),
        ]),
      ),
      `   ratio Ura / bare, text lesson: ${s.ratios.textLesson.toFixed(2)} (target ≥ ${TARGETS.ratio.toFixed(2)}) ${pass(s.ratios.textLesson >= TARGETS.ratio)}`,
      `   ratio Ura / bare, quiz lesson: ${s.ratios.quizLesson.toFixed(2)} (target ≥ ${TARGETS.ratio.toFixed(2)}) ${pass(s.ratios.quizLesson >= TARGETS.ratio)}`,
    )
    const steal = s.targets.flatMap((t) => t.runs.map((x) => x.stealPercent))
    out.push(`   CPU steal during the runs: ${Math.min(...steal)}–${Math.max(...steal)} %`)
    const bad = s.targets.filter((t) => t.runs.some((x) => x.non2xx || x.errors))
    if (bad.length)
      out.push(`   WARNING: non-2xx answers or errors in ${bad.map((t) => t.name).join(', ')}`)
    const sub = s.submissions
    const onPg = s.database === 'postgres'
    const modes = [sub.sequential, sub.concurrent]
    out.push(
      '',
      `2. Quiz submission (POST /app/learning/attempts/:id → 303; 6 questions, 3 in 4 passed), after ${SUBMIT_WARMUP} warm-up`,
      table(
        [
          'in flight',
          'n',
          'per s',
          'p50 ms',
          'p95 ms',
          'p99 ms',
          'max ms',
          'CPU ms/sub',
          'p95 < 50',
        ],
        modes.map((t) => [
          t.inFlight === 1 ? '1 (one at a time)' : String(t.inFlight),
          t.n,
          t.perSecond.toFixed(0),
          t.p50.toFixed(1),
          t.p95.toFixed(1),
          t.p99.toFixed(1),
          t.max.toFixed(1),
          t.serverCpuMsPerSubmission.toFixed(2),
          pass(t.p95 < TARGETS.submitP95Ms),
        ]),
      ),
      `   target p95 < ${TARGETS.submitP95Ms} ms, one at a time${onPg ? '' : ' (set for PostgreSQL; PGlite shown for reference)'}: ${sub.sequential.p95.toFixed(1)} ms ${pass(sub.sequential.p95 < TARGETS.submitP95Ms)}; with ${sub.concurrent.inFlight} in flight: ${sub.concurrent.p95.toFixed(1)} ms ${pass(sub.concurrent.p95 < TARGETS.submitP95Ms)} (${sub.concurrent.inFlight} in flight / ${sub.concurrent.perSecond.toFixed(0)} per s = ${((sub.concurrent.inFlight / sub.concurrent.perSecond) * 1000).toFixed(0)} ms, the latency the throughput allows by Little's law)`,
      `   stored afterwards: ${sub.stored.submitted} of ${sub.stored.expected} submitted, ${sub.stored.passed} passed (${sub.stored.expectedPassed} expected)`,
    )
    const js = s.javascript
    out.push(
      '',
      '3. JavaScript the learning pages load (<script src>, fetched from the server)',
      table(
        ['file', 'raw', 'gzip', 'loaded by'],
        js.files.map((f) => [
          `${f.src} (${f.file})`,
          `${f.rawBytes} B`,
          `${f.gzipBytes} B`,
          f.pages.join(', '),
        ]),
      ),
      `   pages: ${js.pages.map((p) => `${p.name} ${p.scripts.length} script(s), inline ${p.inlineScriptBytes} B`).join('; ')}`,
      `   all learning pages together: ${kB(js.totalRawBytes)} raw, ${kB(js.totalGzipBytes)} gzip (target ≤ ${kB(TARGETS.jsGzipBytes)} gzip) ${pass(js.totalGzipBytes <= TARGETS.jsGzipBytes)}`,
    )
  }
  out.push('', `Whole benchmark: ${Math.round((performance.now() - started) / 1000)} s`)
  return out.join('\n')
}

async function main() {
  const started = performance.now()
  if (STRIDE < 1 || LESSONS_PER_COURSE < 10) {
    throw new Error('scale: need ENROLMENTS/USERS ≤ COURSES and at least 10 lessons per course')
  }
  log('building (npm run build + bare server)…')
  await buildAll()
  const sections: Section[] = []
  if (process.env.BENCH_PGLITE !== '0') {
    log('PGlite:')
    const dir = tempDir()
    sections.push(
      await section('pglite', { dataDir: dir }, () => {
        const copy = tempDir()
        cpSync(dir, copy, { recursive: true })
        return { dataDir: copy }
      }),
    )
  } else log('BENCH_PGLITE=0: skipping the PGlite section')
  if (process.env.DATABASE_URL) {
    log('PostgreSQL:')
    sections.push(await postgres(process.env.DATABASE_URL))
  } else log('DATABASE_URL not set: skipping the PostgreSQL section')
  console.log(`\n${render(sections, started)}\n`)
  mkdirSync('bench/results', { recursive: true })
  const results = {
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
      memGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      loadAverageAtStart: LOAD_AT_START,
      loadAverageAtEnd: loadAverage(),
    },
    settings: {
      ...SETTINGS,
      organisations: ORGS,
      courses: COURSES,
      lessons: LESSONS,
      users: USERS,
      enrolments: ENROLMENTS,
      submissions: SUBMISSIONS,
      submitWarmup: SUBMIT_WARMUP,
      submitConcurrency: SUBMIT_CONCURRENCY,
    },
    targets: TARGETS,
    sections,
    totalSeconds: Math.round((performance.now() - started) / 1000),
  }
  writeFileSync('bench/results/learning-latest.json', `${JSON.stringify(results, null, 2)}\n`)
  log('figures written to bench/results/learning-latest.json')
}

const LOAD_AT_START = loadAverage()

// Imported (a probe reusing `seed`), it only defines; run as a script, it benchmarks.
if (import.meta.main) {
  try {
    await main()
  } catch (err) {
    console.error(err)
    process.exitCode = 1
  }
}
