import { and, desc, eq } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { notFound } from '#src/lib/errors.ts'
import { authorize } from '#src/lib/policy.ts'
import { outbox } from './schema.ts'

export type QueueMailInput = { tenantId: string | null; to: string; subject: string; text: string }

/**
 * Writes a message to the outbox, then delivers it when SMTP is configured. A delivery failure is
 * recorded on the message, never thrown at the person who caused the mail.
 */
export async function queueMail(ctx: Ctx, input: QueueMailInput) {
  const [row] = await ctx.db.insert(outbox).values(input).returning({ id: outbox.id })
  if (!row) throw new Error('outbox insert returned nothing')
  if (!ctx.mailer.isConfigured) return row.id
  try {
    await ctx.mailer.deliver({ to: input.to, subject: input.subject, text: input.text })
    await ctx.db
      .update(outbox)
      .set({ status: 'sent', sentAt: ctx.now() })
      .where(eq(outbox.id, row.id))
  } catch (err) {
    ctx.log.warn({ outboxId: row.id, err: (err as Error).message }, 'mail delivery failed')
    await ctx.db
      .update(outbox)
      .set({ status: 'failed', error: (err as Error).message.slice(0, 500) })
      .where(eq(outbox.id, row.id))
  }
  return row.id
}

/** Messages for the active organisation (a platform admin also sees messages of no organisation). */
export async function listOutbox(ctx: Ctx) {
  const actor = authorize(ctx, 'outbox.view')
  return ctx.db
    .select()
    .from(outbox)
    .where(eq(outbox.tenantId, actor.tenantId))
    .orderBy(desc(outbox.createdAt))
    .limit(200)
}

export async function getOutboxMessage(ctx: Ctx, id: string) {
  const actor = authorize(ctx, 'outbox.view')
  const [row] = await ctx.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.id, id), eq(outbox.tenantId, actor.tenantId)))
  if (!row) throw notFound()
  return row
}
