import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { id, timestamps } from '#src/db/columns.ts'
import { organisations } from '../organisations/schema.ts'

/**
 * Every e-mail Ura sends is written here first. With SMTP configured it is then sent and marked
 * `sent`; without, it stays `stored` and administrators read it in the outbox page.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: id(),
    tenantId: uuid().references(() => organisations.id, { onDelete: 'cascade' }),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    status: text().$type<'stored' | 'sent' | 'failed'>().notNull().default('stored'),
    error: text(),
    sentAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [index('outbox_tenant_idx').on(t.tenantId, t.createdAt)],
)
