import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, forbidden, notFound } from '#src/lib/errors.ts'
import { normaliseText } from '#src/lib/localized-text.ts'
import { organisations } from '../../organisations/index.ts'
import { users } from '../../users/index.ts'
import type { DeliverableInput, ReviewInput } from '../inputs.ts'
import {
  assertManager,
  assertOwned,
  canReview,
  getProjectAccess,
  isUuid,
  type ProjectAccess,
} from '../policy.ts'
import {
  type DeliverableStatus,
  deliverableReviews,
  deliverables,
  workPackages,
} from '../schema.ts'
import { assertPartnerOrg, assertProjectWp, mapCodeClash } from './refs.ts'

export type Deliverable = typeof deliverables.$inferSelect

/** The project's deliverables by due date, with lead organisation and work package code. */
export async function listDeliverables(ctx: Ctx, projectId: string) {
  await getProjectAccess(ctx, projectId)
  return ctx.db
    .select({
      deliverable: deliverables,
      leadName: organisations.name,
      leadLocale: organisations.defaultLocale,
      wpCode: workPackages.code,
    })
    .from(deliverables)
    .leftJoin(organisations, eq(organisations.id, deliverables.leadOrganisationId))
    .leftJoin(workPackages, eq(workPackages.id, deliverables.workPackageId))
    .where(eq(deliverables.projectId, projectId))
    .orderBy(asc(deliverables.dueDate), asc(deliverables.code))
}

async function loadDeliverable(ctx: Ctx, projectId: string, id: string) {
  const access = await getProjectAccess(ctx, projectId)
  if (!isUuid(id)) throw notFound()
  const [row] = await ctx.db
    .select()
    .from(deliverables)
    .where(and(eq(deliverables.id, id), eq(deliverables.projectId, projectId)))
  if (!row) throw notFound()
  return { deliverable: row, access }
}

/** One deliverable with its reviews (newest round first) and what the actor may do with it. */
export async function getDeliverable(ctx: Ctx, projectId: string, id: string) {
  const { deliverable, access } = await loadDeliverable(ctx, projectId, id)
  const reviewer = alias(users, 'reviewer')
  const reviews = await ctx.db
    .select({
      review: deliverableReviews,
      organisationName: organisations.name,
      organisationLocale: organisations.defaultLocale,
      reviewerName: reviewer.displayName,
    })
    .from(deliverableReviews)
    .innerJoin(organisations, eq(organisations.id, deliverableReviews.reviewerOrganisationId))
    .leftJoin(reviewer, eq(reviewer.id, deliverableReviews.reviewerUserId))
    .where(eq(deliverableReviews.deliverableId, id))
    .orderBy(desc(deliverableReviews.round), asc(deliverableReviews.at))
  return { deliverable, reviews, access, actions: deliverableActions(access, deliverable) }
}

const DRAFTABLE: DeliverableStatus[] = ['planned', 'drafting', 'changes_requested']

/** What the actor may do with a deliverable now, for the page's buttons (the services check again). */
export function deliverableActions(access: ProjectAccess, d: Deliverable) {
  const owns =
    access.level === 'manager' ||
    (access.level === 'contributor' && d.leadOrganisationId === access.organisationId)
  return {
    edit: access.level === 'manager',
    draft: owns && DRAFTABLE.includes(d.status),
    submitForReview:
      owns && (d.status === 'drafting' || d.status === 'changes_requested') && d.draftNote !== '',
    review: d.status === 'in_review' && canReview(access, d.leadOrganisationId),
    submit: access.level === 'manager' && d.status === 'in_review',
    accept: access.level === 'manager' && d.status === 'submitted',
  }
}

/** Throws what saving a draft would: 403 for another partner, 409 in the wrong state. */
export function assertCanDraft(access: ProjectAccess, d: Deliverable) {
  assertOwned(access, d.leadOrganisationId)
  if (!DRAFTABLE.includes(d.status)) {
    throw new AppError('INVALID_STATE', 'projects:errors.deliverableState')
  }
}

/** Throws what reviewing would: 403 for the lead partner or a viewer, 409 when not in review. */
export function assertCanReview(access: ProjectAccess, d: Deliverable) {
  if (!canReview(access, d.leadOrganisationId)) throw forbidden()
  if (d.status !== 'in_review')
    throw new AppError('INVALID_STATE', 'projects:errors.deliverableState')
}

function columns(input: DeliverableInput) {
  return { ...input, title: normaliseText(input.title) }
}

/** Adds a deliverable (managers only). */
export async function createDeliverable(ctx: Ctx, projectId: string, input: DeliverableInput) {
  const access = await getProjectAccess(ctx, projectId)
  assertManager(access)
  await assertPartnerOrg(ctx.db, projectId, input.leadOrganisationId, 'leadOrganisationId')
  await assertProjectWp(ctx.db, projectId, input.workPackageId)
  try {
    const [row] = await ctx.db
      .insert(deliverables)
      .values({ ...columns(input), tenantId: access.coordinatorId, projectId })
      .returning()
    return row!
  } catch (err) {
    return mapCodeClash(err, 'deliverables_code_key')
  }
}

/** Changes a deliverable's definition (managers only). */
export async function updateDeliverable(
  ctx: Ctx,
  projectId: string,
  id: string,
  input: DeliverableInput,
) {
  const { access } = await loadDeliverable(ctx, projectId, id)
  assertManager(access)
  await assertPartnerOrg(ctx.db, projectId, input.leadOrganisationId, 'leadOrganisationId')
  await assertProjectWp(ctx.db, projectId, input.workPackageId)
  try {
    const [row] = await ctx.db
      .update(deliverables)
      .set(columns(input))
      .where(and(eq(deliverables.id, id), eq(deliverables.projectId, projectId)))
      .returning()
    return row!
  } catch (err) {
    return mapCodeClash(err, 'deliverables_code_key')
  }
}

async function setStatus(
  ctx: Ctx,
  d: Deliverable,
  from: DeliverableStatus[],
  values: Partial<typeof deliverables.$inferInsert>,
) {
  const [row] = await ctx.db
    .update(deliverables)
    .set(values)
    .where(and(eq(deliverables.id, d.id), inArray(deliverables.status, from)))
    .returning()
  if (!row) throw new AppError('INVALID_STATE', 'projects:errors.deliverableState')
  return row
}

/** The lead partner saves its draft note (what the draft is, where its file is). */
export async function saveDraft(ctx: Ctx, projectId: string, id: string, draftNote: string) {
  const { deliverable, access } = await loadDeliverable(ctx, projectId, id)
  assertCanDraft(access, deliverable)
  return setStatus(ctx, deliverable, DRAFTABLE, { draftNote, status: 'drafting' })
}

/** The lead partner sends its draft round to the other partners for review. */
export async function submitForReview(ctx: Ctx, projectId: string, id: string) {
  const { deliverable, access } = await loadDeliverable(ctx, projectId, id)
  assertOwned(access, deliverable.leadOrganisationId)
  if (deliverable.draftNote === '') throw new AppError('INVALID_STATE', 'projects:errors.noDraft')
  return setStatus(ctx, deliverable, ['drafting', 'changes_requested'], {
    status: 'in_review',
    reviewRound: sql`${deliverables.reviewRound} + 1` as unknown as number,
  })
}

/**
 * A partner's verdict on the draft in review (one per organisation per round; a second one
 * replaces the first). Asking for changes sends the draft back to its lead partner.
 */
export async function reviewDeliverable(
  ctx: Ctx,
  projectId: string,
  id: string,
  input: ReviewInput,
) {
  const { deliverable, access } = await loadDeliverable(ctx, projectId, id)
  assertCanReview(access, deliverable)
  return ctx.db.transaction(async (tx) => {
    const values = {
      tenantId: access.organisationId,
      deliverableId: id,
      round: deliverable.reviewRound,
      reviewerOrganisationId: access.organisationId,
      reviewerUserId: access.userId,
      verdict: input.verdict,
      comment: input.comment,
      at: ctx.now(),
    }
    const [review] = await tx
      .insert(deliverableReviews)
      .values(values)
      .onConflictDoUpdate({
        target: [
          deliverableReviews.deliverableId,
          deliverableReviews.round,
          deliverableReviews.reviewerOrganisationId,
        ],
        set: {
          verdict: values.verdict,
          comment: values.comment,
          reviewerUserId: values.reviewerUserId,
          at: values.at,
        },
      })
      .returning()
    if (input.verdict === 'changes') {
      await tx
        .update(deliverables)
        .set({ status: 'changes_requested' })
        .where(and(eq(deliverables.id, id), eq(deliverables.status, 'in_review')))
    }
    return review!
  })
}

/** The coordinator submits the reviewed deliverable to the funder. */
export async function submitDeliverable(ctx: Ctx, projectId: string, id: string) {
  const { deliverable, access } = await loadDeliverable(ctx, projectId, id)
  assertManager(access)
  return setStatus(ctx, deliverable, ['in_review'], { status: 'submitted', submittedAt: ctx.now() })
}

/** The coordinator records that the funder accepted the deliverable. */
export async function acceptDeliverable(ctx: Ctx, projectId: string, id: string) {
  const { deliverable, access } = await loadDeliverable(ctx, projectId, id)
  assertManager(access)
  return setStatus(ctx, deliverable, ['submitted'], { status: 'accepted' })
}
