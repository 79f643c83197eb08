/**
 * The baseline for the home-page benchmark: a minimal Hono app on the same database that answers
 * with getHomeSummary() as JSON, without sessions, locale, CSRF, security headers or rendering.
 *
 *   GET /home          the summary for an actor loaded once at start (the query alone)
 *   GET /home-session  the same after the session lookup Ura does per request (cookie → actor)
 *   POST /session      starts a session for BENCH_LOGIN (Set-Cookie), for /home-session
 *   GET /lesson/:id    the database reads of Ura's lesson page (/app/learning/lessons/:id) for
 *                      the same actor, answered as JSON (bench/learning.ts)
 *   GET /lesson-session/:id  the same after the session lookup
 *
 * Configured like Ura (DATABASE_URL or URA_DATA_DIR, PORT) plus BENCH_LOGIN, the person whose
 * home page is measured. It never migrates: it expects a database Ura has already set up.
 */
import { serve } from '@hono/node-server'
import { sql } from 'drizzle-orm'
import { Hono } from 'hono'
import { openDb } from '#src/db/client.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { Ctx, Deps } from '#src/lib/context.ts'
import { loadEnv } from '#src/lib/env.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { createLogger } from '#src/lib/logger.ts'
import { createMailer } from '#src/lib/mailer.ts'
import { actorFromSession, startSession } from '#src/modules/auth/session.ts'
import { getHomeSummary } from '#src/modules/home/index.ts'
import { doneLessonIds, enrolmentById } from '#src/modules/learning/service/enrolment.ts'
import {
  getOutline,
  lessonsInOrder,
  listQuestions,
  loadLesson,
} from '#src/modules/learning/service/outline.ts'
import { myAttempts, passMarkOf } from '#src/modules/learning/service/quiz.ts'
import { loadActor, users } from '#src/modules/users/index.ts'

const env = loadEnv()
const login = process.env.BENCH_LOGIN
if (!login) throw new Error('BENCH_LOGIN is required')

const database = await openDb({ databaseUrl: env.databaseUrl, dataDir: env.dataDir })
const deps: Deps = {
  db: database.db,
  env,
  log: createLogger('silent'),
  mailer: createMailer(undefined, env.mailFrom),
  now: () => new Date(),
}
const [user] = await database.db
  .select({ id: users.id })
  .from(users)
  .where(sql`lower(${users.email}) = ${login.toLowerCase()}`)
if (!user) throw new Error(`no user ${login}`)
const actor = await loadActor(database.db, user.id, null, 'session')
const ctx: Ctx = { ...deps, actor, requestId: null }

/**
 * The reads of `renderLessonPage` in src/modules/learning/routes.tsx for a text or quiz lesson,
 * in the same order and with the same service calls (no `?lang=`, so no write), then what the
 * page shows as plain data: the lesson in the reading language, its neighbours, done or not, the
 * quiz's attempts. Assignment lessons are not measured (and not read here, so that this file
 * does not follow the assignments module): they answer null.
 */
async function lessonPage(ctx: Ctx, id: string) {
  const found = await loadLesson(ctx, id)
  const { course, lesson, role, enrolmentId } = found
  if (lesson.kind === 'assignment') return null
  const enrolment = enrolmentId ? await enrolmentById(ctx.db, enrolmentId) : null
  const readLang = enrolment?.contentLocale ?? ctx.actor?.locale ?? 'en'
  const [outline, done, attempts, questions] = await Promise.all([
    getOutline(ctx, course),
    enrolmentId ? doneLessonIds(ctx.db, enrolmentId) : Promise.resolve(new Set<string>()),
    enrolmentId && lesson.kind === 'quiz'
      ? myAttempts(ctx, enrolmentId, lesson.id)
      : Promise.resolve([]),
    lesson.kind === 'quiz' ? listQuestions(ctx, lesson) : Promise.resolve([]),
  ])
  const order = lessonsInOrder(outline)
  const at = order.findIndex((l) => l.id === lesson.id)
  return {
    course: { id: course.id, title: pickText(course.title, readLang).value },
    lesson: {
      id: lesson.id,
      kind: lesson.kind,
      title: pickText(lesson.title, readLang).value,
      bodyHtml: pickText(lesson.bodyHtml, readLang).value,
      minutes: lesson.minutes,
    },
    role,
    readLang,
    done: done.has(lesson.id),
    previous: order[at - 1]?.id ?? null,
    next: order[at + 1]?.id ?? null,
    attempts: attempts.map((a) => ({ id: a.id, number: a.number, percent: a.percent })),
    questionCount: questions.length,
    passMark: passMarkOf(lesson, course.passMark),
  }
}

const app = new Hono<AppEnv>()
app.use(async (c, next) => {
  c.set('deps', deps)
  await next()
})
app.get('/home', async (c) => c.json(await getHomeSummary(ctx)))
app.post('/session', async (c) => {
  await startSession(c, user.id, null)
  return c.json({ ok: true })
})
app.get('/home-session', async (c) => {
  const sessionActor = await actorFromSession(c)
  if (!sessionActor) return c.json({ error: 'no session' }, 401)
  return c.json(await getHomeSummary({ ...deps, actor: sessionActor, requestId: null }))
})

app.get('/lesson/:id', async (c) => c.json(await lessonPage(ctx, c.req.param('id'))))
app.get('/lesson-session/:id', async (c) => {
  const sessionActor = await actorFromSession(c)
  if (!sessionActor) return c.json({ error: 'no session' }, 401)
  return c.json(
    await lessonPage({ ...deps, actor: sessionActor, requestId: null }, c.req.param('id')),
  )
})

const server = serve({ fetch: app.fetch, port: env.port, hostname: '127.0.0.1' })
const shutdown = () => {
  server.close(async () => {
    await database.close()
    process.exit(0)
  })
  setTimeout(() => process.exit(1), 10_000).unref()
}
process.on('SIGTERM', shutdown)
process.on('SIGINT', shutdown)
