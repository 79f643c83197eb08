import { inArray } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { authorize } from '#src/lib/policy.ts'
import { describeCompetences } from '../../competence-frameworks/index.ts'
import { competenceCourses, competenceEnrolments } from '../../learning/index.ts'
import { organisationNames } from '../../organisations/index.ts'
import { listPartners, projectAcronyms, projectChoices } from '../../projects/index.ts'
import { memberUserIds, userNames } from '../../users/index.ts'
import {
  type GapRow,
  gapCounts,
  presentGap,
  type RatingRow,
  type Shown,
  shown,
} from '../aggregate.ts'
import { competenceRatings } from '../schema.ts'
import { byFramework } from './common.ts'

export type GapView = {
  /** One group per framework (own lists per school), each competence with the privacy rule applied. */
  groups: GapRow[][]
  /** People who rated at least one competence, or took a tagged course. */
  people: Shown
  owners: Map<string, LocalizedText>
}

export type OrganisationGaps = GapView & {
  organisationId: string
  /** The organisation's own people with ratings or tagged courses, for their profiles. */
  members: { userId: string; name: string }[]
  /** Its projects, each with a consortium view. */
  projects: { id: string; acronym: string }[]
}

export type ConsortiumGaps = GapView & {
  projectId: string
  acronym: string
  /** Per school of the consortium: counts only, with the privacy rule. */
  organisations: { id: string; name: LocalizedText; people: Shown; enrolled: Shown }[]
}

async function gapView(
  ctx: Ctx,
  orgIds: string[],
  courseFilter: { ownerIds?: string[]; projectId?: string },
) {
  const [ratings, enrolments, courses] = await Promise.all([
    orgIds.length === 0
      ? Promise.resolve([])
      : ctx.db
          .select({
            tenantId: competenceRatings.tenantId,
            userId: competenceRatings.userId,
            code: competenceRatings.code,
            phase: competenceRatings.phase,
            courseId: competenceRatings.courseId,
            level: competenceRatings.level,
            ratedAt: competenceRatings.ratedAt,
          })
          .from(competenceRatings)
          .where(inArray(competenceRatings.tenantId, orgIds))
          .limit(100_000),
    competenceEnrolments(ctx, { learnerOrgIds: orgIds }),
    competenceCourses(ctx, courseFilter),
  ])
  // Which competences: those of the courses offered, taken or rated.
  const codes = [
    ...courses.flatMap((c) => c.competences),
    ...enrolments.flatMap((e) => e.competences),
    ...ratings.map((r) => r.code),
  ]
  const described = await describeCompetences(ctx, codes)
  const groups = byFramework([...described.values()]).map((infos) =>
    gapCounts(infos, ratings as RatingRow[], enrolments).map(presentGap),
  )
  const everyone = new Set([...ratings.map((r) => r.userId), ...enrolments.map((e) => e.userId)])
  const ownerIds = [...new Set([...described.values()].flatMap((d) => d.ownerId ?? []))]
  return {
    ratings,
    enrolments,
    everyone,
    view: {
      groups,
      people: shown(everyone.size),
      owners: await organisationNames(ctx, ownerIds),
    } satisfies GapView,
  }
}

/** The actor's organisation: which competences, how many people at each band, before → after. */
export async function organisationGaps(ctx: Ctx): Promise<OrganisationGaps> {
  const actor = authorize(ctx, 'competences.gaps')
  const { view, everyone } = await gapView(ctx, [actor.tenantId], { ownerIds: [actor.tenantId] })
  // Only people still in the organisation get a link to their profile.
  const current = await memberUserIds(ctx, actor.tenantId, [...everyone])
  const [names, projects] = await Promise.all([
    userNames(ctx, [...current]),
    projectChoices(ctx.db, actor.tenantId),
  ])
  return {
    ...view,
    organisationId: actor.tenantId,
    members: [...names]
      .map(([userId, name]) => ({ userId, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    projects,
  }
}

/**
 * The same across the schools of a project's consortium, for an office of one of them (another
 * consortium's project is "not found"). Nobody outside the actor's school is named: counts only.
 */
export async function consortiumGaps(ctx: Ctx, projectId: string): Promise<ConsortiumGaps> {
  authorize(ctx, 'competences.gaps')
  const partners = await listPartners(ctx, projectId)
  const orgIds = partners.map((p) => p.organisationId)
  const { view, ratings, enrolments } = await gapView(ctx, orgIds, { projectId })
  const acronyms = await projectAcronyms(ctx.db, [projectId])
  return {
    ...view,
    projectId,
    acronym: acronyms.get(projectId) ?? '',
    organisations: partners.map((p) => ({
      id: p.organisationId,
      name: p.name,
      people: shown(
        new Set(ratings.filter((r) => r.tenantId === p.organisationId).map((r) => r.userId)).size,
      ),
      enrolled: shown(
        new Set(enrolments.filter((e) => e.learnerOrgId === p.organisationId).map((e) => e.userId))
          .size,
      ),
    })),
  }
}
