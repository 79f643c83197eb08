import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { Actor, Ctx } from '#src/lib/context.ts'
import { forbidden, notFound } from '#src/lib/errors.ts'
import { can } from '#src/lib/policy.ts'
import { recordAudit } from '../../audit/index.ts'
import { type Applicant, countriesOf, isOpenTo } from '../eligibility.ts'
import { isUuid, type ListOpportunitiesQuery, type OpportunityInput } from '../inputs.ts'
import { fundingDeadlines, fundingOpportunities } from '../schema.ts'
import { author, invalid, reader } from './access.ts'

export type Opportunity = typeof fundingOpportunities.$inferSelect
export type Deadline = { id: string; at: Date; timeZone: string }
export type OpportunityView = Opportunity & {
  deadlines: Deadline[]
  /** The first deadline still ahead, or null. */
  nextDeadline: Deadline | null
  scope: 'shared' | 'own'
}

export const OPPORTUNITIES_PAGE_SIZE = 20
/** The register is small (tens of rows): filters that need the rules run in memory over this many. */
const LIST_LIMIT = 1000

/** Rows the actor may read: the shared register, and their own school's. */
function visible(actor: Actor) {
  return actor.tenantId
    ? or(
        isNull(fundingOpportunities.organisationId),
        eq(fundingOpportunities.organisationId, actor.tenantId),
      )
    : isNull(fundingOpportunities.organisationId)
}

async function deadlinesOf(db: DbOrTx, ids: string[]): Promise<Map<string, Deadline[]>> {
  const out = new Map<string, Deadline[]>()
  if (ids.length === 0) return out
  const rows = await db
    .select({
      id: fundingDeadlines.id,
      opportunityId: fundingDeadlines.opportunityId,
      at: fundingDeadlines.at,
      timeZone: fundingDeadlines.timeZone,
    })
    .from(fundingDeadlines)
    .where(inArray(fundingDeadlines.opportunityId, ids))
    .orderBy(asc(fundingDeadlines.at))
  for (const { opportunityId, ...d } of rows) {
    const list = out.get(opportunityId) ?? []
    list.push(d)
    out.set(opportunityId, list)
  }
  return out
}

function present(row: Opportunity, deadlines: Deadline[], now: Date): OpportunityView {
  return {
    ...row,
    deadlines,
    nextDeadline: deadlines.find((d) => d.at > now) ?? null,
    scope: row.organisationId ? 'own' : 'shared',
  }
}

/** What the actor may do with an opportunity they can read. */
export function canEditOpportunity(actor: Actor | null, row: Pick<Opportunity, 'organisationId'>) {
  if (!actor) return false
  if (!row.organisationId) return actor.isPlatformAdmin
  return row.organisationId === actor.tenantId && can(actor, 'funding.manage')
}

export type OpportunityPage = {
  rows: OpportunityView[]
  total: number
  page: number
  pageSize: number
}

/**
 * The register as the actor sees it, soonest next deadline first (those without one last):
 * by programme, open to `who` in some role, with a deadline in the next `days` days.
 */
export async function listOpportunities(
  ctx: Ctx,
  query: Partial<ListOpportunitiesQuery> = {},
  who: Applicant | null = null,
): Promise<OpportunityPage> {
  const actor = reader(ctx)
  const now = ctx.now()
  const rows = await ctx.db
    .select()
    .from(fundingOpportunities)
    .where(
      and(
        visible(actor),
        query.programme ? eq(fundingOpportunities.programme, query.programme) : undefined,
      ),
    )
    .orderBy(asc(fundingOpportunities.actionCode), asc(fundingOpportunities.id))
    .limit(LIST_LIMIT)
  const deadlines = await deadlinesOf(
    ctx.db,
    rows.map((r) => r.id),
  )
  const horizon = query.days ? now.getTime() + query.days * 86_400_000 : null
  const all = rows
    .map((r) => present(r, deadlines.get(r.id) ?? [], now))
    .filter((r) => !query.open || !who || isOpenTo(r, who))
    .filter((r) => horizon === null || (r.nextDeadline && r.nextDeadline.at.getTime() <= horizon))
    .sort((a, b) => {
      const x = a.nextDeadline?.at.getTime() ?? Number.POSITIVE_INFINITY
      const y = b.nextDeadline?.at.getTime() ?? Number.POSITIVE_INFINITY
      return x - y
    })
  const page = query.page ?? 1
  const start = (page - 1) * OPPORTUNITIES_PAGE_SIZE
  return {
    rows: all.slice(start, start + OPPORTUNITIES_PAGE_SIZE),
    total: all.length,
    page,
    pageSize: OPPORTUNITIES_PAGE_SIZE,
  }
}

/** One opportunity of the register or of the actor's school; another school's is "not found". */
export async function getOpportunity(
  ctx: Ctx,
  id: string,
  db: DbOrTx = ctx.db,
): Promise<OpportunityView> {
  const actor = reader(ctx)
  if (!isUuid(id)) throw notFound()
  const [row] = await db
    .select()
    .from(fundingOpportunities)
    .where(and(eq(fundingOpportunities.id, id), visible(actor)))
  if (!row) throw notFound()
  const deadlines = await deadlinesOf(db, [row.id])
  return present(row, deadlines.get(row.id) ?? [], ctx.now())
}

/** The opportunity for who may change it: the register's for platform admins, a school's own. */
export async function getEditableOpportunity(ctx: Ctx, id: string): Promise<OpportunityView> {
  const row = await getOpportunity(ctx, id)
  if (!canEditOpportunity(ctx.actor, row)) throw forbidden()
  return row
}

/**
 * Deadlines must lie ahead; one kept unchanged from the stored record may have passed (the
 * register keeps last year's dates as history).
 */
function checkDeadlines(now: Date, input: OpportunityInput, kept: readonly Deadline[] = []) {
  const fields: Record<string, string> = {}
  for (const d of input.deadlines) {
    const unchanged = kept.some(
      (k) => k.at.getTime() === d.at.getTime() && k.timeZone === d.timeZone,
    )
    if (d.at <= now && !unchanged)
      fields[`deadlines.${d.row}.local`] = 'funding:errors.deadlinePast'
  }
  if (
    input.budgetMinEur &&
    input.budgetMaxEur &&
    Number(input.budgetMinEur) > Number(input.budgetMaxEur)
  ) {
    fields.budgetMaxEur = 'funding:errors.budgetOrder'
  }
  return fields
}

/** The columns an input gives; countries, roles and types are read off the rules. */
function toColumns(input: OpportunityInput) {
  const rules = input.eligibility
  const anyType = rules.some((r) => r.organisationTypes.length === 0)
  return {
    programme: input.programme,
    actionCode: input.actionCode,
    title: input.title,
    summary: input.summary,
    budgetMinEur: input.budgetMinEur,
    budgetMaxEur: input.budgetMaxEur,
    budgetNote: input.budgetNote,
    eligibleCountries: countriesOf(rules),
    organisationTypes: anyType ? [] : [...new Set(rules.flatMap((r) => r.organisationTypes))],
    roles: [...new Set(rules.map((r) => r.role))],
    coFinancingRate: input.coFinancingRate,
    url: input.url,
    applicationLanguages: input.applicationLanguages,
    eligibility: rules,
    confidence: input.confidence,
    sourceNote: input.sourceNote,
  }
}

/**
 * Adds an opportunity: to the shared register (a platform administrator, scope `shared` or no
 * school), otherwise to the actor's school only. A deadline in the past is refused.
 */
export async function createOpportunity(ctx: Ctx, input: OpportunityInput): Promise<Opportunity> {
  const actor = author(ctx)
  const fields = checkDeadlines(ctx.now(), input)
  if (Object.keys(fields).length > 0) throw invalid(fields)
  const shared = actor.isPlatformAdmin && (input.scope === 'shared' || !actor.tenantId)
  const organisationId = shared ? null : actor.tenantId
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(fundingOpportunities)
      .values({ ...toColumns(input), organisationId, createdBy: actor.userId })
      .returning()
    if (input.deadlines.length > 0) {
      await tx
        .insert(fundingDeadlines)
        .values(
          input.deadlines.map((d) => ({ opportunityId: row!.id, at: d.at, timeZone: d.timeZone })),
        )
    }
    await recordAudit(
      ctx,
      {
        tenantId: organisationId,
        action: 'funding.opportunity_created',
        entityType: 'funding_opportunity',
        entityId: row!.id,
        changes: { actionCode: { to: input.actionCode }, shared: { to: shared } },
      },
      tx,
    )
    return row!
  })
}

/** Changes an opportunity (its deadlines replaced); the same rules as creating one. */
export async function updateOpportunity(
  ctx: Ctx,
  id: string,
  input: OpportunityInput,
): Promise<Opportunity> {
  const before = await getEditableOpportunity(ctx, id)
  const fields = checkDeadlines(ctx.now(), input, before.deadlines)
  if (Object.keys(fields).length > 0) throw invalid(fields)
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(fundingOpportunities)
      .set(toColumns(input))
      .where(eq(fundingOpportunities.id, before.id))
      .returning()
    // Unchanged deadlines keep their rows, so the reminders already sent for them stay sent.
    const same = (a: { at: Date; timeZone: string }, b: { at: Date; timeZone: string }) =>
      a.at.getTime() === b.at.getTime() && a.timeZone === b.timeZone
    const gone = before.deadlines.filter((k) => !input.deadlines.some((d) => same(d, k)))
    const added = input.deadlines.filter((d) => !before.deadlines.some((k) => same(d, k)))
    if (gone.length > 0) {
      await tx.delete(fundingDeadlines).where(
        and(
          eq(fundingDeadlines.opportunityId, before.id),
          inArray(
            fundingDeadlines.id,
            gone.map((g) => g.id),
          ),
        ),
      )
    }
    if (added.length > 0) {
      await tx
        .insert(fundingDeadlines)
        .values(added.map((d) => ({ opportunityId: before.id, at: d.at, timeZone: d.timeZone })))
    }
    await recordAudit(
      ctx,
      {
        tenantId: before.organisationId,
        action: 'funding.opportunity_updated',
        entityType: 'funding_opportunity',
        entityId: before.id,
        changes: { confidence: { from: before.confidence, to: input.confidence } },
      },
      tx,
    )
    return row!
  })
}
