/**
 * The baseline for the home-page benchmark: a minimal Hono app on the same database that answers
 * with getHomeSummary() as JSON, without sessions, locale, CSRF, security headers or rendering.
 *
 *   GET /home          the summary for an actor loaded once at start (the query alone)
 *   GET /home-session  the same after the session lookup Ura does per request (cookie → actor)
 *   POST /session      starts a session for BENCH_LOGIN (Set-Cookie), for /home-session
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
import { createLogger } from '#src/lib/logger.ts'
import { createMailer } from '#src/lib/mailer.ts'
import { actorFromSession, startSession } from '#src/modules/auth/session.ts'
import { getHomeSummary } from '#src/modules/home/index.ts'
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
