import {
  boolean,
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
import { calls } from '../calls/schema.ts'
import { mobilities } from '../mobility/schema.ts'
import { organisations } from '../organisations/schema.ts'
import { projects } from '../projects/schema.ts'
import { users } from '../users/schema.ts'

/** One line of a mobility's grant. `amount` is euros with two decimals, as stored in numeric. */
export type GrantLine = {
  item: GrantItem
  amount: string
  /** Set when individual support (and so the total) is a range: no National Agency rate yet. */
  max?: string
  /** Numbers for the view's explanation (days, rates, band); keys as in grants' notes. */
  params: Record<string, number | string>
}

export const GRANT_ITEMS = [
  'travel',
  'organisationalSupport',
  'individualSupport',
  'inclusionSupport',
  'courseFees',
  'linguisticSupport',
  'exceptionalCosts',
] as const
export type GrantItem = (typeof GRANT_ITEMS)[number]

export const EXCEPTIONAL_KINDS = [
  'expensive_travel',
  'financial_guarantee',
  'visa_permits_vaccinations_medical_certificates',
] as const
export type ExceptionalKind = (typeof EXCEPTIONAL_KINDS)[number]

/** What the coordinator entered and what was looked up when the grant was computed. */
export type GrantInputs = {
  activityType: string
  receivingCountry: string
  startDate: string
  endDate: string
  distanceKm: number
  distanceSource: 'ec_calculator' | 'estimate'
  greenTravel: boolean
  activityDays: number
  travelDaysRequested: number
  participantsBefore: number
  fewerOpportunities: boolean
  isAccompanying: boolean
  /** Where the base rate came from: the National Agency of this country, or none (a range). */
  nationalAgencyCountry: string | null
  baseRate: number | null
  baseRateIsDemo: boolean
  linguisticSupport: boolean
  linguisticReinforced: boolean
  exceptional: { kind: ExceptionalKind; realCost: string; justification: string }[]
}

export type GrantNote = { key: string; params: Record<string, number | string> }

const orgRef = () => uuid().references(() => organisations.id, { onDelete: 'cascade' })
const money = () => numeric({ precision: 16, scale: 2 })

/**
 * The grant of one mobility as last computed: a snapshot, so a later change of rules or rates
 * never silently changes a grant already approved. `version` counts recomputations (each one is
 * in the audit log); `rulesVersion` names the rules file and its content hash.
 */
export const mobilityGrants = pgTable(
  'mobility_grants',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    mobilityId: uuid()
      .notNull()
      .references(() => mobilities.id, { onDelete: 'cascade' }),
    projectId: uuid().references(() => projects.id, { onDelete: 'set null' }),
    callId: uuid().references(() => calls.id, { onDelete: 'set null' }),
    activityType: text().notNull(),
    callYear: integer().notNull(),
    rulesVersion: text().notNull(),
    version: integer().notNull().default(1),
    inputs: jsonb().$type<GrantInputs>().notNull(),
    lines: jsonb().$type<GrantLine[]>().notNull(),
    notes: jsonb().$type<GrantNote[]>().notNull().default([]),
    travel: money().notNull(),
    organisationalSupport: money().notNull(),
    individualSupportMin: money().notNull(),
    individualSupportMax: money().notNull(),
    inclusionSupport: money().notNull(),
    courseFees: money().notNull(),
    linguisticSupport: money().notNull(),
    exceptionalCosts: money().notNull(),
    totalMin: money().notNull(),
    totalMax: money().notNull(),
    isDistanceEstimated: boolean().notNull().default(false),
    computedAt: timestamp({ withTimezone: true }).notNull(),
    computedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('mobility_grants_mobility_key').on(t.mobilityId),
    index('mobility_grants_tenant_project_idx').on(t.tenantId, t.projectId),
    index('mobility_grants_tenant_call_idx').on(t.tenantId, t.callId),
  ],
)

/** One column of an export: a key Ura knows and the header text written for it. */
export type ExportColumn = { key: string; header: string }

/**
 * An organisation's Beneficiary Module export profile: which columns, in which order, under
 * which headers, and the 5-letter activity codes of the Unique Mobility ID. No row: the default
 * profile of the current Beneficiary Module release (src/modules/mobility-reports/bm-default.json).
 */
export const exportProfiles = pgTable(
  'export_profiles',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    release: text().notNull(),
    columns: jsonb().$type<ExportColumn[]>().notNull(),
    activityCodes: jsonb().$type<Record<string, string>>().notNull(),
    updatedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [uniqueIndex('export_profiles_tenant_key').on(t.tenantId)],
)
