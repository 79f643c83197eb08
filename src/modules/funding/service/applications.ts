import { and, asc, desc, eq } from 'drizzle-orm'
import type { Db } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { recordAudit } from '../../audit/index.ts'
import { listPartnerships } from '../../network/index.ts'
import { getCurrentOrganisation } from '../../organisations/index.ts'
import { addPartner, createProject } from '../../projects/index.ts'
import { userNames } from '../../users/index.ts'
import { type ApplicationInput, type FundedInput, isUuid } from '../inputs.ts'
import { fundingApplications, fundingOpportunities, type Programme, type Stage } from '../schema.ts'
import { invalid, manager, viewer } from './access.ts'
import { getOpportunity } from './opportunities.ts'

export type Application = typeof fundingApplications.$inferSelect

/** The stages still in progress, in order; a result (funded, rejected, withdrawn) ends it. */
export const OPEN_STAGES = ['idea', 'partners_found', 'drafting', 'submitted'] as const

/** Where an application may go from its stage: any open stage, withdrawn, and from submitted the result. */
export function nextStages(stage: Stage): Stage[] {
  if (stage === 'funded') return []
  if (stage === 'rejected' || stage === 'withdrawn') return ['idea']
  const open = OPEN_STAGES.filter((s) => s !== stage)
  return stage === 'submitted'
    ? [...open, 'funded', 'rejected', 'withdrawn']
    : [...open, 'withdrawn']
}

/** Programme names as projects record them (a project's programme is its funder's name). */
const PROGRAMME_NAMES: Record<Programme, string> = {
  erasmus_plus: 'Erasmus+',
  interreg_ipa: 'Interreg IPA',
  national: 'National fund',
  donor: 'Donor',
  other: 'Other',
}

export type PartnerChoice = { id: string; name: LocalizedText; country: string }

/** The organisations of the school's partner network (its agreements), each once, for "planned partners". */
export async function partnerChoices(ctx: Ctx): Promise<PartnerChoice[]> {
  const rows = await listPartnerships(ctx)
  const out = new Map<string, PartnerChoice>()
  for (const p of rows) {
    if (!out.has(p.partnerId)) {
      out.set(p.partnerId, { id: p.partnerId, name: p.partnerName, country: p.partnerCountry })
    }
  }
  return [...out.values()]
}

export type ApplicationRow = Application & {
  opportunityTitle: LocalizedText
  actionCode: string
  ownerName: string | null
}

const LIST_LIMIT = 500

/** The school's applications, most recently moved first (the board groups them by stage). */
export async function listApplications(ctx: Ctx): Promise<ApplicationRow[]> {
  const actor = viewer(ctx)
  const rows = await ctx.db
    .select({
      application: fundingApplications,
      opportunityTitle: fundingOpportunities.title,
      actionCode: fundingOpportunities.actionCode,
    })
    .from(fundingApplications)
    .innerJoin(fundingOpportunities, eq(fundingOpportunities.id, fundingApplications.opportunityId))
    .where(eq(fundingApplications.tenantId, actor.tenantId))
    .orderBy(desc(fundingApplications.stageChangedAt), asc(fundingApplications.id))
    .limit(LIST_LIMIT)
  const owners = await userNames(ctx, [
    ...new Set(rows.flatMap((r) => (r.application.ownerId ? [r.application.ownerId] : []))),
  ])
  return rows.map((r) => ({
    ...r.application,
    opportunityTitle: r.opportunityTitle,
    actionCode: r.actionCode,
    ownerName: r.application.ownerId ? (owners.get(r.application.ownerId) ?? null) : null,
  }))
}

/** One application of the actor's school; another school's is "not found". */
export async function getApplication(ctx: Ctx, id: string): Promise<Application> {
  const actor = viewer(ctx)
  if (!isUuid(id)) throw notFound()
  const [row] = await ctx.db
    .select()
    .from(fundingApplications)
    .where(and(eq(fundingApplications.id, id), eq(fundingApplications.tenantId, actor.tenantId)))
  if (!row) throw notFound()
  return row
}

async function checkInput(ctx: Ctx, input: ApplicationInput) {
  const fields: Record<string, string> = {}
  try {
    await getOpportunity(ctx, input.opportunityId)
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'NOT_FOUND') throw err
    fields.opportunityId = 'common:validation.choice'
  }
  if (input.partnerIds.length > 0) {
    const choices = new Set((await partnerChoices(ctx)).map((p) => p.id))
    if (!input.partnerIds.every((id) => choices.has(id)))
      fields.partnerIds = 'funding:errors.partner'
  }
  if (Object.keys(fields).length > 0) throw invalid(fields)
}

function toColumns(input: ApplicationInput) {
  return {
    opportunityId: input.opportunityId,
    title: input.title,
    notes: input.notes,
    partnerIds: [...new Set(input.partnerIds)],
    requestedAmountEur: input.requestedAmountEur,
    submittedOn: input.submittedOn,
  }
}

/** A new idea for an opportunity, owned by the actor. */
export async function createApplication(ctx: Ctx, input: ApplicationInput): Promise<Application> {
  const actor = manager(ctx)
  await checkInput(ctx, input)
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(fundingApplications)
      .values({
        ...toColumns(input),
        tenantId: actor.tenantId,
        ownerId: actor.userId,
        stage: 'idea',
        stageChangedAt: ctx.now(),
      })
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'funding.application_created',
        entityType: 'funding_application',
        entityId: row!.id,
        changes: { title: { to: input.title } },
      },
      tx,
    )
    return row!
  })
}

/** Changes an application's details (its stage moves with `changeStage`). */
export async function updateApplication(
  ctx: Ctx,
  id: string,
  input: ApplicationInput,
): Promise<Application> {
  const actor = manager(ctx)
  const before = await getApplication(ctx, id)
  await checkInput(ctx, input)
  const [row] = await ctx.db
    .update(fundingApplications)
    .set(toColumns(input))
    .where(
      and(eq(fundingApplications.id, before.id), eq(fundingApplications.tenantId, actor.tenantId)),
    )
    .returning()
  return row!
}

function refuseMove(before: Application, stage: Stage) {
  if (!nextStages(before.stage).includes(stage)) {
    throw new AppError('INVALID_STATE', 'funding:errors.stageMove', {
      from: before.stage,
      to: stage,
    })
  }
}

/** Moves an application to another stage; "funded" goes through `markFunded`. */
export async function changeStage(ctx: Ctx, id: string, stage: Stage): Promise<Application> {
  const actor = manager(ctx)
  const before = await getApplication(ctx, id)
  if (stage === 'funded') throw new AppError('INVALID_STATE', 'funding:errors.fundedNeedsProject')
  refuseMove(before, stage)
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(fundingApplications)
      .set({
        stage,
        stageChangedAt: ctx.now(),
        ...(stage === 'submitted' && !before.submittedOn
          ? { submittedOn: ctx.now().toISOString().slice(0, 10) }
          : {}),
      })
      .where(
        and(
          eq(fundingApplications.id, before.id),
          eq(fundingApplications.tenantId, actor.tenantId),
        ),
      )
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'funding.application_stage',
        entityType: 'funding_application',
        entityId: before.id,
        changes: { stage: { from: before.stage, to: stage } },
      },
      tx,
    )
    return row!
  })
}

/**
 * Records a submitted application as funded: in one transaction, creates the project (the school
 * coordinates it) with the planned partners as its consortium, through the projects module's own
 * services (their transactions become savepoints), and links the application to it.
 */
export async function markFunded(
  ctx: Ctx,
  id: string,
  input: FundedInput,
): Promise<{ application: Application; projectId: string }> {
  const actor = manager(ctx)
  const before = await getApplication(ctx, id)
  refuseMove(before, 'funded')
  const opportunity = await getOpportunity(ctx, before.opportunityId)
  const school = await getCurrentOrganisation(ctx)
  return ctx.db.transaction(async (tx) => {
    const inTx: Ctx = { ...ctx, db: tx as unknown as Db }
    const project = await createProject(inTx, {
      acronym: input.acronym,
      title: { [school.defaultLocale]: before.title },
      summary: opportunity.summary,
      programme: PROGRAMME_NAMES[opportunity.programme],
      action: opportunity.actionCode,
      referenceNumber: null,
      grantNumber: input.grantNumber,
      startDate: input.startDate,
      endDate: input.endDate,
      status: 'running',
      currency: 'EUR',
      totalBudget: before.requestedAmountEur,
      isPublic: false,
      website: null,
      template: undefined,
    })
    for (const organisationId of before.partnerIds) {
      if (organisationId === actor.tenantId) continue
      await addPartner(inTx, project.id, { organisationId, role: 'partner', budgetShare: null })
    }
    const [row] = await tx
      .update(fundingApplications)
      .set({ stage: 'funded', stageChangedAt: ctx.now(), projectId: project.id })
      .where(
        and(
          eq(fundingApplications.id, before.id),
          eq(fundingApplications.tenantId, actor.tenantId),
        ),
      )
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'funding.application_stage',
        entityType: 'funding_application',
        entityId: before.id,
        changes: { stage: { from: before.stage, to: 'funded' }, projectId: { to: project.id } },
      },
      tx,
    )
    return { application: row!, projectId: project.id }
  })
}
