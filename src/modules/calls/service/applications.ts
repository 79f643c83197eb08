import { and, asc, desc, eq, inArray, isNotNull, ne, or, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, forbidden } from '#src/lib/errors.ts'
import { authorize } from '#src/lib/policy.ts'
import { recordAudit } from '../../audit/index.ts'
import { guardianships, users } from '../../users/index.ts'
import { ageOn } from '../age.ts'
import type { ApplicationDraftInput } from '../inputs.ts'
import {
  type ApplicationStatus,
  appeals,
  applicationDocuments,
  applications,
  calls,
  decisions,
  guardianConsents,
} from '../schema.ts'
import {
  type ApplicationRow,
  type CallRow,
  loadApplication,
  loadCall,
  tenantActor,
} from './access.ts'
import { loadCriteriaAndDocuments, participantTypeOfRole } from './calls.ts'
import { consentState, listConsents, needsConsent, sendConsentRequest } from './consent.ts'
import { promoteFromWaitingList } from './decide.ts'

/** Statuses from which the applicant may still withdraw. */
const WITHDRAWABLE: ApplicationStatus[] = [
  'draft',
  'submitted',
  'under_review',
  'selected',
  'waiting_list',
  'appealed',
]

function isAcceptingApplications(call: CallRow, now: Date) {
  return call.status === 'open' && call.applyFrom <= now && now < call.applyUntil
}

/** Starts (or returns) the actor's application to an open call, prefilled from their profile. */
export async function startApplication(ctx: Ctx, callId: string): Promise<ApplicationRow> {
  const actor = tenantActor(ctx)
  const call = await loadCall(ctx, callId)
  if (call.status === 'draft') throw new AppError('NOT_FOUND', 'common:errors.notFound')
  if (participantTypeOfRole(actor.role) !== call.participantType) {
    throw new AppError('FORBIDDEN', `calls:errors.onlyFor.${call.participantType}`)
  }
  const [existing] = await ctx.db
    .select()
    .from(applications)
    .where(and(eq(applications.callId, callId), eq(applications.applicantUserId, actor.userId)))
  const now = ctx.now()
  if (existing && !(existing.status === 'withdrawn' && existing.decision === null)) return existing
  if (!isAcceptingApplications(call, now)) {
    throw new AppError('INVALID_STATE', 'calls:errors.notAccepting')
  }
  if (existing) {
    const [row] = await ctx.db
      .update(applications)
      .set({ status: 'draft', withdrawnAt: null, submittedAt: null })
      .where(eq(applications.id, existing.id))
      .returning()
    return row!
  }
  const [person] = await ctx.db
    .select({ dateOfBirth: users.dateOfBirth })
    .from(users)
    .where(eq(users.id, actor.userId))
  const [row] = await ctx.db
    .insert(applications)
    .values({
      tenantId: call.tenantId,
      callId,
      applicantUserId: actor.userId,
      dateOfBirth: person?.dateOfBirth || null,
    })
    .returning()
  return row!
}

async function loadOwnDraft(ctx: Ctx, id: string) {
  const found = await loadApplication(ctx, id)
  if (!found.access.isApplicant) throw forbidden()
  if (found.app.status !== 'draft')
    throw new AppError('INVALID_STATE', 'calls:errors.notDraftApplication')
  return found
}

/** Saves a draft: the motivation and the date of birth (kept as a snapshot on the application). */
export async function saveApplication(ctx: Ctx, id: string, input: ApplicationDraftInput) {
  const { app } = await loadOwnDraft(ctx, id)
  await ctx.db
    .update(applications)
    .set({ motivation: input.motivation, dateOfBirth: input.dateOfBirth ?? null })
    .where(eq(applications.id, app.id))
}

/**
 * Sends the application: checks the date of birth against the call's ages on the start date,
 * the motivation and the required documents. A minor's linked guardians are asked to consent.
 */
export async function submitApplication(ctx: Ctx, id: string, input: ApplicationDraftInput) {
  const { app, call } = await loadOwnDraft(ctx, id)
  if (!isAcceptingApplications(call, ctx.now())) {
    throw new AppError('INVALID_STATE', 'calls:errors.notAccepting')
  }
  const draft = { ...app, motivation: input.motivation, dateOfBirth: input.dateOfBirth ?? null }
  const fields: Record<string, string> = {}
  const params: Record<string, unknown> = {}
  if (draft.motivation === '') fields.motivation = 'common:validation.required'
  const needsAge =
    call.participantType === 'learner' || call.minAge !== null || call.maxAge !== null
  if (!draft.dateOfBirth && needsAge) fields.dateOfBirth = 'common:validation.required'
  if (draft.dateOfBirth) {
    const age = ageOn(draft.dateOfBirth, call.startDate)
    if (age < 0 || age > 120) fields.dateOfBirth = 'calls:errors.date'
    else if (
      (call.minAge !== null && age < call.minAge) ||
      (call.maxAge !== null && age > call.maxAge)
    ) {
      fields.dateOfBirth = 'calls:errors.ageOutside'
    }
  }
  const { documents } = await loadCriteriaAndDocuments(ctx.db, call.id)
  const minor = needsConsent(draft, call)
  const needed = documents.filter((d) => d.required && (!d.minorsOnly || minor))
  if (needed.length > 0) {
    const uploaded = await ctx.db
      .select({ requiredDocumentId: applicationDocuments.requiredDocumentId })
      .from(applicationDocuments)
      .where(eq(applicationDocuments.applicationId, app.id))
    const have = new Set(uploaded.map((u) => u.requiredDocumentId))
    const missing = needed.filter((d) => !have.has(d.id))
    if (missing.length > 0) {
      fields.documents = 'calls:errors.documentsMissing'
      params.count = missing.length
    }
  }
  if (Object.keys(fields).length > 0) {
    throw new AppError('INVALID_INPUT', 'common:errors.invalidInput', params, fields)
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(applications)
      .set({
        motivation: draft.motivation,
        dateOfBirth: draft.dateOfBirth,
        status: 'submitted',
        submittedAt: ctx.now(),
      })
      .where(eq(applications.id, app.id))
    await recordAudit(
      ctx,
      {
        tenantId: app.tenantId,
        action: 'application.submitted',
        entityType: 'application',
        entityId: app.id,
        changes: { status: { from: 'draft', to: 'submitted' } },
      },
      tx,
    )
  })
  if (minor) await askLinkedGuardians(ctx, { ...app, ...draft }, call)
}

/** Mails every linked guardian with an e-mail address who has not been asked yet. */
async function askLinkedGuardians(ctx: Ctx, app: ApplicationRow, call: CallRow) {
  const asked = await listConsents(ctx, app.id)
  if (consentState(true, asked) === 'given') return
  const guardians = await ctx.db
    .select({ id: users.id, name: users.displayName, email: users.email })
    .from(guardianships)
    .innerJoin(users, eq(users.id, guardianships.guardianUserId))
    .where(
      and(
        eq(guardianships.tenantId, app.tenantId),
        eq(guardianships.learnerUserId, app.applicantUserId),
        isNotNull(users.email),
      ),
    )
  for (const g of guardians) {
    if (asked.some((a) => a.guardianEmail === g.email)) continue
    await sendConsentRequest(ctx, app, call, {
      guardianName: g.name,
      guardianEmail: g.email!,
      guardianUserId: g.id,
    })
  }
}

/** The applicant withdraws; a selected applicant's place goes to the first on the waiting list. */
export async function withdrawApplication(ctx: Ctx, id: string) {
  const { app, access } = await loadApplication(ctx, id)
  if (!access.isApplicant) throw forbidden()
  if (!WITHDRAWABLE.includes(app.status))
    throw new AppError('INVALID_STATE', 'calls:errors.notWithdrawable')
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(applications)
      .set({ status: 'withdrawn', withdrawnAt: ctx.now() })
      .where(eq(applications.id, app.id))
    await recordAudit(
      ctx,
      {
        tenantId: app.tenantId,
        action: 'application.withdrawn',
        entityType: 'application',
        entityId: app.id,
        changes: { status: { from: app.status, to: 'withdrawn' } },
      },
      tx,
    )
  })
  if (app.status === 'selected') await promoteFromWaitingList(ctx, app.callId)
}

/** One application with everything its page shows, for whoever may see it. */
export async function getApplication(ctx: Ctx, id: string) {
  const found = await loadApplication(ctx, id)
  const { app, call } = found
  const [applicant] = await ctx.db
    .select({
      displayName: users.displayName,
      email: users.email,
      username: users.username,
      locale: users.locale,
    })
    .from(users)
    .where(eq(users.id, app.applicantUserId))
  const [extra, documents, consents, decisionRows, appealRows] = await Promise.all([
    loadCriteriaAndDocuments(ctx.db, call.id),
    ctx.db
      .select()
      .from(applicationDocuments)
      .where(eq(applicationDocuments.applicationId, app.id))
      .orderBy(asc(applicationDocuments.createdAt)),
    listConsents(ctx, app.id),
    ctx.db
      .select()
      .from(decisions)
      .where(eq(decisions.applicationId, app.id))
      .orderBy(desc(decisions.decidedAt), desc(decisions.createdAt)),
    ctx.db
      .select()
      .from(appeals)
      .where(eq(appeals.applicationId, app.id))
      .orderBy(desc(appeals.submittedAt)),
  ])
  const minor = needsConsent(app, call)
  return {
    ...found,
    applicant: applicant!,
    criteria: extra.criteria,
    requiredDocuments: extra.documents,
    documents,
    consents,
    isMinor: minor,
    age: app.dateOfBirth ? ageOn(app.dateOfBirth, call.startDate) : null,
    consent: consentState(minor, consents),
    decisions: decisionRows,
    appeals: appealRows,
  }
}
export type ApplicationView = Awaited<ReturnType<typeof getApplication>>

const consentSummary = sql<string | null>`(
  select case when gc.consented_at is not null then 'given' when gc.declined_at is not null then 'declined' else 'pending' end
  from ${guardianConsents} gc where gc.application_id = ${applications.id}
  order by (gc.consented_at is null and gc.declined_at is null), coalesce(gc.consented_at, gc.declined_at, gc.created_at) desc limit 1)`

/** The actor's own applications and, for a guardian, their children's. */
export async function listMyApplications(ctx: Ctx) {
  authorize(ctx, 'calls.view')
  const actor = tenantActor(ctx)
  const children = ctx.db
    .select({ id: guardianships.learnerUserId })
    .from(guardianships)
    .where(
      and(
        eq(guardianships.tenantId, actor.tenantId),
        eq(guardianships.guardianUserId, actor.userId),
      ),
    )
  return ctx.db
    .select({
      id: applications.id,
      status: applications.status,
      submittedAt: applications.submittedAt,
      appealUntil: applications.appealUntil,
      applicantUserId: applications.applicantUserId,
      applicantName: users.displayName,
      callTitle: calls.title,
      activityType: calls.activityType,
      startDate: calls.startDate,
      consent: consentSummary,
    })
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(users, eq(users.id, applications.applicantUserId))
    .where(
      and(
        eq(applications.tenantId, actor.tenantId),
        or(
          eq(applications.applicantUserId, actor.userId),
          inArray(applications.applicantUserId, children),
        ),
      ),
    )
    .orderBy(desc(applications.createdAt))
    .limit(200)
}

export type ApplicationListFilter = {
  callId?: string | undefined
  status?: ApplicationStatus | undefined
}

/** Applications of the organisation's calls (drafts left out), for coordinators and the API. */
export async function listApplications(ctx: Ctx, filter: ApplicationListFilter = {}) {
  const actor = authorize(ctx, 'calls.manage')
  return ctx.db
    .select({
      id: applications.id,
      callId: applications.callId,
      applicantUserId: applications.applicantUserId,
      applicantName: users.displayName,
      status: applications.status,
      dateOfBirth: applications.dateOfBirth,
      startDate: calls.startDate,
      submittedAt: applications.submittedAt,
      decidedAt: applications.decidedAt,
      appealUntil: applications.appealUntil,
      rank: applications.rank,
      totalScore: applications.totalScore,
      mobilityId: applications.mobilityId,
      consent: consentSummary,
    })
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(users, eq(users.id, applications.applicantUserId))
    .where(
      and(
        eq(applications.tenantId, actor.tenantId),
        ne(applications.status, 'draft'),
        filter.callId ? eq(applications.callId, filter.callId) : undefined,
        filter.status ? eq(applications.status, filter.status) : undefined,
      ),
    )
    .orderBy(
      sql`${applications.rank} asc nulls last`,
      asc(applications.submittedAt),
      asc(applications.id),
    )
    .limit(1000)
}
export type ApplicationListRow = Awaited<ReturnType<typeof listApplications>>[number]
