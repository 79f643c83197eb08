import { and, eq } from 'drizzle-orm'
import type { Actor, Ctx } from '#src/lib/context.ts'
import { AppError, forbidden, notFound } from '#src/lib/errors.ts'
import { can, requireActor } from '#src/lib/policy.ts'
import type { Role } from '../users/index.ts'
import {
  type PartnerRole,
  type ProjectMemberRole,
  projectMembers,
  projectPartners,
  projects,
} from './schema.ts'

/**
 * What a person may do in one project. It follows from their organisation's place in the
 * consortium (coordinator, partner, associated), their role in their own organisation, and an
 * optional per-person project role:
 * - manager: the coordinating organisation's org_admins and coordinators (or a project manager
 *   named in project_members) manage everything;
 * - contributor: everyone else with a working role edits their own organisation's rows (its tasks,
 *   the deliverables it leads) and reviews the others' drafts;
 * - viewer: sees the whole project, changes nothing (a project member marked "viewer").
 */
export type ProjectLevel = 'manager' | 'contributor' | 'viewer'

export type ProjectAccess = {
  projectId: string
  /** The coordinating organisation (the project's tenant). */
  coordinatorId: string
  /** The actor's active organisation, a member of the consortium. */
  organisationId: string
  partnerRole: PartnerRole
  level: ProjectLevel
  userId: string
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isUuid(value: string): boolean {
  return UUID.test(value)
}

/** The project level for an organisation role, a consortium role and a person's project role. */
export function projectLevel(
  partnerRole: PartnerRole,
  orgRole: Role,
  memberRole: ProjectMemberRole | null,
): ProjectLevel {
  if (memberRole === 'viewer') return 'viewer'
  const leads = partnerRole === 'coordinator'
  if (leads && (orgRole === 'org_admin' || orgRole === 'coordinator')) return 'manager'
  if (leads && memberRole === 'manager') return 'manager'
  return 'contributor'
}

/** The actor and their active organisation, with a role that works on projects (else 403). */
export function requireProjectActor(ctx: Ctx): Actor & { tenantId: string; role: Role } {
  const actor = requireActor(ctx)
  if (!actor.tenantId || !actor.role) {
    throw new AppError('INVALID_STATE', 'common:errors.noOrganisation')
  }
  if (!can(actor, 'projects.view')) throw forbidden()
  return actor as Actor & { tenantId: string; role: Role }
}

/**
 * The actor's access to a project. An organisation outside the consortium gets NOT_FOUND, as
 * for a project that does not exist; a role that does not work on projects (learner, guardian)
 * gets FORBIDDEN.
 */
export async function getProjectAccess(ctx: Ctx, projectId: string): Promise<ProjectAccess> {
  const actor = requireActor(ctx)
  if (!actor.tenantId || !actor.role || !isUuid(projectId)) throw notFound()
  const [row] = await ctx.db
    .select({
      coordinatorId: projects.tenantId,
      partnerRole: projectPartners.role,
      memberRole: projectMembers.projectRole,
    })
    .from(projectPartners)
    .innerJoin(projects, eq(projects.id, projectPartners.projectId))
    .leftJoin(
      projectMembers,
      and(eq(projectMembers.projectId, projects.id), eq(projectMembers.userId, actor.userId)),
    )
    .where(
      and(
        eq(projectPartners.projectId, projectId),
        eq(projectPartners.organisationId, actor.tenantId),
      ),
    )
  if (!row) throw notFound()
  if (!can(actor, 'projects.view')) throw forbidden()
  return {
    projectId,
    coordinatorId: row.coordinatorId,
    organisationId: actor.tenantId,
    partnerRole: row.partnerRole,
    level: projectLevel(row.partnerRole, actor.role, row.memberRole ?? null),
    userId: actor.userId,
  }
}

export function canManage(access: ProjectAccess): boolean {
  return access.level === 'manager'
}

/** Managers only (403 for the rest of the consortium). */
export function assertManager(access: ProjectAccess) {
  if (!canManage(access)) throw forbidden()
}

/** Rows that belong to one partner (tasks it owns, deliverables it leads): it or a manager. */
export function canEditOwned(access: ProjectAccess, ownerOrganisationId: string | null): boolean {
  if (access.level === 'manager') return true
  return access.level === 'contributor' && ownerOrganisationId === access.organisationId
}

export function assertOwned(access: ProjectAccess, ownerOrganisationId: string | null) {
  if (!canEditOwned(access, ownerOrganisationId)) throw forbidden()
}

/** Reviewing a draft: any working partner but the one that wrote it. */
export function canReview(access: ProjectAccess, leadOrganisationId: string | null): boolean {
  return access.level !== 'viewer' && leadOrganisationId !== access.organisationId
}
