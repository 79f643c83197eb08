import { randomBytes } from 'node:crypto'
import { and, asc, count, desc, eq, gt, inArray, lte, sql } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { authorize } from '#src/lib/policy.ts'
import { diffForAudit, recordAudit } from '../../audit/index.ts'
import { isCourseChoice } from '../../learning/index.ts'
import { organisations, slugify } from '../../organisations/index.ts'
import { getProject } from '../../projects/index.ts'
import { participantOf } from '../activity.ts'
import { applyWindow } from '../dates.ts'
import type { CallInput } from '../inputs.ts'
import {
  applications,
  type CallDestination,
  type CallParticipantType,
  callCriteria,
  callRequiredDocuments,
  calls,
} from '../schema.ts'
import { type CallRow, isManager, loadCall, loadManagedCall, tenantActor } from './access.ts'

export type Criterion = typeof callCriteria.$inferSelect
export type RequiredDocument = typeof callRequiredDocuments.$inferSelect
export type CallDetails = CallRow & { criteria: Criterion[]; documents: RequiredDocument[] }

function timeZoneOf(ctx: Ctx): string {
  const actor = tenantActor(ctx)
  return actor.memberships.find((m) => m.tenantId === actor.tenantId)?.timeZone ?? 'Europe/Tirane'
}

/** The participant type of the actor's role: learners apply as learners, everybody else as staff. */
export function participantTypeOfRole(role: string | null): CallParticipantType | null {
  if (role === 'learner') return 'learner'
  if (role === 'staff' || role === 'coordinator' || role === 'org_admin') return 'staff'
  return null
}

export async function loadCriteriaAndDocuments(db: DbOrTx, callId: string) {
  const [criteria, documents] = await Promise.all([
    db
      .select()
      .from(callCriteria)
      .where(eq(callCriteria.callId, callId))
      .orderBy(asc(callCriteria.position), asc(callCriteria.createdAt)),
    db
      .select()
      .from(callRequiredDocuments)
      .where(eq(callRequiredDocuments.callId, callId))
      .orderBy(asc(callRequiredDocuments.position), asc(callRequiredDocuments.createdAt)),
  ])
  return { criteria, documents }
}

/** Checks what zod cannot: the activity code, the project and the host organisations. */
async function checkReferences(ctx: Ctx, input: CallInput) {
  const fields: Record<string, string> = {}
  const participantType = participantOf(input.activityType)
  if (!participantType) fields.activityType = 'calls:errors.activityType'
  if (input.projectId) {
    try {
      await getProject(ctx, input.projectId)
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'NOT_FOUND') throw err
      fields.projectId = 'common:validation.choice'
    }
  }
  if (
    input.preparationCourseId &&
    !(await isCourseChoice(ctx, tenantActor(ctx).tenantId, input.preparationCourseId))
  ) {
    fields.preparationCourseId = 'common:validation.choice'
  }
  const orgIds = input.destinations.flatMap((d) => (d.organisationId ? [d.organisationId] : []))
  if (orgIds.length > 0) {
    const found = await ctx.db
      .select({ id: organisations.id, country: organisations.country })
      .from(organisations)
      .where(inArray(organisations.id, orgIds))
    input.destinations.forEach((d, i) => {
      if (!d.organisationId) return
      const org = found.find((o) => o.id === d.organisationId)
      if (!org) fields[`destinations.${i}.organisationId`] = 'common:validation.choice'
      else if (org.country !== d.country) {
        fields[`destinations.${i}.organisationId`] = 'calls:errors.hostCountry'
      }
    })
  }
  if (Object.keys(fields).length > 0) {
    throw new AppError('INVALID_INPUT', 'common:errors.invalidInput', {}, fields)
  }
  return participantType as CallParticipantType
}

function valuesOf(ctx: Ctx, input: CallInput, participantType: CallParticipantType) {
  const destinations: CallDestination[] = input.destinations.map((d) => ({
    country: d.country,
    organisationId: d.organisationId ?? null,
  }))
  return {
    title: input.title,
    text: input.text,
    eligibility: input.eligibility,
    activityType: input.activityType,
    participantType,
    projectId: input.projectId ?? null,
    preparationCourseId: input.preparationCourseId ?? null,
    places: input.places,
    waitingListPlaces: input.waitingListPlaces,
    minTotalScore: input.minTotalScore ?? null,
    startDate: input.startDate,
    endDate: input.endDate,
    ...applyWindow(input.applyFrom, input.applyUntil, timeZoneOf(ctx)),
    destinations,
    minAge: input.minAge ?? null,
    maxAge: input.maxAge ?? null,
    appealDays: input.appealDays,
  }
}

/** Creates a draft call for the active organisation. */
export async function createCall(ctx: Ctx, input: CallInput): Promise<CallRow> {
  const actor = tenantActor(ctx)
  if (!isManager(actor)) throw new AppError('FORBIDDEN', 'common:errors.forbidden')
  const participantType = await checkReferences(ctx, input)
  const title = pickText(input.title, 'en').value
  const slug = `${slugify(title, 60) || 'call'}-${randomBytes(3).toString('hex')}`
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(calls)
      .values({
        tenantId: actor.tenantId,
        slug,
        createdByUserId: actor.userId,
        ...valuesOf(ctx, input, participantType),
      })
      .returning()
    if (!row) throw new Error('insert returned nothing')
    await recordAudit(
      ctx,
      { tenantId: actor.tenantId, action: 'call.created', entityType: 'call', entityId: row.id },
      tx,
    )
    return row
  })
}

/** Changes a call before it closes; the activity type is fixed once someone has applied. */
export async function updateCall(ctx: Ctx, id: string, input: CallInput): Promise<CallRow> {
  const call = await loadManagedCall(ctx, id)
  if (call.status !== 'draft' && call.status !== 'open') {
    throw new AppError('INVALID_STATE', 'calls:errors.notEditable')
  }
  const participantType = await checkReferences(ctx, input)
  if (input.activityType !== call.activityType) {
    const [n] = await ctx.db
      .select({ n: count() })
      .from(applications)
      .where(eq(applications.callId, id))
    if ((n?.n ?? 0) > 0) {
      throw new AppError(
        'INVALID_INPUT',
        'common:errors.invalidInput',
        {},
        {
          activityType: 'calls:errors.activityFixed',
        },
      )
    }
  }
  const values = valuesOf(ctx, input, participantType)
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.update(calls).set(values).where(eq(calls.id, id)).returning()
    if (!row) throw notFound()
    const before = Object.fromEntries(Object.keys(values).map((k) => [k, call[k as keyof CallRow]]))
    await recordAudit(
      ctx,
      {
        tenantId: call.tenantId,
        action: 'call.updated',
        entityType: 'call',
        entityId: id,
        changes: diffForAudit(before, values),
      },
      tx,
    )
    return row
  })
}

async function setStatus(ctx: Ctx, call: CallRow, to: CallRow['status'], extra: Partial<CallRow>) {
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(calls)
      .set({ status: to, ...extra })
      .where(eq(calls.id, call.id))
    if (to === 'closed') {
      await tx
        .update(applications)
        .set({ status: 'under_review' })
        .where(and(eq(applications.callId, call.id), eq(applications.status, 'submitted')))
    }
    await recordAudit(
      ctx,
      {
        tenantId: call.tenantId,
        action: `call.${to === 'open' ? 'published' : to}`,
        entityType: 'call',
        entityId: call.id,
        changes: { status: { from: call.status, to } },
      },
      tx,
    )
  })
}

/** Opens a draft call: it needs at least one selection criterion. */
export async function publishCall(ctx: Ctx, id: string) {
  const call = await loadManagedCall(ctx, id)
  if (call.status !== 'draft') throw new AppError('INVALID_STATE', 'calls:errors.notDraft')
  const { criteria } = await loadCriteriaAndDocuments(ctx.db, id)
  if (criteria.length === 0) throw new AppError('INVALID_STATE', 'calls:errors.noCriteria')
  await setStatus(ctx, call, 'open', { publishedAt: ctx.now() })
}

/** Closes an open call: submitted applications go to review, drafts can no longer be sent. */
export async function closeCall(ctx: Ctx, id: string) {
  const call = await loadManagedCall(ctx, id)
  if (call.status !== 'open') throw new AppError('INVALID_STATE', 'calls:errors.notOpen')
  await setStatus(ctx, call, 'closed', { closedAt: ctx.now() })
}

/** One call of the active organisation with its criteria and documents; drafts for managers only. */
export async function getCall(ctx: Ctx, id: string): Promise<CallDetails> {
  authorize(ctx, 'calls.view')
  const call = await loadCall(ctx, id)
  if (call.status === 'draft' && !isManager(tenantActor(ctx))) throw notFound()
  return { ...call, ...(await loadCriteriaAndDocuments(ctx.db, id)) }
}

export type CallListRow = CallRow & {
  submitted: number
  myApplicationId: string | null
  myStatus: string | null
}

/**
 * Managers see every call of the organisation; others see the calls open to them (their
 * participant type) and those they applied to.
 */
export async function listCalls(ctx: Ctx): Promise<CallListRow[]> {
  authorize(ctx, 'calls.view')
  const actor = tenantActor(ctx)
  const manager = isManager(actor)
  const mine = ctx.db
    .select({ callId: applications.callId, id: applications.id, status: applications.status })
    .from(applications)
    .where(eq(applications.applicantUserId, actor.userId))
    .as('mine')
  const type = participantTypeOfRole(actor.role)
  const rows = await ctx.db
    .select({
      call: calls,
      submitted:
        sql<number>`(select count(*) from ${applications} a where a.call_id = ${calls.id} and a.status <> 'draft' and a.status <> 'withdrawn')`.mapWith(
          Number,
        ),
      myApplicationId: mine.id,
      myStatus: mine.status,
    })
    .from(calls)
    .leftJoin(mine, eq(mine.callId, calls.id))
    .where(
      and(
        eq(calls.tenantId, actor.tenantId),
        manager
          ? undefined
          : sql`(${mine.id} is not null or (${calls.status} = 'open' and ${calls.participantType} = ${type ?? ''}))`,
      ),
    )
    .orderBy(desc(calls.applyUntil), asc(calls.id))
    .limit(200)
  return rows.map((r) => ({
    ...r.call,
    submitted: r.submitted,
    myApplicationId: r.myApplicationId,
    myStatus: r.myStatus,
  }))
}

/** The open calls of an organisation for its public profile, closing soonest first. */
export async function listOpenCallsOf(db: DbOrTx, organisationId: string, now: Date = new Date()) {
  return db
    .select()
    .from(calls)
    .where(
      and(
        eq(calls.tenantId, organisationId),
        eq(calls.status, 'open'),
        lte(calls.applyFrom, now),
        gt(calls.applyUntil, now),
      ),
    )
    .orderBy(asc(calls.applyUntil), asc(calls.id))
    .limit(50)
}

/** A published call by its slug, for the public page; drafts are not found. */
export async function getPublicCall(db: DbOrTx, slug: string) {
  const [row] = await db
    .select({ call: calls, org: organisations })
    .from(calls)
    .innerJoin(organisations, eq(organisations.id, calls.tenantId))
    .where(and(eq(calls.slug, slug), sql`${calls.status} <> 'draft'`))
  if (!row) throw notFound()
  const extra = await loadCriteriaAndDocuments(db, row.call.id)
  const hostIds = row.call.destinations.flatMap((d) => (d.organisationId ? [d.organisationId] : []))
  const hosts = hostIds.length
    ? await db
        .select({
          id: organisations.id,
          name: organisations.name,
          defaultLocale: organisations.defaultLocale,
          slug: organisations.slug,
          isExternal: organisations.isExternal,
        })
        .from(organisations)
        .where(inArray(organisations.id, hostIds))
    : []
  return { ...row, ...extra, hosts }
}

/** Every public call, for the sitemap. */
export async function listPublicCalls(db: DbOrTx) {
  return db
    .select({ slug: calls.slug, updatedAt: calls.updatedAt })
    .from(calls)
    .where(eq(calls.status, 'open'))
    .limit(5000)
}
