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
import { invitations } from '../invitations/schema.ts'
import { organisations } from '../organisations/schema.ts'
import { users } from '../users/schema.ts'

export const PROJECT_STATUSES = [
  'idea',
  'preparation',
  'submitted',
  'running',
  'closed',
  'rejected',
] as const
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]

export const PARTNER_ROLES = ['coordinator', 'partner', 'associated'] as const
export type PartnerRole = (typeof PARTNER_ROLES)[number]

export const PROJECT_MEMBER_ROLES = ['manager', 'contributor', 'viewer'] as const
export type ProjectMemberRole = (typeof PROJECT_MEMBER_ROLES)[number]

export const TASK_STATUSES = ['todo', 'doing', 'done', 'blocked'] as const
export type TaskStatus = (typeof TASK_STATUSES)[number]

export const MILESTONE_STATUSES = ['planned', 'reached', 'missed'] as const
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number]

/** EU deliverable types: report, demonstrator, websites/videos, data, data management plan, other. */
export const DELIVERABLE_TYPES = ['R', 'DEM', 'DEC', 'DATA', 'DMP', 'ETHICS', 'OTHER'] as const
export type DeliverableType = (typeof DELIVERABLE_TYPES)[number]

export const DISSEMINATION_LEVELS = ['PU', 'SEN'] as const
export type DisseminationLevel = (typeof DISSEMINATION_LEVELS)[number]

export const DELIVERABLE_STATUSES = [
  'planned',
  'drafting',
  'in_review',
  'changes_requested',
  'submitted',
  'accepted',
] as const
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number]

export const REVIEW_VERDICTS = ['approve', 'changes'] as const
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number]

export const RISK_STATUSES = ['open', 'mitigated', 'occurred', 'closed'] as const
export type RiskStatus = (typeof RISK_STATUSES)[number]

const orgRef = () => uuid().references(() => organisations.id, { onDelete: 'cascade' })
const userRef = () => uuid().references(() => users.id, { onDelete: 'set null' })
const money = () => numeric({ precision: 16, scale: 2 })

/** An EU project. tenantId is the coordinating organisation; partners see it via project_partners. */
export const projects = pgTable(
  'projects',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    slug: text().notNull(),
    acronym: text().notNull(),
    title: jsonb().$type<LocalizedText>().notNull(),
    summary: jsonb().$type<LocalizedText>().notNull().default({}),
    programme: text().notNull().default('Erasmus+'),
    action: text().notNull().default(''),
    referenceNumber: text(),
    grantNumber: text(),
    startDate: date({ mode: 'string' }),
    endDate: date({ mode: 'string' }),
    status: text().$type<ProjectStatus>().notNull().default('idea'),
    currency: text().notNull().default('EUR'),
    totalBudget: money(),
    isPublic: boolean().notNull().default(false),
    website: text(),
    /** Lower-case, accent-free acronym + titles + grant/reference numbers, kept by the service for search. */
    searchText: text().notNull().default(''),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('projects_slug_key').on(t.slug),
    index('projects_tenant_idx').on(t.tenantId),
    index('projects_public_idx').on(t.isPublic),
  ],
)

/** An organisation's place in a project's consortium (the coordinator has a row too). */
export const projectPartners = pgTable(
  'project_partners',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    organisationId: orgRef().notNull(),
    role: text().$type<PartnerRole>().notNull(),
    budgetShare: money(),
    joinedAt: date({ mode: 'string' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('project_partners_key').on(t.projectId, t.organisationId),
    index('project_partners_org_idx').on(t.organisationId, t.projectId),
  ],
)

/** A person's role in a project (tenantId is the person's own organisation in the consortium). */
export const projectMembers = pgTable(
  'project_members',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    projectRole: text().$type<ProjectMemberRole>().notNull().default('contributor'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('project_members_key').on(t.projectId, t.userId),
    index('project_members_user_idx').on(t.userId),
  ],
)

/** A work package (or "lot"). tenantId is the coordinator; leadOrganisationId leads it. */
export const workPackages = pgTable(
  'work_packages',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    number: integer().notNull(),
    code: text().notNull(),
    title: jsonb().$type<LocalizedText>().notNull(),
    description: jsonb().$type<LocalizedText>().notNull().default({}),
    leadOrganisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
    startDate: date({ mode: 'string' }),
    endDate: date({ mode: 'string' }),
    isLumpSum: boolean().notNull().default(false),
    lumpSumAmount: money(),
    completionPercent: integer().notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex('work_packages_number_key').on(t.projectId, t.number)],
)

/** A task. tenantId is the owner organisation (the partner who does it). */
export const tasks = pgTable(
  'tasks',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    workPackageId: uuid().references(() => workPackages.id, { onDelete: 'set null' }),
    title: text().notNull(),
    description: text().notNull().default(''),
    ownerOrganisationId: orgRef().notNull(),
    ownerUserId: userRef(),
    startDate: date({ mode: 'string' }),
    dueDate: date({ mode: 'string' }),
    status: text().$type<TaskStatus>().notNull().default('todo'),
    completedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('tasks_project_due_idx').on(t.projectId, t.dueDate),
    index('tasks_owner_due_idx')
      .on(t.ownerOrganisationId, t.dueDate)
      .where(sql`${t.status} <> 'done'`),
    index('tasks_wp_idx').on(t.workPackageId),
  ],
)

/** A milestone of the project. tenantId is the coordinator. */
export const milestones = pgTable(
  'milestones',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    workPackageId: uuid().references(() => workPackages.id, { onDelete: 'set null' }),
    code: text().notNull(),
    title: jsonb().$type<LocalizedText>().notNull(),
    dueDate: date({ mode: 'string' }).notNull(),
    meansOfVerification: text().notNull().default(''),
    status: text().$type<MilestoneStatus>().notNull().default('planned'),
    reachedAt: date({ mode: 'string' }),
    ...timestamps,
  },
  (t) => [index('milestones_project_idx').on(t.projectId, t.dueDate)],
)

/** A deliverable. tenantId is the coordinator; the lead organisation drafts it. */
export const deliverables = pgTable(
  'deliverables',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    workPackageId: uuid().references(() => workPackages.id, { onDelete: 'set null' }),
    code: text().notNull(),
    title: jsonb().$type<LocalizedText>().notNull(),
    description: jsonb().$type<LocalizedText>().notNull().default({}),
    type: text().$type<DeliverableType>().notNull().default('R'),
    disseminationLevel: text().$type<DisseminationLevel>().notNull().default('PU'),
    dueDate: date({ mode: 'string' }).notNull(),
    status: text().$type<DeliverableStatus>().notNull().default('planned'),
    leadOrganisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
    isPublic: boolean().notNull().default(false),
    /** The partner's note on the current draft (what changed, where the file is). */
    draftNote: text().notNull().default(''),
    /** Where a published result can be read (for the public page). */
    resultUrl: text(),
    reviewRound: integer().notNull().default(0),
    submittedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('deliverables_code_key').on(t.projectId, t.code),
    index('deliverables_project_due_idx').on(t.projectId, t.dueDate),
  ],
)

/** A partner's verdict on a deliverable draft. tenantId is the reviewing organisation. */
export const deliverableReviews = pgTable(
  'deliverable_reviews',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    deliverableId: uuid()
      .notNull()
      .references(() => deliverables.id, { onDelete: 'cascade' }),
    round: integer().notNull(),
    reviewerOrganisationId: orgRef().notNull(),
    reviewerUserId: userRef(),
    verdict: text().$type<ReviewVerdict>().notNull(),
    comment: text().notNull().default(''),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('deliverable_reviews_key').on(t.deliverableId, t.round, t.reviewerOrganisationId),
  ],
)

/** A consortium meeting. tenantId is the coordinator. */
export const meetings = pgTable(
  'meetings',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }),
    location: text().notNull().default(''),
    onlineUrl: text(),
    agenda: text().notNull().default(''),
    minutes: text().notNull().default(''),
    ...timestamps,
  },
  (t) => [index('meetings_project_idx').on(t.projectId, t.startsAt)],
)

/** Who took part in a meeting. tenantId is the attendee's organisation. */
export const meetingAttendees = pgTable(
  'meeting_attendees',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    organisationId: orgRef().notNull(),
    userId: uuid().references(() => users.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    attended: boolean().notNull().default(true),
    ...timestamps,
  },
  (t) => [index('meeting_attendees_meeting_idx').on(t.meetingId)],
)

/** A decision taken at a meeting; most become a task (taskId). tenantId is the coordinator. */
export const meetingDecisions = pgTable(
  'meeting_decisions',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    text: text().notNull(),
    taskId: uuid().references(() => tasks.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('meeting_decisions_meeting_idx').on(t.meetingId)],
)

/** A risk and its mitigation. tenantId is the coordinator. */
export const risks = pgTable(
  'risks',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    workPackageId: uuid().references(() => workPackages.id, { onDelete: 'set null' }),
    description: text().notNull(),
    likelihood: integer().notNull(),
    impact: integer().notNull(),
    mitigation: text().notNull().default(''),
    ownerOrganisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
    status: text().$type<RiskStatus>().notNull().default('open'),
    ...timestamps,
  },
  (t) => [index('risks_project_idx').on(t.projectId)],
)

/**
 * Links an invitation (the invitations module's table and acceptance pages) to the project whose
 * coordinator sent it. tenantId is the partner organisation the person joins on acceptance.
 */
export const projectInvitations = pgTable(
  'project_invitations',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    invitationId: uuid()
      .notNull()
      .unique()
      .references(() => invitations.id, { onDelete: 'cascade' }),
    invitedBy: userRef(),
    ...timestamps,
  },
  (t) => [index('project_invitations_project_idx').on(t.projectId)],
)

/** A person's secret link to their deadline calendar (iCal). Only the token's hash is kept. */
export const calendarFeeds = pgTable('calendar_feeds', {
  id: id(),
  userId: uuid()
    .notNull()
    .unique()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text().notNull().unique(),
  ...timestamps,
})
