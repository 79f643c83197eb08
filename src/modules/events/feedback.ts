import { and, desc, eq, isNotNull, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError } from '#src/lib/errors.ts'
import { FEEDBACK_QUESTIONS, type FeedbackInput, type FeedbackQuestion } from './inputs.ts'
import type { Registration } from './placement.ts'
import { getRegistrationByToken } from './registration.ts'
import { eventFeedback, eventRegistrations, type events } from './schema.ts'
import { getEvent } from './service.ts'

type EventRow = typeof events.$inferSelect

export type FeedbackState = 'open' | 'notYet' | 'done' | 'notAttended'

/** Whether a participant may answer the survey: once, after attending or after the event. */
export async function feedbackState(
  ctx: Ctx,
  event: EventRow,
  registration: Registration,
): Promise<FeedbackState> {
  if (registration.status !== 'confirmed') return 'notAttended'
  if (!registration.checkedInAt && ctx.now() < event.endsAt) return 'notYet'
  const [given] = await ctx.db
    .select({ id: eventFeedback.id })
    .from(eventFeedback)
    .where(eq(eventFeedback.registrationId, registration.id))
  return given ? 'done' : 'open'
}

/** Saves a participant's answers; a second response for the same registration is refused. */
export async function submitFeedback(ctx: Ctx, token: string, input: FeedbackInput) {
  const { event, registration } = await getRegistrationByToken(ctx, token)
  const state = await feedbackState(ctx, event, registration)
  if (state === 'done') throw new AppError('CONFLICT', 'events:errors.feedbackGiven')
  if (state !== 'open') throw new AppError('INVALID_STATE', 'events:errors.feedbackClosed')
  const [row] = await ctx.db
    .insert(eventFeedback)
    .values({
      tenantId: event.tenantId,
      eventId: event.id,
      registrationId: registration.id,
      overall: input.overall,
      content: input.content,
      organisation: input.organisation,
      usefulness: input.usefulness,
      comment: input.comment ?? null,
    })
    .onConflictDoNothing()
    .returning()
  if (!row) throw new AppError('CONFLICT', 'events:errors.feedbackGiven')
  return row
}

export type FeedbackResults = {
  responses: number
  attended: number
  averages: Record<FeedbackQuestion, number | null>
  /** How many gave each rating (1–5) to the overall question. */
  overallDistribution: { rating: number; count: number }[]
  comments: { text: string; createdAt: Date }[]
}

/** Averages, counts and comments of an event's survey, for the organiser. */
export async function feedbackResults(ctx: Ctx, eventId: string): Promise<FeedbackResults> {
  const event = await getEvent(ctx, eventId)
  const scope = and(eq(eventFeedback.tenantId, event.tenantId), eq(eventFeedback.eventId, event.id))
  const [totals] = await ctx.db
    .select({
      responses: sql<number>`count(*)::int`,
      overall: sql<string | null>`avg(${eventFeedback.overall})`,
      content: sql<string | null>`avg(${eventFeedback.content})`,
      organisation: sql<string | null>`avg(${eventFeedback.organisation})`,
      usefulness: sql<string | null>`avg(${eventFeedback.usefulness})`,
    })
    .from(eventFeedback)
    .where(scope)
  const dist = await ctx.db
    .select({ rating: eventFeedback.overall, count: sql<number>`count(*)::int` })
    .from(eventFeedback)
    .where(scope)
    .groupBy(eventFeedback.overall)
  const comments = await ctx.db
    .select({ text: eventFeedback.comment, createdAt: eventFeedback.createdAt })
    .from(eventFeedback)
    .where(and(scope, isNotNull(eventFeedback.comment)))
    .orderBy(desc(eventFeedback.createdAt))
    .limit(200)
  const [attended] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.tenantId, event.tenantId),
        eq(eventRegistrations.eventId, event.id),
        isNotNull(eventRegistrations.checkedInAt),
      ),
    )
  const avg = (v: string | null | undefined) => (v == null ? null : Math.round(Number(v) * 10) / 10)
  return {
    responses: Number(totals?.responses ?? 0),
    attended: Number(attended?.n ?? 0),
    averages: Object.fromEntries(FEEDBACK_QUESTIONS.map((q) => [q, avg(totals?.[q])])) as Record<
      FeedbackQuestion,
      number | null
    >,
    overallDistribution: [1, 2, 3, 4, 5].map((rating) => ({
      rating,
      count: Number(dist.find((d) => d.rating === rating)?.count ?? 0),
    })),
    comments: comments.flatMap((c) => (c.text ? [{ text: c.text, createdAt: c.createdAt }] : [])),
  }
}
