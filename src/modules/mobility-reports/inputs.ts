import { z } from 'zod'
import { EXCEPTIONAL_KINDS } from './schema.ts'

/** How many exceptional-cost rows the grant form offers. */
export const EXCEPTIONAL_ROWS = 3

const checkbox = z.preprocess(
  (v) => v === 'on' || v === '1' || v === 'true' || v === true,
  z.boolean(),
)

const ZExceptionalRow = z
  .object({
    kind: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.enum(EXCEPTIONAL_KINDS, 'common:validation.choice').optional(),
    ),
    realCost: z.string().trim().default(''),
    justification: z.string().trim().max(1000, 'common:validation.tooLong').default(''),
  })
  .superRefine((row, ctx) => {
    if (!row.kind) {
      if (row.realCost || row.justification) {
        ctx.addIssue({ code: 'custom', path: ['kind'], message: 'reports:grant.errors.kindNeeded' })
      }
      return
    }
    if (!/^\d{1,9}([.,]\d{1,2})?$/.test(row.realCost) || /^0+([.,]0+)?$/.test(row.realCost)) {
      ctx.addIssue({ code: 'custom', path: ['realCost'], message: 'reports:grant.errors.realCost' })
    }
    if (row.justification.length < 10) {
      ctx.addIssue({
        code: 'custom',
        path: ['justification'],
        message: 'reports:grant.errors.justification',
      })
    }
  })

/** Rows arrive as `exceptional.0.kind` … (readForm nests them as an object keyed "0", "1", …). */
function rowsOf(value: unknown): unknown {
  if (value === undefined) return []
  if (Array.isArray(value)) return value
  if (typeof value !== 'object' || value === null) return value
  // Keep each row at its index, so an error names the row the person typed in.
  const rows: unknown[] = []
  for (const [k, v] of Object.entries(value)) {
    if (/^\d+$/.test(k) && Number(k) < EXCEPTIONAL_ROWS) rows[Number(k)] = v
  }
  return Array.from(rows, (r) => r ?? {})
}

/** The grant page's form: what the coordinator adds to the mobility's own facts. */
export const ZGrantForm = z.object({
  travelDays: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v.trim()) : v),
    z
      .int('reports:grant.errors.travelDays')
      .min(0, 'reports:grant.errors.travelDays')
      .max(30, 'reports:grant.errors.travelDays'),
  ),
  linguisticSupport: checkbox,
  linguisticReinforced: checkbox,
  exceptional: z.preprocess(rowsOf, z.array(ZExceptionalRow).max(EXCEPTIONAL_ROWS)),
})
export type GrantForm = z.infer<typeof ZGrantForm>

/** `/app/reports/export` and the downloads: a project, and the CSV separator. */
export const ZExportQuery = z.object({
  projectId: z.uuid('reports:export.errors.project'),
  separator: z.enum(['comma', 'semicolon']).catch('comma'),
})

const ZCode = z.string().trim().toUpperCase().max(20)

/**
 * The export profile form: `columns.<key>.include|position|header` for every column of the
 * catalogue, `codes.<activity>` for the Unique Mobility ID codes (checked by the service).
 */
export function parseProfileForm(
  form: Record<string, unknown>,
  keys: readonly string[],
  activities: readonly string[],
) {
  const columns = (form.columns ?? {}) as Record<string, Record<string, unknown> | undefined>
  const codes = (form.codes ?? {}) as Record<string, unknown>
  return {
    release: typeof form.release === 'string' ? form.release.slice(0, 200) : '',
    columns: keys.map((key) => {
      const v = columns[key] ?? {}
      const position = Number(String(v.position ?? '').trim())
      return {
        key,
        include: v.include === '1' || v.include === 'on',
        position: Number.isInteger(position) ? position : Number.MAX_SAFE_INTEGER,
        header: typeof v.header === 'string' ? v.header.slice(0, 100) : '',
      }
    }),
    activityCodes: Object.fromEntries(
      activities.map((a) => [a, ZCode.catch('').parse(codes[a] ?? '')]),
    ),
  }
}
