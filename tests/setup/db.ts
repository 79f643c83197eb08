import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import pg from 'pg'
import { inject } from 'vitest'
import { type Database, openDb } from '../../src/db/client.ts'

type PostgresTarget = Extract<ReturnType<typeof inject<'testDb'>>, { kind: 'postgres' }>

/**
 * Clones this run's migrated PostgreSQL template into a new database. Returns its URL and a
 * function that drops it (politely first: a pool's end() resolves before its sockets close, and
 * a forced drop would kill a connection still saying goodbye).
 */
export async function clonePostgresTemplate(target: PostgresTarget) {
  const name = `${target.prefix}${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: target.url })
  await admin.connect()
  // CREATE DATABASE … TEMPLATE needs the template to have no other connections; retry briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`create database ${name} template ${target.template}`)
      break
    } catch (err) {
      if (attempt > 20) throw err
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200))
    }
  }
  await admin.end()
  const url = new URL(target.url)
  url.pathname = `/${name}`
  const drop = async () => {
    const dropper = new pg.Client({ connectionString: target.url })
    await dropper.connect()
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        await dropper.query(`drop database if exists ${name}`)
        break
      } catch {
        await new Promise((r) => setTimeout(r, 100))
      }
    }
    await dropper.query(`drop database if exists ${name} with (force)`)
    await dropper.end()
  }
  return { url: url.toString(), drop }
}

/** A fresh, migrated database for one test file: PGlite in memory, or a PostgreSQL clone. */
export async function openTestDb(): Promise<Database> {
  const target = inject('testDb')
  if (target.kind === 'pglite') {
    const blob = new Blob([readFileSync(target.file)])
    return openDb({ dataDir: 'memory://', loadDataDir: blob })
  }
  const clone = await clonePostgresTemplate(target)
  const database = await openDb({ databaseUrl: clone.url, poolSize: 4 })
  const close = database.close
  return {
    ...database,
    close: async () => {
      await close()
      await clone.drop()
    },
  }
}
