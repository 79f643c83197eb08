import { sql } from 'drizzle-orm'
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, timestamps } from '#src/db/columns.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { organisations } from '../organisations/schema.ts'
import { projects, workPackages } from '../projects/schema.ts'
import { users } from '../users/schema.ts'

export const EVENT_TYPES = [
  'info_day',
  'launch_event',
  'conference',
  'training',
  'study_visit',
  'webinar',
  'multiplier_event',
  'skills_competition',
] as const
export type EventType = (typeof EVENT_TYPES)[number]

export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const
export type EventStatus = (typeof EVENT_STATUSES)[number]

export const QUESTION_KINDS = ['text', 'yes_no', 'choice'] as const
export type QuestionKind = (typeof QUESTION_KINDS)[number]

/** A custom question on the registration form. `options` only for `choice`. */
export type EventQuestion = {
  id: string
  kind: QuestionKind
  label: LocalizedText
  required: boolean
  options: LocalizedText[]
}

/** An event an organisation holds: an Info Day, a conference, a study visit… */
export const events = pgTable(
  'events',
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    slug: text().notNull(),
    type: text().$type<EventType>().notNull(),
    title: jsonb().$type<LocalizedText>().notNull(),
    description: jsonb().$type<LocalizedText>().notNull().default({}),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    /** IANA zone the event happens in; times are stored in UTC and shown in this zone. */
    timeZone: text().notNull(),
    venueName: text(),
    venueAddress: text(),
    onlineUrl: text(),
    /** Null: no limit. */
    capacity: integer(),
    registrationOpensAt: timestamp({ withTimezone: true }),
    registrationClosesAt: timestamp({ withTimezone: true }),
    needsApproval: boolean().notNull().default(false),
    questions: jsonb().$type<EventQuestion[]>().notNull().default([]),
    projectId: uuid().references(() => projects.id, { onDelete: 'set null' }),
    workPackageId: uuid().references(() => workPackages.id, { onDelete: 'set null' }),
    status: text().$type<EventStatus>().notNull().default('draft'),
    publishedAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('events_slug_key').on(t.slug),
    index('events_tenant_starts_idx').on(t.tenantId, t.startsAt),
    index('events_project_idx').on(t.projectId),
    index('events_published_starts_idx').on(t.startsAt).where(sql`${t.status} = 'published'`),
  ],
)

export const REGISTRATION_STATUSES = [
  'awaiting_guardian',
  'pending_approval',
  'confirmed',
  'waitlisted',
  'cancelled',
  'rejected',
] as const
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]

/** Statuses that hold one of the event's places. */
export const HOLDS_PLACE: readonly RegistrationStatus[] = ['pending_approval', 'confirmed']

/** A person's registration for an event. People need no account; staff may add walk-ins. */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    status: text().$type<RegistrationStatus>().notNull(),
    name: text().notNull(),
    /** Null for people registered by staff who have no e-mail. */
    email: text(),
    /** The participant's language for mails, ticket and certificate. */
    locale: text().notNull(),
    dateOfBirth: text(),
    guardianName: text(),
    guardianEmail: text(),
    guardianConfirmedAt: timestamp({ withTimezone: true }),
    answers: jsonb().$type<Record<string, string>>().notNull().default({}),
    /**
     * Capability for the participant's own page (ticket, cancel, feedback, certificate). Stored as
     * is: it is re-sent in reminders, and the outbox keeps the mails that carry it anyway.
     */
    accessToken: text().notNull(),
    /** Short code in the ticket's QR (a verification URL) and typed at the door. */
    ticketCode: text().notNull(),
    guardianToken: text(),
    waitlistedAt: timestamp({ withTimezone: true }),
    confirmedAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
    checkedInAt: timestamp({ withTimezone: true }),
    checkedInBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    reminderSentAt: timestamp({ withTimezone: true }),
    certificateCode: text(),
    certificateIssuedAt: timestamp({ withTimezone: true }),
    registeredBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('event_registrations_event_idx').on(t.tenantId, t.eventId, t.status),
    uniqueIndex('event_registrations_access_key').on(t.accessToken),
    uniqueIndex('event_registrations_ticket_key').on(t.ticketCode),
    uniqueIndex('event_registrations_guardian_key').on(t.guardianToken),
    uniqueIndex('event_registrations_certificate_key').on(t.certificateCode),
    uniqueIndex('event_registrations_email_key')
      .on(t.eventId, sql`lower(${t.email})`)
      .where(sql`${t.email} is not null and ${t.status} not in ('cancelled', 'rejected')`),
  ],
)

/** One feedback response per registration, from the tokenised link after the event. */
export const eventFeedback = pgTable(
  'event_feedback',
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    registrationId: uuid()
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    overall: smallint().notNull(),
    content: smallint().notNull(),
    organisation: smallint().notNull(),
    usefulness: smallint().notNull(),
    comment: text(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('event_feedback_registration_key').on(t.registrationId),
    index('event_feedback_event_idx').on(t.tenantId, t.eventId),
  ],
)
