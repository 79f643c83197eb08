import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, inject } from 'vitest'
import { clonePostgresTemplate } from '../../tests/setup/db.ts'
import { type Database, openDb } from '../db/client.ts'
import { run } from './index.ts'

/**
 * Test helpers for the CLI. The CLI opens its database from the environment, so each test
 * database is one it can reach: a PGlite folder made from the migrated template, or a clone of
 * the PostgreSQL template. Both are removed after the test file.
 */
export type CliEnv = Record<string, string>

const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

export async function freshEnv(): Promise<CliEnv> {
  const base = { NODE_ENV: 'test', URA_BASE_URL: 'http://ura.test', URA_DEMO_DATA: 'false' }
  const target = inject('testDb')
  if (target.kind === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'ura-cli-'))
    const template = new Blob([readFileSync(target.file)])
    await (await openDb({ dataDir: dir, loadDataDir: template })).close()
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }))
    return { ...base, URA_DATA_DIR: dir }
  }
  const clone = await clonePostgresTemplate(target)
  cleanups.push(clone.drop)
  return { ...base, DATABASE_URL: clone.url }
}

function collector() {
  let text = ''
  return {
    write: (chunk: string) => {
      text += chunk
    },
    get text() {
      return text
    },
  }
}

/** Runs a command; options become flags (`true` for a flag without a value). */
export async function ura(
  env: CliEnv,
  command: string | string[],
  options: Record<string, string | true> = {},
) {
  const argv = Array.isArray(command) ? [...command] : [command]
  for (const [key, value] of Object.entries(options)) {
    argv.push(`--${key}`)
    if (value !== true) argv.push(value)
  }
  const stdout = collector()
  const stderr = collector()
  const code = await run(argv, { env, stdout, stderr })
  return { code, stdout: stdout.text, stderr: stderr.text }
}

/** Opens the CLI's database for a look; PGlite allows one opener at a time, so it closes after. */
export async function withDb<T>(env: CliEnv, fn: (database: Database) => Promise<T>) {
  const database = env.DATABASE_URL
    ? await openDb({ databaseUrl: env.DATABASE_URL })
    : await openDb({ dataDir: env.URA_DATA_DIR! })
  try {
    return await fn(database)
  } finally {
    await database.close()
  }
}
