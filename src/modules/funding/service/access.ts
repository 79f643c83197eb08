import type { Actor, Ctx } from '#src/lib/context.ts'
import { AppError } from '#src/lib/errors.ts'
import { authorize, requireActor } from '#src/lib/policy.ts'

export type Member = Actor & { tenantId: string }

/**
 * Someone who may read the register: a member with 'funding.view', or a platform administrator
 * even without an active organisation (they keep the shared register).
 */
export function reader(ctx: Ctx): Actor {
  const actor = requireActor(ctx)
  if (actor.isPlatformAdmin && !actor.tenantId) return actor
  return authorize(ctx, 'funding.view')
}

/** A member of a school who watches opportunities and reads its pipeline. */
export function viewer(ctx: Ctx): Member {
  return authorize(ctx, 'funding.view')
}

/** A member who adds the school's own opportunities and moves its applications. */
export function manager(ctx: Ctx): Member {
  return authorize(ctx, 'funding.manage')
}

/** A platform administrator, or a member with 'funding.manage': who may add an opportunity. */
export function author(ctx: Ctx): Actor {
  const actor = requireActor(ctx)
  if (actor.isPlatformAdmin && !actor.tenantId) return actor
  return manager(ctx)
}

export function invalid(fields: Record<string, string>): AppError {
  return new AppError('INVALID_INPUT', Object.values(fields)[0]!, {}, fields)
}
