import {
  boolean,
  date,
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

export const PARTNERSHIP_KINDS = [
  'memorandum',
  'inter_institutional',
  'cooperation',
  'other',
] as const
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number]

/** Participants a year per Erasmus+ activity code (`{ "LM-SHORT-VET": 6 }`). */
export type MobilityQuotas = Record<string, number>

/**
 * An agreement between the recording organisation (`tenantId`) and a partner: a memorandum of
 * understanding, an inter-institutional agreement… Its status (active, expiring, expired) is
 * derived from the dates, never stored.
 */
export const partnerships = pgTable(
  'partnerships',
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    partnerId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text().$type<PartnershipKind>().notNull(),
    validFrom: date({ mode: 'string' }).notNull(),
    validTo: date({ mode: 'string' }).notNull(),
    scope: jsonb().$type<LocalizedText>().notNull().default({}),
    quotas: jsonb().$type<MobilityQuotas>().notNull().default({}),
    /** The signed PDF, under the data folder (`files/partnerships/<tenant>/<id>.pdf`). */
    documentPath: text(),
    documentName: text(),
    documentSize: integer(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('partnerships_tenant_valid_to_idx').on(t.tenantId, t.validTo),
    index('partnerships_partner_idx').on(t.partnerId),
  ],
)

/**
 * One renewal reminder sent: per agreement, threshold (90 or 30 days) and end date, so a renewed
 * agreement (a new end date) is reminded again and a daily run never repeats itself.
 */
export const partnershipReminders = pgTable(
  'partnership_reminders',
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    partnershipId: uuid()
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    thresholdDays: integer().notNull(),
    validTo: date({ mode: 'string' }).notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull(),
    recipients: integer().notNull().default(0),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('partnership_reminders_once_key').on(t.partnershipId, t.thresholdDays, t.validTo),
    index('partnership_reminders_tenant_idx').on(t.tenantId),
  ],
)

/**
 * A twinning pair as in V2V: an EU school (`coachId`) coaching a Western Balkans school
 * (`coachedId`). Recorded by one of the two (`tenantId`); both sides see and work on it.
 */
export const twinningPairs = pgTable(
  'twinning_pairs',
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    coachId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    coachedId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The programme or project the pair belongs to ("V2V"), free text. */
    programme: text().notNull().default(''),
    startsOn: date({ mode: 'string' }),
    endsOn: date({ mode: 'string' }),
    ...timestamps,
  },
  (t) => [
    index('twinning_pairs_coach_idx').on(t.coachId),
    index('twinning_pairs_coached_idx').on(t.coachedId),
    uniqueIndex('twinning_pairs_pair_key').on(t.coachId, t.coachedId, t.programme),
  ],
)

export const GOAL_STATUSES = ['planned', 'in_progress', 'achieved', 'dropped'] as const
export type GoalStatus = (typeof GOAL_STATUSES)[number]

/** One goal of a pair's coaching plan. `tenantId` is the pair's recorder. */
export const twinningGoals = pgTable(
  'twinning_goals',
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    pairId: uuid()
      .notNull()
      .references(() => twinningPairs.id, { onDelete: 'cascade' }),
    title: jsonb().$type<LocalizedText>().notNull(),
    targetDate: date({ mode: 'string' }),
    status: text().$type<GoalStatus>().notNull().default('planned'),
    ...timestamps,
  },
  (t) => [index('twinning_goals_pair_idx').on(t.pairId, t.targetDate)],
)

/** A progress note on a goal, written by someone of either side of the pair. */
export const twinningNotes = pgTable(
  'twinning_notes',
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    goalId: uuid()
      .notNull()
      .references(() => twinningGoals.id, { onDelete: 'cascade' }),
    authorOrgId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    authorUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    body: text().notNull(),
    /** The goal's status set with this note, if it changed. */
    status: text().$type<GoalStatus>(),
    ...timestamps,
  },
  (t) => [index('twinning_notes_goal_idx').on(t.goalId, t.createdAt)],
)

/**
 * A company in the recording school's register of host companies for work-based learning. The
 * company is an organisation (often external: it has no account in Ura).
 */
export const hostCompanies = pgTable(
  'host_companies',
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** ISCED-F 2013 broad field code ("10" Services). */
    sector: text().notNull(),
    occupations: text().array().notNull().default([]),
    languages: text().array().notNull().default([]),
    acceptsMinors: boolean().notNull().default(false),
    contactName: text().notNull().default(''),
    contactEmail: text(),
    contactPhone: text(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('host_companies_tenant_org_key').on(t.tenantId, t.organisationId),
    index('host_companies_tenant_sector_idx').on(t.tenantId, t.sector),
  ],
)

/** How many learners a host company takes in a period ("2 learners, March to May 2026"). */
export const hostCapacities = pgTable(
  'host_capacities',
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    hostCompanyId: uuid()
      .notNull()
      .references(() => hostCompanies.id, { onDelete: 'cascade' }),
    learners: integer().notNull(),
    fromDate: date({ mode: 'string' }).notNull(),
    toDate: date({ mode: 'string' }).notNull(),
    note: text().notNull().default(''),
    ...timestamps,
  },
  (t) => [index('host_capacities_company_idx').on(t.hostCompanyId, t.fromDate)],
)

export const CHECK_TYPES = [
  'risk_assessment',
  'site_visit',
  'criminal_record',
  'safeguarding_training',
  'insurance',
  'other',
] as const
export type CheckType = (typeof CHECK_TYPES)[number]

/** One safeguarding check of a host company: what, when, by whom, until when it holds. */
export const safeguardingChecks = pgTable(
  'safeguarding_checks',
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    hostCompanyId: uuid()
      .notNull()
      .references(() => hostCompanies.id, { onDelete: 'cascade' }),
    checkType: text().$type<CheckType>().notNull(),
    checkedOn: date({ mode: 'string' }).notNull(),
    checkedBy: text().notNull(),
    validUntil: date({ mode: 'string' }),
    ...timestamps,
  },
  (t) => [index('safeguarding_checks_company_idx').on(t.hostCompanyId, t.checkType)],
)
