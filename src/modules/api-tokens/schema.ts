import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { id, timestamps } from '#src/db/columns.ts'
import { organisations } from '../organisations/schema.ts'
import { users } from '../users/schema.ts'

/** Personal access tokens for the JSON API: act as their user, within one organisation. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    /** The first characters, shown in lists so a person recognises a token. */
    prefix: text().notNull(),
    tokenHash: text().notNull().unique(),
    lastUsedAt: timestamp({ withTimezone: true }),
    expiresAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
)
