import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { Ctx } from '#src/lib/context.ts'
import { isCivilDate } from '#src/lib/dates.ts'
import { parseAmount } from '../../projects/index.ts'
import { listMembers } from '../../users/index.ts'
import { actionPlanActions, actionPlanObjectives } from '../schema.ts'
import { manager } from './access.ts'
import { getPlan, listObjectives } from './plans.ts'

/** Columns, in order: objective, action, owner e-mail, deadline, cost, indicator, target. */
export const IMPORT_COLUMNS = 7

export type RowError = { row: number; key: string; params: Record<string, unknown> }
export type ImportResult = { ok: true; count: number } | { ok: false; errors: RowError[] }

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
  }
  return String(value)
}

/** The rows of an uploaded CSV or XLSX (first sheet), as trimmed text, header row left out. */
export async function readSheet(name: string, data: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook()
  let sheet: ExcelJS.Worksheet | undefined
  if (name.toLowerCase().endsWith('.csv')) sheet = await wb.csv.read(Readable.from(data))
  else {
    await wb.xlsx.load(data as unknown as ArrayBuffer)
    sheet = wb.worksheets[0]
  }
  const rows: string[][] = []
  sheet?.eachRow({ includeEmpty: true }, (row, n) => {
    if (n === 1) return
    const cells = Array.from({ length: IMPORT_COLUMNS }, (_, i) =>
      cellText(row.getCell(i + 1).value).trim(),
    )
    rows[n - 2] = cells
  })
  return Array.from(rows, (r) => r ?? Array(IMPORT_COLUMNS).fill(''))
}

/**
 * Imports actions into a plan, all or nothing (ADR 020): every row is checked first and any bad
 * one (missing title, unknown owner, bad date or amount) is reported by its spreadsheet row number
 * with nothing saved; otherwise one transaction adds the objectives it names and the actions.
 */
export async function importActions(
  ctx: Ctx,
  planId: string,
  rows: string[][],
  locale: string,
): Promise<ImportResult> {
  const actor = manager(ctx)
  const plan = await getPlan(ctx, planId)
  const members = new Map(
    (await listMembers(ctx)).flatMap((m) => (m.email ? [[m.email.toLowerCase(), m.userId]] : [])),
  )
  const objectives = await listObjectives(ctx, plan.id)
  const byTitle = new Map<string, string>()
  for (const o of objectives) {
    for (const v of Object.values(o.title)) if (v) byTitle.set(v.trim().toLowerCase(), o.id)
  }
  const errors: RowError[] = []
  const parsed = rows.flatMap((cells, i) => {
    const row = i + 2
    const [
      objective = '',
      title = '',
      email = '',
      deadline = '',
      cost = '',
      indicator = '',
      target = '',
    ] = cells
    if (cells.every((c) => c === '')) return []
    if (!title) errors.push({ row, key: 'plans:import.errors.title', params: { row } })
    if (!objective) errors.push({ row, key: 'plans:import.errors.objective', params: { row } })
    const ownerId = email ? members.get(email.toLowerCase()) : null
    if (email && !ownerId) {
      errors.push({ row, key: 'plans:import.errors.owner', params: { row, email } })
    }
    if (!isCivilDate(deadline)) {
      errors.push({ row, key: 'plans:import.errors.date', params: { row, value: deadline } })
    }
    const amount = cost ? parseAmount(cost) : null
    if (cost && (amount === null || amount.startsWith('-'))) {
      errors.push({ row, key: 'plans:import.errors.amount', params: { row, value: cost } })
    }
    return [
      { objective, title, ownerId: ownerId ?? null, deadline, costEur: amount, indicator, target },
    ]
  })
  if (rows.length === 0 || parsed.length === 0) {
    return { ok: false, errors: [{ row: 0, key: 'plans:import.errors.empty', params: {} }] }
  }
  if (errors.length > 0) return { ok: false, errors }
  await ctx.db.transaction(async (tx) => {
    let position = objectives.length
    for (const r of parsed) {
      const key = r.objective.toLowerCase()
      let objectiveId = byTitle.get(key)
      if (!objectiveId) {
        const [made] = await tx
          .insert(actionPlanObjectives)
          .values({
            tenantId: actor.tenantId,
            planId: plan.id,
            title: { [locale]: r.objective },
            position: position++,
          })
          .returning()
        objectiveId = made!.id
        byTitle.set(key, objectiveId)
      }
      await tx.insert(actionPlanActions).values({
        tenantId: actor.tenantId,
        planId: plan.id,
        objectiveId,
        title: r.title.slice(0, 300),
        ownerId: r.ownerId,
        deadline: r.deadline,
        costEur: r.costEur,
        indicator: r.indicator.slice(0, 500),
        target: r.target.slice(0, 500),
      })
    }
  })
  return { ok: true, count: parsed.length }
}
