import { and, asc, eq, sql } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, forbidden, notFound } from '#src/lib/errors.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { organisations } from '#src/modules/organisations/index.ts'
import {
  getProjectAccess,
  type ProjectAccess,
  projectPartners,
  projects,
  workPackages,
} from '#src/modules/projects/index.ts'

/*
 * What the money pages need to know about a project. Access goes through the projects module's
 * consortium policy; the few read-only facts below (currency, partners, work packages) are read
 * from its tables here, after that check, so budgets never re-derives who may see a project.
 */

export type BudgetProject = {
  id: string
  acronym: string
  title: LocalizedText
  currency: string
  coordinatorId: string
}

export type Opened = { access: ProjectAccess; project: BudgetProject }

/** The actor's access to a project (NOT_FOUND outside the consortium) and its money facts. */
export async function openProject(ctx: Ctx, projectId: string): Promise<Opened> {
  const access = await getProjectAccess(ctx, projectId)
  const [project] = await ctx.db
    .select({
      id: projects.id,
      acronym: projects.acronym,
      title: projects.title,
      currency: projects.currency,
      coordinatorId: projects.tenantId,
    })
    .from(projects)
    .where(eq(projects.id, projectId))
  if (!project) throw notFound()
  return { access, project }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A path id that is not a UUID names nothing (and must not reach a uuid column). */
export function assertId(id: string): void {
  if (!UUID.test(id)) throw notFound()
}

/** The coordinator's managers see every partner's entries and review them. */
export function seesAll(access: ProjectAccess): boolean {
  return access.level === 'manager'
}

/** Another partner's entry is "not found" unless the actor manages the project. */
export function assertVisible(access: ProjectAccess, ownerId: string): void {
  if (ownerId !== access.organisationId && !seesAll(access)) throw notFound()
}

/** Only the partner that owns an entry changes it, and not as a viewer (403). */
export function assertEditable(access: ProjectAccess, ownerId: string): void {
  assertVisible(access, ownerId)
  if (ownerId !== access.organisationId || access.level === 'viewer') throw forbidden()
}

/** Entering the actor's own organisation's actuals: anyone in the consortium but a viewer. */
export function assertCanEnter(access: ProjectAccess): void {
  if (access.level === 'viewer') throw forbidden()
}

export function assertReviewer(access: ProjectAccess): void {
  if (!seesAll(access)) throw forbidden()
}

export type ConsortiumMember = {
  organisationId: string
  role: string
  name: LocalizedText
  defaultLocale: string
  country: string
}

/** The partner organisations, coordinator first. */
export async function listConsortium(db: DbOrTx, projectId: string): Promise<ConsortiumMember[]> {
  return db
    .select({
      organisationId: projectPartners.organisationId,
      role: projectPartners.role,
      name: organisations.name,
      defaultLocale: organisations.defaultLocale,
      country: organisations.country,
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

export type ProjectWorkPackage = {
  id: string
  number: number
  code: string
  title: LocalizedText
  isLumpSum: boolean
  lumpSumAmount: string | null
  completionPercent: number
}

export async function listWorkPackages(
  db: DbOrTx,
  projectId: string,
): Promise<ProjectWorkPackage[]> {
  return db
    .select({
      id: workPackages.id,
      number: workPackages.number,
      code: workPackages.code,
      title: workPackages.title,
      isLumpSum: workPackages.isLumpSum,
      lumpSumAmount: workPackages.lumpSumAmount,
      completionPercent: workPackages.completionPercent,
    })
    .from(workPackages)
    .where(eq(workPackages.projectId, projectId))
    .orderBy(asc(workPackages.number))
}

/** Whether an organisation is in the project's consortium. */
export async function isPartner(db: DbOrTx, projectId: string, organisationId: string) {
  const [row] = await db
    .select({ id: projectPartners.id })
    .from(projectPartners)
    .where(
      and(
        eq(projectPartners.projectId, projectId),
        eq(projectPartners.organisationId, organisationId),
      ),
    )
  return Boolean(row)
}

/** A work package of this project, or a field error on `workPackageId`. */
export async function assertWorkPackage(db: DbOrTx, projectId: string, workPackageId: string) {
  const wps = await listWorkPackages(db, projectId)
  const wp = wps.find((w) => w.id === workPackageId)
  if (!wp) {
    throw new AppError(
      'INVALID_INPUT',
      'common:validation.choice',
      {},
      {
        workPackageId: 'common:validation.choice',
      },
    )
  }
  return wp
}

/** For an entry form: the project, its work packages, and the right to enter (403 for viewers). */
export async function openForEntry(ctx: Ctx, projectId: string) {
  const opened = await openProject(ctx, projectId)
  assertCanEnter(opened.access)
  return { ...opened, workPackages: await listWorkPackages(ctx.db, projectId) }
}

/** What the actor may do with one entry, for the page's buttons (the services check again). */
export function entryRights(access: ProjectAccess, ownerId: string) {
  return {
    canEdit: ownerId === access.organisationId && access.level !== 'viewer',
    canReview: seesAll(access),
  }
}
