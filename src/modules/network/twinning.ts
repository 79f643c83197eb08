import { and, asc, count, eq, inArray, or } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { normaliseText } from '#src/lib/localized-text.ts'
import { recordAudit } from '../audit/index.ts'
import { organisations } from '../organisations/index.ts'
import { users } from '../users/index.ts'
import { isUuid, type Member, manager, viewer } from './access.ts'
import type { GoalInput, NoteInput, TwinningPairInput } from './inputs.ts'
import { type GoalStatus, twinningGoals, twinningNotes, twinningPairs } from './schema.ts'

const coach = alias(organisations, 'coach')
const coached = alias(organisations, 'coached')

const pairColumns = {
  id: twinningPairs.id,
  tenantId: twinningPairs.tenantId,
  coachId: twinningPairs.coachId,
  coachedId: twinningPairs.coachedId,
  programme: twinningPairs.programme,
  startsOn: twinningPairs.startsOn,
  endsOn: twinningPairs.endsOn,
  coachName: coach.name,
  coachLocale: coach.defaultLocale,
  coachCountry: coach.country,
  coachedName: coached.name,
  coachedLocale: coached.defaultLocale,
  coachedCountry: coached.country,
}

/** Either side of a pair sees it; nobody else does. */
const visibleTo = (tenantId: string) =>
  or(eq(twinningPairs.coachId, tenantId), eq(twinningPairs.coachedId, tenantId))

function selectPairs(ctx: Ctx, where: ReturnType<typeof and>) {
  return ctx.db
    .select(pairColumns)
    .from(twinningPairs)
    .innerJoin(coach, eq(coach.id, twinningPairs.coachId))
    .innerJoin(coached, eq(coached.id, twinningPairs.coachedId))
    .where(where)
    .orderBy(asc(twinningPairs.programme), asc(coach.slug))
}

export type TwinningPair = Awaited<ReturnType<typeof selectPairs>>[number]

/** The twinning pairs the active organisation is part of, as coach or as coached school. */
export async function listTwinningPairs(ctx: Ctx): Promise<TwinningPair[]> {
  const actor = viewer(ctx)
  return selectPairs(ctx, visibleTo(actor.tenantId))
}

async function findPair(ctx: Ctx, actor: Member, id: string): Promise<TwinningPair> {
  if (!isUuid(id)) throw notFound()
  const [pair] = await selectPairs(ctx, and(eq(twinningPairs.id, id), visibleTo(actor.tenantId)))
  if (!pair) throw notFound()
  return pair
}

/** One pair with its coaching plan: goals (by target date) and their progress notes. */
export async function getTwinningPlan(ctx: Ctx, id: string) {
  const actor = viewer(ctx)
  const pair = await findPair(ctx, actor, id)
  const goals = await ctx.db
    .select()
    .from(twinningGoals)
    .where(eq(twinningGoals.pairId, pair.id))
    .orderBy(asc(twinningGoals.targetDate), asc(twinningGoals.createdAt))
  const author = alias(organisations, 'author_org')
  const notes =
    goals.length === 0
      ? []
      : await ctx.db
          .select({
            id: twinningNotes.id,
            goalId: twinningNotes.goalId,
            body: twinningNotes.body,
            status: twinningNotes.status,
            createdAt: twinningNotes.createdAt,
            authorName: users.displayName,
            authorOrgId: twinningNotes.authorOrgId,
            authorOrgName: author.name,
          })
          .from(twinningNotes)
          .innerJoin(author, eq(author.id, twinningNotes.authorOrgId))
          .leftJoin(users, eq(users.id, twinningNotes.authorUserId))
          .where(
            inArray(
              twinningNotes.goalId,
              goals.map((g) => g.id),
            ),
          )
          .orderBy(asc(twinningNotes.createdAt))
  return {
    pair,
    goals: goals.map((g) => ({ ...g, notes: notes.filter((n) => n.goalId === g.id) })),
  }
}

export type TwinningPlan = Awaited<ReturnType<typeof getTwinningPlan>>

/** Starts a pair between the active organisation and a partner, as coach or coached school. */
export async function createTwinningPair(ctx: Ctx, input: TwinningPairInput) {
  const actor = manager(ctx)
  const bad = (key: string) => new AppError('INVALID_INPUT', key, {}, { partnerId: key })
  if (input.partnerId === actor.tenantId) throw bad('network:errors.selfPartner')
  const [partner] = await ctx.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, input.partnerId))
  if (!partner) throw bad('network:errors.organisation')
  const [coachId, coachedId] =
    input.ourRole === 'coach' ? [actor.tenantId, partner.id] : [partner.id, actor.tenantId]
  const [clash] = await ctx.db
    .select({ id: twinningPairs.id })
    .from(twinningPairs)
    .where(
      and(
        eq(twinningPairs.coachId, coachId),
        eq(twinningPairs.coachedId, coachedId),
        eq(twinningPairs.programme, input.programme),
      ),
    )
  if (clash)
    throw new AppError(
      'CONFLICT',
      'network:errors.pairExists',
      {},
      { partnerId: 'network:errors.pairExists' },
    )
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(twinningPairs)
      .values({
        tenantId: actor.tenantId,
        coachId,
        coachedId,
        programme: input.programme,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
      })
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'twinning.created',
        entityType: 'twinning_pair',
        entityId: row!.id,
        changes: { coachId: { to: coachId }, coachedId: { to: coachedId } },
      },
      tx,
    )
    return row!
  })
}

/** Adds a goal to a pair's coaching plan; coordinators of either side may. */
export async function addTwinningGoal(ctx: Ctx, pairId: string, input: GoalInput) {
  const actor = manager(ctx)
  const pair = await findPair(ctx, actor, pairId)
  const [row] = await ctx.db
    .insert(twinningGoals)
    .values({
      tenantId: pair.tenantId,
      pairId: pair.id,
      title: normaliseText(input.title),
      targetDate: input.targetDate,
    })
    .returning()
  return row!
}

/** Writes a progress note on a goal and sets the goal's status; either side of the pair may. */
export async function addTwinningNote(ctx: Ctx, pairId: string, goalId: string, input: NoteInput) {
  const actor = manager(ctx)
  const pair = await findPair(ctx, actor, pairId)
  if (!isUuid(goalId)) throw notFound()
  const [goal] = await ctx.db
    .select({ id: twinningGoals.id, status: twinningGoals.status })
    .from(twinningGoals)
    .where(and(eq(twinningGoals.id, goalId), eq(twinningGoals.pairId, pair.id)))
  if (!goal) throw notFound()
  const changed: GoalStatus | null = input.status !== goal.status ? input.status : null
  await ctx.db.transaction(async (tx) => {
    await tx.insert(twinningNotes).values({
      tenantId: pair.tenantId,
      goalId: goal.id,
      authorOrgId: actor.tenantId,
      authorUserId: actor.userId,
      body: input.body,
      status: changed,
    })
    if (changed) {
      await tx
        .update(twinningGoals)
        .set({ status: changed })
        .where(and(eq(twinningGoals.id, goal.id), eq(twinningGoals.pairId, pair.id)))
    }
  })
}

/** The other side of a pair may work on it but not delete it. */
export const notRecorder = () => new AppError('FORBIDDEN', 'network:errors.pairNotRecorder')

/** What deleting a pair removes with it: its goals and their progress notes. */
export async function countTwinningPlan(ctx: Ctx, pairId: string) {
  const [goals] = await ctx.db
    .select({ n: count() })
    .from(twinningGoals)
    .where(eq(twinningGoals.pairId, pairId))
  const [notes] = await ctx.db
    .select({ n: count() })
    .from(twinningNotes)
    .innerJoin(twinningGoals, eq(twinningGoals.id, twinningNotes.goalId))
    .where(eq(twinningGoals.pairId, pairId))
  return { goals: goals?.n ?? 0, notes: notes?.n ?? 0 }
}

/**
 * Deletes a twinning pair with its coaching plan; audited. Goals and notes cascade: they only
 * make sense within the pair, and nothing else points at a pair. Both sides work on the plan, so
 * only the organisation that recorded the pair may delete it; the other side sees the pair and is
 * refused (403), an organisation outside the pair does not find it (404).
 */
export async function deleteTwinningPair(ctx: Ctx, id: string) {
  const actor = manager(ctx)
  const pair = await findPair(ctx, actor, id)
  if (pair.tenantId !== actor.tenantId) throw notRecorder()
  const removed = await countTwinningPlan(ctx, pair.id)
  await ctx.db.transaction(async (tx) => {
    await tx
      .delete(twinningPairs)
      .where(and(eq(twinningPairs.id, pair.id), eq(twinningPairs.tenantId, actor.tenantId)))
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'twinning.deleted',
        entityType: 'twinning_pair',
        entityId: pair.id,
        changes: {
          coachId: { from: pair.coachId, to: null },
          coachedId: { from: pair.coachedId, to: null },
          programme: { from: pair.programme, to: null },
          goals: { from: removed.goals, to: 0 },
          notes: { from: removed.notes, to: 0 },
        },
      },
      tx,
    )
  })
  return pair
}
