import type { Actor, Ctx } from '#src/lib/context.ts'
import { AppError, forbidden } from '#src/lib/errors.ts'
import { authorize, requireActor } from '#src/lib/policy.ts'

export type Member = Actor & { tenantId: string }

/** A member who submits and edits the school's entries: the office (org_admin, coordinator). */
export function submitter(ctx: Ctx): Member {
  return authorize(ctx, 'catalogue.submit')
}

/** Moderation is for platform administrators only, in any organisation or none (ADR 021). */
export function moderator(ctx: Ctx): Actor {
  const actor = requireActor(ctx)
  if (!actor.isPlatformAdmin) throw forbidden()
  return actor
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether a path value can be an id at all (anything else is simply not found). */
export function isUuid(value: string | null | undefined): value is string {
  return typeof value === 'string' && UUID.test(value)
}

export function invalid(fields: Record<string, string>): AppError {
  return new AppError('INVALID_INPUT', Object.values(fields)[0]!, {}, fields)
}
