import { and, desc, eq, type SQL } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { diffForAudit, recordAudit } from '#src/modules/audit/index.ts'
import { organisations } from '#src/modules/organisations/index.ts'
import { workPackages } from '#src/modules/projects/index.ts'
import type { EntryFilter, ReviewInput, TimesheetInput } from './inputs.ts'
import { fromNumeric, multiply, toNumeric } from './money.ts'
import {
  assertCanEnter,
  assertEditable,
  assertId,
  assertReviewer,
  assertVisible,
  assertWorkPackage,
  listWorkPackages,
  openProject,
  seesAll,
} from './project.ts'
import { timesheets } from './schema.ts'

export type Timesheet = typeof timesheets.$inferSelect

/** hours × hourly rate, rounded half to even to the cent. */
export function staffCost(hours: string, hourlyRate: string, currency: string): string {
  return toNumeric(multiply(fromNumeric(hourlyRate, currency), hours), 2)
}

function columns(input: TimesheetInput, currency: string) {
  return {
    workPackageId: input.workPackageId,
    personName: input.personName,
    month: `${input.month}-01`,
    hours: input.hours,
    hourlyRate: input.hourlyRate,
    staffCost: staffCost(input.hours, input.hourlyRate, currency),
  }
}

/** What the audit log keeps of a timesheet (a person's hours and pay rate are personal data). */
function audited(row: Timesheet) {
  return {
    personName: row.personName,
    month: row.month,
    hours: row.hours,
    hourlyRate: row.hourlyRate,
    workPackageId: row.workPackageId,
  }
}

/** Timesheets the actor may see: all for the coordinator's managers, else their own organisation's. */
export async function listTimesheets(ctx: Ctx, projectId: string, filter: EntryFilter = {}) {
  const { access } = await openProject(ctx, projectId)
  const conditions: SQL[] = [eq(timesheets.projectId, projectId)]
  const owner = seesAll(access) ? filter.organisationId : access.organisationId
  if (owner) conditions.push(eq(timesheets.tenantId, owner))
  if (filter.status) conditions.push(eq(timesheets.status, filter.status))
  return ctx.db
    .select({
      timesheet: timesheets,
      organisationName: organisations.name,
      organisationLocale: organisations.defaultLocale,
      wpCode: workPackages.code,
    })
    .from(timesheets)
    .innerJoin(organisations, eq(organisations.id, timesheets.tenantId))
    .innerJoin(workPackages, eq(workPackages.id, timesheets.workPackageId))
    .where(and(...conditions))
    .orderBy(desc(timesheets.month), desc(timesheets.createdAt))
    .limit(500)
}

/** One timesheet: its partner and the coordinator's managers see it; others get NOT_FOUND. */
export async function getTimesheet(ctx: Ctx, projectId: string, timesheetId: string) {
  const opened = await openProject(ctx, projectId)
  assertId(timesheetId)
  const [row] = await ctx.db
    .select({ timesheet: timesheets, wpCode: workPackages.code, wpTitle: workPackages.title })
    .from(timesheets)
    .innerJoin(workPackages, eq(workPackages.id, timesheets.workPackageId))
    .where(and(eq(timesheets.projectId, projectId), eq(timesheets.id, timesheetId)))
  if (!row) throw notFound()
  assertVisible(opened.access, row.timesheet.tenantId)
  return { ...opened, ...row }
}

/** Records a month of a person's work for the actor's own organisation. */
export async function createTimesheet(ctx: Ctx, projectId: string, input: TimesheetInput) {
  const { access, project } = await openProject(ctx, projectId)
  assertCanEnter(access)
  await assertWorkPackage(ctx.db, projectId, input.workPackageId)
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(timesheets)
      .values({
        tenantId: access.organisationId,
        projectId,
        ...columns(input, project.currency),
        createdBy: access.userId,
      })
      .returning()
    const created = row as Timesheet
    await recordAudit(
      ctx,
      {
        tenantId: created.tenantId,
        action: 'timesheet.created',
        entityType: 'timesheet',
        entityId: created.id,
        changes: diffForAudit(null, audited(created)),
      },
      tx,
    )
    return created
  })
}

function assertOpen(entry: { status: string }) {
  if (entry.status === 'reviewed') throw new AppError('INVALID_STATE', 'budgets:errors.locked')
}

/** A timesheet for its edit form: only its own partner, and only while not accepted. */
export async function getTimesheetForEdit(ctx: Ctx, projectId: string, timesheetId: string) {
  const found = await getTimesheet(ctx, projectId, timesheetId)
  assertEditable(found.access, found.timesheet.tenantId)
  assertOpen(found.timesheet)
  return { ...found, workPackages: await listWorkPackages(ctx.db, projectId) }
}

/** Changes a timesheet of the actor's organisation not yet accepted; it goes back for review. */
export async function updateTimesheet(
  ctx: Ctx,
  projectId: string,
  timesheetId: string,
  input: TimesheetInput,
) {
  const { access, project, timesheet } = await getTimesheet(ctx, projectId, timesheetId)
  assertEditable(access, timesheet.tenantId)
  assertOpen(timesheet)
  await assertWorkPackage(ctx.db, projectId, input.workPackageId)
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(timesheets)
      .set({
        ...columns(input, project.currency),
        status: 'submitted',
        reviewedBy: null,
        reviewedAt: null,
      })
      .where(eq(timesheets.id, timesheet.id))
      .returning()
    const updated = row as Timesheet
    await recordAudit(
      ctx,
      {
        tenantId: updated.tenantId,
        action: 'timesheet.updated',
        entityType: 'timesheet',
        entityId: updated.id,
        changes: diffForAudit(audited(timesheet), audited(updated)),
      },
      tx,
    )
    return updated
  })
}

/** Removes a timesheet of the actor's organisation that the coordinator has not accepted. */
export async function deleteTimesheet(ctx: Ctx, projectId: string, timesheetId: string) {
  const { access, timesheet } = await getTimesheet(ctx, projectId, timesheetId)
  assertEditable(access, timesheet.tenantId)
  assertOpen(timesheet)
  await ctx.db.transaction(async (tx) => {
    await tx.delete(timesheets).where(eq(timesheets.id, timesheet.id))
    await recordAudit(
      ctx,
      {
        tenantId: timesheet.tenantId,
        action: 'timesheet.deleted',
        entityType: 'timesheet',
        entityId: timesheet.id,
      },
      tx,
    )
  })
}

/** The coordinator accepts a timesheet or queries it with a comment. */
export async function reviewTimesheet(
  ctx: Ctx,
  projectId: string,
  timesheetId: string,
  input: ReviewInput,
) {
  const { access, timesheet } = await getTimesheet(ctx, projectId, timesheetId)
  assertReviewer(access)
  const [row] = await ctx.db
    .update(timesheets)
    .set({
      status: input.verdict,
      reviewComment: input.comment,
      reviewedBy: access.userId,
      reviewedAt: ctx.now(),
    })
    .where(eq(timesheets.id, timesheet.id))
    .returning()
  return row as Timesheet
}
