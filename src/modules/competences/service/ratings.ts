import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, type FieldErrors, notFound } from '#src/lib/errors.ts'
import { authorize } from '#src/lib/policy.ts'
import {
  type CompetenceInfo,
  describeCompetences,
  frameworkById,
  frameworkCompetences,
  levelOrdinal,
  OWN_FRAMEWORK,
  ownCompetenceInfos,
} from '../../competence-frameworks/index.ts'
import { type CourseForRating, courseForRating } from '../../learning/index.ts'
import type { RateInput } from '../inputs.ts'
import { competenceRatings, type RatingPhase } from '../schema.ts'

/** The framework the rating page opens on when none is asked for. */
export const DEFAULT_FRAMEWORK = 'digcomp-2.2'

/** What one rating page asks about, and what the person answered there before. */
export type RatingTarget = {
  phase: RatingPhase
  course: CourseForRating | null
  /** For `self`: the framework shown (`org` for the school's own list). */
  frameworkId: string | null
  competences: CompetenceInfo[]
  /** The levels given before on this page: code → position on the scale. */
  current: Map<string, number>
  /** The organisation the ratings count for. */
  tenantId: string
}

/**
 * What to rate. Before a course: its competences, once enrolled; after: once completed. On one's
 * own (`self`): a framework's competences, or the school's own list. A course the person may not
 * read is "not found"; one they are not in, or have not finished, refuses (409) with the reason.
 */
export async function ratingTarget(
  ctx: Ctx,
  query: {
    phase: RatingPhase
    courseId?: string | null | undefined
    frameworkId?: string | undefined
  },
): Promise<RatingTarget> {
  const actor = authorize(ctx, 'competences.rate')
  if (query.phase === 'self') {
    const frameworkId = query.frameworkId ?? DEFAULT_FRAMEWORK
    let competences: CompetenceInfo[]
    if (frameworkId === OWN_FRAMEWORK) competences = await ownCompetenceInfos(ctx)
    else if (frameworkById(frameworkId)) competences = frameworkCompetences(frameworkId)
    else throw notFound()
    const rows = await ctx.db
      .select({ code: competenceRatings.code, level: competenceRatings.level })
      .from(competenceRatings)
      .where(
        and(
          eq(competenceRatings.tenantId, actor.tenantId),
          eq(competenceRatings.userId, actor.userId),
          isNull(competenceRatings.courseId),
        ),
      )
    return {
      phase: 'self',
      course: null,
      frameworkId,
      competences,
      current: new Map(rows.map((r) => [r.code, r.level])),
      tenantId: actor.tenantId,
    }
  }
  if (!query.courseId) throw notFound()
  const course = await courseForRating(ctx, query.courseId)
  if (!course.enrolment || course.enrolment.status === 'withdrawn') {
    throw new AppError('INVALID_STATE', 'competences:errors.notEnrolled')
  }
  if (query.phase === 'post' && course.enrolment.status !== 'completed') {
    throw new AppError('INVALID_STATE', 'competences:errors.notCompleted')
  }
  const described = await describeCompetences(ctx, course.competences)
  const competences = course.competences.flatMap((c) => described.get(c) ?? [])
  if (competences.length === 0) {
    throw new AppError('INVALID_STATE', 'competences:errors.noCompetences')
  }
  const rows = await ctx.db
    .select({ code: competenceRatings.code, level: competenceRatings.level })
    .from(competenceRatings)
    .where(
      and(
        eq(competenceRatings.userId, actor.userId),
        eq(competenceRatings.courseId, course.id),
        eq(competenceRatings.phase, query.phase),
      ),
    )
  return {
    phase: query.phase,
    course,
    frameworkId: null,
    competences,
    current: new Map(rows.map((r) => [r.code, r.level])),
    tenantId: course.enrolment.learnerOrgId,
  }
}

/**
 * Saves a person's ratings of themself; a new rating of the same competence, phase and course
 * replaces the old one. Before and after a course every competence of the course needs a
 * level; on one's own, at least one. Field errors are keyed `ratings.<row>.level`, as the form's.
 */
export async function rateCompetences(
  ctx: Ctx,
  input: RateInput & { frameworkId?: string | undefined },
): Promise<{ saved: number; target: RatingTarget }> {
  const target = await ratingTarget(ctx, {
    phase: input.phase,
    courseId: input.courseId,
    frameworkId: input.frameworkId,
  })
  const actor = ctx.actor!
  // On one's own, any competence of the frameworks or of the school's own list, whatever page
  // the form came from; for a course, only the course's.
  const allowed =
    target.phase === 'self'
      ? [
          ...(
            await describeCompetences(
              ctx,
              input.ratings.map((r) => r.code),
            )
          ).values(),
        ].filter((c) => c.ownerId === null || c.ownerId === target.tenantId)
      : target.competences
  const byCode = new Map(allowed.map((c) => [c.code, c]))
  const fields: FieldErrors = {}
  const levels = new Map<string, number>()
  input.ratings.forEach((r, i) => {
    const competence = byCode.get(r.code)
    if (!competence) {
      fields[`ratings.${i}.code`] = 'common:validation.choice'
      return
    }
    if (r.level === '') {
      if (target.phase !== 'self') fields[`ratings.${i}.level`] = 'competences:errors.chooseLevel'
      return
    }
    const ordinal = levelOrdinal(competence.scale, r.level)
    if (ordinal === undefined) fields[`ratings.${i}.level`] = 'common:validation.choice'
    else levels.set(r.code, ordinal)
  })
  if (Object.keys(fields).length === 0) {
    if (target.phase !== 'self' && allowed.some((c) => !levels.has(c.code))) {
      fields.ratings = 'competences:errors.rateAll'
    } else if (levels.size === 0) {
      fields.ratings = 'competences:errors.rateOne'
    }
  }
  if (Object.keys(fields).length > 0) {
    throw new AppError('INVALID_INPUT', Object.values(fields)[0]!, {}, fields)
  }
  const now = ctx.now()
  const rows = [...levels].map(([code, level]) => ({
    tenantId: target.tenantId,
    userId: actor.userId,
    code,
    phase: target.phase,
    courseId: target.course?.id ?? null,
    level,
    ratedAt: now,
  }))
  const set = {
    level: sql`excluded.level`,
    ratedAt: sql`excluded.rated_at`,
    tenantId: sql`excluded.tenant_id`,
    updatedAt: now,
  }
  const t = competenceRatings
  await (target.course
    ? ctx.db
        .insert(t)
        .values(rows)
        .onConflictDoUpdate({
          target: [t.userId, t.courseId, t.phase, t.code],
          targetWhere: sql`course_id is not null`,
          set,
        })
    : ctx.db
        .insert(t)
        .values(rows)
        .onConflictDoUpdate({
          target: [t.tenantId, t.userId, t.code],
          targetWhere: sql`course_id is null`,
          set,
        }))
  return { saved: rows.length, target }
}
