import { and, asc, desc, eq } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { zonedToInstant } from '#src/lib/dates.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { organisations } from '../../organisations/index.ts'
import type { AttendeeInput, DecisionInput, MeetingInput } from '../inputs.ts'
import { assertManager, getProjectAccess, isUuid } from '../policy.ts'
import { meetingAttendees, meetingDecisions, meetings, tasks } from '../schema.ts'
import { assertPartnerOrg, assertProjectWp } from './refs.ts'

export type Meeting = typeof meetings.$inferSelect

/** The time zone that meeting times are typed in: the actor's active organisation's. */
export function actorTimeZone(ctx: Ctx): string {
  const actor = ctx.actor
  return actor?.memberships.find((m) => m.tenantId === actor.tenantId)?.timeZone ?? 'UTC'
}

/** The project's meetings, latest first. */
export async function listMeetings(ctx: Ctx, projectId: string) {
  await getProjectAccess(ctx, projectId)
  return ctx.db
    .select()
    .from(meetings)
    .where(eq(meetings.projectId, projectId))
    .orderBy(desc(meetings.startsAt))
}

async function loadMeeting(ctx: Ctx, projectId: string, id: string) {
  const access = await getProjectAccess(ctx, projectId)
  if (!isUuid(id)) throw notFound()
  const [row] = await ctx.db
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, id), eq(meetings.projectId, projectId)))
  if (!row) throw notFound()
  return { meeting: row, access }
}

/** One meeting with its attendance and decisions (and the tasks they became). */
export async function getMeeting(ctx: Ctx, projectId: string, id: string) {
  const { meeting, access } = await loadMeeting(ctx, projectId, id)
  const attendees = await ctx.db
    .select({
      attendee: meetingAttendees,
      organisationName: organisations.name,
      organisationLocale: organisations.defaultLocale,
    })
    .from(meetingAttendees)
    .innerJoin(organisations, eq(organisations.id, meetingAttendees.organisationId))
    .where(eq(meetingAttendees.meetingId, id))
    .orderBy(asc(organisations.slug), asc(meetingAttendees.name))
  const decisions = await ctx.db
    .select({
      decision: meetingDecisions,
      taskTitle: tasks.title,
      taskStatus: tasks.status,
      taskDue: tasks.dueDate,
    })
    .from(meetingDecisions)
    .leftJoin(tasks, eq(tasks.id, meetingDecisions.taskId))
    .where(eq(meetingDecisions.meetingId, id))
    .orderBy(asc(meetingDecisions.createdAt))
  return { meeting, access, attendees, decisions }
}

function meetingColumns(ctx: Ctx, input: MeetingInput) {
  const startsAt = zonedToInstant(input.startsAt, actorTimeZone(ctx))
  if (!startsAt) {
    const key = 'projects:errors.dateTime'
    throw new AppError('INVALID_INPUT', key, {}, { startsAt: key })
  }
  return { ...input, startsAt }
}

/** Schedules a meeting (managers only). The time is read in the organisation's zone. */
export async function createMeeting(ctx: Ctx, projectId: string, input: MeetingInput) {
  const access = await getProjectAccess(ctx, projectId)
  assertManager(access)
  const [row] = await ctx.db
    .insert(meetings)
    .values({ ...meetingColumns(ctx, input), tenantId: access.coordinatorId, projectId })
    .returning()
  return row!
}

/** Changes a meeting: its agenda before, its minutes after (managers only). */
export async function updateMeeting(ctx: Ctx, projectId: string, id: string, input: MeetingInput) {
  const { access } = await loadMeeting(ctx, projectId, id)
  assertManager(access)
  const [row] = await ctx.db
    .update(meetings)
    .set(meetingColumns(ctx, input))
    .where(and(eq(meetings.id, id), eq(meetings.projectId, projectId)))
    .returning()
  return row!
}

/** Records someone of a partner organisation on the attendance list (managers only). */
export async function addAttendee(
  ctx: Ctx,
  projectId: string,
  meetingId: string,
  input: AttendeeInput,
) {
  const { access } = await loadMeeting(ctx, projectId, meetingId)
  assertManager(access)
  await assertPartnerOrg(ctx.db, projectId, input.organisationId, 'organisationId')
  const [row] = await ctx.db
    .insert(meetingAttendees)
    .values({ ...input, tenantId: input.organisationId, meetingId })
    .returning()
  return row!
}

/** Takes someone off the attendance list (managers only). */
export async function removeAttendee(
  ctx: Ctx,
  projectId: string,
  meetingId: string,
  attendeeId: string,
) {
  const { access } = await loadMeeting(ctx, projectId, meetingId)
  assertManager(access)
  if (!isUuid(attendeeId)) throw notFound()
  const removed = await ctx.db
    .delete(meetingAttendees)
    .where(and(eq(meetingAttendees.id, attendeeId), eq(meetingAttendees.meetingId, meetingId)))
    .returning({ id: meetingAttendees.id })
  if (removed.length === 0) throw notFound()
}

/**
 * Records a decision of the meeting. With `makeTask`, it becomes a task of the chosen partner,
 * linked from the decision, in the same transaction.
 */
export async function addDecision(
  ctx: Ctx,
  projectId: string,
  meetingId: string,
  input: DecisionInput,
) {
  const { meeting, access } = await loadMeeting(ctx, projectId, meetingId)
  assertManager(access)
  if (input.makeTask) {
    await assertPartnerOrg(ctx.db, projectId, input.ownerOrganisationId, 'ownerOrganisationId')
    await assertProjectWp(ctx.db, projectId, input.workPackageId)
  }
  return ctx.db.transaction(async (tx) => {
    let taskId: string | null = null
    if (input.makeTask && input.ownerOrganisationId) {
      const [task] = await tx
        .insert(tasks)
        .values({
          tenantId: input.ownerOrganisationId,
          projectId,
          workPackageId: input.workPackageId,
          title: input.text.slice(0, 200),
          description: meeting.title,
          ownerOrganisationId: input.ownerOrganisationId,
          dueDate: input.dueDate,
        })
        .returning({ id: tasks.id })
      taskId = task!.id
    }
    const [row] = await tx
      .insert(meetingDecisions)
      .values({ tenantId: access.coordinatorId, meetingId, text: input.text, taskId })
      .returning()
    return row!
  })
}
