import { index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { id, timestamps } from '#src/db/columns.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { organisations } from '../organisations/schema.ts'
import { users } from '../users/schema.ts'

/**
 * A competence of a school's own list, beside the four European frameworks. Its `code`
 * (`org:<slug>`) is unique across Ura and never changes, so a course shared with a consortium,
 * or a rating, names the same competence after it is renamed.
 */
export const ownCompetences = pgTable(
  'own_competences',
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    code: text().notNull(),
    name: jsonb().$type<LocalizedText>().notNull().default({}),
    description: jsonb().$type<LocalizedText>().notNull().default({}),
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('own_competences_code_key').on(t.code),
    index('own_competences_tenant_idx').on(t.tenantId, t.createdAt),
  ],
)
