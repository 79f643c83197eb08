import { and, asc, eq } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { recordAudit } from '../../audit/index.ts'
import { organisationNames } from '../../organisations/index.ts'
import { type CatalogueStatus, catalogueEntries } from '../schema.ts'
import { isUuid, moderator } from './access.ts'
import type { Entry } from './entries.ts'

export type QueueRow = Entry & { submittedBy: string }

/** The entries waiting for moderation, oldest first, with the submitting school's name. */
export async function listPendingEntries(ctx: Ctx) {
  moderator(ctx)
  const rows = await ctx.db
    .select()
    .from(catalogueEntries)
    .where(eq(catalogueEntries.status, 'pending'))
    .orderBy(asc(catalogueEntries.updatedAt))
    .limit(200)
  const names = await organisationNames(ctx, [
    ...new Set(rows.flatMap((r) => [r.tenantId, r.providerOrgId ?? r.tenantId])),
  ])
  return { rows, names }
}

async function decide(
  ctx: Ctx,
  id: string,
  status: Exclude<CatalogueStatus, 'pending'>,
  reason: string,
): Promise<Entry> {
  const actor = moderator(ctx)
  if (!isUuid(id)) throw notFound()
  const [entry] = await ctx.db.select().from(catalogueEntries).where(eq(catalogueEntries.id, id))
  if (!entry) throw notFound()
  if (entry.status !== 'pending') throw new AppError('INVALID_STATE', 'catalogue:errors.notPending')
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(catalogueEntries)
      .set({
        status,
        rejectionReason: reason,
        reviewedBy: actor.userId,
        reviewedAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .where(and(eq(catalogueEntries.id, entry.id), eq(catalogueEntries.status, 'pending')))
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: entry.tenantId,
        action: `catalogue.${status === 'approved' ? 'approve' : 'reject'}`,
        entityType: 'catalogue_entry',
        entityId: entry.id,
        changes: { status: { from: 'pending', to: status } },
      },
      tx,
    )
    return row!
  })
}

/** Makes a pending entry public. */
export function approveEntry(ctx: Ctx, id: string): Promise<Entry> {
  return decide(ctx, id, 'approved', '')
}

/** Refuses a pending entry with a reason the submitting school reads on its list. */
export function rejectEntry(ctx: Ctx, id: string, reason: string): Promise<Entry> {
  return decide(ctx, id, 'rejected', reason)
}
