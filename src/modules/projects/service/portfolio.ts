import { and, asc, eq, ilike, like, or, sql } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { notFound } from '#src/lib/errors.ts'
import { normaliseText } from '#src/lib/localized-text.ts'
import { authorize } from '#src/lib/policy.ts'
import { recordAudit } from '../../audit/index.ts'
import { organisations, slugify } from '../../organisations/index.ts'
import type { ListProjectsQuery, NewProjectInput, ProjectInput } from '../inputs.ts'
import {
  assertManager,
  getProjectAccess,
  type ProjectAccess,
  requireProjectActor,
} from '../policy.ts'
import { deliverables, projectPartners, projects, workPackages } from '../schema.ts'
import { planFromTemplate } from '../templates.ts'
import { likePattern, projectSearchText } from '../values.ts'

export type Project = typeof projects.$inferSelect

export const PROJECTS_PAGE_SIZE = 20

/**
 * The projects the active organisation belongs to (as coordinator, partner or associated
 * partner), newest first, filtered and searched (accent-insensitive), one page at a time.
 */
export async function listProjectsFor(ctx: Ctx, query: Partial<ListProjectsQuery> = {}) {
  const actor = requireProjectActor(ctx)
  const page = query.page ?? 1
  const where = and(
    eq(projectPartners.organisationId, actor.tenantId),
    query.q ? ilike(projects.searchText, likePattern(query.q)) : undefined,
    query.status ? eq(projects.status, query.status) : undefined,
    query.programme ? eq(projects.programme, query.programme) : undefined,
    query.role ? eq(projectPartners.role, query.role) : undefined,
  )
  const rows = await ctx.db
    .select({
      id: projects.id,
      slug: projects.slug,
      acronym: projects.acronym,
      title: projects.title,
      programme: projects.programme,
      action: projects.action,
      grantNumber: projects.grantNumber,
      status: projects.status,
      startDate: projects.startDate,
      endDate: projects.endDate,
      currency: projects.currency,
      totalBudget: projects.totalBudget,
      isPublic: projects.isPublic,
      myRole: projectPartners.role,
      coordinatorName: organisations.name,
      coordinatorLocale: organisations.defaultLocale,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(projectPartners)
    .innerJoin(projects, eq(projects.id, projectPartners.projectId))
    .innerJoin(organisations, eq(organisations.id, projects.tenantId))
    .where(where)
    .orderBy(sql`${projects.startDate} desc nulls last`, asc(projects.acronym), asc(projects.id))
    .limit(PROJECTS_PAGE_SIZE)
    .offset((page - 1) * PROJECTS_PAGE_SIZE)
  return {
    rows: rows.map(({ total: _total, ...r }) => r),
    total: rows[0]?.total ?? 0,
    page,
    pageSize: PROJECTS_PAGE_SIZE,
  }
}

export type PortfolioRow = Awaited<ReturnType<typeof listProjectsFor>>['rows'][number]

/** The programmes the active organisation's projects use, for the filter. */
export async function listProgrammesFor(ctx: Ctx): Promise<string[]> {
  const actor = requireProjectActor(ctx)
  const rows = await ctx.db
    .selectDistinct({ programme: projects.programme })
    .from(projectPartners)
    .innerJoin(projects, eq(projects.id, projectPartners.projectId))
    .where(eq(projectPartners.organisationId, actor.tenantId))
    .orderBy(asc(projects.programme))
  return rows.map((r) => r.programme)
}

/** One project the actor's organisation belongs to, with the actor's access to it. */
export async function getProject(
  ctx: Ctx,
  id: string,
): Promise<{ project: Project; access: ProjectAccess }> {
  const access = await getProjectAccess(ctx, id)
  const [project] = await ctx.db.select().from(projects).where(eq(projects.id, id))
  if (!project) throw notFound()
  return { project, access }
}

/** A slug that no other project uses: `base`, `base-2` … */
async function freeSlug(db: DbOrTx, base: string): Promise<string> {
  const rows = await db
    .select({ slug: projects.slug })
    .from(projects)
    .where(or(eq(projects.slug, base), like(projects.slug, `${base}-%`)))
  const taken = new Set(rows.map((r) => r.slug))
  let candidate = base
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`
  return candidate
}

function toColumns(input: ProjectInput) {
  const title = normaliseText(input.title)
  return {
    acronym: input.acronym,
    title,
    summary: normaliseText(input.summary),
    programme: input.programme,
    action: input.action,
    referenceNumber: input.referenceNumber,
    grantNumber: input.grantNumber,
    startDate: input.startDate,
    endDate: input.endDate,
    status: input.status,
    currency: input.currency,
    totalBudget: input.totalBudget,
    isPublic: input.isPublic,
    website: input.website,
    searchText: projectSearchText({ ...input, title }),
  }
}

/**
 * Creates a project coordinated by the active organisation (which joins its consortium as
 * coordinator). With a template, the usual work packages and first deliverables come too.
 */
export async function createProject(ctx: Ctx, input: NewProjectInput): Promise<Project> {
  const actor = authorize(ctx, 'projects.create')
  const plan = input.template
    ? planFromTemplate(input.template, input.startDate, input.endDate)
    : null
  const values = toColumns({ ...input, action: input.action || plan?.action || '' })
  return ctx.db.transaction(async (tx) => {
    const slug = await freeSlug(tx, slugify(input.acronym) || 'project')
    const [project] = await tx
      .insert(projects)
      .values({ ...values, tenantId: actor.tenantId, slug })
      .returning()
    const projectId = project!.id
    const tenantId = actor.tenantId
    const [partner] = await tx
      .insert(projectPartners)
      .values({ tenantId, projectId, organisationId: tenantId, role: 'coordinator' })
      .returning({ id: projectPartners.id })
    if (plan) {
      const wps = await tx
        .insert(workPackages)
        .values(
          plan.workPackages.map((wp) => ({
            ...wp,
            tenantId,
            projectId,
            leadOrganisationId: tenantId,
          })),
        )
        .returning({ id: workPackages.id, number: workPackages.number })
      const dated = plan.deliverables.filter((d) => d.dueDate)
      if (dated.length > 0) {
        await tx.insert(deliverables).values(
          dated.map((d) => ({
            tenantId,
            projectId,
            workPackageId: wps.find((w) => w.number === d.wp)?.id ?? null,
            code: d.code,
            title: d.title,
            dueDate: d.dueDate!,
            leadOrganisationId: tenantId,
          })),
        )
      }
    }
    await recordAudit(
      ctx,
      {
        tenantId,
        action: 'project.created',
        entityType: 'project',
        entityId: projectId,
        changes: { acronym: { to: input.acronym }, template: { to: input.template ?? null } },
      },
      tx,
    )
    await recordAudit(
      ctx,
      {
        tenantId,
        action: 'project.partner_added',
        entityType: 'project_partner',
        entityId: partner!.id,
        changes: { organisationId: { to: tenantId }, role: { to: 'coordinator' } },
      },
      tx,
    )
    return project!
  })
}

/** Changes a project's key facts (managers only). */
export async function updateProject(ctx: Ctx, id: string, input: ProjectInput): Promise<Project> {
  const access = await getProjectAccess(ctx, id)
  assertManager(access)
  const [row] = await ctx.db
    .update(projects)
    .set(toColumns(input))
    .where(and(eq(projects.id, id), eq(projects.tenantId, access.coordinatorId)))
    .returning()
  if (!row) throw notFound()
  return row
}
