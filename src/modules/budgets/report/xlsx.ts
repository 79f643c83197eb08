import ExcelJS from 'exceljs'
import { sheetName } from '#src/lib/spreadsheet.ts'
import { type Money, minorUnits, toNumeric } from '../money.ts'
import type { StatusReport, Table } from './data.ts'

function addTable(book: ExcelJS.Workbook, t: Table) {
  const sheet = book.addWorksheet(sheetName(t.sheet ?? t.heading))
  sheet.addRow(t.columns).font = { bold: true }
  // Typed cells where the table has them: a due date sorts as a date, a score sums as a number.
  for (const cells of t.cells ?? t.rows) sheet.addRow(cells)
  if (t.rows.length === 0) sheet.addRow([t.empty])
  t.formats?.forEach((format, i) => {
    if (format) sheet.getColumn(i + 1).numFmt = format
  })
  sheet.columns.forEach((col, i) => {
    const longest = Math.max(
      ...[t.columns[i] ?? '', ...t.rows.map((r) => r[i] ?? '')].map((v) => v.length),
    )
    col.width = Math.min(60, Math.max(10, longest + 2))
  })
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  return sheet
}

/**
 * A spreadsheet cell for an amount. Excel keeps numbers as doubles; written from the exact
 * decimal string, a two-decimal amount shows and sums to the cent (below 2^53 cents).
 */
function amountCell(m: Money): number {
  return Number(toNumeric(m))
}

/** The status report as a workbook: one sheet per section, amounts as numbers in currency format. */
export async function renderReportXlsx(report: StatusReport): Promise<Buffer> {
  const currency = report.currency
  const book = new ExcelJS.Workbook()
  book.creator = 'Ura'
  book.title = report.title
  const s = report.sections

  const facts = book.addWorksheet(sheetName(s.facts.heading))
  facts.addRow([report.title]).font = { bold: true, size: 14 }
  facts.addRow([report.subtitle])
  facts.addRow([report.generated])
  facts.addRow([])
  for (const [label, value] of s.facts.rows)
    facts.getRow(facts.addRow([label, value]).number).getCell(1).font = { bold: true }
  facts.getColumn(1).width = 28
  facts.getColumn(2).width = 70

  addTable(book, s.partners)
  addTable(book, s.workPackages)
  addTable(book, s.deliverables)

  const budget = book.addWorksheet(sheetName(s.budget.sheet ?? s.budget.heading))
  budget.addRow([s.budget.heading]).font = { bold: true }
  budget.addRow(s.budget.columns).font = { bold: true }
  const digits = minorUnits(currency)
  const format = `#,##0${digits > 0 ? `.${'0'.repeat(digits)}` : ''} "${currency}"`
  s.budget.money.forEach((figures, i) => {
    budget.addRow([s.budget.rows[i]?.[0] ?? '', ...figures.map(amountCell)])
  })
  if (s.budget.total) {
    const total = budget.addRow([
      s.budget.rows.at(-1)?.[0] ?? '',
      ...s.budget.total.map(amountCell),
    ])
    total.font = { bold: true }
  }
  for (const col of [2, 3, 4]) {
    budget.getColumn(col).numFmt = format
    budget.getColumn(col).width = 18
  }
  budget.getColumn(1).width = 50
  budget.addRow([])
  budget.addRow([s.budget.note])

  addTable(book, s.risks)
  return Buffer.from(await book.xlsx.writeBuffer())
}
