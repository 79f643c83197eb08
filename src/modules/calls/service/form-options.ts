import { asc, ne } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { courseChoices } from '../../learning/index.ts'
import { getCurrentOrganisation, organisations } from '../../organisations/index.ts'
import { listProjectsFor } from '../../projects/index.ts'
import { callActivities } from '../activity.ts'
import { applyWindowDates } from '../dates.ts'
import type { CallFormValues } from '../views/call-form.tsx'
import type { CallRow } from './access.ts'
import { tenantActor } from './access.ts'

/** What the call form offers: activity types, the organisation's projects, host organisations. */
export async function getCallFormOptions(ctx: Ctx) {
  const actor = tenantActor(ctx)
  const org = await getCurrentOrganisation(ctx)
  const [projects, hosts, courses] = await Promise.all([
    listProjectsFor(ctx, {}).then((r) => r.rows.map((p) => ({ id: p.id, acronym: p.acronym }))),
    ctx.db
      .select({
        id: organisations.id,
        name: organisations.name,
        country: organisations.country,
        city: organisations.city,
        defaultLocale: organisations.defaultLocale,
      })
      .from(organisations)
      .where(ne(organisations.id, actor.tenantId))
      .orderBy(asc(organisations.country), asc(organisations.slug))
      .limit(500),
    courseChoices(ctx, actor.tenantId),
  ])
  const languages = org.workingLanguages.length > 0 ? org.workingLanguages : ['sq', 'en']
  return {
    activities: callActivities(),
    projects,
    hosts,
    courses,
    languages,
    timeZone: org.timeZone,
  }
}

/** The form's values for a stored call. */
export function valuesFromCall(call: CallRow, timeZone: string): CallFormValues {
  const optional = (n: number | null) => (n === null ? '' : String(n))
  return {
    title: call.title,
    text: call.text,
    eligibility: call.eligibility,
    activityType: call.activityType,
    projectId: call.projectId ?? '',
    preparationCourseId: call.preparationCourseId ?? '',
    places: String(call.places),
    waitingListPlaces: String(call.waitingListPlaces),
    minTotalScore: optional(call.minTotalScore),
    startDate: call.startDate,
    endDate: call.endDate,
    ...applyWindowDates(call.applyFrom, call.applyUntil, timeZone),
    destinations: call.destinations.map((d) => ({
      country: d.country,
      organisationId: d.organisationId ?? '',
    })),
    minAge: optional(call.minAge),
    maxAge: optional(call.maxAge),
    appealDays: String(call.appealDays),
  }
}
