import {
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
import { organisations } from '../organisations/schema.ts'
import { projects } from '../projects/schema.ts'
import { users } from '../users/schema.ts'

export const PROGRAMMES = ['erasmus_plus', 'interreg_ipa', 'national', 'donor', 'other'] as const
export type Programme = (typeof PROGRAMMES)[number]

/** The kinds of organisation an opportunity names; an organisation's own type is one of them. */
export const FUNDING_ORG_TYPES = [
  'vet_school',
  'school',
  'ngo',
  'public_body',
  'company',
  'chamber',
  'university',
  'other',
] as const
export type FundingOrgType = (typeof FUNDING_ORG_TYPES)[number]

export const FUNDING_ROLES = ['applicant', 'partner'] as const
export type FundingRole = (typeof FUNDING_ROLES)[number]

/** Whether a value was checked against a source Ura holds (ADR 019); unconfirmed ones say "verify". */
export const CONFIDENCE = ['confirmed', 'unconfirmed'] as const
export type Confidence = (typeof CONFIDENCE)[number]

/** Country groups a rule may name instead of listing countries (from src/reference/erasmus-vet-<year>.json). */
export const COUNTRY_GROUPS = [
  'eu_member_states',
  'associated_third_countries',
  'western_balkans_not_associated',
] as const
export type CountryGroup = (typeof COUNTRY_GROUPS)[number]

/**
 * Who may take part in one role: organisations of these countries (ISO codes, XK for Kosovo, or
 * group names) and of these types (none listed: any type). Several rules for a role are "or".
 */
export type EligibilityRule = {
  role: FundingRole
  countries: string[]
  organisationTypes: string[]
  confidence: Confidence
  note: LocalizedText
}

export const STAGES = [
  'idea',
  'partners_found',
  'drafting',
  'submitted',
  'funded',
  'rejected',
  'withdrawn',
] as const
export type Stage = (typeof STAGES)[number]

const orgRef = () => uuid().references(() => organisations.id, { onDelete: 'cascade' })

/**
 * A funding opportunity. `organisationId` null: the platform register every school reads, edited
 * by platform administrators only; otherwise a school's private entry, invisible to other schools.
 * `seedKey` names a seeded row, so loading the seed again updates nothing twice (ADR 019).
 */
export const fundingOpportunities = pgTable(
  'funding_opportunities',
  {
    id: id(),
    organisationId: orgRef(),
    seedKey: text(),
    programme: text().$type<Programme>().notNull(),
    actionCode: text().notNull().default(''),
    title: jsonb().$type<LocalizedText>().notNull().default({}),
    summary: jsonb().$type<LocalizedText>().notNull().default({}),
    /** In euro; either or both may be missing (a note then says what is known). */
    budgetMinEur: numeric({ precision: 16, scale: 2 }),
    budgetMaxEur: numeric({ precision: 16, scale: 2 }),
    budgetNote: jsonb().$type<LocalizedText>().notNull().default({}),
    /** ISO 3166 codes of the countries whose organisations may take part in some role. */
    eligibleCountries: text().array().notNull().default([]),
    organisationTypes: text().array().notNull().default([]),
    roles: text().array().$type<FundingRole[]>().notNull().default([]),
    /** The share the funder pays, in percent; null when not known or not a rate (lump sums). */
    coFinancingRate: integer(),
    url: text(),
    applicationLanguages: text().array().notNull().default([]),
    eligibility: jsonb().$type<EligibilityRule[]>().notNull().default([]),
    confidence: text().$type<Confidence>().notNull().default('unconfirmed'),
    sourceNote: jsonb().$type<LocalizedText>().notNull().default({}),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('funding_opportunities_org_idx').on(t.organisationId, t.programme),
    uniqueIndex('funding_opportunities_seed_key').on(t.seedKey),
  ],
)

/** One deadline of an opportunity: the instant, and the zone the funder names it in. */
export const fundingDeadlines = pgTable(
  'funding_deadlines',
  {
    id: id(),
    opportunityId: uuid()
      .notNull()
      .references(() => fundingOpportunities.id, { onDelete: 'cascade' }),
    at: timestamp({ withTimezone: true }).notNull(),
    timeZone: text().notNull(),
    ...timestamps,
  },
  (t) => [
    index('funding_deadlines_opportunity_idx').on(t.opportunityId, t.at),
    index('funding_deadlines_at_idx').on(t.at),
  ],
)

/** A person of a school watching an opportunity: they get its deadline reminders. */
export const fundingWatches = pgTable(
  'funding_watches',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    opportunityId: uuid()
      .notNull()
      .references(() => fundingOpportunities.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    ...timestamps,
  },
  (t) => [
    index('funding_watches_tenant_idx').on(t.tenantId, t.opportunityId),
    uniqueIndex('funding_watches_key').on(t.opportunityId, t.userId),
  ],
)

/**
 * A reminder sent: one row per watch, deadline (at that instant) and threshold. The insert claims
 * it, so a second run, or two at once, sends nothing again; a moved deadline is reminded anew.
 */
export const fundingReminders = pgTable(
  'funding_reminders',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    watchId: uuid()
      .notNull()
      .references(() => fundingWatches.id, { onDelete: 'cascade' }),
    deadlineId: uuid()
      .notNull()
      .references(() => fundingDeadlines.id, { onDelete: 'cascade' }),
    deadlineAt: timestamp({ withTimezone: true }).notNull(),
    thresholdDays: integer().notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('funding_reminders_key').on(t.watchId, t.deadlineId, t.deadlineAt, t.thresholdDays),
  ],
)

/**
 * A school's application for an opportunity, from idea to result. `partnerIds` are organisations
 * of the school's partner network (the directory's ids). A funded one links to the project it made.
 */
export const fundingApplications = pgTable(
  'funding_applications',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    opportunityId: uuid()
      .notNull()
      .references(() => fundingOpportunities.id, { onDelete: 'restrict' }),
    title: text().notNull(),
    ownerId: uuid().references(() => users.id, { onDelete: 'set null' }),
    notes: text().notNull().default(''),
    stage: text().$type<Stage>().notNull().default('idea'),
    partnerIds: text().array().notNull().default([]),
    requestedAmountEur: numeric({ precision: 16, scale: 2 }),
    submittedOn: date(),
    projectId: uuid().references(() => projects.id, { onDelete: 'set null' }),
    stageChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ...timestamps,
  },
  (t) => [
    index('funding_applications_tenant_idx').on(t.tenantId, t.stage),
    index('funding_applications_opportunity_idx').on(t.opportunityId),
  ],
)
