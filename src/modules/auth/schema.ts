import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { timestamps } from '#src/db/columns.ts'
import { organisations } from '../organisations/schema.ts'
import { users } from '../users/schema.ts'

/** Server-side sessions. The cookie holds a random token; only its SHA-256 is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    activeTenantId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    userAgent: text(),
    ...timestamps,
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
)

/**
 * Single-use secrets sent by e-mail or handed over in person: password resets, activation codes,
 * and links that confirm a new e-mail address (`newEmail` holds that address until it is confirmed).
 */
export const oneTimeTokens = pgTable(
  'one_time_tokens',
  {
    id: text().primaryKey(),
    purpose: text().$type<'password_reset' | 'activation' | 'email_change'>().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tenantId: uuid().references(() => organisations.id, { onDelete: 'cascade' }),
    newEmail: text(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [index('one_time_tokens_user_idx').on(t.userId, t.purpose)],
)

/** Fixed-window counters for rate limits, kept in the database so app servers stay stateless. */
export const rateLimits = pgTable('rate_limits', {
  key: text().primaryKey(),
  count: integer().notNull(),
  resetAt: timestamp({ withTimezone: true }).notNull(),
})
