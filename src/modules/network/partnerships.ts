import { and, asc, eq, gte, lte } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { addDays, daysBetween } from '#src/lib/dates.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { normaliseText } from '#src/lib/localized-text.ts'
import { diffForAudit, recordAudit } from '../audit/index.ts'
import { organisations } from '../organisations/index.ts'
import { isUuid, manager, tenantToday, viewer } from './access.ts'
import { loadFile, looksLikePdf, removeFile, saveFile } from './files.ts'
import { MAX_DOCUMENT_BYTES, type PartnershipInput } from './inputs.ts'
import { partnerships } from './schema.ts'
import { EXPIRING_DAYS, type PartnershipStatus, partnershipStatus } from './status.ts'

const columns = {
  id: partnerships.id,
  tenantId: partnerships.tenantId,
  partnerId: partnerships.partnerId,
  kind: partnerships.kind,
  validFrom: partnerships.validFrom,
  validTo: partnerships.validTo,
  scope: partnerships.scope,
  quotas: partnerships.quotas,
  documentName: partnerships.documentName,
  documentSize: partnerships.documentSize,
  documentPath: partnerships.documentPath,
  updatedAt: partnerships.updatedAt,
  partnerName: organisations.name,
  partnerSlug: organisations.slug,
  partnerCountry: organisations.country,
  partnerCity: organisations.city,
  partnerLocale: organisations.defaultLocale,
  partnerIsExternal: organisations.isExternal,
}

type Row = Awaited<ReturnType<typeof selectRows>>[number]
export type PartnershipView = Row & {
  status: PartnershipStatus
  hasDocument: boolean
  /** Days from today to the last valid day; negative once it has ended. */
  daysLeft: number
}

function selectRows(ctx: Ctx, where: ReturnType<typeof and>) {
  return ctx.db
    .select(columns)
    .from(partnerships)
    .innerJoin(organisations, eq(organisations.id, partnerships.partnerId))
    .where(where)
    .orderBy(asc(partnerships.validTo), asc(partnerships.id))
}

function present(row: Row, today: string): PartnershipView {
  return {
    ...row,
    status: partnershipStatus(row.validFrom, row.validTo, today),
    hasDocument: row.documentPath !== null,
    daysLeft: daysBetween(today, row.validTo),
  }
}

/** The active organisation's agreements, soonest end first; optionally of one status. */
export async function listPartnerships(
  ctx: Ctx,
  options: { status?: PartnershipStatus | undefined } = {},
): Promise<PartnershipView[]> {
  const actor = viewer(ctx)
  const today = tenantToday(ctx, actor)
  const rows = await selectRows(ctx, eq(partnerships.tenantId, actor.tenantId))
  const all = rows.map((r) => present(r, today))
  return options.status ? all.filter((p) => p.status === options.status) : all
}

/** Agreements of the active organisation that end within the next 90 days (renewal list). */
export async function listExpiringPartnerships(ctx: Ctx): Promise<PartnershipView[]> {
  const actor = viewer(ctx)
  const today = tenantToday(ctx, actor)
  const rows = await selectRows(
    ctx,
    and(
      eq(partnerships.tenantId, actor.tenantId),
      gte(partnerships.validTo, today),
      lte(partnerships.validTo, addDays(today, EXPIRING_DAYS)),
    ),
  )
  return rows.map((r) => present(r, today))
}

/** One agreement of the active organisation; another organisation's is "not found". */
export async function getPartnership(ctx: Ctx, id: string): Promise<PartnershipView> {
  const actor = viewer(ctx)
  if (!isUuid(id)) throw notFound()
  const [row] = await selectRows(
    ctx,
    and(eq(partnerships.id, id), eq(partnerships.tenantId, actor.tenantId)),
  )
  if (!row) throw notFound()
  return present(row, tenantToday(ctx, actor))
}

async function assertPartner(ctx: Ctx, tenantId: string, partnerId: string) {
  const bad = (key: string) => new AppError('INVALID_INPUT', key, {}, { partnerId: key })
  if (partnerId === tenantId) throw bad('network:errors.selfPartner')
  const [partner] = await ctx.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, partnerId))
  if (!partner) throw bad('network:errors.organisation')
}

function toColumns(input: PartnershipInput) {
  return {
    partnerId: input.partnerId,
    kind: input.kind,
    validFrom: input.validFrom,
    validTo: input.validTo,
    scope: normaliseText(input.scope),
    quotas: input.quotas,
  }
}

/** Records an agreement with a partner organisation; audited. */
export async function createPartnership(ctx: Ctx, input: PartnershipInput) {
  const actor = manager(ctx)
  await assertPartner(ctx, actor.tenantId, input.partnerId)
  const values = toColumns(input)
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(partnerships)
      .values({ ...values, tenantId: actor.tenantId, createdBy: actor.userId })
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'partnership.created',
        entityType: 'partnership',
        entityId: row!.id,
        changes: diffForAudit(null, values),
      },
      tx,
    )
    return row!
  })
}

/** Changes an agreement of the active organisation (a renewal is a new end date); audited. */
export async function updatePartnership(ctx: Ctx, id: string, input: PartnershipInput) {
  const actor = manager(ctx)
  const before = await getPartnership(ctx, id)
  await assertPartner(ctx, actor.tenantId, input.partnerId)
  const values = toColumns(input)
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(partnerships)
      .set(values)
      .where(and(eq(partnerships.id, id), eq(partnerships.tenantId, actor.tenantId)))
    const old = Object.fromEntries(Object.keys(values).map((k) => [k, before[k as keyof Row]]))
    const changes = diffForAudit(old, values)
    if (Object.keys(changes).length > 0) {
      await recordAudit(
        ctx,
        {
          tenantId: actor.tenantId,
          action: 'partnership.updated',
          entityType: 'partnership',
          entityId: id,
          changes,
        },
        tx,
      )
    }
  })
}

export type UploadedFile = { name: string; bytes: Uint8Array }

/** Attaches (or replaces) the signed agreement as a PDF of at most 10 MB. */
export async function attachPartnershipDocument(ctx: Ctx, id: string, file: UploadedFile | null) {
  const actor = manager(ctx)
  const row = await getPartnership(ctx, id)
  const bad = (key: string) => new AppError('INVALID_INPUT', key, {}, { document: key })
  if (!file || file.bytes.length === 0) throw bad('network:errors.documentMissing')
  if (file.bytes.length > MAX_DOCUMENT_BYTES) throw bad('network:errors.documentTooBig')
  if (!looksLikePdf(file.bytes)) throw bad('network:errors.documentNotPdf')
  const relative = `partnerships/${actor.tenantId}/${row.id}.pdf`
  await saveFile(ctx.env.dataDir, relative, file.bytes)
  const name = cleanFileName(file.name)
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(partnerships)
      .set({ documentPath: relative, documentName: name, documentSize: file.bytes.length })
      .where(and(eq(partnerships.id, id), eq(partnerships.tenantId, actor.tenantId)))
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'partnership.document_attached',
        entityType: 'partnership',
        entityId: id,
        changes: { documentName: { from: row.documentName, to: name } },
      },
      tx,
    )
  })
}

/** A file name safe to show and to send back in Content-Disposition. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const cleaned = base
    .replace(/["<>]/g, '')
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 150)
  if (cleaned === '') return 'agreement.pdf'
  return /\.pdf$/i.test(cleaned) ? cleaned : `${cleaned}.pdf`
}

/** The signed agreement's PDF, for whoever may read the agreement. */
export async function readPartnershipDocument(ctx: Ctx, id: string) {
  const row = await getPartnership(ctx, id)
  if (!row.documentPath) throw notFound()
  const bytes = await loadFile(ctx.env.dataDir, row.documentPath)
  return { name: row.documentName ?? 'agreement.pdf', bytes }
}

/**
 * Deletes an agreement of the active organisation; audited. Its renewal reminders go with it (the
 * foreign key cascades) and so does its signed PDF: both only make sense with the agreement, and
 * no other record points at an agreement. The file goes after the commit, so a failed delete keeps
 * it; a file that cannot be removed is logged, not shown to the coordinator.
 */
export async function deletePartnership(ctx: Ctx, id: string) {
  const actor = manager(ctx)
  const row = await getPartnership(ctx, id)
  await ctx.db.transaction(async (tx) => {
    await tx
      .delete(partnerships)
      .where(and(eq(partnerships.id, row.id), eq(partnerships.tenantId, actor.tenantId)))
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'partnership.deleted',
        entityType: 'partnership',
        entityId: row.id,
        changes: {
          partnerId: { from: row.partnerId, to: null },
          kind: { from: row.kind, to: null },
          validFrom: { from: row.validFrom, to: null },
          validTo: { from: row.validTo, to: null },
          documentName: { from: row.documentName, to: null },
        },
      },
      tx,
    )
  })
  if (row.documentPath) {
    await removeFile(ctx.env.dataDir, row.documentPath).catch((err: Error) =>
      ctx.log.warn({ partnershipId: row.id, err: err.message }, 'agreement file not removed'),
    )
  }
  return row
}
