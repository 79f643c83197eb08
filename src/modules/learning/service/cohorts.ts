import { and, asc, eq, gte, inArray, isNull, lte, ne, sql } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { addDays, dateIn, formatDate } from '#src/lib/dates.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { getT } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { authorize } from '#src/lib/policy.ts'
import { recordAudit } from '../../audit/index.ts'
import { mailLocale, queueMail, withLang } from '../../mail/index.ts'
import { mailContacts } from '../../users/index.ts'
import type { CohortInput } from '../cohort-inputs.ts'
import {
  courseCohorts,
  courseReminders,
  courses,
  enrolments,
  type ReminderKind,
} from '../schema.ts'
import { type Course, isUuid, loadCourse } from './courses.ts'
import { assertMembers } from './enrolment.ts'
import { type CourseReportRow, courseReport } from './reports.ts'
import { announceEnrolment } from './rules.ts'

/*
 * Cohorts: people of one school who take a course together between two dates. The school that
 * runs the cohort owns it, whoever owns the course; its coordinators make it, add people, see
 * its progress and remind those who have not finished. Reminders also go out by themselves a
 * week before the end and once after it (`sendCourseReminders`, run daily by the operator).
 */

export type Cohort = typeof courseCohorts.$inferSelect
export type CohortSummary = Cohort & { members: number; completed: number }

/** Days before a cohort's end when the "ending soon" reminder goes out. */
export const ENDING_NOTICE_DAYS = 7
/** After this many days past the end, an unfinished member is no longer reminded. */
export const OVERDUE_WINDOW_DAYS = 30

/** The actor's school's cohorts of a course, earliest end first, with how many have finished. */
export async function listCohorts(ctx: Ctx, courseId: string): Promise<CohortSummary[]> {
  const actor = authorize(ctx, 'learning.enrolOthers')
  const { course } = await loadCourse(ctx, courseId)
  const rows = await ctx.db
    .select({
      cohort: courseCohorts,
      members:
        sql<number>`(select count(*) from enrolments e where e.cohort_id = course_cohorts.id)`.mapWith(
          Number,
        ),
      completed:
        sql<number>`(select count(*) from enrolments e where e.cohort_id = course_cohorts.id and e.status = 'completed')`.mapWith(
          Number,
        ),
    })
    .from(courseCohorts)
    .where(and(eq(courseCohorts.tenantId, actor.tenantId), eq(courseCohorts.courseId, course.id)))
    .orderBy(asc(courseCohorts.endsOn), asc(courseCohorts.name))
  return rows.map((r) => ({ ...r.cohort, members: r.members, completed: r.completed }))
}

/** A cohort of the actor's school, with its course; another school's is "not found". */
export async function loadCohort(
  ctx: Ctx,
  id: string,
): Promise<{ cohort: Cohort; course: Course }> {
  const actor = authorize(ctx, 'learning.enrolOthers')
  if (!isUuid(id)) throw notFound()
  const [cohort] = await ctx.db
    .select()
    .from(courseCohorts)
    .where(and(eq(courseCohorts.id, id), eq(courseCohorts.tenantId, actor.tenantId)))
  if (!cohort) throw notFound()
  const { course } = await loadCourse(ctx, cohort.courseId)
  return { cohort, course }
}

/** The cohort and how far each member is (the course report's rows for its people). */
export async function getCohort(
  ctx: Ctx,
  id: string,
): Promise<{ cohort: Cohort; course: Course; rows: CourseReportRow[] }> {
  const { cohort, course } = await loadCohort(ctx, id)
  const members = await ctx.db
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(eq(enrolments.cohortId, cohort.id))
  const ids = new Set(members.map((m) => m.id))
  const report = await courseReport(ctx, course.id)
  return { cohort, course, rows: report.rows.filter((r) => ids.has(r.enrolmentId)) }
}

/**
 * Makes a cohort of a published course the school may read and puts the chosen members of the
 * school in it: new enrolments are made (and announced by e-mail); people already enrolled on
 * their own join the cohort; people in another cohort of the course stay where they are.
 */
export async function createCohort(ctx: Ctx, courseId: string, input: CohortInput) {
  const actor = authorize(ctx, 'learning.enrolOthers')
  const { course } = await loadCourse(ctx, courseId)
  if (course.status !== 'published') {
    throw new AppError('INVALID_STATE', 'learning:errors.notPublished')
  }
  await assertMembers(ctx, actor.tenantId, input.userIds)
  const { cohort, added } = await ctx.db.transaction(async (tx) => {
    const [cohort] = await tx
      .insert(courseCohorts)
      .values({
        tenantId: actor.tenantId,
        courseId: course.id,
        name: input.name,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        createdById: actor.userId,
      })
      .returning()
    if (!cohort) throw new Error('insert returned nothing')
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'learning.cohort_created',
        entityType: 'course',
        entityId: course.id,
        changes: { cohort: { from: null, to: input.name } },
      },
      tx,
    )
    return { cohort, added: await joinCohort(ctx, tx, course, cohort, input.userIds) }
  })
  for (const userId of added) await announceEnrolment(ctx, userId, course, actor.tenantId)
  const [n] = await ctx.db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(enrolments)
    .where(eq(enrolments.cohortId, cohort.id))
  return { cohort, added: added.length, members: n?.n ?? 0 }
}

/** Adds members of the school to a cohort; returns how many were newly enrolled in the course. */
export async function addToCohort(ctx: Ctx, id: string, userIds: string[]) {
  const actor = authorize(ctx, 'learning.enrolOthers')
  const { cohort, course } = await loadCohort(ctx, id)
  await assertMembers(ctx, actor.tenantId, userIds)
  const added = await ctx.db.transaction((tx) => joinCohort(ctx, tx, course, cohort, userIds))
  for (const userId of added) await announceEnrolment(ctx, userId, course, actor.tenantId)
  return added.length
}

/** Enrols who is not yet in the course, and moves self-paced enrolments into the cohort. */
async function joinCohort(ctx: Ctx, tx: DbOrTx, course: Course, cohort: Cohort, userIds: string[]) {
  if (userIds.length === 0) return []
  const actor = ctx.actor!
  const added = await tx
    .insert(enrolments)
    .values(
      userIds.map((userId) => ({
        tenantId: course.tenantId,
        courseId: course.id,
        userId,
        learnerOrgId: cohort.tenantId,
        source: 'coordinator' as const,
        enrolledById: actor.userId,
        enrolledAt: ctx.now(),
        cohortId: cohort.id,
      })),
    )
    .onConflictDoNothing()
    .returning({ userId: enrolments.userId })
  await tx
    .update(enrolments)
    .set({ cohortId: cohort.id })
    .where(
      and(
        eq(enrolments.courseId, course.id),
        inArray(enrolments.userId, userIds),
        isNull(enrolments.cohortId),
      ),
    )
  return added.map((a) => a.userId)
}

export type ReminderRun = { cohorts: number; mails: number }

/**
 * Reminds a cohort's unfinished members now (the coordinator's button). Not recorded as one of
 * the automatic reminders, so those still go out on their days. Returns how many were written to.
 */
export async function remindCohort(ctx: Ctx, id: string): Promise<number> {
  const actor = authorize(ctx, 'learning.enrolOthers')
  const { cohort, course } = await loadCohort(ctx, id)
  const open = await ctx.db
    .select({ userId: enrolments.userId })
    .from(enrolments)
    .where(and(eq(enrolments.cohortId, cohort.id), eq(enrolments.status, 'active')))
  const sent = await remind(
    ctx,
    { ...cohort, title: course.title },
    open.map((o) => o.userId),
    'ending',
  )
  await recordAudit(ctx, {
    tenantId: actor.tenantId,
    action: 'learning.cohort_reminded',
    entityType: 'course',
    entityId: course.id,
    changes: { reminded: { from: null, to: sent } },
  })
  return sent
}

/**
 * The daily run: members of cohorts that end within a week, and of cohorts that ended in the last
 * month, who have not completed, get one reminder each of "ending soon" and "overdue". Claimed in
 * `course_reminders` first, so running it twice, or in two processes at once, sends each once.
 */
export async function sendCourseReminders(ctx: Ctx): Promise<ReminderRun> {
  const today = dateIn(ctx.now(), 'UTC')
  const due = await ctx.db
    .select({
      enrolmentId: enrolments.id,
      userId: enrolments.userId,
      cohortId: courseCohorts.id,
      tenantId: courseCohorts.tenantId,
      courseId: courses.id,
      title: courses.title,
      endsOn: courseCohorts.endsOn,
      name: courseCohorts.name,
    })
    .from(enrolments)
    .innerJoin(courseCohorts, eq(courseCohorts.id, enrolments.cohortId))
    .innerJoin(courses, eq(courses.id, enrolments.courseId))
    .where(
      and(
        ne(enrolments.status, 'completed'),
        ne(enrolments.status, 'withdrawn'),
        gte(courseCohorts.endsOn, addDays(today, -OVERDUE_WINDOW_DAYS)),
        lte(courseCohorts.endsOn, addDays(today, ENDING_NOTICE_DAYS)),
      ),
    )
    .orderBy(asc(courseCohorts.endsOn))
    .limit(5000)
  const run: ReminderRun = { cohorts: 0, mails: 0 }
  const cohortsSeen = new Set<string>()
  for (const row of due) {
    const kind: ReminderKind = row.endsOn < today ? 'overdue' : 'ending'
    const [claimed] = await ctx.db
      .insert(courseReminders)
      .values({
        tenantId: row.tenantId,
        enrolmentId: row.enrolmentId,
        kind,
        endsOn: row.endsOn,
        sentAt: ctx.now(),
      })
      .onConflictDoNothing()
      .returning({ id: courseReminders.id })
    if (!claimed) continue
    run.mails += await remind(
      ctx,
      {
        id: row.cohortId,
        tenantId: row.tenantId,
        courseId: row.courseId,
        endsOn: row.endsOn,
        name: row.name,
        title: row.title,
      },
      [row.userId],
      kind,
    )
    if (!cohortsSeen.has(row.cohortId)) {
      cohortsSeen.add(row.cohortId)
      run.cohorts++
    }
  }
  return run
}

/** Writes the reminder to each person with an e-mail, in their language; returns how many. */
async function remind(
  ctx: Ctx,
  cohort: Pick<Cohort, 'id' | 'tenantId' | 'courseId' | 'endsOn' | 'name'> & {
    title: Course['title']
  },
  userIds: string[],
  kind: ReminderKind,
): Promise<number> {
  const contacts = await mailContacts(ctx, userIds)
  let sent = 0
  for (const contact of contacts.values()) {
    const locale = mailLocale(contact.locale)
    const t = getT(locale)
    const params = {
      name: contact.name,
      course: pickText(cohort.title, locale).value,
      cohort: cohort.name,
      date: formatDate(locale, cohort.endsOn),
      link: withLang(`${ctx.env.baseUrl}/app/learning/courses/${cohort.courseId}`, locale),
    }
    await queueMail(ctx, {
      tenantId: cohort.tenantId,
      to: contact.email,
      locale,
      subject: t(`learning:mail.${kind}Subject`, params),
      text: t(`learning:mail.${kind}Body`, params),
    })
    sent++
  }
  return sent
}
