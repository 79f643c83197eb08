import { and, desc, eq, lt } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { authorize } from '#src/lib/policy.ts'
import { users } from '../users/schema.ts'
import { auditLog } from './schema.ts'

export type AuditEntry = {
  tenantId: string | null
  action: string
  entityType: string
  entityId: string
  changes?: Record<string, { from?: unknown; to?: unknown }>
}

/** Fields whose values are personal enough that the log records only that they changed. */
const SENSITIVE = new Set(['dateOfBirth', 'phone', 'medical', 'passwordHash', 'password'])

/**
 * The changed fields between two versions of a record, ready for the audit log. Secret and
 * sensitive values are replaced by "changed".
 */
export function diffForAudit(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): Record<string, { from?: unknown; to?: unknown }> {
  const out: Record<string, { from?: unknown; to?: unknown }> = {}
  for (const [key, value] of Object.entries(after)) {
    if (key === 'updatedAt' || key === 'createdAt') continue
    const old = before?.[key]
    if (JSON.stringify(old) === JSON.stringify(value)) continue
    out[key] = SENSITIVE.has(key) ? { to: '[changed]' } : { from: old ?? null, to: value ?? null }
  }
  return out
}

/** Appends to the audit log, inside the caller's transaction when given one. */
export async function recordAudit(ctx: Ctx, entry: AuditEntry, db: DbOrTx = ctx.db) {
  await db.insert(auditLog).values({
    tenantId: entry.tenantId,
    actorUserId: ctx.actor?.userId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    changes: entry.changes ?? {},
    requestId: ctx.requestId,
  })
}

export const AUDIT_PAGE_SIZE = 50

/** The active organisation's audit log, newest first, paged by a `before` cursor. */
export async function listAudit(ctx: Ctx, options: { before?: Date | undefined } = {}) {
  const actor = authorize(ctx, 'audit.view')
  const where = options.before
    ? and(eq(auditLog.tenantId, actor.tenantId), lt(auditLog.createdAt, options.before))
    : eq(auditLog.tenantId, actor.tenantId)
  const rows = await ctx.db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      changes: auditLog.changes,
      createdAt: auditLog.createdAt,
      actorName: users.displayName,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(where)
    .orderBy(desc(auditLog.createdAt))
    .limit(AUDIT_PAGE_SIZE + 1)
  return {
    items: rows.slice(0, AUDIT_PAGE_SIZE),
    nextBefore: rows.length > AUDIT_PAGE_SIZE ? rows[AUDIT_PAGE_SIZE - 1]!.createdAt : null,
  }
}
