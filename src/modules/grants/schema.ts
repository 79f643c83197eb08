import { boolean, integer, numeric, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { id, timestamps } from '#src/db/columns.ts'
import { users } from '../users/schema.ts'

/** The rate categories of the Programme Guide's ranges: experts and accompanying persons use staff. */
export const RATE_CATEGORIES = ['learner', 'staff'] as const
export type RateCategory = (typeof RATE_CATEGORIES)[number]

/**
 * A National Agency's individual-support base rate per day, for one call year. The National Agency
 * of the sending country fixes it within the Programme Guide's range, so rates are platform-wide
 * (not per organisation): one row per (call year, sending country, rate category, receiving
 * country group), entered by a platform administrator. `isDemo` marks the demo's invented values.
 */
export const nationalAgencyRates = pgTable(
  'national_agency_rates',
  {
    id: id(),
    callYear: integer().notNull(),
    /** ISO 3166 alpha-2 of the National Agency's country (GR for Greece, not EL). */
    sendingCountry: text().notNull(),
    participantType: text().$type<RateCategory>().notNull(),
    countryGroup: integer().notNull(),
    ratePerDay: numeric({ precision: 16, scale: 2 }).notNull(),
    isDemo: boolean().notNull().default(false),
    updatedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('national_agency_rates_key').on(
      t.callYear,
      t.sendingCountry,
      t.participantType,
      t.countryGroup,
    ),
  ],
)
