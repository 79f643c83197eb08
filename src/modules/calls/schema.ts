import { sql } from 'drizzle-orm'
import {
  boolean,
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

export const CALL_STATUSES = ['draft', 'open', 'closed', 'decided'] as const
export type CallStatus = (typeof CALL_STATUSES)[number]

export const CALL_PARTICIPANT_TYPES = ['learner', 'staff'] as const
export type CallParticipantType = (typeof CALL_PARTICIPANT_TYPES)[number]

export const DOCUMENT_KINDS = [
  'id_copy',
  'cv',
  'motivation_letter',
  'parental_consent',
  'medical',
  'other',
] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'withdrawn',
  'under_review',
  'selected',
  'waiting_list',
  'rejected',
  'appealed',
] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

export const DECISION_OUTCOMES = ['selected', 'waiting_list', 'rejected'] as const
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number]

export const CONSENT_METHODS = ['email_link', 'in_person', 'in_app'] as const
export type ConsentMethod = (typeof CONSENT_METHODS)[number]

export const APPEAL_STATUSES = ['pending', 'upheld', 'dismissed'] as const
export type AppealStatus = (typeof APPEAL_STATUSES)[number]

/** A destination of a call: a country and, optionally, a host organisation there. */
export type CallDestination = { country: string; organisationId?: string | null }

const orgRef = () => uuid().references(() => organisations.id, { onDelete: 'cascade' })
const userRef = () => uuid().references(() => users.id, { onDelete: 'set null' })
const tz = () => timestamp({ withTimezone: true })

/** A call for applications to one mobility activity (reference activity-type code). */
export const calls = pgTable(
  'calls',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    projectId: uuid().references(() => projects.id, { onDelete: 'set null' }),
    slug: text().notNull(),
    activityType: text().notNull(),
    participantType: text().$type<CallParticipantType>().notNull(),
    title: jsonb().$type<LocalizedText>().notNull(),
    text: jsonb().$type<LocalizedText>().notNull().default({}),
    places: integer().notNull(),
    /** How many applicants after the selected ones go on the waiting list. */
    waitingListPlaces: integer().notNull().default(0),
    /** Weighted total (0-100) below which an application is rejected whatever the places. */
    minTotalScore: integer(),
    /** The mobility period. */
    startDate: date({ mode: 'string' }).notNull(),
    endDate: date({ mode: 'string' }).notNull(),
    applyFrom: tz().notNull(),
    applyUntil: tz().notNull(),
    destinations: jsonb().$type<CallDestination[]>().notNull().default([]),
    eligibility: jsonb().$type<LocalizedText>().notNull().default({}),
    /** Age at the mobility start date, inclusive bounds. */
    minAge: integer(),
    maxAge: integer(),
    status: text().$type<CallStatus>().notNull().default('draft'),
    appealDays: integer().notNull().default(10),
    /**
     * The course (learning) a selected participant must take before leaving: when their mobility
     * is approved they are enrolled in it. Loose reference: a course removed later is ignored.
     */
    preparationCourseId: uuid(),
    publishedAt: tz(),
    closedAt: tz(),
    decidedAt: tz(),
    createdByUserId: userRef(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('calls_slug_key').on(t.slug),
    index('calls_tenant_status_idx').on(t.tenantId, t.status, t.applyUntil),
    index('calls_project_idx').on(t.projectId),
  ],
)

/** A weighted selection criterion of a call. Scores run from 0 to maxScore. */
export const callCriteria = pgTable(
  'call_criteria',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    position: integer().notNull().default(0),
    name: jsonb().$type<LocalizedText>().notNull(),
    weight: integer().notNull(),
    maxScore: integer().notNull(),
    isFewerOpportunities: boolean().notNull().default(false),
    ...timestamps,
  },
  (t) => [index('call_criteria_call_idx').on(t.callId, t.position)],
)

/** A document applicants upload with their application. */
export const callRequiredDocuments = pgTable(
  'call_required_documents',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    position: integer().notNull().default(0),
    kind: text().$type<DocumentKind>().notNull(),
    label: jsonb().$type<LocalizedText>().notNull().default({}),
    required: boolean().notNull().default(true),
    /** Only asked of applicants under 18 at the start date (e.g. parental consent). */
    minorsOnly: boolean().notNull().default(false),
    ...timestamps,
  },
  (t) => [index('call_required_documents_call_idx').on(t.callId, t.position)],
)

/** A person's application to a call. tenantId is the calling organisation. */
export const applications = pgTable(
  'applications',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    applicantUserId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text().$type<ApplicationStatus>().notNull().default('draft'),
    /** Snapshot of the applicant's date of birth, ISO date. */
    dateOfBirth: date({ mode: 'string' }),
    motivation: text().notNull().default(''),
    answers: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    submittedAt: tz(),
    withdrawnAt: tz(),
    decision: text().$type<DecisionOutcome>(),
    decidedAt: tz(),
    appealUntil: tz(),
    rank: integer(),
    totalScore: numeric({ precision: 7, scale: 3 }),
    /** Set by the mobility module when it creates the mobility from this application. */
    mobilityId: uuid(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('applications_call_applicant_key').on(t.callId, t.applicantUserId),
    index('applications_tenant_call_status_idx').on(t.tenantId, t.callId, t.status),
    index('applications_applicant_idx').on(t.applicantUserId),
  ],
)

/** A file uploaded with an application; the bytes live in src/lib/storage.ts under storageKey. */
export const applicationDocuments = pgTable(
  'application_documents',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    requiredDocumentId: uuid().references(() => callRequiredDocuments.id, {
      onDelete: 'set null',
    }),
    kind: text().$type<DocumentKind>().notNull(),
    storageKey: text().notNull(),
    fileName: text().notNull(),
    contentType: text().notNull(),
    size: integer().notNull(),
    uploadedByUserId: userRef(),
    ...timestamps,
  },
  (t) => [index('application_documents_application_idx').on(t.applicationId)],
)

/**
 * A guardian's consent to a minor's application: by e-mail link, recorded in person by a
 * coordinator, or given in the app by a guardian linked to the learner.
 */
export const guardianConsents = pgTable(
  'guardian_consents',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    guardianUserId: userRef(),
    guardianName: text().notNull(),
    guardianEmail: text(),
    method: text().$type<ConsentMethod>().notNull(),
    tokenHash: text(),
    tokenExpiresAt: tz(),
    sentAt: tz(),
    consentedAt: tz(),
    declinedAt: tz(),
    recordedByUserId: userRef(),
    note: text().notNull().default(''),
    ...timestamps,
  },
  (t) => [
    index('guardian_consents_application_idx').on(t.applicationId),
    uniqueIndex('guardian_consents_token_key')
      .on(t.tokenHash)
      .where(sql`${t.tokenHash} is not null`),
  ],
)

/** A member of a call's selection panel (staff of the calling organisation). */
export const panelMembers = pgTable(
  'panel_members',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('panel_members_key').on(t.callId, t.userId),
    index('panel_members_user_idx').on(t.userId),
  ],
)

/** A panel member's declaration for one application: a conflict excludes them from scoring it. */
export const conflictDeclarations = pgTable(
  'conflict_declarations',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    panelMemberUserId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    hasConflict: boolean().notNull(),
    reason: text().notNull().default(''),
    ...timestamps,
  },
  (t) => [uniqueIndex('conflict_declarations_key').on(t.applicationId, t.panelMemberUserId)],
)

/** One panel member's score of one application on one criterion. */
export const scores = pgTable(
  'scores',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    criterionId: uuid()
      .notNull()
      .references(() => callCriteria.id, { onDelete: 'cascade' }),
    panelMemberUserId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    score: integer().notNull(),
    comment: text().notNull().default(''),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('scores_key').on(t.applicationId, t.criterionId, t.panelMemberUserId),
    index('scores_application_idx').on(t.applicationId),
  ],
)

/** A decision on an application (the last one counts; promotions add one). */
export const decisions = pgTable(
  'decisions',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    outcome: text().$type<DecisionOutcome>().notNull(),
    rank: integer(),
    totalScore: numeric({ precision: 7, scale: 3 }),
    reason: text().notNull().default(''),
    decidedByUserId: userRef(),
    decidedAt: tz().notNull(),
    notificationSentAt: tz(),
    ...timestamps,
  },
  (t) => [index('decisions_application_idx').on(t.applicationId, t.decidedAt)],
)

/** An applicant's appeal against a decision, within the call's appeal window. */
export const appeals = pgTable(
  'appeals',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    decisionId: uuid().references(() => decisions.id, { onDelete: 'set null' }),
    text: text().notNull(),
    status: text().$type<AppealStatus>().notNull().default('pending'),
    response: text().notNull().default(''),
    submittedAt: tz().notNull(),
    resolvedAt: tz(),
    resolvedByUserId: userRef(),
    ...timestamps,
  },
  (t) => [index('appeals_application_idx').on(t.applicationId)],
)
