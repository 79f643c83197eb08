import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import pg from 'pg'
import { inject } from 'vitest'
import { type Database, openDb } from '../../src/db/client.ts'

const TEMPLATE_DB = 'ura_test_template'

/** A fresh, migrated database for one test file: PGlite in memory, or a PostgreSQL clone. */
export async function openTestDb(): Promise<Database> {
  const target = inject('testDb')
  if (target.kind === 'pglite') {
    const blob = new Blob([readFileSync(target.file)])
    return openDb({ dataDir: 'memory://', loadDataDir: blob })
  }
  const name = `ura_t_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: target.url })
  await admin.connect()
  // CREATE DATABASE … TEMPLATE needs the template to have no other connections; retry briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`create database ${name} template ${TEMPLATE_DB}`)
      break
    } catch (err) {
      if (attempt > 20) throw err
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200))
    }
  }
  await admin.end()
  const url = new URL(target.url)
  url.pathname = `/${name}`
  const database = await openDb({ databaseUrl: url.toString(), poolSize: 4 })
  const close = database.close
  return {
    ...database,
    close: async () => {
      await close()
      const dropper = new pg.Client({ connectionString: target.url })
      await dropper.connect()
      await dropper.query(`drop database if exists ${name} with (force)`)
      await dropper.end()
    },
  }
}
