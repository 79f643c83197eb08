import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { diffForAudit, recordAudit } from '../audit/index.ts'
import { countOpenMobilitiesAtHost } from '../mobility/index.ts'
import { organisations } from '../organisations/index.ts'
import { isUuid, type Member, manager, tenantToday, viewer } from './access.ts'
import type { CapacityInput, CheckInput, HostCompanyInput, HostQuery } from './inputs.ts'
import { hostCapacities, hostCompanies, safeguardingChecks } from './schema.ts'
import { checkState, type SafeguardingStatus, safeguardingStatus } from './status.ts'

const columns = {
  id: hostCompanies.id,
  organisationId: hostCompanies.organisationId,
  sector: hostCompanies.sector,
  occupations: hostCompanies.occupations,
  languages: hostCompanies.languages,
  acceptsMinors: hostCompanies.acceptsMinors,
  contactName: hostCompanies.contactName,
  contactEmail: hostCompanies.contactEmail,
  contactPhone: hostCompanies.contactPhone,
  name: organisations.name,
  defaultLocale: organisations.defaultLocale,
  country: organisations.country,
  city: organisations.city,
  isExternal: organisations.isExternal,
  slug: organisations.slug,
}

function selectCompanies(ctx: Ctx, where: SQL | undefined) {
  return ctx.db
    .select(columns)
    .from(hostCompanies)
    .innerJoin(organisations, eq(organisations.id, hostCompanies.organisationId))
    .where(where)
    .orderBy(asc(organisations.slug))
}

type Row = Awaited<ReturnType<typeof selectCompanies>>[number]
export type HostCompanyView = Row & { safeguarding: SafeguardingStatus }

async function checksOf(ctx: Ctx, ids: string[]) {
  if (ids.length === 0) return []
  return ctx.db
    .select()
    .from(safeguardingChecks)
    .where(inArray(safeguardingChecks.hostCompanyId, ids))
    .orderBy(desc(safeguardingChecks.checkedOn))
}

/** The active organisation's register of host companies, by sector, country and minors. */
export async function listHostCompanies(
  ctx: Ctx,
  query: HostQuery = {},
): Promise<HostCompanyView[]> {
  const actor = viewer(ctx)
  const rows = await selectCompanies(
    ctx,
    and(
      eq(hostCompanies.tenantId, actor.tenantId),
      query.sector ? eq(hostCompanies.sector, query.sector) : undefined,
      query.country ? eq(organisations.country, query.country) : undefined,
      query.minors ? eq(hostCompanies.acceptsMinors, query.minors === 'yes') : undefined,
    ),
  )
  const checks = await checksOf(
    ctx,
    rows.map((r) => r.id),
  )
  const today = tenantToday(ctx, actor)
  return rows.map((r) => ({
    ...r,
    safeguarding: safeguardingStatus(
      r.acceptsMinors,
      checks.filter((c) => c.hostCompanyId === r.id),
      today,
    ),
  }))
}

async function findCompany(ctx: Ctx, actor: Member, id: string): Promise<Row> {
  if (!isUuid(id)) throw notFound()
  const [row] = await selectCompanies(
    ctx,
    and(eq(hostCompanies.id, id), eq(hostCompanies.tenantId, actor.tenantId)),
  )
  if (!row) throw notFound()
  return row
}

/** One host company of the register with its capacities and safeguarding checks. */
export async function getHostCompany(ctx: Ctx, id: string) {
  const actor = viewer(ctx)
  const company = await findCompany(ctx, actor, id)
  const today = tenantToday(ctx, actor)
  const checks = await checksOf(ctx, [company.id])
  const capacities = await ctx.db
    .select()
    .from(hostCapacities)
    .where(eq(hostCapacities.hostCompanyId, company.id))
    .orderBy(asc(hostCapacities.fromDate))
  return {
    company: {
      ...company,
      safeguarding: safeguardingStatus(company.acceptsMinors, checks, today),
    } as HostCompanyView,
    capacities,
    checks: checks.map((c) => ({ ...c, state: checkState(c.validUntil, today) })),
  }
}

export type HostCompanyDetail = Awaited<ReturnType<typeof getHostCompany>>

async function assertCompany(ctx: Ctx, organisationId: string) {
  const [org] = await ctx.db
    .select({ type: organisations.type })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
  const key = org ? 'network:errors.notCompany' : 'network:errors.organisation'
  if (org?.type !== 'company') {
    throw new AppError('INVALID_INPUT', key, {}, { organisationId: key })
  }
}

const taken = () =>
  new AppError(
    'CONFLICT',
    'network:errors.hostExists',
    {},
    {
      organisationId: 'network:errors.hostExists',
    },
  )

/** Adds a company to the register; the contact person is personal data, so it is audited. */
export async function createHostCompany(ctx: Ctx, input: HostCompanyInput) {
  const actor = manager(ctx)
  await assertCompany(ctx, input.organisationId)
  const [clash] = await ctx.db
    .select({ id: hostCompanies.id })
    .from(hostCompanies)
    .where(
      and(
        eq(hostCompanies.tenantId, actor.tenantId),
        eq(hostCompanies.organisationId, input.organisationId),
      ),
    )
  if (clash) throw taken()
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(hostCompanies)
      .values({ ...input, tenantId: actor.tenantId })
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'host_company.created',
        entityType: 'host_company',
        entityId: row!.id,
        changes: diffForAudit(null, input),
      },
      tx,
    )
    return row!
  })
}

/** Changes a register entry (the company itself stays the same); audited. */
export async function updateHostCompany(ctx: Ctx, id: string, input: HostCompanyInput) {
  const actor = manager(ctx)
  const before = await findCompany(ctx, actor, id)
  const { organisationId: _same, ...values } = input
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(hostCompanies)
      .set(values)
      .where(and(eq(hostCompanies.id, id), eq(hostCompanies.tenantId, actor.tenantId)))
    const old = Object.fromEntries(Object.keys(values).map((k) => [k, before[k as keyof Row]]))
    const changes = diffForAudit(old, values)
    if (Object.keys(changes).length > 0) {
      await recordAudit(
        ctx,
        {
          tenantId: actor.tenantId,
          action: 'host_company.updated',
          entityType: 'host_company',
          entityId: id,
          changes,
        },
        tx,
      )
    }
  })
}

/** Records how many learners the company takes in a period. */
export async function addHostCapacity(ctx: Ctx, id: string, input: CapacityInput) {
  const actor = manager(ctx)
  const company = await findCompany(ctx, actor, id)
  await ctx.db
    .insert(hostCapacities)
    .values({ ...input, tenantId: actor.tenantId, hostCompanyId: company.id })
}

/** Records a safeguarding check (type, date, by whom, until when); audited. */
export async function addSafeguardingCheck(ctx: Ctx, id: string, input: CheckInput) {
  const actor = manager(ctx)
  const company = await findCompany(ctx, actor, id)
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(safeguardingChecks)
      .values({ ...input, tenantId: actor.tenantId, hostCompanyId: company.id })
      .returning({ id: safeguardingChecks.id })
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'safeguarding_check.created',
        entityType: 'host_company',
        entityId: company.id,
        changes: diffForAudit(null, { ...input, checkId: row!.id }),
      },
      tx,
    )
  })
}

/**
 * Removes a company from the register; audited. Its capacity rows and safeguarding checks go with
 * it (the foreign keys cascade): they describe this school's use of the company and mean nothing
 * without the entry. Mobilities name the company's organisation, not the register entry, so a
 * finished mobility keeps its host. While a mobility of the school that has not ended (draft to
 * ongoing) is placed at the company, the entry is refused (409): its safeguarding checks are the
 * evidence for that placement, and a school would not want them gone mid-placement.
 */
export async function deleteHostCompany(ctx: Ctx, id: string) {
  const actor = manager(ctx)
  const company = await findCompany(ctx, actor, id)
  const open = await countOpenMobilitiesAtHost(ctx, actor.tenantId, company.organisationId)
  if (open > 0) throw new AppError('CONFLICT', 'network:errors.hostInUse', { count: open })
  await ctx.db.transaction(async (tx) => {
    await tx
      .delete(hostCompanies)
      .where(and(eq(hostCompanies.id, company.id), eq(hostCompanies.tenantId, actor.tenantId)))
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'host_company.deleted',
        entityType: 'host_company',
        entityId: company.id,
        changes: {
          organisationId: { from: company.organisationId, to: null },
          sector: { from: company.sector, to: null },
        },
      },
      tx,
    )
  })
  return company
}
