import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
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

/** Who may read a curriculum or a guidebook: as a course's (ADR 014). */
export const SHARING = ['private', 'consortium', 'public'] as const
export type Sharing = (typeof SHARING)[number]

export const CURRICULUM_STATUSES = ['draft', 'published'] as const
export type CurriculumStatus = (typeof CURRICULUM_STATUSES)[number]

const orgRef = () => uuid().references(() => organisations.id, { onDelete: 'cascade' })
const userRef = () => uuid().references(() => users.id, { onDelete: 'set null' })

/**
 * A learning path: courses in order, each required or optional, completed when every required
 * course and `optionalToComplete` of the optional ones are. Owned by a school; `projectId` ties
 * it to a project, whose consortium may read it when shared so (loose, as courses do).
 */
export const curricula = pgTable(
  'curricula',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    title: jsonb().$type<LocalizedText>().notNull().default({}),
    summary: jsonb().$type<LocalizedText>().notNull().default({}),
    visibility: text().$type<Sharing>().notNull().default('private'),
    status: text().$type<CurriculumStatus>().notNull().default('draft'),
    projectId: uuid(),
    /** How many of the optional courses count towards completion (never more than there are). */
    optionalToComplete: integer().notNull().default(0),
    publishedAt: timestamp({ withTimezone: true }),
    authorId: userRef(),
    ...timestamps,
  },
  (t) => [
    index('curricula_tenant_idx').on(t.tenantId, t.status),
    index('curricula_visibility_idx').on(t.visibility, t.status),
    index('curricula_project_idx').on(t.projectId),
  ],
)

/** The courses of a curriculum, in order (`position` from 1). */
export const curriculumCourses = pgTable(
  'curriculum_courses',
  {
    tenantId: orgRef().notNull(),
    curriculumId: uuid()
      .notNull()
      .references(() => curricula.id, { onDelete: 'cascade' }),
    courseId: uuid()
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    required: boolean().notNull().default(true),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.curriculumId, t.courseId] }),
    index('curriculum_courses_course_idx').on(t.courseId),
  ],
)

/**
 * A person following a curriculum. `tenantId` is the curriculum's owner, `learnerOrgId` the school
 * the person followed it from. `completedAt` is set once, with the programme certificate
 * (credential kind `curriculum`, source = this row).
 */
export const curriculumFollowers = pgTable(
  'curriculum_followers',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    curriculumId: uuid()
      .notNull()
      .references(() => curricula.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    learnerOrgId: orgRef().notNull(),
    followedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('curriculum_followers_key').on(t.curriculumId, t.userId),
    index('curriculum_followers_user_idx').on(t.userId),
  ],
)

/** A guidebook: a document in several languages, one file (with its versions) per language. */
export const guidebooks = pgTable(
  'guidebooks',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    title: jsonb().$type<LocalizedText>().notNull().default({}),
    description: jsonb().$type<LocalizedText>().notNull().default({}),
    visibility: text().$type<Sharing>().notNull().default('private'),
    projectId: uuid(),
    authorId: userRef(),
    ...timestamps,
  },
  (t) => [
    index('guidebooks_tenant_idx').on(t.tenantId),
    index('guidebooks_visibility_idx').on(t.visibility),
  ],
)

/**
 * One uploaded file of a guidebook in one language; versions count from 1 per language and the
 * highest is the current one. The bytes live in the file store (src/lib/storage.ts) under
 * `storageKey`, checked by the documents module's rules (type by extension and first bytes).
 */
export const guidebookFiles = pgTable(
  'guidebook_files',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    guidebookId: uuid()
      .notNull()
      .references(() => guidebooks.id, { onDelete: 'cascade' }),
    lang: text().notNull(),
    version: integer().notNull(),
    fileName: text().notNull(),
    contentType: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    storageKey: text().notNull(),
    note: text().notNull().default(''),
    uploadedBy: userRef(),
    ...timestamps,
  },
  (t) => [uniqueIndex('guidebook_files_key').on(t.guidebookId, t.lang, t.version)],
)
