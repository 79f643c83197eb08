import { and, asc, eq } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { dateIn } from '#src/lib/dates.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { recordAudit } from '../../audit/index.ts'
import { withLang } from '../../mail/index.ts'
import { courseCohorts, courses, enrolments } from '../schema.ts'
import { readableBy } from './courses.ts'
import { mailPerson } from './mails.ts'

/*
 * Enrolment by rule: another module's event (a mobility approved) puts a person in a course, with
 * no one of the course's owner in the room. The calling module names the course; learning checks
 * that the person's school may read it and keeps the rule's people together in one cohort.
 */

/** Published courses a school may use: its own, its consortia's and public ones, by title. */
export async function courseChoices(
  ctx: Ctx,
  tenantId: string,
): Promise<{ id: string; title: LocalizedText }[]> {
  const where = await readableBy(ctx.db, tenantId)
  const rows = await ctx.db
    .select({ id: courses.id, title: courses.title, slug: courses.slug })
    .from(courses)
    .where(where)
    .orderBy(asc(courses.slug))
    .limit(500)
  return rows.map(({ id, title }) => ({ id, title }))
}

/** Whether the school may read the published course (the call form's check). */
export async function isCourseChoice(ctx: Pick<Ctx, 'db'>, tenantId: string, courseId: string) {
  const where = await readableBy(ctx.db, tenantId)
  const [row] = await ctx.db
    .select({ id: courses.id })
    .from(courses)
    .where(and(eq(courses.id, courseId), where))
  return row !== undefined
}

export type RuleEnrolment = {
  courseId: string
  userId: string
  /** The school the person belongs to (the rule's organisation). */
  learnerOrgId: string
  /** The cohort the rule keeps its people in: found by key, made on first use. */
  cohort: { key: string; name: string; endsOn: string }
  /** Written in the audit log: what caused the enrolment. */
  reason: { entityType: string; entityId: string }
}

/**
 * Enrols a person because a rule says so. Idempotent: an existing enrolment is kept as it is
 * (joined to the cohort if it had none). A course the school may no longer read, or one no longer
 * published, enrols nobody and returns null: the rule's event itself must not fail for it. A new
 * enrolment is announced to the person by e-mail (and so in the outbox), in their language.
 */
export async function enrolByRule(
  ctx: Ctx,
  input: RuleEnrolment,
): Promise<{ enrolmentId: string; created: boolean } | null> {
  if (!(await isCourseChoice(ctx, input.learnerOrgId, input.courseId))) return null
  const [course] = await ctx.db
    .select({ id: courses.id, tenantId: courses.tenantId, title: courses.title })
    .from(courses)
    .where(eq(courses.id, input.courseId))
  if (!course) return null
  const result = await ctx.db.transaction(async (tx) => {
    const today = dateIn(ctx.now(), 'UTC')
    await tx
      .insert(courseCohorts)
      .values({
        tenantId: input.learnerOrgId,
        courseId: course.id,
        name: input.cohort.name,
        startsOn: [today, input.cohort.endsOn].sort()[0]!,
        endsOn: input.cohort.endsOn,
        ruleKey: input.cohort.key,
      })
      .onConflictDoNothing()
    const [cohort] = await tx
      .select({ id: courseCohorts.id })
      .from(courseCohorts)
      .where(
        and(
          eq(courseCohorts.tenantId, input.learnerOrgId),
          eq(courseCohorts.courseId, course.id),
          eq(courseCohorts.ruleKey, input.cohort.key),
        ),
      )
    const [added] = await tx
      .insert(enrolments)
      .values({
        tenantId: course.tenantId,
        courseId: course.id,
        userId: input.userId,
        learnerOrgId: input.learnerOrgId,
        source: 'rule',
        enrolledById: ctx.actor?.userId ?? null,
        enrolledAt: ctx.now(),
        cohortId: cohort?.id ?? null,
      })
      .onConflictDoNothing()
      .returning({ id: enrolments.id })
    if (added) {
      await recordAudit(
        ctx,
        {
          tenantId: input.learnerOrgId,
          action: 'learning.enrolled_by_rule',
          entityType: 'course',
          entityId: course.id,
          changes: { [input.reason.entityType]: { from: null, to: input.reason.entityId } },
        },
        tx,
      )
      return { enrolmentId: added.id, created: true }
    }
    const [existing] = await tx
      .select({ id: enrolments.id, cohortId: enrolments.cohortId })
      .from(enrolments)
      .where(and(eq(enrolments.courseId, course.id), eq(enrolments.userId, input.userId)))
    if (existing && existing.cohortId === null && cohort) {
      await tx.update(enrolments).set({ cohortId: cohort.id }).where(eq(enrolments.id, existing.id))
    }
    return existing ? { enrolmentId: existing.id, created: false } : null
  })
  if (result?.created) await announceEnrolment(ctx, input.userId, course, input.learnerOrgId)
  return result
}

/** "You are enrolled in …": to the person, in their language, with the link to the course. */
export async function announceEnrolment(
  ctx: Ctx,
  userId: string,
  course: { id: string; title: LocalizedText },
  tenantId: string,
) {
  await mailPerson(
    ctx,
    userId,
    tenantId,
    { subject: 'learning:mail.enrolledSubject', body: 'learning:mail.enrolledBody' },
    (locale) => ({
      course: pickText(course.title, locale).value,
      link: withLang(`${ctx.env.baseUrl}/app/learning/courses/${course.id}`, locale),
    }),
  )
}
