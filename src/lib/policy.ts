import type { Actor, Ctx } from './context.ts'
import { AppError, forbidden } from './errors.ts'
import type { Role } from './roles.ts'

/**
 * What each role may do in its organisation. A platform administrator may do everything.
 * Modules add their permissions here, so the whole matrix is readable in one place.
 */
const MATRIX = {
  'home.view': ['org_admin', 'coordinator', 'staff', 'learner', 'guardian', 'partner_contact'],
  'organisation.edit': ['org_admin', 'coordinator'],
  'members.view': ['org_admin', 'coordinator'],
  'members.invite': ['org_admin', 'coordinator'],
  'members.manage': ['org_admin'],
  'learners.create': ['org_admin', 'coordinator'],
  'guardians.manage': ['org_admin', 'coordinator'],
  'audit.view': ['org_admin'],
  'outbox.view': ['org_admin'],
  'tokens.manage': ['org_admin', 'coordinator', 'staff', 'partner_contact'],
  'projects.view': ['org_admin', 'coordinator', 'staff', 'partner_contact'],
  'projects.create': ['org_admin', 'coordinator'],
  'news.manage': ['org_admin', 'coordinator', 'staff'],
  'campaigns.manage': ['org_admin', 'coordinator'],
  'events.view': ['org_admin', 'coordinator', 'staff'],
  'events.manage': ['org_admin', 'coordinator'],
  'network.view': ['org_admin', 'coordinator', 'staff'],
  'network.manage': ['org_admin', 'coordinator'],
  'calls.view': ['org_admin', 'coordinator', 'staff', 'learner', 'guardian'],
  'calls.manage': ['org_admin', 'coordinator'],
  'mobility.view': ['org_admin', 'coordinator'],
  'mobility.manage': ['org_admin', 'coordinator'],
  'mobility.own': ['learner', 'staff', 'guardian'],
  'reports.view': ['org_admin', 'coordinator'],
  'reports.manage': ['org_admin', 'coordinator'],
  'credentials.manage': ['org_admin', 'coordinator'],
  'learning.view': ['org_admin', 'coordinator', 'staff', 'learner', 'partner_contact'],
  'learning.author': ['org_admin', 'coordinator', 'staff'],
  'learning.enrolOthers': ['org_admin', 'coordinator'],
  'learning.reports': ['org_admin', 'coordinator'],
  // Self-ratings for everyone who takes courses; own lists and gap views for the office (ADR 016).
  'competences.rate': ['org_admin', 'coordinator', 'staff', 'learner', 'partner_contact'],
  'competences.manage': ['org_admin', 'coordinator'],
  'competences.gaps': ['org_admin', 'coordinator'],
  // Self-assessment rounds and their results; answering needs no permission (an invitation or link).
  'assessment.view': ['org_admin', 'coordinator', 'staff'],
  'assessment.manage': ['org_admin', 'coordinator'],
  // Action plans: the office writes them, staff see and update the actions they own.
  'plans.view': ['org_admin', 'coordinator', 'staff'],
  'plans.manage': ['org_admin', 'coordinator'],
  // The funding register (shared by every school), watch lists and the application pipeline.
  'funding.view': ['org_admin', 'coordinator', 'staff'],
  'funding.manage': ['org_admin', 'coordinator'],
  // The course database: the office submits entries; platform administrators moderate (ADR 021).
  'catalogue.submit': ['org_admin', 'coordinator'],
} as const satisfies Record<string, readonly Role[]>

export type Permission = keyof typeof MATRIX

/** Roles a role may hand out: only an organisation administrator makes other administrators. */
export const GRANTABLE: Record<Role, readonly Role[]> = {
  org_admin: ['org_admin', 'coordinator', 'staff', 'learner', 'guardian', 'partner_contact'],
  coordinator: ['coordinator', 'staff', 'learner', 'guardian', 'partner_contact'],
  staff: [],
  learner: [],
  guardian: [],
  partner_contact: [],
}

export function can(actor: Actor | null, permission: Permission): boolean {
  if (!actor) return false
  if (actor.isPlatformAdmin) return true
  if (!actor.role) return false
  return (MATRIX[permission] as readonly Role[]).includes(actor.role)
}

export function grantableRoles(actor: Actor): readonly Role[] {
  if (actor.isPlatformAdmin) return GRANTABLE.org_admin
  return actor.role ? GRANTABLE[actor.role] : []
}

/** The signed-in actor, or UNAUTHENTICATED. */
export function requireActor(ctx: Ctx): Actor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'common:errors.signInRequired')
  return ctx.actor
}

/** The actor and their active organisation; the permission is checked there. */
export function authorize(ctx: Ctx, permission: Permission): Actor & { tenantId: string } {
  const actor = requireActor(ctx)
  if (!actor.tenantId) throw new AppError('INVALID_STATE', 'common:errors.noOrganisation')
  if (!can(actor, permission)) throw forbidden()
  return actor as Actor & { tenantId: string }
}
