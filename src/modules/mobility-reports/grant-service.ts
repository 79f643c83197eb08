import { and, eq } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, forbidden } from '#src/lib/errors.ts'
import { recordAudit } from '../audit/index.ts'
import { loadMobility, type MobilityAccess } from '../mobility/index.ts'
import { users } from '../users/index.ts'
import { fromCents, toCents } from './cents.ts'
import { computeGrant, type GrantFacts } from './grant-compute.ts'
import { type GrantContext, loadGrantContext } from './grant-context.ts'
import type { GrantForm } from './inputs.ts'
import { type GrantInputs, mobilityGrants } from './schema.ts'

export type MobilityGrant = typeof mobilityGrants.$inferSelect
type MobilityRow = MobilityAccess['mobility']

/** The sending organisation's coordinators manage a mobility's grant; partners and participants do not. */
async function loadManaged(ctx: Ctx, mobilityId: string) {
  const access = await loadMobility(ctx, mobilityId)
  if (access.relation !== 'sending') throw forbidden()
  return access
}

export type GrantPage = {
  mobility: MobilityRow
  participantName: string
  context: Omit<GrantContext, 'rules' | 'extras'> & {
    rulesVersion: string
    fundedTravelDaysMax: { standard: number; green: number }
  }
  grant: MobilityGrant | null
  /** Why the stored grant may no longer match (it is never changed without a recompute). */
  staleReasons: ('rules' | 'rate' | 'mobility')[]
  /** The form's starting values: the last computation's, or the defaults. */
  form: GrantForm
}

async function findGrant(ctx: Ctx, m: MobilityRow) {
  const [row] = await ctx.db
    .select()
    .from(mobilityGrants)
    .where(and(eq(mobilityGrants.tenantId, m.tenantId), eq(mobilityGrants.mobilityId, m.id)))
  return row ?? null
}

function staleReasons(grant: MobilityGrant | null, m: MobilityRow, c: GrantContext) {
  if (!grant) return []
  const out: GrantPage['staleReasons'] = []
  if (grant.rulesVersion !== c.extras.rulesVersion) out.push('rules')
  if ((grant.inputs.baseRate ?? null) !== (c.rate?.ratePerDay ?? null)) out.push('rate')
  const i = grant.inputs
  const distance = c.ecDistanceKm ?? c.estimatedKm
  if (
    i.activityType !== m.activityType ||
    i.startDate !== m.startDate ||
    i.endDate !== m.endDate ||
    i.greenTravel !== m.isGreenTravel ||
    i.fewerOpportunities !== m.fewerOpportunities ||
    i.receivingCountry !== c.receivingCountry ||
    i.distanceKm !== distance
  ) {
    out.push('mobility')
  }
  return out
}

function formOf(grant: MobilityGrant | null, c: GrantContext): GrantForm {
  if (!grant) {
    return {
      travelDays: c.travelDaysDefault,
      linguisticSupport: false,
      linguisticReinforced: false,
      exceptional: [],
    }
  }
  return {
    travelDays: grant.inputs.travelDaysRequested,
    linguisticSupport: grant.inputs.linguisticSupport,
    linguisticReinforced: grant.inputs.linguisticReinforced,
    exceptional: grant.inputs.exceptional.map((e) => ({ ...e })),
  }
}

function publicContext(c: GrantContext): GrantPage['context'] {
  const { rules, extras, ...rest } = c
  return {
    ...rest,
    rulesVersion: extras.rulesVersion,
    fundedTravelDaysMax: rules.fundedTravelDaysMax,
  }
}

/** The grant page of a mobility: the stored snapshot, the facts it rests on, and the form. */
export async function getMobilityGrant(ctx: Ctx, mobilityId: string): Promise<GrantPage> {
  const access = await loadManaged(ctx, mobilityId)
  const m = access.mobility
  const [context, grant, [person]] = await Promise.all([
    loadGrantContext(ctx.db, m),
    findGrant(ctx, m),
    ctx.db.select({ name: users.displayName }).from(users).where(eq(users.id, m.participantUserId)),
  ])
  return {
    mobility: m,
    participantName: person?.name ?? '',
    context: publicContext(context),
    grant,
    staleReasons: staleReasons(grant, m, context),
    form: formOf(grant, context),
  }
}

/**
 * The snapshot values of a mobility's grant under the rules of its call year, computed now. Bad
 * facts (a duration outside the activity's limits, no distance) are field errors. No access check:
 * callers have loaded the mobility for someone allowed to manage it (or load the demo).
 */
export async function buildGrantValues(
  db: DbOrTx,
  m: MobilityRow,
  form: GrantForm,
  by: string | null,
  now: Date,
) {
  const c = await loadGrantContext(db, m)
  const distanceKm = c.ecDistanceKm ?? c.estimatedKm
  if (distanceKm === null || !c.receivingCountry) {
    throw new AppError(
      'INVALID_INPUT',
      'reports:grant.errors.invalid',
      {},
      {
        _form:
          distanceKm === null
            ? 'reports:grant.errors.distanceNeeded'
            : 'grants:errors.receivingCountry',
      },
    )
  }
  const exceptional = form.exceptional
    .filter((e) => e.kind)
    .map((e) => ({ kind: e.kind!, realCost: toCents(e.realCost)!, justification: e.justification }))
  const facts: GrantFacts = {
    activityType: m.activityType,
    isAccompanying: c.isAccompanying,
    receivingCountry: c.receivingCountry,
    distanceKm,
    isDistanceEstimated: c.ecDistanceKm === null,
    greenTravel: m.isGreenTravel,
    activityDays: c.activityDays,
    travelDaysRequested: form.travelDays,
    baseRate: c.rate?.ratePerDay,
    participantsBefore: c.participantsBefore,
    fewerOpportunities: m.fewerOpportunities,
    linguisticSupport: form.linguisticSupport,
    linguisticReinforced: form.linguisticReinforced,
    exceptional,
  }
  const computed = computeGrant(c.rules, c.extras, facts)
  const notes = [...computed.notes]
  if (!c.rate) {
    notes.push({
      key: c.nationalAgencyCountry
        ? 'reports:grant.notes.noRate'
        : 'reports:grant.notes.noNationalAgency',
      params: { country: c.nationalAgencyCountry ?? '', year: c.callYear },
    })
  } else if (c.rate.isDemo) {
    notes.push({
      key: 'reports:grant.notes.demoRate',
      params: { country: c.nationalAgencyCountry! },
    })
  }
  const inputs: GrantInputs = {
    activityType: m.activityType,
    receivingCountry: c.receivingCountry,
    startDate: m.startDate,
    endDate: m.endDate,
    distanceKm,
    distanceSource: facts.isDistanceEstimated ? 'estimate' : 'ec_calculator',
    greenTravel: m.isGreenTravel,
    activityDays: c.activityDays,
    travelDaysRequested: form.travelDays,
    participantsBefore: c.participantsBefore,
    fewerOpportunities: m.fewerOpportunities,
    isAccompanying: c.isAccompanying,
    nationalAgencyCountry: c.nationalAgencyCountry,
    baseRate: c.rate?.ratePerDay ?? null,
    baseRateIsDemo: c.rate?.isDemo ?? false,
    linguisticSupport: form.linguisticSupport,
    linguisticReinforced: form.linguisticReinforced,
    exceptional: exceptional.map((e) => ({ ...e, realCost: fromCents(e.realCost) })),
  }
  const k = computed.cents
  return {
    projectId: m.projectId,
    callId: m.callId,
    activityType: m.activityType,
    callYear: c.callYear,
    rulesVersion: c.extras.rulesVersion,
    inputs,
    lines: computed.lines,
    notes,
    travel: fromCents(k.travel),
    organisationalSupport: fromCents(k.organisationalSupport),
    individualSupportMin: fromCents(k.individualSupport),
    individualSupportMax: fromCents(k.individualMax),
    inclusionSupport: fromCents(k.inclusionSupport),
    courseFees: fromCents(k.courseFees),
    linguisticSupport: fromCents(k.linguisticSupport),
    exceptionalCosts: fromCents(k.exceptionalCosts),
    totalMin: fromCents(k.totalMin),
    totalMax: fromCents(k.totalMax),
    isDistanceEstimated: facts.isDistanceEstimated,
    computedAt: now,
    computedBy: by,
  }
}

/**
 * Computes a mobility's grant under the rules of its call year and stores it as the mobility's
 * snapshot (version + 1), in the audit log with the old and new totals.
 */
export async function computeMobilityGrant(ctx: Ctx, mobilityId: string, form: GrantForm) {
  const access = await loadManaged(ctx, mobilityId)
  const m = access.mobility
  const values = await buildGrantValues(ctx.db, m, form, access.actor.userId, ctx.now())
  return ctx.db.transaction(async (tx) => {
    const [old] = await tx
      .select({
        id: mobilityGrants.id,
        version: mobilityGrants.version,
        totalMin: mobilityGrants.totalMin,
        totalMax: mobilityGrants.totalMax,
      })
      .from(mobilityGrants)
      .where(eq(mobilityGrants.mobilityId, m.id))
      .for('update')
    const [row] = old
      ? await tx
          .update(mobilityGrants)
          .set({ ...values, version: old.version + 1 })
          .where(eq(mobilityGrants.id, old.id))
          .returning()
      : await tx
          .insert(mobilityGrants)
          .values({ ...values, tenantId: m.tenantId, mobilityId: m.id })
          .returning()
    await recordAudit(
      ctx,
      {
        tenantId: m.tenantId,
        action: 'mobility_grant.computed',
        entityType: 'mobility',
        entityId: m.id,
        changes: {
          totalMin: { from: old?.totalMin ?? null, to: values.totalMin },
          totalMax: { from: old?.totalMax ?? null, to: values.totalMax },
          rulesVersion: { to: values.rulesVersion },
        },
      },
      tx,
    )
    return row!
  })
}
