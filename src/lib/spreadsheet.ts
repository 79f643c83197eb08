/**
 * "What is on screen" as a spreadsheet: one table (or several) to XLSX with typed cells and
 * number formats, or to CSV in UTF-8 with a byte-order mark so Excel reads the accents. Any
 * module's report uses these; the mobility export keeps its own streaming writer for size.
 */
import ExcelJS from 'exceljs'

export type Cell = string | number | Date | null

/** How a column's cells are written and shown: text, whole numbers, decimals, percent, dates. */
export type CellFormat = 'text' | 'integer' | 'decimal' | 'percent' | 'date'

export type SheetColumn = { header: string; format?: CellFormat }

export type Sheet = {
  /** The tab's name; trimmed to Excel's 31 characters without : \ / ? * [ ]. */
  name: string
  columns: SheetColumn[]
  rows: Cell[][]
  /** Lines above the table (a title, the filter applied); the CSV leaves them out. */
  lead?: string[]
}

const NUMBER_FORMATS: Record<CellFormat, string | undefined> = {
  text: '@',
  integer: '0',
  decimal: '#,##0.00',
  // A percent column holds fractions (0.75), as Excel expects.
  percent: '0%',
  date: 'yyyy-mm-dd',
}

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return at the start)
 * gets a leading apostrophe: a participant's name must never become a formula (CSV injection).
 */
export function safeCell(value: Cell): Cell {
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(value)) return `'${value}`
  return value ?? ''
}

export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet'
}

/** A file name from a title: letters, digits and dashes only, never empty. */
export function fileSlug(title: string, fallback = 'export'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
  return slug || fallback
}

function cellText(value: Cell): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return value === null ? '' : String(value)
}

/** The workbook: one sheet per table, header row bold and frozen, cells typed by column. */
export async function xlsxBuffer(sheets: Sheet[], title?: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'Ura'
  if (title) book.title = title
  for (const s of sheets) {
    const sheet = book.addWorksheet(sheetName(s.name))
    for (const line of s.lead ?? []) sheet.addRow([line])
    if (s.lead?.length) sheet.addRow([])
    const header = sheet.addRow(s.columns.map((c) => c.header))
    header.font = { bold: true }
    for (const row of s.rows) sheet.addRow(row.map(safeCell))
    s.columns.forEach((c, i) => {
      const col = sheet.getColumn(i + 1)
      const format = NUMBER_FORMATS[c.format ?? 'text']
      if (format && c.format && c.format !== 'text') col.numFmt = format
      const longest = Math.max(c.header.length, ...s.rows.map((r) => cellText(r[i] ?? null).length))
      col.width = Math.min(60, Math.max(10, longest + 2))
    })
    sheet.views = [{ state: 'frozen', ySplit: header.number }]
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** One table as CSV: BOM, header row, CRLF as Excel expects, every text quoted. */
export async function csvBuffer(
  sheet: Pick<Sheet, 'columns' | 'rows'>,
  separator: 'comma' | 'semicolon' = 'comma',
): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook()
  const ws = book.addWorksheet('Sheet')
  ws.addRow(sheet.columns.map((c) => safeCell(c.header)))
  for (const row of sheet.rows)
    ws.addRow(row.map((v) => safeCell(v instanceof Date ? cellText(v) : v)))
  const buffer = await book.csv.writeBuffer({
    formatterOptions: {
      delimiter: separator === 'semicolon' ? ';' : ',',
      rowDelimiter: '\r\n',
      writeBOM: true,
      // Every text in quotes: codes with leading zeros (OIDs, counters) stay text in Excel.
      quoteColumns: true,
    },
  } as Parameters<typeof book.csv.writeBuffer>[0])
  return new Uint8Array(buffer as ArrayBuffer)
}
