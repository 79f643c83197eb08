import { eq, isNull, or } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import type { DbOrTx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { authorize, type Permission, requireActor } from '#src/lib/policy.ts'
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

/** The marker stored instead of a sensitive value. */
export const CHANGED = '[changed]'

export function isSensitiveField(field: string): boolean {
  return SENSITIVE.has(field)
}

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
    out[key] = SENSITIVE.has(key) ? { to: CHANGED } : { from: old ?? null, to: value ?? null }
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

/**
 * Which rows of a tenant-owned table with a nullable tenant the actor may read: their active
 * organisation's; a platform administrator also reads the rows of no organisation (account events).
 */
export function tenantOrPlatformScope(ctx: Ctx, column: AnyPgColumn, permission: Permission) {
  const actor = requireActor(ctx)
  if (actor.isPlatformAdmin) {
    return actor.tenantId ? or(eq(column, actor.tenantId), isNull(column)) : isNull(column)
  }
  return eq(column, authorize(ctx, permission).tenantId)
}
