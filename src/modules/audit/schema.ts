import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { id, timestamps } from '#src/db/columns.ts'
import { organisations } from '../organisations/schema.ts'
import { users } from '../users/schema.ts'

/**
 * Who changed what and when, for personal data, roles and memberships. `changes` names the fields
 * and their old and new values, except secrets (never stored) and fields marked sensitive
 * (stored as "changed" only).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    tenantId: uuid().references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    actorUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    changes: jsonb()
      .$type<Record<string, { from?: unknown; to?: unknown }>>()
      .notNull()
      .default({}),
    requestId: text(),
    ...timestamps,
  },
  (t) => [
    index('audit_log_tenant_idx').on(t.tenantId, t.createdAt),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
  ],
)
