import type { Actor, Ctx } from '#src/lib/context.ts'
import { AppError } from '#src/lib/errors.ts'
import { authorize } from '#src/lib/policy.ts'

export type Member = Actor & { tenantId: string }

/** A member who reads the school's plans (staff included). */
export function viewer(ctx: Ctx): Member {
  return authorize(ctx, 'plans.view')
}

/** A member who writes plans: the office (org_admin, coordinator). */
export function manager(ctx: Ctx): Member {
  return authorize(ctx, 'plans.manage')
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether a path or query value can be an id at all (anything else is simply not found). */
export function isUuid(value: string | null | undefined): value is string {
  return typeof value === 'string' && UUID.test(value)
}

export function invalid(fields: Record<string, string>): AppError {
  return new AppError('INVALID_INPUT', Object.values(fields)[0]!, {}, fields)
}
