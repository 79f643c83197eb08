import { and, asc, desc, eq, isNull, notInArray, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { randomToken, sha256 } from '#src/lib/crypto.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { getT, toLocale } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { recordAudit } from '../../audit/index.ts'
import { INVITATION_DAYS, invitations } from '../../invitations/index.ts'
import { queueMail, withLang } from '../../mail/index.ts'
import { organisations } from '../../organisations/index.ts'
import { memberships, users } from '../../users/index.ts'
import type { InviteContactInput, PartnerInput } from '../inputs.ts'
import { assertManager, getProjectAccess, isUuid } from '../policy.ts'
import { projectInvitations, projectPartners, projects } from '../schema.ts'

/** The consortium: every partner organisation with its role and budget share, coordinator first. */
export async function listPartners(ctx: Ctx, projectId: string) {
  await getProjectAccess(ctx, projectId)
  return ctx.db
    .select({
      id: projectPartners.id,
      organisationId: projectPartners.organisationId,
      role: projectPartners.role,
      budgetShare: projectPartners.budgetShare,
      joinedAt: projectPartners.joinedAt,
      name: organisations.name,
      slug: organisations.slug,
      country: organisations.country,
      city: organisations.city,
      defaultLocale: organisations.defaultLocale,
      isExternal: organisations.isExternal,
    })
    .from(projectPartners)
    .innerJoin(organisations, eq(organisations.id, projectPartners.organisationId))
    .where(eq(projectPartners.projectId, projectId))
    .orderBy(
      sql`case ${projectPartners.role} when 'coordinator' then 0 when 'partner' then 1 else 2 end`,
      asc(organisations.country),
      asc(organisations.slug),
    )
}

export type Partner = Awaited<ReturnType<typeof listPartners>>[number]

/** Organisations of the directory not yet in the consortium, for the "add a partner" form. */
export async function listAddableOrganisations(ctx: Ctx, projectId: string) {
  const access = await getProjectAccess(ctx, projectId)
  assertManager(access)
  const inProject = ctx.db
    .select({ id: projectPartners.organisationId })
    .from(projectPartners)
    .where(eq(projectPartners.projectId, projectId))
  return ctx.db
    .select({
      id: organisations.id,
      name: organisations.name,
      country: organisations.country,
      city: organisations.city,
      defaultLocale: organisations.defaultLocale,
      isExternal: organisations.isExternal,
    })
    .from(organisations)
    .where(notInArray(organisations.id, inProject))
    .orderBy(asc(organisations.country), asc(organisations.slug))
    .limit(1000)
}

/** Adds an organisation of the directory (also an external one) to the consortium. */
export async function addPartner(ctx: Ctx, projectId: string, input: PartnerInput) {
  const access = await getProjectAccess(ctx, projectId)
  assertManager(access)
  const [org] = await ctx.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, input.organisationId))
  const key = 'common:validation.choice'
  if (!org) throw new AppError('INVALID_INPUT', key, {}, { organisationId: key })
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(projectPartners)
      .values({
        tenantId: access.coordinatorId,
        projectId,
        organisationId: org.id,
        role: input.role,
        budgetShare: input.budgetShare,
        joinedAt: ctx.now().toISOString().slice(0, 10),
      })
      .onConflictDoNothing()
      .returning()
    if (!row) {
      const taken = 'projects:errors.alreadyPartner'
      throw new AppError('CONFLICT', taken, {}, { organisationId: taken })
    }
    await recordAudit(
      ctx,
      {
        tenantId: access.coordinatorId,
        action: 'project.partner_added',
        entityType: 'project_partner',
        entityId: row.id,
        changes: {
          projectId: { to: projectId },
          organisationId: { to: org.id },
          role: { to: input.role },
        },
      },
      tx,
    )
    return row
  })
}

async function getPartnerRow(ctx: Ctx, projectId: string, partnerId: string) {
  if (!isUuid(partnerId)) throw notFound()
  const [row] = await ctx.db
    .select()
    .from(projectPartners)
    .where(and(eq(projectPartners.id, partnerId), eq(projectPartners.projectId, projectId)))
  if (!row) throw notFound()
  return row
}

/** Changes a partner's role or budget share; the coordinator's role stays. */
export async function updatePartner(
  ctx: Ctx,
  projectId: string,
  partnerId: string,
  input: Omit<PartnerInput, 'organisationId'>,
) {
  const access = await getProjectAccess(ctx, projectId)
  assertManager(access)
  const before = await getPartnerRow(ctx, projectId, partnerId)
  const role = before.role === 'coordinator' ? 'coordinator' : input.role
  return ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(projectPartners)
      .set({ role, budgetShare: input.budgetShare })
      .where(and(eq(projectPartners.id, partnerId), eq(projectPartners.projectId, projectId)))
      .returning()
    if (before.role !== role) {
      await recordAudit(
        ctx,
        {
          tenantId: access.coordinatorId,
          action: 'project.partner_role_changed',
          entityType: 'project_partner',
          entityId: partnerId,
          changes: { role: { from: before.role, to: role } },
        },
        tx,
      )
    }
    return after!
  })
}

/** Takes a partner out of the consortium (not the coordinator). */
export async function removePartner(ctx: Ctx, projectId: string, partnerId: string) {
  const access = await getProjectAccess(ctx, projectId)
  assertManager(access)
  const row = await getPartnerRow(ctx, projectId, partnerId)
  if (row.role === 'coordinator')
    throw new AppError('INVALID_STATE', 'projects:errors.coordinatorStays')
  await ctx.db.transaction(async (tx) => {
    await tx
      .delete(projectPartners)
      .where(and(eq(projectPartners.id, partnerId), eq(projectPartners.projectId, projectId)))
    await recordAudit(
      ctx,
      {
        tenantId: access.coordinatorId,
        action: 'project.partner_removed',
        entityType: 'project_partner',
        entityId: partnerId,
        changes: { organisationId: { from: row.organisationId }, role: { from: row.role } },
      },
      tx,
    )
  })
}

/**
 * Invites a contact person of a partner organisation. The invitation is an ordinary one of that
 * organisation (its acceptance page makes the person a member there), sent by the project's
 * coordinator; "coordinator" may be given only for an organisation nobody uses Ura for yet.
 */
export async function inviteContact(ctx: Ctx, projectId: string, input: InviteContactInput) {
  const access = await getProjectAccess(ctx, projectId)
  assertManager(access)
  const [partner] = await ctx.db
    .select({ org: organisations, acronym: projects.acronym })
    .from(projectPartners)
    .innerJoin(organisations, eq(organisations.id, projectPartners.organisationId))
    .innerJoin(projects, eq(projects.id, projectPartners.projectId))
    .where(
      and(
        eq(projectPartners.projectId, projectId),
        eq(projectPartners.organisationId, input.organisationId),
      ),
    )
  const choice = 'common:validation.choice'
  if (!partner) throw new AppError('INVALID_INPUT', choice, {}, { organisationId: choice })
  if (input.organisationId === access.organisationId) {
    const key = 'projects:errors.ownOrganisation'
    throw new AppError('INVALID_INPUT', key, {}, { organisationId: key })
  }
  if (input.role === 'coordinator' && !partner.org.isExternal) {
    const key = 'projects:errors.coordinatorOnlyExternal'
    throw new AppError('INVALID_INPUT', key, {}, { role: key })
  }
  const email = input.email.toLowerCase()
  const [member] = await ctx.db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, partner.org.id), sql`lower(${users.email}) = ${email}`))
  if (member) {
    const key = 'projects:errors.alreadyMember'
    throw new AppError('INVALID_INPUT', key, {}, { email: key })
  }
  const token = randomToken()
  const now = ctx.now()
  const tenantId = partner.org.id
  const actor = ctx.actor!
  const created = await ctx.db.transaction(async (tx) => {
    await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(invitations.tenantId, tenantId),
          eq(invitations.email, email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
    const [inv] = await tx
      .insert(invitations)
      .values({
        tenantId,
        email,
        displayName: input.displayName,
        role: input.role,
        tokenHash: sha256(token),
        invitedBy: actor.userId,
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
      })
      .returning()
    await tx
      .insert(projectInvitations)
      .values({ tenantId, projectId, invitationId: inv!.id, invitedBy: actor.userId })
    await recordAudit(
      ctx,
      {
        tenantId,
        action: 'invitation.created',
        entityType: 'invitation',
        entityId: inv!.id,
        changes: { email: { to: email }, role: { to: input.role }, projectId: { to: projectId } },
      },
      tx,
    )
    return inv!
  })
  const locale = toLocale(partner.org.defaultLocale) ?? 'en'
  const t = getT(locale)
  const params = {
    name: input.displayName || email,
    inviter: actor.displayName,
    organisation: pickText(partner.org.name, locale, ['en']).value,
    project: partner.acronym,
    role: t(`common:roles.${input.role}`),
    link: withLang(`${ctx.env.baseUrl}/invite/${token}`, locale),
    days: INVITATION_DAYS,
  }
  await queueMail(ctx, {
    tenantId: access.coordinatorId,
    to: email,
    locale,
    subject: t('projects:mail.inviteSubject', params),
    text: t('projects:mail.inviteBody', params),
  })
  return created
}

/** Contact people invited through this project, newest first (managers only). */
export async function listProjectInvitations(ctx: Ctx, projectId: string) {
  const access = await getProjectAccess(ctx, projectId)
  assertManager(access)
  return ctx.db
    .select({
      id: invitations.id,
      email: invitations.email,
      displayName: invitations.displayName,
      role: invitations.role,
      organisationName: organisations.name,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      createdAt: invitations.createdAt,
    })
    .from(projectInvitations)
    .innerJoin(invitations, eq(invitations.id, projectInvitations.invitationId))
    .innerJoin(organisations, eq(organisations.id, invitations.tenantId))
    .where(eq(projectInvitations.projectId, projectId))
    .orderBy(desc(invitations.createdAt))
    .limit(200)
}
