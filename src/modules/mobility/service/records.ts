import { and, eq, exists, max, or } from 'drizzle-orm'
import type { Tx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { ageOn, daysInclusive } from '#src/lib/dates.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { authorize } from '#src/lib/policy.ts'
import { diffForAudit, recordAudit } from '../../audit/index.ts'
import { organisations } from '../../organisations/index.ts'
import { projectPartners, projects } from '../../projects/index.ts'
import { memberships, users } from '../../users/index.ts'
import type { MobilityInput } from '../inputs.ts'
import { durationLimits, findActivityRule } from '../reference.ts'
import {
  mobilities,
  mobilitySensitive,
  mobilityStatusLog,
  type ParticipantType,
} from '../schema.ts'
import { retentionEnd } from './sensitive.ts'
import { defaultTodos } from './todos.ts'

type MobilityValues = Omit<typeof mobilities.$inferInsert, 'tenantId' | 'sendingOrganisationId'>

function fieldError(field: string, key: string, params: Record<string, unknown> = {}): AppError {
  return new AppError('INVALID_INPUT', key, params, { [field]: key })
}

/** Lower-case, accent-free text for the list's search box. */
export function searchable(...parts: (string | null | undefined)[]): string {
  return parts
    .filter(Boolean)
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
}

/** Checks the activity type, the participant type it needs and its duration limits. */
export function checkActivity(input: {
  activityType: string
  participantType: ParticipantType
  startDate: string
  endDate: string
  fewerOpportunities: boolean
}) {
  const rule = findActivityRule(input.activityType, input.startDate)
  if (!rule) throw fieldError('activityType', 'mobility:errors.chooseActivity')
  const isLearnerActivity = rule.participant === 'learner'
  if (isLearnerActivity ? input.participantType === 'staff' : input.participantType !== 'staff') {
    throw fieldError('participantType', 'mobility:errors.participantTypeMismatch')
  }
  const limits = durationLimits(input.activityType, input.startDate, input.fewerOpportunities)
  // Days of physical activity, both ends included (travel days are separate).
  const days = daysInclusive(input.startDate, input.endDate)
  // An accompanying person stays as long as the group, whatever the learners' limits say.
  if (
    limits &&
    input.participantType !== 'accompanying' &&
    (days < limits.min || days > limits.max)
  ) {
    throw fieldError('endDate', 'mobility:errors.duration', { ...limits, days })
  }
}

async function orgName(tx: Tx, id: string | undefined) {
  if (!id) return null
  const [row] = await tx
    .select({
      name: organisations.name,
      defaultLocale: organisations.defaultLocale,
      country: organisations.country,
    })
    .from(organisations)
    .where(eq(organisations.id, id))
  return row ?? null
}

/** Resolves and checks every reference of the form against the sending organisation. */
async function resolveInput(tx: Tx, tenantId: string, input: MobilityInput) {
  const [member] = await tx
    .select({ role: memberships.role, name: users.displayName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, input.participantUserId)))
  const wanted =
    input.participantType === 'learner' ? ['learner'] : ['staff', 'coordinator', 'org_admin']
  if (!member || !wanted.includes(member.role)) {
    throw fieldError('participantUserId', 'mobility:errors.chooseParticipant')
  }
  checkActivity(input)
  if (input.projectId) {
    // The organisation's own project, or a consortium's it is a partner in (as the calls allow).
    const [project] = await tx
      .select({ id: projects.id })
      .from(projects)
      .where(
        and(
          eq(projects.id, input.projectId),
          or(
            eq(projects.tenantId, tenantId),
            exists(
              tx
                .select({ id: projectPartners.id })
                .from(projectPartners)
                .where(
                  and(
                    eq(projectPartners.projectId, projects.id),
                    eq(projectPartners.organisationId, tenantId),
                  ),
                ),
            ),
          ),
        ),
      )
    if (!project) throw fieldError('projectId', 'common:validation.choice')
  }
  const receiving = await orgName(tx, input.receivingOrganisationId)
  if (input.receivingOrganisationId && (!receiving || input.receivingOrganisationId === tenantId)) {
    throw fieldError('receivingOrganisationId', 'mobility:errors.chooseReceiving')
  }
  const host = await orgName(tx, input.hostCompanyOrganisationId)
  if (input.hostCompanyOrganisationId && !host) {
    throw fieldError('hostCompanyOrganisationId', 'common:validation.choice')
  }
  const receivingName = receiving
    ? pickText(receiving.name, 'en', [receiving.defaultLocale]).value
    : input.receivingOrganisationName
  const hostName = host
    ? pickText(host.name, 'en', [host.defaultLocale]).value
    : input.hostCompanyName
  const values: MobilityValues = {
    participantUserId: input.participantUserId,
    participantType: input.participantType,
    isAccompanyingPerson: input.participantType === 'accompanying',
    activityType: input.activityType,
    startDate: input.startDate,
    endDate: input.endDate,
    travelStartDate: input.travelStartDate ?? null,
    travelEndDate: input.travelEndDate ?? null,
    projectId: input.projectId ?? null,
    receivingOrganisationId: input.receivingOrganisationId ?? null,
    receivingOrganisationName: receiving ? null : (input.receivingOrganisationName ?? null),
    receivingCountry: receiving?.country ?? input.receivingCountry ?? null,
    hostCompanyOrganisationId: input.hostCompanyOrganisationId ?? null,
    hostCompanyName: host ? null : (input.hostCompanyName ?? null),
    mentorName: input.mentorName ?? null,
    mentorEmail: input.mentorEmail ?? null,
    travelMode: input.travelMode ?? null,
    isGreenTravel: input.isGreenTravel,
    distanceKm: input.distanceKm === undefined ? null : input.distanceKm.toFixed(2),
    distanceSource:
      input.distanceKm === undefined ? null : (input.distanceSource ?? 'ec_calculator'),
    fewerOpportunities: input.fewerOpportunities,
    searchText: searchable(member.name, receivingName, hostName, input.activityType),
  }
  return values
}

/** The next Unique Mobility ID counter for a project and activity type. */
async function nextCounter(tx: Tx, projectId: string, activityType: string): Promise<number> {
  const [row] = await tx
    .select({ n: max(mobilities.umidCounter) })
    .from(mobilities)
    .where(and(eq(mobilities.projectId, projectId), eq(mobilities.activityType, activityType)))
  return (row?.n ?? 0) + 1
}

/** The group a new mobility joins: the other mobility's group, made on the spot if needed. */
async function groupFor(tx: Tx, tenantId: string, groupOf: string | undefined) {
  if (!groupOf) return null
  const [other] = await tx
    .select({ id: mobilities.id, groupId: mobilities.groupId })
    .from(mobilities)
    .where(and(eq(mobilities.id, groupOf), eq(mobilities.tenantId, tenantId)))
  if (!other) throw notFound()
  if (!other.groupId) {
    await tx.update(mobilities).set({ groupId: other.id }).where(eq(mobilities.id, other.id))
  }
  return other.groupId ?? other.id
}

export type CreateMobilityExtras = {
  callId?: string
  applicationId?: string
  /** Runs in the same transaction once the row exists (linking the application, say). */
  onCreated?: (tx: Tx, row: typeof mobilities.$inferSelect) => Promise<void>
}

/** Records a new mobility (status draft) with its default to-do list, logged and audited. */
export async function createMobility(
  ctx: Ctx,
  input: MobilityInput,
  extras: CreateMobilityExtras = {},
) {
  const actor = authorize(ctx, 'mobility.manage')
  return ctx.db.transaction(async (tx) => {
    const values = await resolveInput(tx, actor.tenantId, input)
    const groupId = await groupFor(tx, actor.tenantId, input.groupOf)
    const umidCounter = values.projectId
      ? await nextCounter(tx, values.projectId, values.activityType)
      : null
    const [row] = await tx
      .insert(mobilities)
      .values({
        ...values,
        tenantId: actor.tenantId,
        sendingOrganisationId: actor.tenantId,
        groupId,
        umidCounter,
        callId: extras.callId ?? null,
        applicationId: extras.applicationId ?? null,
      })
      .returning()
    if (!row) throw new Error('mobility insert returned nothing')
    await extras.onCreated?.(tx, row)
    await tx.insert(mobilityStatusLog).values({
      tenantId: actor.tenantId,
      mobilityId: row.id,
      fromStatus: null,
      toStatus: 'draft',
      byUserId: actor.userId,
      at: ctx.now(),
    })
    const [person] = await tx
      .select({ dateOfBirth: users.dateOfBirth })
      .from(users)
      .where(eq(users.id, row.participantUserId))
    const isMinor = person?.dateOfBirth ? ageOn(person.dateOfBirth, row.startDate) < 18 : false
    await defaultTodos(tx, row, isMinor)
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'mobility.created',
        entityType: 'mobility',
        entityId: row.id,
        changes: diffForAudit(null, { ...values, groupId, umidCounter }),
      },
      tx,
    )
    return row
  })
}

/** Changes a mobility's facts; the Unique Mobility ID counter follows a new project or activity. */
export async function updateMobility(ctx: Ctx, id: string, input: MobilityInput) {
  const actor = authorize(ctx, 'mobility.manage')
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(mobilities)
      .where(and(eq(mobilities.id, id), eq(mobilities.tenantId, actor.tenantId)))
    if (!before) throw notFound()
    if (before.status === 'completed' || before.status === 'cancelled') {
      throw new AppError('INVALID_STATE', 'mobility:errors.closed')
    }
    const values = await resolveInput(tx, actor.tenantId, input)
    const sameCounter =
      before.projectId === values.projectId && before.activityType === values.activityType
    const umidCounter = sameCounter
      ? before.umidCounter
      : values.projectId
        ? await nextCounter(tx, values.projectId, values.activityType)
        : null
    const [row] = await tx
      .update(mobilities)
      .set({ ...values, umidCounter })
      .where(eq(mobilities.id, id))
      .returning()
    await tx
      .update(mobilitySensitive)
      .set({ deleteAfter: retentionEnd(ctx, row!.travelEndDate ?? row!.endDate) })
      .where(eq(mobilitySensitive.mobilityId, id))
    const changes = diffForAudit(before, { ...values, umidCounter })
    if (Object.keys(changes).length) {
      await recordAudit(
        ctx,
        {
          tenantId: actor.tenantId,
          action: 'mobility.updated',
          entityType: 'mobility',
          entityId: id,
          changes,
        },
        tx,
      )
    }
    return row!
  })
}
