/**
 * Everything a mobility's grant depends on besides the coordinator's form: the call year, the
 * distance (EC calculator value, or a great-circle estimate between the organisations), the
 * National Agency's base rate and the earlier participants of the same activity in the project.
 */
import { and, count, eq, inArray, lt, ne, or, sql } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import { daysBetween, daysInclusive } from '#src/lib/dates.ts'
import {
  availableCallYears,
  countryGroup,
  type FoundRate,
  findActivity,
  findNationalAgencyRate,
  greatCircleKm,
  nationalAgencyCountries,
  type RuleBook,
  type RuleExtras,
  rateCategory,
  roundKm,
  ruleExtrasFor,
  rulesFor,
} from '../grants/index.ts'
import { type MobilityAccess, mobilities } from '../mobility/index.ts'
import { organisations } from '../organisations/index.ts'
import { projects } from '../projects/index.ts'

type MobilityRow = MobilityAccess['mobility']

export type GrantContext = {
  callYear: number
  rules: RuleBook
  extras: RuleExtras
  receivingCountry: string | null
  /** The EC calculator value stored on the mobility, if any. */
  ecDistanceKm: number | null
  /** The great-circle estimate, when both organisations have coordinates. */
  estimatedKm: number | null
  nationalAgencyCountry: string | null
  rate: FoundRate | null
  participantsBefore: number
  activityDays: number
  travelDaysDefault: number
  isAccompanying: boolean
  projectCode: string | null
}

/**
 * The call year whose rules apply: the year a project number starts with ("2026-1-DE02-KA121-…"),
 * when there are rules for it; else the start date's year, or the nearest earlier year with rules.
 */
export function callYearOf(projectCode: string | null, startDate: string): number {
  const years = availableCallYears()
  const fromCode = projectCode ? Number(/^(\d{4})-/.exec(projectCode)?.[1]) : Number.NaN
  if (years.includes(fromCode)) return fromCode
  const year = Number(startDate.slice(0, 4))
  const earlier = years.filter((y) => y <= year)
  return earlier.length ? Math.max(...earlier) : Math.min(...years)
}

/**
 * The participants of the same activity type in the same project before this one (by start date,
 * then creation): cancelled and draft mobilities and accompanying persons do not count.
 */
export async function countParticipantsBefore(db: DbOrTx, m: MobilityRow): Promise<number> {
  if (!m.projectId) return 0
  const [row] = await db
    .select({ n: count() })
    .from(mobilities)
    .where(
      and(
        eq(mobilities.projectId, m.projectId),
        eq(mobilities.activityType, m.activityType),
        ne(mobilities.id, m.id),
        sql`${mobilities.status} not in ('draft', 'cancelled')`,
        ne(mobilities.participantType, 'accompanying'),
        eq(mobilities.isAccompanyingPerson, false),
        or(
          lt(mobilities.startDate, m.startDate),
          and(eq(mobilities.startDate, m.startDate), lt(mobilities.createdAt, m.createdAt)),
          and(
            eq(mobilities.startDate, m.startDate),
            eq(mobilities.createdAt, m.createdAt),
            lt(mobilities.id, m.id),
          ),
        ),
      ),
    )
  return row?.n ?? 0
}

function coords(o: { latitude: string | null; longitude: string | null } | undefined) {
  if (!o?.latitude || !o.longitude) return null
  return { lat: Number(o.latitude), lon: Number(o.longitude) }
}

/** Gathers the grant context of a mobility the caller has already been allowed to see. */
export async function loadGrantContext(db: DbOrTx, m: MobilityRow): Promise<GrantContext> {
  const orgIds = [m.sendingOrganisationId, m.receivingOrganisationId].filter(
    (id): id is string => id !== null,
  )
  const orgs = await db
    .select({
      id: organisations.id,
      country: organisations.country,
      latitude: organisations.latitude,
      longitude: organisations.longitude,
    })
    .from(organisations)
    .where(inArray(organisations.id, orgIds))
  const sending = orgs.find((o) => o.id === m.sendingOrganisationId)
  const receiving = orgs.find((o) => o.id === m.receivingOrganisationId)
  const [project] = m.projectId
    ? await db
        .select({ code: projects.grantNumber, coordinatorCountry: organisations.country })
        .from(projects)
        .innerJoin(organisations, eq(organisations.id, projects.tenantId))
        .where(eq(projects.id, m.projectId))
    : []
  const projectCode = project?.code ?? null
  const callYear = callYearOf(projectCode, m.startDate)
  const rules = rulesFor(callYear)
  const extras = ruleExtrasFor(callYear)
  const receivingCountry = (m.receivingCountry ?? receiving?.country ?? null)?.toUpperCase() ?? null
  const from = coords(sending)
  const to = coords(receiving)
  const isAccompanying = m.isAccompanyingPerson || m.participantType === 'accompanying'

  // The National Agency of the sending organisation's country; for a sender without one (a
  // Western Balkan school in a consortium), that of the project's coordinating organisation.
  const naCountries = nationalAgencyCountries(callYear)
  const nationalAgencyCountry =
    [sending?.country, project?.coordinatorCountry].find(
      (c): c is string => c !== undefined && naCountries.includes(c),
    ) ?? null
  const activity = findActivity(rules, m.activityType)
  const group = receivingCountry ? countryGroup(rules, receivingCountry) : null
  const rate =
    nationalAgencyCountry && activity && group
      ? await findNationalAgencyRate(db, {
          callYear,
          sendingCountry: nationalAgencyCountry,
          category: isAccompanying
            ? 'staff'
            : (rateCategory(rules, activity.participant) as 'learner' | 'staff'),
          group: group.group,
        })
      : null
  const travelDays =
    m.travelStartDate && m.travelEndDate
      ? daysBetween(m.travelStartDate, m.startDate) + daysBetween(m.endDate, m.travelEndDate)
      : rules.fundedTravelDaysMax.standard
  return {
    callYear,
    rules,
    extras,
    receivingCountry,
    ecDistanceKm:
      m.distanceSource === 'ec_calculator' && m.distanceKm !== null ? Number(m.distanceKm) : null,
    estimatedKm: from && to ? roundKm(greatCircleKm(from, to)) : null,
    nationalAgencyCountry,
    rate,
    participantsBefore: isAccompanying ? 0 : await countParticipantsBefore(db, m),
    activityDays: daysInclusive(m.startDate, m.endDate),
    travelDaysDefault: travelDays,
    isAccompanying,
    projectCode,
  }
}
