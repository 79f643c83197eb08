import { boolean, index, jsonb, numeric, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { id, timestamps } from '#src/db/columns.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'

export const ORGANISATION_TYPES = [
  'vet_school',
  'company',
  'public_body',
  'ngo',
  'university',
  'other',
] as const
export type OrganisationType = (typeof ORGANISATION_TYPES)[number]

/** An organisation is Ura's tenant: a school, a company, a partner institution. */
export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    slug: text().notNull(),
    name: jsonb().$type<LocalizedText>().notNull(),
    type: text().$type<OrganisationType>().notNull(),
    country: text().notNull(),
    city: text().notNull().default(''),
    latitude: numeric({ precision: 9, scale: 6 }),
    longitude: numeric({ precision: 9, scale: 6 }),
    website: text(),
    erasmusOid: text(),
    erasmusPic: text(),
    workingLanguages: text().array().notNull().default([]),
    defaultLocale: text().notNull().default('en'),
    /** IANA zone for showing times to this organisation's people. */
    timeZone: text().notNull().default('Europe/Tirane'),
    /** Listed in the directory without anyone of it using Ura yet (partners, host companies). */
    isExternal: boolean().notNull().default(false),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('organisations_slug_key').on(t.slug),
    uniqueIndex('organisations_oid_key').on(t.erasmusOid),
    index('organisations_country_idx').on(t.country),
  ],
)
