import { sql } from 'drizzle-orm'
import { timestamp, uuid } from 'drizzle-orm/pg-core'

/** Primary key: a random UUID made by the database (gen_random_uuid is core since PostgreSQL 13). */
export const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`)

export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
}
