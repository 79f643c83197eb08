/**
 * The export as files: XLSX through exceljs's streaming writer (rows are committed one by one, so
 * a large project never sits in memory as a workbook) and CSV through the shared writer
 * (`src/lib/spreadsheet.ts`), comma- or semicolon-separated.
 */
import { PassThrough, Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { csvBuffer as csvFile, safeCell } from '#src/lib/spreadsheet.ts'
import type { ExportTable } from './export-rows.ts'

const NUMERIC =
  /^(distanceKm|travelGrant|organisationalSupport|individualSupport|inclusionSupport|courseFees|linguisticSupport|exceptionalCosts|totalGrant)$/

/** A file name from the project's acronym: letters, digits and dashes only. */
export function exportFileName(table: ExportTable, extension: 'xlsx' | 'csv'): string {
  const base = table.project.acronym
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return `${base || 'project'}-mobilities.${extension}`
}

/** The XLSX file as a web stream, written row by row. */
export function xlsxStream(table: ExportTable): ReadableStream<Uint8Array> {
  const out = new PassThrough()
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true })
  workbook.creator = 'Ura'
  const sheet = workbook.addWorksheet('Mobilities', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = table.profile.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.min(40, Math.max(12, c.header.length + 2)),
    style: NUMERIC.test(c.key) ? { numFmt: c.key === 'distanceKm' ? '0.00' : '#,##0.00' } : {},
  }))
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(1).commit()
  void (async () => {
    try {
      for (const row of table.rows) sheet.addRow(row.map(safeCell)).commit()
      sheet.commit()
      await workbook.commit()
    } catch (err) {
      out.destroy(err as Error)
    }
  })()
  return Readable.toWeb(out) as ReadableStream<Uint8Array>
}

/** The CSV file: BOM, header row, one line per mobility, CRLF as Excel expects. */
export function csvBuffer(table: ExportTable, separator: 'comma' | 'semicolon') {
  return csvFile(
    { columns: table.headers.map((header) => ({ header })), rows: table.rows },
    separator,
  )
}
