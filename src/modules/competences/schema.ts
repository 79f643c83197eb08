import { sql } from 'drizzle-orm'
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { id, timestamps } from '#src/db/columns.ts'
import { courses } from '../learning/schema.ts'
import { organisations } from '../organisations/schema.ts'
import { users } from '../users/schema.ts'

export const RATING_PHASES = ['pre', 'post', 'self'] as const
export type RatingPhase = (typeof RATING_PHASES)[number]

/**
 * A person's rating of themself on one competence: before a course (`pre`), after completing it
 * (`post`), or at any time from their profile (`self`, no course). `level` is the position on the
 * competence's scale (1 = lowest, levels.json). `tenantId` is the organisation the rating counts
 * for: the one the person enrolled from, or was working in when rating themself; its gap view
 * counts it. A new rating of the same kind replaces the old one.
 */
export const competenceRatings = pgTable(
  'competence_ratings',
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    code: text().notNull(),
    phase: text().$type<RatingPhase>().notNull(),
    courseId: uuid().references(() => courses.id, { onDelete: 'cascade' }),
    level: integer().notNull(),
    ratedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('competence_ratings_course_key')
      .on(t.userId, t.courseId, t.phase, t.code)
      .where(sql`course_id is not null`),
    uniqueIndex('competence_ratings_self_key')
      .on(t.tenantId, t.userId, t.code)
      .where(sql`course_id is null`),
    index('competence_ratings_tenant_idx').on(t.tenantId, t.code),
  ],
)
