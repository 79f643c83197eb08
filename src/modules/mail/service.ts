import { and, desc, eq, inArray, lt } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { notFound } from '#src/lib/errors.ts'
import type { Locale } from '#src/lib/i18n.ts'
import { ZUuid } from '#src/lib/validation.ts'
import { tenantOrPlatformScope } from '../audit/index.ts'
import { mailHtml } from './html.tsx'
import { outbox } from './schema.ts'

type OutboxStatus = (typeof outbox.$inferSelect)['status']

export type QueueMailInput = {
  tenantId: string | null
  to: string
  subject: string
  text: string
  /** The recipient's language, the one subject and text are written in (see mailLocale). */
  locale: Locale
}

/**
 * Writes a message to the outbox, then delivers it when SMTP is configured: the text, an HTML part
 * made from it, and `Content-Language`. A delivery failure is recorded on the message, never thrown
 * at the person who caused the mail.
 */
export async function queueMail(ctx: Ctx, input: QueueMailInput) {
  const { locale, ...message } = input
  const [row] = await ctx.db.insert(outbox).values(message).returning({ id: outbox.id })
  if (!row) throw new Error('outbox insert returned nothing')
  if (!ctx.mailer.isConfigured) return row.id
  try {
    await ctx.mailer.deliver({
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: mailHtml({ subject: message.subject, text: message.text, language: locale }),
      language: locale,
    })
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

export const OUTBOX_LIMIT = 200

/** Messages for the active organisation (a platform admin also sees messages of no organisation). */
export async function listOutbox(ctx: Ctx) {
  const scope = tenantOrPlatformScope(ctx, outbox.tenantId, 'outbox.view')
  return ctx.db
    .select()
    .from(outbox)
    .where(scope)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(OUTBOX_LIMIT)
}

/** One message of the outbox; another organisation's message is "not found". */
export async function getOutboxMessage(ctx: Ctx, id: string) {
  const scope = tenantOrPlatformScope(ctx, outbox.tenantId, 'outbox.view')
  if (!ZUuid.safeParse(id).success) throw notFound()
  const [row] = await ctx.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.id, id), scope))
  if (!row) throw notFound()
  return row
}

export type OutboxMessage = Awaited<ReturnType<typeof getOutboxMessage>>

/**
 * The states a message ends in: delivered, refused by the server, or kept here because no SMTP
 * server is configured (ADR 006). Only these age out; a message in any other state is still
 * waiting for delivery (a queue, once one takes over delivery) and is never deleted.
 */
export const FINISHED_STATUSES: readonly OutboxStatus[] = ['sent', 'failed', 'stored']

const DAY_MS = 86_400_000

/**
 * Retention for the outbox: deletes finished messages written more than
 * `URA_OUTBOX_RETENTION_DAYS` (180) days before `now`, of every organisation. Returns how many.
 */
export async function purgeOldOutbox(ctx: Ctx, now: Date = ctx.now()): Promise<number> {
  const before = new Date(now.getTime() - ctx.env.outboxRetentionDays * DAY_MS)
  const removed = await ctx.db
    .delete(outbox)
    .where(and(inArray(outbox.status, [...FINISHED_STATUSES]), lt(outbox.createdAt, before)))
    .returning({ id: outbox.id })
  return removed.length
}
