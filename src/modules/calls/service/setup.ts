import { and, asc, eq, inArray, max, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { ZUuid } from '#src/lib/validation.ts'
import { recordAudit } from '../../audit/index.ts'
import { memberships, users } from '../../users/index.ts'
import type { CriterionInput, RequiredDocumentInput } from '../inputs.ts'
import {
  applications,
  callCriteria,
  callRequiredDocuments,
  panelMembers,
  scores,
} from '../schema.ts'
import { loadManagedCall } from './access.ts'

/** Roles that may sit on a selection panel. */
const PANEL_ROLES = ['org_admin', 'coordinator', 'staff'] as const

async function loadDraftCall(ctx: Ctx, callId: string) {
  const call = await loadManagedCall(ctx, callId)
  if (call.status !== 'draft') throw new AppError('INVALID_STATE', 'calls:errors.criteriaFixed')
  return call
}

/** Adds a weighted criterion to a draft call. */
export async function addCriterion(ctx: Ctx, callId: string, input: CriterionInput) {
  const call = await loadDraftCall(ctx, callId)
  const [last] = await ctx.db
    .select({ n: max(callCriteria.position) })
    .from(callCriteria)
    .where(eq(callCriteria.callId, callId))
  await ctx.db.insert(callCriteria).values({
    tenantId: call.tenantId,
    callId,
    position: (last?.n ?? 0) + 1,
    ...input,
  })
}

/** Removes a criterion from a draft call. */
export async function deleteCriterion(ctx: Ctx, callId: string, criterionId: string) {
  await loadDraftCall(ctx, callId)
  if (!ZUuid.safeParse(criterionId).success) throw notFound()
  const gone = await ctx.db
    .delete(callCriteria)
    .where(and(eq(callCriteria.callId, callId), eq(callCriteria.id, criterionId)))
    .returning({ id: callCriteria.id })
  if (gone.length === 0) throw notFound()
}

/** Adds a document applicants must (or may) upload, to a draft call. */
export async function addRequiredDocument(ctx: Ctx, callId: string, input: RequiredDocumentInput) {
  const call = await loadDraftCall(ctx, callId)
  const [last] = await ctx.db
    .select({ n: max(callRequiredDocuments.position) })
    .from(callRequiredDocuments)
    .where(eq(callRequiredDocuments.callId, callId))
  await ctx.db.insert(callRequiredDocuments).values({
    tenantId: call.tenantId,
    callId,
    position: (last?.n ?? 0) + 1,
    ...input,
  })
}

/** Removes a required document from a draft call. */
export async function deleteRequiredDocument(ctx: Ctx, callId: string, documentId: string) {
  await loadDraftCall(ctx, callId)
  if (!ZUuid.safeParse(documentId).success) throw notFound()
  const gone = await ctx.db
    .delete(callRequiredDocuments)
    .where(and(eq(callRequiredDocuments.callId, callId), eq(callRequiredDocuments.id, documentId)))
    .returning({ id: callRequiredDocuments.id })
  if (gone.length === 0) throw notFound()
}

/** The call's panel and the staff who could join it. */
export async function getPanel(ctx: Ctx, callId: string) {
  const call = await loadManagedCall(ctx, callId)
  const staff = await ctx.db
    .select({ userId: users.id, displayName: users.displayName, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(eq(memberships.tenantId, call.tenantId), inArray(memberships.role, [...PANEL_ROLES])),
    )
    .orderBy(asc(users.displayName))
  const members = await ctx.db
    .select({
      userId: panelMembers.userId,
      scored:
        sql<number>`(select count(*) from ${scores} s join ${applications} a on a.id = s.application_id
        where a.call_id = ${callId} and s.panel_member_user_id = ${panelMembers.userId})`.mapWith(
          Number,
        ),
    })
    .from(panelMembers)
    .where(eq(panelMembers.callId, callId))
  const onPanel = new Map(members.map((m) => [m.userId, m.scored]))
  return {
    call,
    members: staff
      .filter((s) => onPanel.has(s.userId))
      .map((s) => ({ ...s, scored: onPanel.get(s.userId) ?? 0 })),
    candidates: staff.filter((s) => !onPanel.has(s.userId)),
  }
}

/** Puts a member of the organisation's staff on the call's selection panel. */
export async function addPanelMember(ctx: Ctx, callId: string, userId: string) {
  const call = await loadManagedCall(ctx, callId)
  const [member] = await ctx.db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.tenantId, call.tenantId), eq(memberships.userId, userId)))
  if (!member || !(PANEL_ROLES as readonly string[]).includes(member.role)) {
    throw new AppError(
      'INVALID_INPUT',
      'common:errors.invalidInput',
      {},
      {
        userId: 'calls:errors.panelRole',
      },
    )
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(panelMembers)
      .values({ tenantId: call.tenantId, callId, userId })
      .onConflictDoNothing()
    await recordAudit(
      ctx,
      {
        tenantId: call.tenantId,
        action: 'call.panel_member_added',
        entityType: 'call',
        entityId: callId,
        changes: { panelMember: { to: userId } },
      },
      tx,
    )
  })
}

/** Takes someone off the panel, as long as they have not scored yet. */
export async function removePanelMember(ctx: Ctx, callId: string, userId: string) {
  const call = await loadManagedCall(ctx, callId)
  if (!ZUuid.safeParse(userId).success) throw notFound()
  const { members } = await getPanel(ctx, callId)
  const member = members.find((m) => m.userId === userId)
  if (!member) throw notFound()
  if (member.scored > 0) throw new AppError('INVALID_STATE', 'calls:errors.panelHasScored')
  await ctx.db.transaction(async (tx) => {
    await tx
      .delete(panelMembers)
      .where(and(eq(panelMembers.callId, callId), eq(panelMembers.userId, userId)))
    await recordAudit(
      ctx,
      {
        tenantId: call.tenantId,
        action: 'call.panel_member_removed',
        entityType: 'call',
        entityId: callId,
        changes: { panelMember: { from: userId } },
      },
      tx,
    )
  })
}
