/**
 * A project's mobilities as Beneficiary Module rows, in the columns of the organisation's export
 * profile. Read-only over the mobility, organisation and grant tables.
 */
import { and, asc, eq, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Ctx } from '#src/lib/context.ts'
import { daysInclusive } from '#src/lib/dates.ts'
import { notFound } from '#src/lib/errors.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { authorize } from '#src/lib/policy.ts'
import { rulesFor, travelGrant } from '../grants/index.ts'
import { mobilities } from '../mobility/index.ts'
import { organisations } from '../organisations/index.ts'
import { projects } from '../projects/index.ts'
import { users } from '../users/index.ts'
import { callYearOf } from './grant-context.ts'
import {
  type ColumnKey,
  type ExportProfile,
  getExportProfile,
  uniqueMobilityId,
} from './profile.ts'
import { mobilityGrants } from './schema.ts'

export type Cell = string | number | null
export type ExportTable = {
  project: { id: string; acronym: string; code: string | null }
  profile: ExportProfile
  headers: string[]
  rows: Cell[][]
  /** Mobilities in the file whose grant has not been computed yet. */
  withoutGrant: number
  /**
   * Sending organisations whose Erasmus OID is not recorded, with how many mobilities leave the
   * "Sending Organisation OID" column empty; empty when the profile does not export that column.
   */
  missingSendingOid: { name: string; mobilities: number }[]
}

const sending = alias(organisations, 'sending_org')
const receiving = alias(organisations, 'receiving_org')
const host = alias(organisations, 'host_org')

/** Statuses reported to the Beneficiary Module: decided and not cancelled. */
const REPORTED = sql`${mobilities.status} not in ('draft', 'cancelled')`

/** EU codes differ from ISO 3166 for Greece (EL) and the United Kingdom (UK). */
const EU_CODES: Record<string, string> = { GR: 'EL', GB: 'UK' }
const euCode = (c: string | null) => (c ? (EU_CODES[c] ?? c) : null)
const yesNo = (b: boolean) => (b ? 'Yes' : 'No')
const amount = (v: string | null | undefined) => (v === null || v === undefined ? null : Number(v))

/** The projects the active organisation reports mobilities in, for the export page. */
export async function listExportProjects(ctx: Ctx) {
  const actor = authorize(ctx, 'reports.view')
  return ctx.db
    .select({
      id: projects.id,
      acronym: projects.acronym,
      code: projects.grantNumber,
      mobilities: sql<number>`count(*)`.mapWith(Number),
    })
    .from(mobilities)
    .innerJoin(projects, eq(projects.id, mobilities.projectId))
    .where(and(eq(mobilities.tenantId, actor.tenantId), REPORTED))
    .groupBy(projects.id, projects.acronym, projects.grantNumber)
    .orderBy(asc(projects.acronym))
}

/**
 * The Unique Mobility ID counters of a project, by mobility: the counter the mobility module
 * assigned, else the next numbers after the highest assigned one of that activity type, in order
 * of start date. Counted over the whole project (every sending partner), never per organisation.
 */
async function counters(ctx: Ctx, projectId: string): Promise<Map<string, number>> {
  const rows = await ctx.db
    .select({
      id: mobilities.id,
      activityType: mobilities.activityType,
      counter: mobilities.umidCounter,
    })
    .from(mobilities)
    .where(and(eq(mobilities.projectId, projectId), REPORTED))
    .orderBy(asc(mobilities.startDate), asc(mobilities.createdAt), asc(mobilities.id))
  const out = new Map<string, number>()
  const next = new Map<string, number>()
  for (const r of rows) {
    if (r.counter !== null) {
      out.set(r.id, r.counter)
      next.set(r.activityType, Math.max(next.get(r.activityType) ?? 0, r.counter))
    }
  }
  for (const r of rows) {
    if (r.counter !== null) continue
    const n = (next.get(r.activityType) ?? 0) + 1
    next.set(r.activityType, n)
    out.set(r.id, n)
  }
  return out
}

/** Builds the export of one project for the active organisation (404 if it reports none in it). */
export async function buildExport(ctx: Ctx, projectId: string): Promise<ExportTable> {
  const actor = authorize(ctx, 'reports.view')
  const [project] = await ctx.db
    .select({ id: projects.id, acronym: projects.acronym, code: projects.grantNumber })
    .from(projects)
    .where(eq(projects.id, projectId))
  if (!project) throw notFound()
  const [profile, numbers, items] = await Promise.all([
    getExportProfile(ctx),
    counters(ctx, projectId),
    ctx.db
      .select({
        m: mobilities,
        participantName: users.displayName,
        participantEmail: users.email,
        sending: {
          name: sending.name,
          locale: sending.defaultLocale,
          oid: sending.erasmusOid,
          country: sending.country,
          city: sending.city,
        },
        receiving: {
          name: receiving.name,
          locale: receiving.defaultLocale,
          oid: receiving.erasmusOid,
          country: receiving.country,
          city: receiving.city,
        },
        host: { name: host.name, locale: host.defaultLocale },
        grant: mobilityGrants,
      })
      .from(mobilities)
      .innerJoin(users, eq(users.id, mobilities.participantUserId))
      .innerJoin(sending, eq(sending.id, mobilities.sendingOrganisationId))
      .leftJoin(receiving, eq(receiving.id, mobilities.receivingOrganisationId))
      .leftJoin(host, eq(host.id, mobilities.hostCompanyOrganisationId))
      .leftJoin(mobilityGrants, eq(mobilityGrants.mobilityId, mobilities.id))
      .where(
        and(eq(mobilities.tenantId, actor.tenantId), eq(mobilities.projectId, projectId), REPORTED),
      )
      .orderBy(asc(mobilities.activityType), asc(mobilities.startDate), asc(mobilities.id)),
  ])
  if (items.length === 0) throw notFound()
  const orgName = (o: { name: unknown; locale: string } | null) =>
    o?.name ? pickText(o.name as Record<string, string>, o.locale, ['en']).value : null
  const rows = items.map((it) => {
    const m = it.m
    const g = it.grant
    const callYear = g?.callYear ?? callYearOf(project.code, m.startDate)
    const code = profile.activityCodes[m.activityType]
    const counter = numbers.get(m.id)
    const receivingCountry = m.receivingCountry ?? it.receiving?.country ?? null
    const distance = g?.inputs.distanceKm ?? (m.distanceKm === null ? null : Number(m.distanceKm))
    const isRange = g ? g.individualSupportMin !== g.individualSupportMax : false
    const travelLine = g?.lines.find((l) => l.item === 'travel')
    const band =
      travelLine?.params.band ??
      (distance === null
        ? null
        : (travelGrant(rulesFor(callYear), distance, false).band?.band ?? null))
    const value: Record<ColumnKey, Cell> = {
      umid:
        code && counter && project.code
          ? uniqueMobilityId(callYear, code, counter, project.code)
          : null,
      activityType: m.activityType,
      participantName: it.participantName,
      participantEmail: it.participantEmail,
      participantType: m.participantType,
      isAccompanying: yesNo(m.isAccompanyingPerson || m.participantType === 'accompanying'),
      startDate: m.startDate,
      endDate: m.endDate,
      travelStartDate: m.travelStartDate,
      travelEndDate: m.travelEndDate,
      durationDays: daysInclusive(m.startDate, m.endDate),
      travelDays: g?.inputs.travelDaysRequested ?? null,
      sendingName: orgName(it.sending),
      sendingOid: it.sending.oid,
      sendingCountry: it.sending.country,
      sendingCountryEu: euCode(it.sending.country),
      sendingCity: it.sending.city,
      receivingName: orgName(it.receiving) ?? m.receivingOrganisationName,
      receivingOid: it.receiving?.oid ?? null,
      receivingCountry,
      receivingCountryEu: euCode(receivingCountry),
      receivingCity: it.receiving?.city ?? null,
      hostCompany: orgName(it.host) ?? m.hostCompanyName,
      distanceKm: distance,
      distanceSource: g?.inputs.distanceSource ?? m.distanceSource,
      distanceBand: band,
      greenTravel: yesNo(m.isGreenTravel),
      fewerOpportunities: yesNo(m.fewerOpportunities),
      travelGrant: amount(g?.travel),
      organisationalSupport: amount(g?.organisationalSupport),
      // A range (no National Agency rate yet) is not an amount the Beneficiary Module accepts.
      individualSupport: isRange ? null : amount(g?.individualSupportMin),
      inclusionSupport: amount(g?.inclusionSupport),
      courseFees: amount(g?.courseFees),
      linguisticSupport: amount(g?.linguisticSupport),
      exceptionalCosts: amount(g?.exceptionalCosts),
      totalGrant: isRange ? null : amount(g?.totalMin),
      callYear,
      rulesVersion: g?.rulesVersion ?? null,
      status: m.status,
      projectCode: project.code,
    }
    return profile.columns.map((c) => value[c.key as ColumnKey] ?? null)
  })
  const missing = new Map<string, number>()
  if (profile.columns.some((c) => c.key === 'sendingOid')) {
    for (const it of items) {
      if (it.sending.oid) continue
      const name = orgName(it.sending) ?? ''
      missing.set(name, (missing.get(name) ?? 0) + 1)
    }
  }
  return {
    project,
    profile,
    headers: profile.columns.map((c) => c.header),
    rows,
    withoutGrant: items.filter((it) => !it.grant).length,
    missingSendingOid: [...missing].map(([name, mobilities]) => ({ name, mobilities })),
  }
}
