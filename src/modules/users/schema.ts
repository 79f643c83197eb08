import { sql } from 'drizzle-orm'
import {
  boolean,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, timestamps } from '#src/db/columns.ts'
import type { Role } from '#src/lib/roles.ts'
import { organisations } from '../organisations/schema.ts'

export { ROLES, type Role } from '#src/lib/roles.ts'

/** A person. Learners may have no e-mail: they sign in with a username set up by a one-time code. */
export const users = pgTable(
  'users',
  {
    id: id(),
    email: text(),
    username: text(),
    displayName: text().notNull(),
    passwordHash: text(),
    locale: text(),
    dateOfBirth: text(),
    phone: text(),
    isPlatformAdmin: boolean().notNull().default(false),
    isDisabled: boolean().notNull().default(false),
    failedSignIns: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    uniqueIndex('users_username_key').on(sql`lower(${t.username})`),
  ],
)

/** A person's role in one organisation. One role per person and organisation. */
export const memberships = pgTable(
  'memberships',
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text().$type<Role>().notNull(),
    title: text(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('memberships_tenant_user_key').on(t.tenantId, t.userId),
    index('memberships_user_idx').on(t.userId),
  ],
)

/** A guardian's link to a learner, within one organisation. */
export const guardianships = pgTable(
  'guardianships',
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    guardianUserId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    learnerUserId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    relation: text().notNull().default('parent'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('guardianships_key').on(t.tenantId, t.guardianUserId, t.learnerUserId),
    index('guardianships_learner_idx').on(t.tenantId, t.learnerUserId),
  ],
)
