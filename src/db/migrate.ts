import path from 'node:path'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import type { PgliteDatabase } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { projectRoot } from '#src/lib/paths.ts'
import type { Database } from './client.ts'

const migrationsFolder = path.join(projectRoot, 'drizzle')

/** Applies every migration in `drizzle/` that the database has not seen yet. */
export async function runMigrations(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder })
  } else {
    await migratePg(database.db, { migrationsFolder })
  }
}
