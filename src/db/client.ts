import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import type { NodePgDatabase } from 'drizzle-orm/node-postgres'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import pg from 'pg'

/**
 * One type for both engines. PGlite's Drizzle database has the same query API; typing it as the
 * node-postgres one keeps services free of unions. No schema is attached: the database layer
 * knows no module, and queries name their tables (`db.select().from(users)`).
 */
export type Db = NodePgDatabase
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]
export type DbOrTx = Db | Tx

export type Database = {
  db: Db
  kind: 'pglite' | 'postgres'
  /** Runs raw SQL (several statements allowed); used by migrations and test setup. */
  exec(sql: string): Promise<void>
  close(): Promise<void>
  /** PGlite only: the underlying instance, for dumping a data dir in tests. */
  pglite?: PGlite
}

export type OpenDbOptions = {
  databaseUrl?: string | undefined
  /** A folder for PGlite's data, or `memory://`. */
  dataDir?: string
  /** PGlite only: start from a `dumpDataDir()` tarball (fast test databases). */
  loadDataDir?: Blob
  poolSize?: number
  /** PGlite only: its buffer cache (`shared_buffers`), e.g. `16MB` (the default). */
  pgliteSharedBuffers?: string | undefined
}

/*
 * PGlite's own start flags (from its defaultStartParams), to which Ura adds a smaller buffer
 * cache. PostgreSQL's default of 128 MB sits inside the WASM heap of the Node process: with it
 * the embedded server idled at 513 MiB and peaked at 719 MiB (issue 9). A school's database
 * fits the operating system's file cache just as well, so 16 MB is the default; `npm run bench`
 * prints the memory and the throughput with the setting in place.
 */
const PGLITE_START_PARAMS = [
  '--single',
  '-F',
  '-O',
  '-j',
  '-c',
  'search_path=public',
  '-c',
  'exit_on_error=false',
  '-c',
  'log_checkpoints=false',
  '-c',
  'max_worker_processes=0',
  '-c',
  'max_parallel_workers=0',
  '-c',
  'max_parallel_workers_per_gather=0',
  '-c',
  'io_method=sync',
  '-c',
  'max_parallel_maintenance_workers=0',
]
export const DEFAULT_PGLITE_SHARED_BUFFERS = '16MB'

/** Opens PostgreSQL when a URL is given, otherwise the embedded PGlite in `dataDir/db`. */
export async function openDb(options: OpenDbOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 })
    // An idle connection can die (a database restart, an operator ending it). pg drops it from the
    // pool and the next query opens a new one; without a listener the error would crash the process.
    pool.on('error', (err) => {
      process.emitWarning(`idle PostgreSQL connection closed: ${err.message}`)
    })
    const db = drizzlePg(pool, { casing: 'snake_case' })
    return {
      db,
      kind: 'postgres',
      exec: async (sql) => {
        await pool.query(sql)
      },
      close: () => pool.end(),
    }
  }
  const dataDir = options.dataDir ?? 'memory://'
  let target = dataDir
  if (!dataDir.startsWith('memory://')) {
    target = path.join(dataDir, 'db')
    mkdirSync(target, { recursive: true })
  }
  const startParams = [
    ...PGLITE_START_PARAMS,
    '-c',
    `shared_buffers=${options.pgliteSharedBuffers ?? DEFAULT_PGLITE_SHARED_BUFFERS}`,
  ]
  const client = await PGlite.create(target, {
    startParams,
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  })
  const db = drizzlePglite(client, { casing: 'snake_case' }) as unknown as Db
  return {
    db,
    kind: 'pglite',
    exec: async (sql) => {
      await client.exec(sql)
    },
    close: () => client.close(),
    pglite: client,
  }
}
