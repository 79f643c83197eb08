import { and, desc, eq, type SQL, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { auditLog, tenantOrPlatformScope } from '../audit/index.ts'
import { userNames } from '../users/index.ts'

export const AUDIT_PAGE_SIZE = 50

export type AuditListOptions = {
  /** The id of the last entry already shown; the page starts right after it. */
  before?: string | undefined
  action?: string | undefined
}

/** The active organisation's audit log, newest first, paged by a `before` cursor. */
export async function listAudit(ctx: Ctx, options: AuditListOptions = {}) {
  const conditions: (SQL | undefined)[] = [
    tenantOrPlatformScope(ctx, auditLog.tenantId, 'audit.view'),
  ]
  if (options.action) conditions.push(eq(auditLog.action, options.action))
  if (options.before) {
    // (created_at, id) as the cursor: many entries share a timestamp (one transaction), and a JS
    // Date would lose the microseconds PostgreSQL keeps.
    conditions.push(
      sql`(${auditLog.createdAt}, ${auditLog.id}) < (select c.created_at, c.id from audit_log c where c.id = ${options.before})`,
    )
  }
  const rows = await ctx.db
    .select({
      id: auditLog.id,
      tenantId: auditLog.tenantId,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      changes: auditLog.changes,
      createdAt: auditLog.createdAt,
      actorUserId: auditLog.actorUserId,
    })
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1)
  const page = rows.slice(0, AUDIT_PAGE_SIZE)
  const actors = await userNames(ctx, [
    ...new Set(page.flatMap((r) => (r.actorUserId ? [r.actorUserId] : []))),
  ])
  return {
    items: page.map(({ actorUserId, ...r }) => ({
      ...r,
      actorName: actorUserId ? (actors.get(actorUserId) ?? null) : null,
    })),
    nextBefore: rows.length > AUDIT_PAGE_SIZE ? rows[AUDIT_PAGE_SIZE - 1]!.id : null,
  }
}

export type AuditItem = Awaited<ReturnType<typeof listAudit>>['items'][number]
