import { z } from 'zod'
import type { Actor, Ctx } from '#src/lib/context.ts'
import { dateIn } from '#src/lib/dates.ts'
import { forbidden } from '#src/lib/errors.ts'
import { authorize, requireActor } from '#src/lib/policy.ts'

export type Member = Actor & { tenantId: string }

/** Someone who may read the partner network of their active organisation (403 otherwise). */
export function viewer(ctx: Ctx): Member {
  return authorize(ctx, 'network.view')
}

/**
 * Someone who may read the shared directory: a member with 'network.view', or a platform
 * administrator even without an active organisation (they claim external organisations).
 */
export function directoryReader(ctx: Ctx): Actor {
  const actor = requireActor(ctx)
  if (actor.isPlatformAdmin) return actor
  return viewer(ctx)
}

/** Someone who may change it: add partners, agreements, pairs and host companies. */
export function manager(ctx: Ctx): Member {
  return authorize(ctx, 'network.manage')
}

/** Today in the active organisation's time zone. */
export function tenantToday(ctx: Ctx, actor: Member): string {
  const zone = actor.memberships.find((m) => m.tenantId === actor.tenantId)?.timeZone
  return dateIn(ctx.now(), zone ?? 'Europe/Tirane')
}

export function isUuid(value: string): boolean {
  return z.uuid().safeParse(value).success
}

/** A platform administrator (403 for everyone else). */
export function platformAdmin(ctx: Ctx): Actor {
  const actor = requireActor(ctx)
  if (!actor.isPlatformAdmin) throw forbidden()
  return actor
}
