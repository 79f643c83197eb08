import { and, eq } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { requireActor } from '#src/lib/policy.ts'
import { recordAudit } from '../../audit/index.ts'
import { hasCompletedCourse } from '../../learning/index.ts'
import type { ReviewInput } from '../inputs.ts'
import { catalogueEntries, catalogueReviews } from '../schema.ts'
import { isUuid } from './access.ts'
import type { Entry } from './entries.ts'

export type Review = typeof catalogueReviews.$inferSelect

/** An approved entry, for its review form. */
export async function getReviewableEntry(ctx: Ctx, id: string): Promise<Entry> {
  requireActor(ctx)
  if (!isUuid(id)) throw notFound()
  const [row] = await ctx.db
    .select()
    .from(catalogueEntries)
    .where(and(eq(catalogueEntries.id, id), eq(catalogueEntries.status, 'approved')))
  if (!row) throw notFound()
  return row
}

/**
 * Why the actor may not review the entry (a translation key), or null when they may: only a
 * person whose enrolment in the entry's Ura course is completed reviews it (ADR 021).
 */
export async function reviewRefusal(ctx: Ctx, entry: Entry): Promise<string | null> {
  const actor = requireActor(ctx)
  if (!entry.courseId) return 'catalogue:review.refusedNoCourse'
  if (!(await hasCompletedCourse(ctx, actor.userId, entry.courseId)))
    return 'catalogue:review.refusedNotCompleted'
  if (!actor.tenantId) return 'common:errors.noOrganisation'
  return null
}

/** The actor's review of the entry, written or replaced (one per person and entry). */
export async function reviewEntry(ctx: Ctx, id: string, input: ReviewInput): Promise<Review> {
  const actor = requireActor(ctx)
  const entry = await getReviewableEntry(ctx, id)
  const refusal = await reviewRefusal(ctx, entry)
  if (refusal) throw new AppError('FORBIDDEN', refusal)
  const tenantId = actor.tenantId!
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(catalogueReviews)
      .values({ tenantId, entryId: entry.id, userId: actor.userId, ...input })
      .onConflictDoUpdate({
        target: [catalogueReviews.entryId, catalogueReviews.userId],
        set: { rating: input.rating, text: input.text, updatedAt: ctx.now() },
      })
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId,
        action: 'catalogue.review',
        entityType: 'catalogue_entry',
        entityId: entry.id,
      },
      tx,
    )
    return row!
  })
}
