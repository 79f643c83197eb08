import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { serve } from '@hono/node-server'
import pg from 'pg'
import { loadEnv } from '#src/lib/env.ts'
import { createApp } from '#src/server/app.tsx'
import { type Booted, boot } from '#src/server/boot.ts'

export type RunningUra = {
  /** `http://127.0.0.1:<port>`, also Ura's URA_BASE_URL, so links in e-mails point here. */
  baseUrl: string
  booted: Booted
  close(): Promise<void>
}

const root = path.resolve(import.meta.dirname, '../../..')

/** Bundles the client script the pages load (`dist/public/app.js`, served at /static/app.js). */
export function buildClient() {
  const node = path.join(root, 'node_modules/.bin/node')
  execFileSync(existsSync(node) ? node : process.execPath, ['scripts/build.mjs'], {
    cwd: root,
    stdio: 'pipe',
  })
}

/**
 * A fresh, empty database for this test file: a PGlite folder in a temp dir, or, when
 * DATABASE_URL is set, a uniquely named database on that server (dropped by `drop`).
 */
async function freshDatabase(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL
  if (!serverUrl) {
    const dir = mkdtempSync(path.join(tmpdir(), 'ura-e2e-'))
    return {
      env: { URA_DATA_DIR: dir },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    }
  }
  // Not `ura_t_…`: the unit tests' global setup drops those.
  const name = `ura_e2e_${randomBytes(5).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const dropper = new pg.Client({ connectionString: serverUrl })
      await dropper.connect()
      await dropper.query(`drop database if exists ${name} with (force)`)
      await dropper.end()
    },
  }
}

/**
 * Starts Ura in this process the way a newcomer's first start does (migrations, then demo data),
 * on 127.0.0.1 with a port the system picks.
 */
export async function startUra(): Promise<RunningUra> {
  const database = await freshDatabase()
  // Listen first: the port decides URA_BASE_URL, which the app needs before it is built.
  let handler: ((req: Request) => Response | Promise<Response>) | null = null
  const server = serve({
    fetch: (req) => (handler ? handler(req) : new Response('starting', { status: 503 })),
    port: 0,
    hostname: '127.0.0.1',
  })
  await new Promise<void>((resolve) =>
    server.listening ? resolve() : server.once('listening', resolve),
  )
  const { port } = server.address() as AddressInfo
  const baseUrl = `http://127.0.0.1:${port}`
  const env = loadEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.URA_E2E_LOG_LEVEL ?? 'silent',
    URA_BASE_URL: baseUrl,
    URA_DEMO_DATA: 'true',
    ...database.env,
  })
  const booted = await boot(env)
  const app = createApp(booted.deps)
  handler = (req) => app.fetch(req)
  return {
    baseUrl,
    booted,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        if ('closeAllConnections' in server) server.closeAllConnections()
      })
      await booted.database.close()
      await database.drop()
    },
  }
}
