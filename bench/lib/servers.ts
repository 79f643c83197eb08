import { spawnSync } from 'node:child_process'
import { build } from 'esbuild'
import { waitFor200 } from './http.ts'
import { freePort, type Server, startNode } from './proc.ts'

export const URA_SCRIPT = 'dist/server.mjs'
export const BARE_SCRIPT = 'bench/.build/bare-server.mjs'

/** `npm run build` (Ura as it ships), then the bare server bundled the same way. */
export async function buildAll(): Promise<number> {
  const started = performance.now()
  const npm = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] })
  if (npm.status !== 0) throw new Error('npm run build failed')
  await build({
    entryPoints: ['bench/bare-server.ts'],
    outfile: BARE_SCRIPT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    packages: 'external',
    jsx: 'automatic',
    jsxImportSource: 'hono/jsx',
    logLevel: 'warning',
  })
  return performance.now() - started
}

/** Where the database lives: a PGlite folder or a PostgreSQL URL. */
export type DbTarget = { dataDir: string } | { databaseUrl: string }

function dbEnv(db: DbTarget): Record<string, string> {
  return 'dataDir' in db
    ? { URA_DATA_DIR: db.dataDir, DATABASE_URL: '' }
    : { DATABASE_URL: db.databaseUrl }
}

/**
 * Starts the built Ura as an operator would (production mode), logging warnings only so that
 * the request log does not weigh on the figures. Plain HTTP on loopback, so no Secure cookies.
 */
export async function startUra(
  db: DbTarget,
  demo: 'auto' | 'true' | 'false' = 'auto',
  extraEnv: Record<string, string> = {},
) {
  const port = await freePort()
  const server = startNode(
    URA_SCRIPT,
    {
      ...dbEnv(db),
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      URA_SECURE_COOKIES: 'false',
      URA_DEMO_DATA: demo,
      URA_BASE_URL: `http://127.0.0.1:${port}`,
      ...extraEnv,
    },
    port,
  )
  const msToFirst200 = await waitFor200(server, '/signin', { timeoutMs: 180_000 })
  return { server, msToFirst200 }
}

/** Starts the bare Hono baseline (bench/bare-server.ts) on a database Ura has set up. */
export async function startBare(db: DbTarget, login: string): Promise<Server> {
  const port = await freePort()
  const server = startNode(
    BARE_SCRIPT,
    { ...dbEnv(db), NODE_ENV: 'production', LOG_LEVEL: 'silent', BENCH_LOGIN: login },
    port,
  )
  await waitFor200(server, '/home', { timeoutMs: 120_000 })
  return server
}
