import { serve } from '@hono/node-server'
import { EnvError, loadEnv } from '#src/lib/env.ts'
import { createApp } from './app.tsx'
import { boot } from './boot.ts'

/** Starts Ura: configuration, database, demo data on first start, then the HTTP server. */
async function main() {
  let env: ReturnType<typeof loadEnv>
  try {
    env = loadEnv()
  } catch (err) {
    if (err instanceof EnvError) {
      console.error(err.message)
      process.exit(1)
    }
    throw err
  }
  const { deps, database, demoAccounts } = await boot(env)
  const app = createApp(deps)
  const server = serve({ fetch: app.fetch, port: env.port, hostname: env.host }, (info) => {
    deps.log.info(
      {
        port: info.port,
        host: env.host,
        database: database.kind,
        dataDir: database.kind === 'pglite' ? env.dataDir : undefined,
      },
      'ura listening',
    )
    if (demoAccounts) {
      const lines = demoAccounts.map(
        (a) => `  ${a.role.padEnd(22)} ${a.login.padEnd(40)} ${a.password}`,
      )
      console.log(
        `\nUra is running at ${env.baseUrl}\nDemo data loaded. Sign in with:\n  ${'role'.padEnd(22)} ${'login'.padEnd(40)} password\n${lines.join('\n')}\n`,
      )
    } else {
      console.log(`\nUra is running at ${env.baseUrl}\n`)
    }
  })

  let closing = false
  const shutdown = (signal: string) => {
    if (closing) return
    closing = true
    deps.log.info({ signal }, 'shutting down')
    // Stop taking connections, let requests in flight finish, then close the database.
    const force = setTimeout(() => process.exit(1), 10_000)
    force.unref()
    server.close(async () => {
      await database.close()
      deps.log.info('stopped')
      process.exit(0)
    })
    if ('closeIdleConnections' in server) server.closeIdleConnections()
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}

await main()
