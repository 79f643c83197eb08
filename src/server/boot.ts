import { type Database, openDb } from '#src/db/client.ts'
import { runMigrations } from '#src/db/migrate.ts'
import type { Deps } from '#src/lib/context.ts'
import type { Env } from '#src/lib/env.ts'
import { createLogger } from '#src/lib/logger.ts'
import { createMailer } from '#src/lib/mailer.ts'
import { type DemoAccount, isDatabaseEmpty, loadDemoData } from '#src/modules/demo/index.ts'

export type Booted = { deps: Deps; database: Database; demoAccounts: DemoAccount[] | null }

/** Opens the database, applies migrations and, on an empty embedded database, loads demo data. */
export async function boot(env: Env): Promise<Booted> {
  const log = createLogger(env.logLevel)
  const database = await openDb({
    databaseUrl: env.databaseUrl,
    dataDir: env.dataDir,
    pgliteSharedBuffers: env.pgliteSharedBuffers,
  })
  await runMigrations(database)
  const deps: Deps = {
    db: database.db,
    env,
    log,
    mailer: createMailer(env.smtpUrl, env.mailFrom),
    now: () => new Date(),
  }
  const wantsDemo =
    env.demoData === 'true' || (env.demoData === 'auto' && database.kind === 'pglite')
  let demoAccounts: DemoAccount[] | null = null
  if (wantsDemo && (await isDatabaseEmpty(database.db))) {
    demoAccounts = await loadDemoData(deps)
  }
  return { deps, database, demoAccounts }
}
