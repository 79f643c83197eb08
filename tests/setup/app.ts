import { afterAll } from 'vitest'
import type { Database } from '../../src/db/client.ts'
import type { Ctx, Deps } from '../../src/lib/context.ts'
import { loadEnv } from '../../src/lib/env.ts'
import { createLogger } from '../../src/lib/logger.ts'
import { createRecordingMailer } from '../../src/lib/mailer.ts'
import { loadActor } from '../../src/modules/users/index.ts'
import { createApp } from '../../src/server/app.tsx'
import { TestClient } from './client.ts'
import { openTestDb } from './db.ts'
import { Factories } from './factories.ts'

export type TestApp = {
  database: Database
  deps: Deps
  app: ReturnType<typeof createApp>
  mailer: ReturnType<typeof createRecordingMailer>
  make: Factories
  /** A browser-like client (cookies, CSRF) with nobody signed in. */
  anonymous(): TestClient
  /** A client signed in as this user (by the real sign-in form). */
  signedIn(login: string, password?: string): Promise<TestClient>
  /** A service context acting as this user in this organisation. */
  ctxFor(userId: string, tenantId?: string | null): Promise<Ctx>
  /** Moves the clock used by services (rate limits, expiries). */
  setNow(date: Date): void
}

/** One app on one fresh database per test file; closed after the file's tests. */
export async function setupTestApp(
  options: { env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await openTestDb()
  const mailer = createRecordingMailer()
  let now: Date | null = null
  const env = loadEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    URA_BASE_URL: 'http://ura.test',
    ...options.env,
  })
  const deps: Deps = {
    db: database.db,
    env,
    log: createLogger('silent'),
    mailer,
    now: () => now ?? new Date(),
  }
  const app = createApp(deps)
  const make = new Factories(deps)
  afterAll(async () => {
    await database.close()
  })
  return {
    database,
    deps,
    app,
    mailer,
    make,
    anonymous: () => new TestClient(app),
    async signedIn(login, password = Factories.PASSWORD) {
      const client = new TestClient(app)
      const res = await client.post('/signin', { login, password })
      if (res.status !== 303) throw new Error(`sign-in as ${login} failed: ${res.status}`)
      return client
    },
    async ctxFor(userId, tenantId = null) {
      const actor = await loadActor(database.db, userId, tenantId, 'session')
      return { ...deps, actor, requestId: 'test' }
    },
    setNow(date) {
      now = date
    },
  }
}
