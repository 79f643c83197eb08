import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, timestamps } from '#src/db/columns.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { courses } from '../learning/schema.ts'
import { organisations } from '../organisations/schema.ts'
import { users } from '../users/schema.ts'

/** Moderation: an entry is public only once a platform administrator approved it (ADR 021). */
export const CATALOGUE_STATUSES = ['pending', 'approved', 'rejected'] as const
export type CatalogueStatus = (typeof CATALOGUE_STATUSES)[number]

export const COURSE_MODES = ['on_site', 'online', 'blended'] as const
export type CourseMode = (typeof COURSE_MODES)[number]

/** A small fixed list of topics, translated, so filters and translations stay exact (ADR 021). */
export const COURSE_TOPICS = [
  'mobility_management',
  'project_management',
  'languages',
  'digital',
  'green',
  'inclusion',
  'teaching_methods',
  'work_based_learning',
  'quality',
  'leadership',
] as const
export type CourseTopic = (typeof COURSE_TOPICS)[number]

/** Languages a course may be taught in (ISO 639-1), named by Intl in the reader's language. */
export const INSTRUCTION_LANGUAGES = [
  'sq',
  'en',
  'sr',
  'mk',
  'bs',
  'hr',
  'de',
  'it',
  'fr',
  'es',
  'sl',
  'el',
  'tr',
] as const

const tenant = () =>
  uuid()
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' })

/**
 * A training offer in the course database, submitted by a school (`tenantId`). The provider is
 * a Ura organisation (`providerOrgId`) or an outside one by name and country. `courseId` names
 * the Ura course it is, when it is one: completing that course lets a person review the entry.
 */
export const catalogueEntries = pgTable(
  'catalogue_entries',
  {
    tenantId: tenant(),
    id: id(),
    providerOrgId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
    providerName: text().notNull().default(''),
    providerCountry: text(),
    title: jsonb().$type<LocalizedText>().notNull().default({}),
    description: jsonb().$type<LocalizedText>().notNull().default({}),
    topics: text().array().$type<CourseTopic[]>().notNull().default([]),
    iscedField: text().notNull(),
    eqfLevel: integer(),
    languages: text().array().notNull().default([]),
    selfPaced: boolean().notNull().default(false),
    startsOn: date({ mode: 'string' }),
    endsOn: date({ mode: 'string' }),
    feeEur: numeric({ precision: 12, scale: 2 }),
    mode: text().$type<CourseMode>().notNull(),
    city: text().notNull().default(''),
    country: text(),
    capacity: integer(),
    url: text(),
    courseId: uuid().references(() => courses.id, { onDelete: 'set null' }),
    status: text().$type<CatalogueStatus>().notNull().default('pending'),
    rejectionReason: text().notNull().default(''),
    reviewedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('catalogue_entries_tenant_idx').on(t.tenantId, t.status, t.updatedAt),
    index('catalogue_entries_status_idx').on(t.status, t.startsOn),
  ],
)

/** A review of an entry by a person who completed its Ura course; `tenantId` is their school. */
export const catalogueReviews = pgTable(
  'catalogue_reviews',
  {
    tenantId: tenant(),
    id: id(),
    entryId: uuid()
      .notNull()
      .references(() => catalogueEntries.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    rating: integer().notNull(),
    text: text().notNull().default(''),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('catalogue_reviews_entry_user_key').on(t.entryId, t.userId),
    index('catalogue_reviews_tenant_idx').on(t.tenantId, t.entryId),
  ],
)
