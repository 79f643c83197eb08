/**
 * The Beneficiary Module export profile of an organisation: columns, their order and header text,
 * and the 5-letter activity codes of the Unique Mobility ID. The EU's template changes between
 * releases, so none of it is code: the default comes from bm-default.json, an organisation's own
 * version is one jsonb row.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, type FieldErrors } from '#src/lib/errors.ts'
import { projectRoot } from '#src/lib/paths.ts'
import { authorize } from '#src/lib/policy.ts'
import { recordAudit } from '../audit/index.ts'
import { type ExportColumn, exportProfiles } from './schema.ts'

/** Every column Ura can fill; a profile picks from these. */
export const COLUMN_KEYS = [
  'umid',
  'activityType',
  'participantName',
  'participantEmail',
  'participantType',
  'isAccompanying',
  'startDate',
  'endDate',
  'travelStartDate',
  'travelEndDate',
  'durationDays',
  'travelDays',
  'sendingName',
  'sendingOid',
  'sendingCountry',
  'sendingCountryEu',
  'sendingCity',
  'receivingName',
  'receivingOid',
  'receivingCountry',
  'receivingCountryEu',
  'receivingCity',
  'hostCompany',
  'distanceKm',
  'distanceSource',
  'distanceBand',
  'greenTravel',
  'fewerOpportunities',
  'travelGrant',
  'organisationalSupport',
  'individualSupport',
  'inclusionSupport',
  'courseFees',
  'linguisticSupport',
  'exceptionalCosts',
  'totalGrant',
  'callYear',
  'rulesVersion',
  'status',
  'projectCode',
] as const
export type ColumnKey = (typeof COLUMN_KEYS)[number]

const ZDefault = z.object({
  release: z.string().min(1),
  activityCodesConfidence: z.string(),
  activityCodes: z.record(z.string(), z.string().regex(/^[A-Z]{5}$/)),
  columns: z.array(z.object({ key: z.enum(COLUMN_KEYS), header: z.string().min(1) })).min(1),
})

export type ExportProfile = {
  release: string
  columns: ExportColumn[]
  activityCodes: Record<string, string>
  isDefault: boolean
}

let cachedDefault: z.infer<typeof ZDefault> | undefined

/** The profile of the current Beneficiary Module release, as shipped with Ura. */
export function defaultProfile(): ExportProfile & { activityCodesConfidence: string } {
  cachedDefault ??= ZDefault.parse(
    JSON.parse(
      readFileSync(
        path.join(projectRoot, 'src', 'modules', 'mobility-reports', 'bm-default.json'),
        'utf8',
      ),
    ),
  )
  return { ...structuredClone(cachedDefault), isDefault: true }
}

/** The active organisation's export profile, or the default one. */
export async function getExportProfile(ctx: Ctx): Promise<ExportProfile> {
  const actor = authorize(ctx, 'reports.view')
  const [row] = await ctx.db
    .select()
    .from(exportProfiles)
    .where(eq(exportProfiles.tenantId, actor.tenantId))
  if (!row) return defaultProfile()
  // Codes for activity types added since the profile was saved come from the default.
  const codes = { ...defaultProfile().activityCodes, ...row.activityCodes }
  return { release: row.release, columns: row.columns, activityCodes: codes, isDefault: false }
}

/** The profile for its edit form: 403 for a role that may only read it. */
export async function getEditableExportProfile(ctx: Ctx): Promise<ExportProfile> {
  authorize(ctx, 'reports.manage')
  return getExportProfile(ctx)
}

export type ProfileInput = {
  release: string
  columns: { key: ColumnKey; include: boolean; position: number; header: string }[]
  activityCodes: Record<string, string>
}

/**
 * Saves the organisation's profile: the included columns sorted by position (ties keep the
 * catalogue order), each with a header; 5-letter upper-case activity codes, all different.
 */
export async function saveExportProfile(ctx: Ctx, input: ProfileInput): Promise<ExportProfile> {
  const actor = authorize(ctx, 'reports.manage')
  const fields: FieldErrors = {}
  const included = input.columns.map((c, order) => ({ ...c, order })).filter((c) => c.include)
  for (const c of included) {
    if (c.header.trim() === '') fields[`columns.${c.key}.header`] = 'reports:profile.errors.header'
  }
  if (included.length === 0) fields._form = 'reports:profile.errors.noColumns'
  const seen = new Map<string, string>()
  // An empty code falls back to the default one of the current release.
  const defaults = defaultProfile().activityCodes
  const codes = Object.fromEntries(
    Object.entries(input.activityCodes).map(([a, c]) => [a, c.trim() || defaults[a] || '']),
  )
  for (const [activity, code] of Object.entries(codes)) {
    if (!/^[A-Z]{5}$/.test(code)) fields[`codes.${activity}`] = 'reports:profile.errors.code'
    else if (seen.has(code)) fields[`codes.${activity}`] = 'reports:profile.errors.codeTwice'
    else seen.set(code, activity)
  }
  if (Object.keys(fields).length > 0) {
    throw new AppError('INVALID_INPUT', 'reports:profile.errors.invalid', {}, fields)
  }
  const columns = included
    .sort((a, b) => a.position - b.position || a.order - b.order)
    .map((c) => ({ key: c.key, header: c.header.trim() }))
  const values = {
    release: input.release.trim() || defaultProfile().release,
    columns,
    activityCodes: codes,
    updatedBy: actor.userId,
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(exportProfiles)
      .values({ ...values, tenantId: actor.tenantId })
      .onConflictDoUpdate({ target: exportProfiles.tenantId, set: values })
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'export_profile.saved',
        entityType: 'export_profile',
        entityId: actor.tenantId,
        changes: { columns: { to: columns.map((c) => c.key) } },
      },
      tx,
    )
  })
  return getExportProfile(ctx)
}

/** Goes back to the default profile of the current release. */
export async function resetExportProfile(ctx: Ctx): Promise<void> {
  const actor = authorize(ctx, 'reports.manage')
  await ctx.db.delete(exportProfiles).where(eq(exportProfiles.tenantId, actor.tenantId))
}

/**
 * The Unique Mobility ID, `[call year]-[5-letter activity code]-[4-digit counter]-[last 20
 * characters of the project code]`. The reference example ("2024-1-FR01-KA121-SCH-000005151" →
 * "2024-LONGT-0012-KA121-SCH-000005151") shows one dash between the counter and the project part,
 * though the last 20 characters start with one: a leading dash of that part is not doubled.
 */
export function uniqueMobilityId(
  callYear: number,
  code: string,
  counter: number,
  projectCode: string,
): string {
  const tail = projectCode.trim().slice(-20).replace(/^-/, '')
  return `${callYear}-${code}-${String(counter).padStart(4, '0')}-${tail}`
}
