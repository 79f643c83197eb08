import { and, eq, inArray } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { notFound } from '#src/lib/errors.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { authorize } from '#src/lib/policy.ts'
import { describeCompetences } from '../../competence-frameworks/index.ts'
import { type CompetenceEnrolment, competenceEnrolments } from '../../learning/index.ts'
import { organisationNames } from '../../organisations/index.ts'
import { memberUserIds, userNames } from '../../users/index.ts'
import { type ProfileRow, profileRows, type RatingRow } from '../aggregate.ts'
import { competenceRatings } from '../schema.ts'
import { byFramework } from './common.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export type CompetenceProfile = {
  userId: string
  name: string
  /** One group per framework (own lists per school), in the frameworks' order. */
  groups: ProfileRow[][]
  courses: Map<string, { title: LocalizedText; completedAt: Date | null }>
  /** Names of the schools whose own lists appear. */
  owners: Map<string, LocalizedText>
}

const ratingColumns = {
  userId: competenceRatings.userId,
  code: competenceRatings.code,
  phase: competenceRatings.phase,
  courseId: competenceRatings.courseId,
  level: competenceRatings.level,
  ratedAt: competenceRatings.ratedAt,
}

async function buildProfile(
  ctx: Ctx,
  userId: string,
  ratings: RatingRow[],
  enrolments: CompetenceEnrolment[],
): Promise<CompetenceProfile> {
  const codes = [...ratings.map((r) => r.code), ...enrolments.flatMap((e) => e.competences)]
  const described = await describeCompetences(ctx, codes)
  const groups = byFramework([...described.values()]).map((infos) =>
    profileRows(infos, ratings, enrolments),
  )
  const ownerIds = [...new Set([...described.values()].flatMap((d) => d.ownerId ?? []))]
  const [names, owners] = await Promise.all([
    userNames(ctx, [userId]),
    organisationNames(ctx, ownerIds),
  ])
  return {
    userId,
    name: names.get(userId) ?? '—',
    groups,
    courses: new Map(
      enrolments.map((e) => [e.courseId, { title: e.title, completedAt: e.completedAt }]),
    ),
    owners,
  }
}

/** The actor's own profile: every rating they gave, in any of their organisations. */
export async function myCompetenceProfile(ctx: Ctx): Promise<CompetenceProfile> {
  const actor = authorize(ctx, 'competences.rate')
  const [ratings, enrolments] = await Promise.all([
    ctx.db
      .select(ratingColumns)
      .from(competenceRatings)
      .where(eq(competenceRatings.userId, actor.userId))
      .limit(5000),
    competenceEnrolments(ctx, { userIds: [actor.userId] }),
  ])
  return buildProfile(ctx, actor.userId, ratings, enrolments)
}

/**
 * A member's profile for their organisation's office: only what counts for that organisation
 * (ratings made there, courses taken from there). Someone of another school is "not found".
 */
export async function staffCompetenceProfile(ctx: Ctx, userId: string): Promise<CompetenceProfile> {
  const actor = authorize(ctx, 'competences.gaps')
  if (!UUID.test(userId)) throw notFound()
  const members = await memberUserIds(ctx, actor.tenantId, [userId])
  if (!members.has(userId)) throw notFound()
  const [ratings, enrolments] = await Promise.all([
    ctx.db
      .select(ratingColumns)
      .from(competenceRatings)
      .where(
        and(
          eq(competenceRatings.userId, userId),
          inArray(competenceRatings.tenantId, [actor.tenantId]),
        ),
      )
      .limit(5000),
    competenceEnrolments(ctx, { userIds: [userId], learnerOrgIds: [actor.tenantId] }),
  ])
  return buildProfile(ctx, userId, ratings, enrolments)
}
