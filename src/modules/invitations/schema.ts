import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { id, timestamps } from '#src/db/columns.ts'
import { organisations } from '../organisations/schema.ts'
import type { Role } from '../users/schema.ts'
import { users } from '../users/schema.ts'

/** An invitation to join an organisation with a role. The link's token is stored as SHA-256. */
export const invitations = pgTable(
  'invitations',
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    email: text().notNull(),
    displayName: text().notNull().default(''),
    role: text().$type<Role>().notNull(),
    tokenHash: text().notNull().unique(),
    invitedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    revokedAt: timestamp({ withTimezone: true }),
    /** For a guardian invitation: the learner the guardian is linked to on acceptance. */
    learnerUserId: uuid().references(() => users.id, { onDelete: 'cascade' }),
    ...timestamps,
  },
  (t) => [
    index('invitations_tenant_idx').on(t.tenantId, t.createdAt),
    index('invitations_tenant_email_idx').on(t.tenantId, t.email),
  ],
)
