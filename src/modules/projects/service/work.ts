import { and, asc, eq, max, ne, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, forbidden, notFound } from '#src/lib/errors.ts'
import { normaliseText } from '#src/lib/localized-text.ts'
import { organisations } from '../../organisations/index.ts'
import type { TaskInput, WorkPackageInput } from '../inputs.ts'
import { assertManager, assertOwned, getProjectAccess, isUuid } from '../policy.ts'
import { tasks, workPackages } from '../schema.ts'
import { assertPartnerOrg, assertProjectWp } from './refs.ts'

export type WorkPackage = typeof workPackages.$inferSelect
export type Task = typeof tasks.$inferSelect

/** The project's work packages (or lots) in order, with the lead organisation's name. */
export async function listWorkPackages(ctx: Ctx, projectId: string) {
  await getProjectAccess(ctx, projectId)
  return ctx.db
    .select({
      wp: workPackages,
      leadName: organisations.name,
      leadLocale: organisations.defaultLocale,
    })
    .from(workPackages)
    .leftJoin(organisations, eq(organisations.id, workPackages.leadOrganisationId))
    .where(eq(workPackages.projectId, projectId))
    .orderBy(asc(workPackages.number))
}

/** One work package of a project. */
export async function getWorkPackage(ctx: Ctx, projectId: string, id: string) {
  const access = await getProjectAccess(ctx, projectId)
  if (!isUuid(id)) throw notFound()
  const [row] = await ctx.db
    .select()
    .from(workPackages)
    .where(and(eq(workPackages.id, id), eq(workPackages.projectId, projectId)))
  if (!row) throw notFound()
  return { wp: row, access }
}

async function assertFreeCode(ctx: Ctx, projectId: string, code: string, except?: string) {
  const [clash] = await ctx.db
    .select({ id: workPackages.id })
    .from(workPackages)
    .where(
      and(
        eq(workPackages.projectId, projectId),
        sql`lower(${workPackages.code}) = ${code.toLowerCase()}`,
        except ? ne(workPackages.id, except) : undefined,
      ),
    )
  if (clash) {
    const key = 'projects:errors.codeTaken'
    throw new AppError('INVALID_INPUT', key, {}, { code: key })
  }
}

function wpColumns(input: WorkPackageInput) {
  return {
    code: input.code,
    title: normaliseText(input.title),
    description: normaliseText(input.description),
    leadOrganisationId: input.leadOrganisationId,
    startDate: input.startDate,
    endDate: input.endDate,
    isLumpSum: input.isLumpSum,
    lumpSumAmount: input.lumpSumAmount,
    completionPercent: input.completionPercent,
  }
}

/** Adds a work package at the end (managers only). */
export async function createWorkPackage(ctx: Ctx, projectId: string, input: WorkPackageInput) {
  const access = await getProjectAccess(ctx, projectId)
  assertManager(access)
  await assertPartnerOrg(ctx.db, projectId, input.leadOrganisationId, 'leadOrganisationId')
  await assertFreeCode(ctx, projectId, input.code)
  const [last] = await ctx.db
    .select({ n: max(workPackages.number) })
    .from(workPackages)
    .where(eq(workPackages.projectId, projectId))
  const [row] = await ctx.db
    .insert(workPackages)
    .values({
      ...wpColumns(input),
      tenantId: access.coordinatorId,
      projectId,
      number: (last?.n ?? 0) + 1,
    })
    .returning()
  return row!
}

/** Changes a work package (managers only). */
export async function updateWorkPackage(
  ctx: Ctx,
  projectId: string,
  id: string,
  input: WorkPackageInput,
) {
  const { access } = await getWorkPackage(ctx, projectId, id)
  assertManager(access)
  await assertPartnerOrg(ctx.db, projectId, input.leadOrganisationId, 'leadOrganisationId')
  await assertFreeCode(ctx, projectId, input.code, id)
  const [row] = await ctx.db
    .update(workPackages)
    .set(wpColumns(input))
    .where(and(eq(workPackages.id, id), eq(workPackages.projectId, projectId)))
    .returning()
  return row!
}

export const TASKS_PAGE_SIZE = 50

/** A project's tasks, by due date (open ones first), optionally of one work package or owner. */
export async function listTasks(
  ctx: Ctx,
  projectId: string,
  filter: { workPackageId?: string; ownerOrganisationId?: string; page?: number } = {},
) {
  const access = await getProjectAccess(ctx, projectId)
  const page = filter.page ?? 1
  const wpId = filter.workPackageId && isUuid(filter.workPackageId) ? filter.workPackageId : null
  const owner =
    filter.ownerOrganisationId && isUuid(filter.ownerOrganisationId)
      ? filter.ownerOrganisationId
      : null
  const rows = await ctx.db
    .select({
      task: tasks,
      ownerName: organisations.name,
      ownerLocale: organisations.defaultLocale,
      wpCode: workPackages.code,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(tasks)
    .innerJoin(organisations, eq(organisations.id, tasks.ownerOrganisationId))
    .leftJoin(workPackages, eq(workPackages.id, tasks.workPackageId))
    .where(
      and(
        eq(tasks.projectId, projectId),
        wpId ? eq(tasks.workPackageId, wpId) : undefined,
        owner ? eq(tasks.ownerOrganisationId, owner) : undefined,
      ),
    )
    .orderBy(
      sql`case when ${tasks.status} = 'done' then 1 else 0 end`,
      sql`${tasks.dueDate} asc nulls last`,
      asc(tasks.title),
      asc(tasks.id),
    )
    .limit(TASKS_PAGE_SIZE)
    .offset((page - 1) * TASKS_PAGE_SIZE)
  return {
    access,
    rows: rows.map(({ total: _t, ...r }) => r),
    total: rows[0]?.total ?? 0,
    page,
    pageSize: TASKS_PAGE_SIZE,
  }
}

/** One task of a project. */
export async function getTask(ctx: Ctx, projectId: string, id: string) {
  const access = await getProjectAccess(ctx, projectId)
  if (!isUuid(id)) throw notFound()
  const [row] = await ctx.db
    .select()
    .from(tasks)
    .where(and(eq(tasks.id, id), eq(tasks.projectId, projectId)))
  if (!row) throw notFound()
  return { task: row, access }
}

function completedAt(ctx: Ctx, status: Task['status'], before: Task | null) {
  if (status !== 'done') return null
  return before?.completedAt ?? ctx.now()
}

/**
 * Adds a task. Managers give it to any partner; a partner adds tasks only for itself. The row's
 * tenant is the owner organisation.
 */
export async function createTask(ctx: Ctx, projectId: string, input: TaskInput) {
  const access = await getProjectAccess(ctx, projectId)
  assertOwned(access, input.ownerOrganisationId)
  await assertPartnerOrg(ctx.db, projectId, input.ownerOrganisationId, 'ownerOrganisationId')
  await assertProjectWp(ctx.db, projectId, input.workPackageId)
  const [row] = await ctx.db
    .insert(tasks)
    .values({
      ...input,
      tenantId: input.ownerOrganisationId,
      projectId,
      completedAt: completedAt(ctx, input.status, null),
    })
    .returning()
  return row!
}

/** Changes a task: its owner organisation or a manager; only a manager hands it to another. */
export async function updateTask(ctx: Ctx, projectId: string, id: string, input: TaskInput) {
  const { task, access } = await getTask(ctx, projectId, id)
  assertOwned(access, task.ownerOrganisationId)
  if (input.ownerOrganisationId !== task.ownerOrganisationId && access.level !== 'manager') {
    throw forbidden()
  }
  await assertPartnerOrg(ctx.db, projectId, input.ownerOrganisationId, 'ownerOrganisationId')
  await assertProjectWp(ctx.db, projectId, input.workPackageId)
  const [row] = await ctx.db
    .update(tasks)
    .set({
      ...input,
      tenantId: input.ownerOrganisationId,
      completedAt: completedAt(ctx, input.status, task),
    })
    .where(and(eq(tasks.id, id), eq(tasks.projectId, projectId)))
    .returning()
  return row!
}

/** Moves a task to another status (its owner organisation or a manager). */
export async function setTaskStatus(
  ctx: Ctx,
  projectId: string,
  id: string,
  status: Task['status'],
) {
  const { task, access } = await getTask(ctx, projectId, id)
  assertOwned(access, task.ownerOrganisationId)
  const [row] = await ctx.db
    .update(tasks)
    .set({ status, completedAt: completedAt(ctx, status, task) })
    .where(and(eq(tasks.id, id), eq(tasks.projectId, projectId)))
    .returning()
  return row!
}
