import { sql } from 'drizzle-orm'
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { id, timestamps } from '#src/db/columns.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { organisations } from '../organisations/schema.ts'
import { users } from '../users/schema.ts'

export const CREDENTIAL_KINDS = ['course', 'curriculum', 'event', 'mobility'] as const
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number]

/** A competence the achievement is aligned to (ESCO, DigComp, EntreComp …). */
export type AchievementAlignment = {
  targetName: string
  targetUrl: string
  targetFramework: string
  targetCode: string
}

/** What was achieved, as the issuing module describes it, in every language it has. */
export type AchievementInput = {
  name: LocalizedText
  description: LocalizedText
  /** Narrative: what the person did to earn it. */
  criteria: LocalizedText
  alignments: AchievementAlignment[]
}

/**
 * A certificate Ura issued, whatever module earned it (a course, a curriculum, an event, a
 * mobility). One row per (kind, source record): issuing twice returns the first. The public
 * `code` is what the verification page, the PDF's QR code and the Open Badge point at.
 */
export const credentials = pgTable(
  'credentials',
  {
    /** The issuing organisation. */
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    code: text().notNull(),
    kind: text().$type<CredentialKind>().notNull(),
    /** The record in the issuing module (an enrolment, a registration); loose, by id. */
    sourceId: text().notNull(),
    recipientUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    recipientName: text().notNull(),
    recipientEmail: text(),
    /** The recipient's language: the PDF's and the Open Badge's texts. */
    locale: text().notNull(),
    achievement: jsonb().$type<AchievementInput>().notNull(),
    /** The Open Badge's `credentialSubject.id`: random per credential, so badges do not link a person. */
    subjectId: uuid().notNull().default(sql`gen_random_uuid()`),
    issuedAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    revokedReason: text(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('credentials_code_key').on(t.code),
    uniqueIndex('credentials_source_key').on(t.kind, t.sourceId),
    index('credentials_tenant_idx').on(t.tenantId, t.issuedAt),
  ],
)

/**
 * The keys Open Badges are signed with (ES256). The one without `retiredAt` signs; retired ones
 * stay published in the JWKS so that badges signed earlier still verify. The private key is
 * stored as a JWK without encryption: Ura has no application secret (ADR 013).
 */
export const credentialKeys = pgTable(
  'credential_keys',
  {
    kid: text().primaryKey(),
    alg: text().notNull(),
    publicJwk: jsonb().$type<Record<string, unknown>>().notNull(),
    privateJwk: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    retiredAt: timestamp({ withTimezone: true }),
  },
  // At most one current key, so two processes creating the first key at once keep one.
  () => [uniqueIndex('credential_keys_one_current').on(sql`(true)`).where(sql`retired_at is null`)],
)
