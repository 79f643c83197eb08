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
import { organisations } from '../organisations/schema.ts'
import { projects } from '../projects/schema.ts'
import { users } from '../users/schema.ts'

export const MOBILITY_STATUSES = [
  'draft',
  'approved',
  'preparing',
  'ongoing',
  'completed',
  'cancelled',
  'interrupted',
] as const
export type MobilityStatus = (typeof MOBILITY_STATUSES)[number]

export const PARTICIPANT_TYPES = ['learner', 'staff', 'accompanying'] as const
export type ParticipantType = (typeof PARTICIPANT_TYPES)[number]

export const DIRECTIONS = ['outgoing', 'incoming'] as const
export type Direction = (typeof DIRECTIONS)[number]

export const TRAVEL_MODES = [
  'plane',
  'train',
  'bus',
  'car',
  'car_pooling',
  'boat',
  'other',
] as const
export type TravelMode = (typeof TRAVEL_MODES)[number]

export const DISTANCE_SOURCES = ['ec_calculator', 'estimate'] as const
export type DistanceSource = (typeof DISTANCE_SOURCES)[number]

export const AGREEMENT_STATUSES = ['draft', 'signing', 'signed', 'superseded'] as const
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number]

export const SIGNER_ROLES = ['participant', 'guardian', 'sending', 'receiving', 'host'] as const
export type SignerRole = (typeof SIGNER_ROLES)[number]

export const TODO_KINDS = [
  'insurance',
  'id_document',
  'consent',
  'emergency_contacts',
  'medical_information',
  'visa',
  'other',
] as const
export type TodoKind = (typeof TODO_KINDS)[number]

export const TODO_ASSIGNEES = ['learner', 'guardian', 'coordinator', 'host'] as const
export type TodoAssignee = (typeof TODO_ASSIGNEES)[number]

export const INCIDENT_SEVERITIES = ['low', 'medium', 'high'] as const
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number]

export const RECOGNITION_DECISIONS = ['full', 'partial', 'none'] as const
export type RecognitionDecision = (typeof RECOGNITION_DECISIONS)[number]

export const INCOMING_ITEMS = ['programme', 'mentor', 'accommodation', 'other'] as const
export type IncomingItem = (typeof INCOMING_ITEMS)[number]

/** One learning outcome unit of a learning agreement. */
export interface LearningOutcome {
  unit: string
  eqfLevel: number | null
  iscedField: string | null
  achieved?: boolean
}

/** What a learning agreement says; its SHA-256 over the canonical JSON is the content hash. */
export interface AgreementContent {
  outcomes: LearningOutcome[]
  tasks: string
  assessment: string
  mentors: string
}

export interface EmergencyContact {
  name: string
  relation: string
  phone: string
}

const orgRef = () => uuid().references(() => organisations.id, { onDelete: 'cascade' })
const userRef = () => uuid().references(() => users.id, { onDelete: 'set null' })
const mobilityRef = () =>
  uuid()
    .notNull()
    .references(() => mobilities.id, { onDelete: 'cascade' })

/**
 * A mobility of one participant. tenantId is the sending organisation; the receiving organisation
 * sees it as incoming. umidCounter is the per-project, per-activity-type counter of the Unique Mobility ID.
 */
export const mobilities = pgTable(
  'mobilities',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    applicationId: uuid(),
    callId: uuid(),
    projectId: uuid().references(() => projects.id, { onDelete: 'set null' }),
    participantUserId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    participantType: text().$type<ParticipantType>().notNull(),
    sendingOrganisationId: orgRef().notNull(),
    receivingOrganisationId: orgRef(),
    /** Free name when the receiving organisation is not in Ura. */
    receivingOrganisationName: text(),
    receivingCountry: text(),
    hostCompanyOrganisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
    hostCompanyName: text(),
    mentorName: text(),
    mentorEmail: text(),
    activityType: text().notNull(),
    startDate: date({ mode: 'string' }).notNull(),
    endDate: date({ mode: 'string' }).notNull(),
    travelStartDate: date({ mode: 'string' }),
    travelEndDate: date({ mode: 'string' }),
    direction: text().$type<Direction>().notNull().default('outgoing'),
    groupId: uuid(),
    isAccompanyingPerson: boolean().notNull().default(false),
    travelMode: text().$type<TravelMode>(),
    isGreenTravel: boolean().notNull().default(false),
    distanceKm: numeric({ precision: 10, scale: 2 }),
    distanceSource: text().$type<DistanceSource>(),
    fewerOpportunities: boolean().notNull().default(false),
    status: text().$type<MobilityStatus>().notNull().default('draft'),
    forceMajeure: boolean().notNull().default(false),
    forceMajeureReason: text(),
    umidCounter: integer(),
    attendanceConfirmedAt: timestamp({ withTimezone: true }),
    attendanceConfirmedBy: userRef(),
    /** Units of the signed agreement the receiving organisation confirms as achieved. */
    achievedUnits: jsonb().$type<string[]>(),
    receivingOutcomesNote: text(),
    /** Lower-case participant name, organisations and activity, kept by the service for search. */
    searchText: text().notNull().default(''),
    ...timestamps,
  },
  (t) => [
    index('mobilities_tenant_start_idx').on(t.tenantId, t.startDate.desc(), t.id),
    index('mobilities_tenant_status_idx').on(t.tenantId, t.status, t.startDate.desc()),
    index('mobilities_tenant_activity_idx').on(t.tenantId, t.activityType, t.startDate.desc()),
    index('mobilities_tenant_call_idx').on(t.tenantId, t.callId),
    index('mobilities_tenant_project_idx').on(t.tenantId, t.projectId),
    index('mobilities_receiving_idx').on(t.receivingOrganisationId, t.startDate.desc()),
    index('mobilities_participant_idx').on(t.participantUserId),
    index('mobilities_group_idx').on(t.tenantId, t.groupId),
    index('mobilities_application_idx').on(t.applicationId),
    uniqueIndex('mobilities_umid_key')
      .on(t.projectId, t.activityType, t.umidCounter)
      .where(sql`${t.umidCounter} is not null`),
  ],
)

/** Every status change of a mobility. */
export const mobilityStatusLog = pgTable(
  'mobility_status_log',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    mobilityId: mobilityRef(),
    fromStatus: text().$type<MobilityStatus>(),
    toStatus: text().$type<MobilityStatus>().notNull(),
    byUserId: userRef(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    note: text(),
  },
  (t) => [index('mobility_status_log_mobility_idx').on(t.mobilityId, t.at)],
)

/** A version of a learning agreement. A change after a signature makes a new version. */
export const learningAgreements = pgTable(
  'learning_agreements',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    mobilityId: mobilityRef(),
    version: integer().notNull(),
    contentJson: jsonb().$type<AgreementContent>().notNull(),
    contentHash: text().notNull(),
    status: text().$type<AgreementStatus>().notNull().default('draft'),
    ...timestamps,
  },
  (t) => [uniqueIndex('learning_agreements_version_key').on(t.mobilityId, t.version)],
)

/** A recorded signature: who signed which version, when, and the content hash they saw. */
export const laSignatures = pgTable(
  'la_signatures',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    agreementId: uuid()
      .notNull()
      .references(() => learningAgreements.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    role: text().$type<SignerRole>().notNull(),
    signerUserId: userRef(),
    signerName: text().notNull(),
    signedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    contentHash: text().notNull(),
    ip: text(),
  },
  (t) => [uniqueIndex('la_signatures_role_key').on(t.agreementId, t.role)],
)

/** A tokenised link by which an external signer (receiving organisation, host company) signs. */
export const laSigningRequests = pgTable(
  'la_signing_requests',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    agreementId: uuid()
      .notNull()
      .references(() => learningAgreements.id, { onDelete: 'cascade' }),
    role: text().$type<SignerRole>().notNull(),
    email: text().notNull(),
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('la_signing_requests_token_key').on(t.tokenHash),
    index('la_signing_requests_agreement_idx').on(t.agreementId),
  ],
)

/** The shared before/during/after to-do list of a mobility. */
export const mobilityTodos = pgTable(
  'mobility_todos',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    mobilityId: mobilityRef(),
    kind: text().$type<TodoKind>().notNull(),
    label: text(),
    assignedTo: text().$type<TodoAssignee>().notNull(),
    doneAt: timestamp({ withTimezone: true }),
    doneBy: userRef(),
    ...timestamps,
  },
  (t) => [index('mobility_todos_mobility_idx').on(t.mobilityId)],
)

/** Emergency contacts and medical information; purged deleteAfter (N days after return). */
export const mobilitySensitive = pgTable(
  'mobility_sensitive',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    mobilityId: mobilityRef(),
    emergencyContacts: jsonb().$type<EmergencyContact[]>().notNull().default([]),
    medicalInformation: jsonb().$type<{ text: string }>(),
    deleteAfter: date({ mode: 'string' }).notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('mobility_sensitive_mobility_key').on(t.mobilityId),
    index('mobility_sensitive_delete_idx').on(t.deleteAfter),
  ],
)

/** Something that happened during the stay. */
export const mobilityIncidents = pgTable(
  'mobility_incidents',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    mobilityId: mobilityRef(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    kind: text().notNull(),
    description: text().notNull(),
    actions: text().notNull().default(''),
    reportedBy: userRef(),
    severity: text().$type<IncidentSeverity>().notNull().default('low'),
    ...timestamps,
  },
  (t) => [index('mobility_incidents_mobility_idx').on(t.mobilityId, t.occurredAt)],
)

/** The participant's survey after return. */
export const participantReports = pgTable(
  'participant_reports',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    mobilityId: mobilityRef(),
    answers: jsonb().$type<Record<string, string | number>>().notNull(),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('participant_reports_mobility_key').on(t.mobilityId)],
)

/** A mobility certificate in the style of Europass Mobility, verified publicly by its token. */
export const mobilityCertificates = pgTable(
  'mobility_certificates',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    mobilityId: mobilityRef(),
    token: text().notNull(),
    issuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    issuedBy: userRef(),
    language: text().notNull(),
  },
  (t) => [
    uniqueIndex('mobility_certificates_token_key').on(t.token),
    uniqueIndex('mobility_certificates_mobility_key').on(t.mobilityId),
  ],
)

/** The sending school's recognition of the learning outcomes achieved. */
export const mobilityRecognitions = pgTable(
  'mobility_recognitions',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    mobilityId: mobilityRef(),
    recognisedUnits: jsonb().$type<string[]>().notNull().default([]),
    decision: text().$type<RecognitionDecision>().notNull(),
    note: text(),
    byUserId: userRef(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('mobility_recognitions_mobility_key').on(t.mobilityId)],
)

/** The receiving organisation's own checklist; tenantId is the RECEIVING organisation. */
export const incomingChecklists = pgTable(
  'incoming_checklists',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    mobilityId: mobilityRef(),
    item: text().$type<IncomingItem>().notNull(),
    doneAt: timestamp({ withTimezone: true }),
    doneBy: userRef(),
    note: text(),
    ...timestamps,
  },
  (t) => [index('incoming_checklists_mobility_idx').on(t.mobilityId, t.item)],
)
