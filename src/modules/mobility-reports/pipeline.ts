/**
 * The coordinator's view: the organisation's mobilities by status, the deadlines of the coming
 * weeks and what is blocked, each with the reason. Read-only aggregates over the calls and
 * mobility tables, every query filtered by the active organisation.
 */
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { addDays, dateIn } from '#src/lib/dates.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { authorize } from '#src/lib/policy.ts'
import { calls, guardianConsents } from '../calls/index.ts'
import {
  learningAgreements,
  MOBILITY_STATUSES,
  type MobilityStatus,
  mobilities,
  mobilityTodos,
} from '../mobility/index.ts'
import { users } from '../users/index.ts'
import { mobilityGrants } from './schema.ts'

/** How far ahead the pipeline looks for deadlines. */
export const HORIZON_DAYS = 30
/** A learning agreement must be signed by everyone this many days before the start. */
export const AGREEMENT_DAYS_BEFORE = 14
/** Items shown per status column and per list; the count says how many there are in all. */
export const PER_LIST = 12

export type PipelineItem = {
  id: string
  participantName: string
  activityType: string
  startDate: string
  endDate: string
}
export type BlockReason =
  | 'minorWithoutConsent'
  | 'agreementUnsigned'
  | 'noInsuranceTodo'
  | 'insuranceOpen'
  | 'grantMissing'
export type Deadline =
  | { kind: 'callCloses'; date: Date; callId: string; title: LocalizedText }
  | {
      kind: 'mobilityStarts'
      date: string
      item: PipelineItem
      openTodos: number
      isSigned: boolean
    }

const item = {
  id: mobilities.id,
  participantName: users.displayName,
  activityType: mobilities.activityType,
  startDate: mobilities.startDate,
  endDate: mobilities.endDate,
}

const signed = sql`exists (select 1 from ${learningAgreements} la where la.mobility_id = ${mobilities.id} and la.status = 'signed')`
const insuranceDone = sql`exists (select 1 from ${mobilityTodos} t where t.mobility_id = ${mobilities.id} and t.kind = 'insurance' and t.done_at is not null)`
const insuranceAny = sql`exists (select 1 from ${mobilityTodos} t where t.mobility_id = ${mobilities.id} and t.kind = 'insurance')`
const consented = sql`exists (select 1 from ${guardianConsents} gc where gc.application_id = ${mobilities.applicationId} and gc.consented_at is not null)`
const hasGrant = sql`exists (select 1 from ${mobilityGrants} g where g.mobility_id = ${mobilities.id})`
const openTodos =
  sql<number>`(select count(*) from ${mobilityTodos} t where t.mobility_id = ${mobilities.id} and t.done_at is null)`.mapWith(
    Number,
  )
const inStatus = (...s: MobilityStatus[]) =>
  sql`${mobilities.status} in (${sql.join(
    s.map((x) => sql`${x}`),
    sql`, `,
  )})`

/** The conditions of each block reason (the mobility is not yet through the step it needs). */
function blockConditions(today: string): Record<BlockReason, SQL> {
  return {
    // Under 18 on the start date, and no guardian has consented to the application.
    minorWithoutConsent: sql`${inStatus('draft', 'approved', 'preparing')} and ${users.dateOfBirth} is not null and cast(${users.dateOfBirth} as date) > ${mobilities.startDate} - interval '18 years' and not ${consented}`,
    agreementUnsigned: sql`${inStatus('approved', 'preparing')} and ${mobilities.startDate} <= ${addDays(today, AGREEMENT_DAYS_BEFORE)} and not ${signed}`,
    noInsuranceTodo: sql`${inStatus('approved', 'preparing')} and not ${insuranceAny}`,
    insuranceOpen: sql`${inStatus('approved', 'preparing')} and ${mobilities.startDate} <= ${addDays(today, AGREEMENT_DAYS_BEFORE)} and ${insuranceAny} and not ${insuranceDone}`,
    grantMissing: sql`${inStatus('approved', 'preparing', 'ongoing', 'completed')} and not ${hasGrant}`,
  }
}

/** The pipeline of the active organisation's outgoing mobilities. */
export async function getPipeline(ctx: Ctx) {
  const actor = authorize(ctx, 'reports.view')
  const tenant = eq(mobilities.tenantId, actor.tenantId)
  const now = ctx.now()
  const today = dateIn(now, 'UTC')
  const horizon = addDays(today, HORIZON_DAYS)
  const total = sql<number>`count(*) over ()`.mapWith(Number)

  const board = await Promise.all(
    MOBILITY_STATUSES.map(async (status) => {
      const done = status === 'completed' || status === 'cancelled' || status === 'interrupted'
      const rows = await ctx.db
        .select({ ...item, total })
        .from(mobilities)
        .innerJoin(users, eq(users.id, mobilities.participantUserId))
        .where(and(tenant, eq(mobilities.status, status)))
        .orderBy(done ? desc(mobilities.startDate) : asc(mobilities.startDate), asc(mobilities.id))
        .limit(PER_LIST)
      return { status, count: rows[0]?.total ?? 0, items: rows.map(({ total: _, ...r }) => r) }
    }),
  )

  const conditions = blockConditions(today)
  const blocked = await Promise.all(
    (Object.keys(conditions) as BlockReason[]).map(async (reason) => {
      const rows = await ctx.db
        .select({ ...item, total })
        .from(mobilities)
        .innerJoin(users, eq(users.id, mobilities.participantUserId))
        .where(and(tenant, conditions[reason]))
        .orderBy(asc(mobilities.startDate), asc(mobilities.id))
        .limit(PER_LIST)
      return { reason, count: rows[0]?.total ?? 0, items: rows.map(({ total: _, ...r }) => r) }
    }),
  )

  const [closing, starting] = await Promise.all([
    ctx.db
      .select({ id: calls.id, title: calls.title, applyUntil: calls.applyUntil })
      .from(calls)
      .where(
        and(
          eq(calls.tenantId, actor.tenantId),
          eq(calls.status, 'open'),
          sql`${calls.applyUntil} >= ${now.toISOString()} and ${calls.applyUntil} <= ${new Date(`${horizon}T23:59:59Z`).toISOString()}`,
        ),
      )
      .orderBy(asc(calls.applyUntil))
      .limit(PER_LIST),
    ctx.db
      .select({ ...item, openTodos, isSigned: sql<boolean>`${signed}` })
      .from(mobilities)
      .innerJoin(users, eq(users.id, mobilities.participantUserId))
      .where(
        and(
          tenant,
          inStatus('approved', 'preparing'),
          sql`${mobilities.startDate} >= ${today} and ${mobilities.startDate} <= ${horizon}`,
        ),
      )
      .orderBy(asc(mobilities.startDate), asc(mobilities.id))
      .limit(PER_LIST),
  ])
  const deadlines: Deadline[] = [
    ...closing.map((c) => ({
      kind: 'callCloses' as const,
      date: c.applyUntil,
      callId: c.id,
      title: c.title,
    })),
    ...starting.map(({ openTodos: open, isSigned, ...rest }) => ({
      kind: 'mobilityStarts' as const,
      date: rest.startDate,
      item: rest,
      openTodos: open,
      isSigned: Boolean(isSigned),
    })),
  ].sort((a, b) => dateOf(a).localeCompare(dateOf(b)))
  return { today, horizonDays: HORIZON_DAYS, board, blocked, deadlines }
}

function dateOf(d: Deadline): string {
  return d.kind === 'callCloses' ? d.date.toISOString() : `${d.date}T00:00:00.000Z`
}
export type Pipeline = Awaited<ReturnType<typeof getPipeline>>
