import { and, asc, desc, eq, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { normaliseText } from '#src/lib/localized-text.ts'
import { organisations } from '../../organisations/index.ts'
import type { MilestoneInput, RiskInput } from '../inputs.ts'
import { assertManager, getProjectAccess, isUuid } from '../policy.ts'
import { milestones, risks, workPackages } from '../schema.ts'
import { assertPartnerOrg, assertProjectWp } from './refs.ts'

export type Milestone = typeof milestones.$inferSelect
export type Risk = typeof risks.$inferSelect

/** The project's milestones by due date. */
export async function listMilestones(ctx: Ctx, projectId: string) {
  await getProjectAccess(ctx, projectId)
  return ctx.db
    .select({ milestone: milestones, wpCode: workPackages.code })
    .from(milestones)
    .leftJoin(workPackages, eq(workPackages.id, milestones.workPackageId))
    .where(eq(milestones.projectId, projectId))
    .orderBy(asc(milestones.dueDate), asc(milestones.code))
}

/** One milestone of a project. */
export async function getMilestone(ctx: Ctx, projectId: string, id: string) {
  const access = await getProjectAccess(ctx, projectId)
  if (!isUuid(id)) throw notFound()
  const [row] = await ctx.db
    .select()
    .from(milestones)
    .where(and(eq(milestones.id, id), eq(milestones.projectId, projectId)))
  if (!row) throw notFound()
  return { milestone: row, access }
}

async function assertFreeMilestoneCode(ctx: Ctx, projectId: string, code: string, except?: string) {
  const rows = await ctx.db
    .select({ id: milestones.id })
    .from(milestones)
    .where(
      and(
        eq(milestones.projectId, projectId),
        sql`lower(${milestones.code}) = ${code.toLowerCase()}`,
      ),
    )
  if (rows.some((r) => r.id !== except)) {
    const key = 'projects:errors.codeTaken'
    throw new AppError('INVALID_INPUT', key, {}, { code: key })
  }
}

function milestoneColumns(ctx: Ctx, input: MilestoneInput, before: Milestone | null) {
  const reachedAt =
    input.status === 'reached' ? (before?.reachedAt ?? ctx.now().toISOString().slice(0, 10)) : null
  return { ...input, title: normaliseText(input.title), reachedAt }
}

/** Adds a milestone (managers only). */
export async function createMilestone(ctx: Ctx, projectId: string, input: MilestoneInput) {
  const access = await getProjectAccess(ctx, projectId)
  assertManager(access)
  await assertProjectWp(ctx.db, projectId, input.workPackageId)
  await assertFreeMilestoneCode(ctx, projectId, input.code)
  const [row] = await ctx.db
    .insert(milestones)
    .values({ ...milestoneColumns(ctx, input, null), tenantId: access.coordinatorId, projectId })
    .returning()
  return row!
}

/** Changes a milestone, e.g. marks it reached (managers only). */
export async function updateMilestone(
  ctx: Ctx,
  projectId: string,
  id: string,
  input: MilestoneInput,
) {
  const { milestone, access } = await getMilestone(ctx, projectId, id)
  assertManager(access)
  await assertProjectWp(ctx.db, projectId, input.workPackageId)
  await assertFreeMilestoneCode(ctx, projectId, input.code, id)
  const [row] = await ctx.db
    .update(milestones)
    .set(milestoneColumns(ctx, input, milestone))
    .where(and(eq(milestones.id, id), eq(milestones.projectId, projectId)))
    .returning()
  return row!
}

/** The project's risks, highest score (likelihood × impact) first. */
export async function listRisks(ctx: Ctx, projectId: string) {
  await getProjectAccess(ctx, projectId)
  return ctx.db
    .select({
      risk: risks,
      ownerName: organisations.name,
      ownerLocale: organisations.defaultLocale,
      wpCode: workPackages.code,
    })
    .from(risks)
    .leftJoin(organisations, eq(organisations.id, risks.ownerOrganisationId))
    .leftJoin(workPackages, eq(workPackages.id, risks.workPackageId))
    .where(eq(risks.projectId, projectId))
    .orderBy(
      sql`case when ${risks.status} in ('open', 'occurred') then 0 else 1 end`,
      desc(sql`${risks.likelihood} * ${risks.impact}`),
      asc(risks.createdAt),
    )
}

/** One risk of a project. */
export async function getRisk(ctx: Ctx, projectId: string, id: string) {
  const access = await getProjectAccess(ctx, projectId)
  if (!isUuid(id)) throw notFound()
  const [row] = await ctx.db
    .select()
    .from(risks)
    .where(and(eq(risks.id, id), eq(risks.projectId, projectId)))
  if (!row) throw notFound()
  return { risk: row, access }
}

/** Adds a risk with its mitigation (managers only). */
export async function createRisk(ctx: Ctx, projectId: string, input: RiskInput) {
  const access = await getProjectAccess(ctx, projectId)
  assertManager(access)
  await assertPartnerOrg(ctx.db, projectId, input.ownerOrganisationId, 'ownerOrganisationId')
  await assertProjectWp(ctx.db, projectId, input.workPackageId)
  const [row] = await ctx.db
    .insert(risks)
    .values({ ...input, tenantId: access.coordinatorId, projectId })
    .returning()
  return row!
}

/** Changes a risk (managers only). */
export async function updateRisk(ctx: Ctx, projectId: string, id: string, input: RiskInput) {
  const { access } = await getRisk(ctx, projectId, id)
  assertManager(access)
  await assertPartnerOrg(ctx.db, projectId, input.ownerOrganisationId, 'ownerOrganisationId')
  await assertProjectWp(ctx.db, projectId, input.workPackageId)
  const [row] = await ctx.db
    .update(risks)
    .set(input)
    .where(and(eq(risks.id, id), eq(risks.projectId, projectId)))
    .returning()
  return row!
}
