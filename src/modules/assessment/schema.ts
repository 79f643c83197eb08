import { sql } from 'drizzle-orm'
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, timestamps } from '#src/db/columns.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { organisations } from '../organisations/schema.ts'
import { users } from '../users/schema.ts'
import type { InstrumentContent, RespondentGroup } from './content.ts'

export const INSTRUMENT_KINDS = ['checklist', 'survey'] as const
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number]

export const VERSION_STATUSES = ['draft', 'published'] as const
export type VersionStatus = (typeof VERSION_STATUSES)[number]

export const ROUND_STATUSES = ['draft', 'open', 'closed'] as const
export type RoundStatus = (typeof ROUND_STATUSES)[number]

const userRef = () => uuid().references(() => users.id, { onDelete: 'set null' })

/**
 * A questionnaire: the capacity checklist Ura ships (`tenantId` null, read by every school) or a
 * school's own checklist or survey. What it asks lives in its versions.
 */
export const assessmentInstruments = pgTable(
  'assessment_instruments',
  {
    id: id(),
    tenantId: uuid().references(() => organisations.id, { onDelete: 'cascade' }),
    key: text().notNull(),
    kind: text().$type<InstrumentKind>().notNull(),
    title: jsonb().$type<LocalizedText>().notNull().default({}),
    description: jsonb().$type<LocalizedText>().notNull().default({}),
    /** The instrument this one was copied from (a school's copy of Ura's checklist). */
    basedOnId: uuid(),
    createdBy: userRef(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('assessment_instruments_key_idx').on(t.tenantId, t.key),
    // Ura's own instruments have no school: NULLs are distinct, so their keys need an index of their own.
    uniqueIndex('assessment_instruments_shipped_idx').on(t.key).where(sql`tenant_id is null`),
    index('assessment_instruments_based_on_idx').on(t.basedOnId),
  ],
)

/**
 * One version of an instrument's questions. A published version is never changed again: rounds
 * point at it. At most one draft per instrument, made from the latest version when a school edits.
 */
export const assessmentVersions = pgTable(
  'assessment_versions',
  {
    id: id(),
    instrumentId: uuid()
      .notNull()
      .references(() => assessmentInstruments.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    status: text().$type<VersionStatus>().notNull().default('draft'),
    content: jsonb().$type<InstrumentContent>().notNull(),
    publishedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex('assessment_versions_number_idx').on(t.instrumentId, t.version)],
)

/**
 * One asking of a version to chosen groups. An anonymous round stores no person with an answer:
 * its invitations only remember *that* they were used, and on which day.
 */
export const assessmentRounds = pgTable(
  'assessment_rounds',
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    versionId: uuid()
      .notNull()
      .references(() => assessmentVersions.id, { onDelete: 'restrict' }),
    title: text().notNull(),
    status: text().$type<RoundStatus>().notNull().default('draft'),
    anonymous: boolean().notNull().default(true),
    groups: jsonb().$type<RespondentGroup[]>().notNull(),
    /** The last day answers are taken (in the school's time zone); closing may come earlier. */
    closesOn: date({ mode: 'string' }),
    openedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    createdBy: userRef(),
    ...timestamps,
  },
  (t) => [index('assessment_rounds_tenant_idx').on(t.tenantId, t.status)],
)

/** A link (and its QR code) one group shares: whoever opens it answers once, anonymously. */
export const assessmentLinks = pgTable(
  'assessment_links',
  {
    id: id(),
    roundId: uuid()
      .notNull()
      .references(() => assessmentRounds.id, { onDelete: 'cascade' }),
    group: text().$type<RespondentGroup>().notNull(),
    token: text().notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('assessment_links_token_idx').on(t.token),
    uniqueIndex('assessment_links_group_idx').on(t.roundId, t.group),
  ],
)

/** A personal invitation by e-mail: its link answers once. Only the token's hash is kept. */
export const assessmentInvitations = pgTable(
  'assessment_invitations',
  {
    id: id(),
    roundId: uuid()
      .notNull()
      .references(() => assessmentRounds.id, { onDelete: 'cascade' }),
    group: text().$type<RespondentGroup>().notNull(),
    email: text().notNull(),
    locale: text().notNull(),
    tokenHash: text().notNull(),
    sentAt: timestamp({ withTimezone: true }),
    remindedAt: timestamp({ withTimezone: true }),
    /** The day the invitation was used (a day, not a time, so it cannot be matched to an answer). */
    respondedOn: date({ mode: 'string' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('assessment_invitations_token_idx').on(t.tokenHash),
    uniqueIndex('assessment_invitations_email_idx').on(t.roundId, t.email),
  ],
)

/**
 * One filled-in questionnaire. `invitationId` is set only in a named (not anonymous) round; an
 * anonymous answer keeps its group and the day, nothing else.
 */
export const assessmentResponses = pgTable(
  'assessment_responses',
  {
    id: id(),
    roundId: uuid()
      .notNull()
      .references(() => assessmentRounds.id, { onDelete: 'cascade' }),
    group: text().$type<RespondentGroup>().notNull(),
    submittedOn: date({ mode: 'string' }).notNull(),
    invitationId: uuid().references(() => assessmentInvitations.id, { onDelete: 'set null' }),
  },
  (t) => [index('assessment_responses_round_idx').on(t.roundId, t.group)],
)

/**
 * One answer to one question (a matrix row is `question.row`; a multiple choice is one row per
 * option chosen). `roundId` and `group` are copied from the response so results are one scan.
 */
export const assessmentAnswers = pgTable(
  'assessment_answers',
  {
    id: id(),
    responseId: uuid()
      .notNull()
      .references(() => assessmentResponses.id, { onDelete: 'cascade' }),
    roundId: uuid().notNull(),
    group: text().$type<RespondentGroup>().notNull(),
    questionKey: text().notNull(),
    /** A scale level, a matrix column (1…n) or a number. */
    num: doublePrecision(),
    /** An option's key, or 'na' for "not applicable". */
    choice: text(),
    text: text(),
  },
  (t) => [
    index('assessment_answers_round_idx').on(t.roundId, t.questionKey, t.group),
    index('assessment_answers_response_idx').on(t.responseId),
    /** The written answers the results page lists, without reading the round's scale answers. */
    index('assessment_answers_text_idx')
      .on(t.roundId, t.questionKey, t.id)
      .where(sql`${t.text} is not null`),
  ],
)

/** One tallied answer count: group, question key, value (level, column or number), choice, count. */
export type TallyRow = [
  group: RespondentGroup,
  key: string,
  num: number | null,
  choice: string | null,
  n: number,
]

/**
 * A closed round's counts, kept once: a closed round takes no more answers, so its results are read
 * from here instead of counting its answers again on every view (ADR 018). Counts only, no person.
 */
export const assessmentRoundTallies = pgTable('assessment_round_tallies', {
  roundId: uuid()
    .primaryKey()
    .references(() => assessmentRounds.id, { onDelete: 'cascade' }),
  /** Answers per group. */
  sizes: jsonb().$type<Partial<Record<RespondentGroup, number>>>().notNull(),
  answers: jsonb().$type<TallyRow[]>().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})
