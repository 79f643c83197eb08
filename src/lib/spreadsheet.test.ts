import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { csvBuffer, fileSlug, safeCell, sheetName, xlsxBuffer } from './spreadsheet.ts'

describe('spreadsheet', () => {
  it('[SPREADSHEET]: text that would run as a formula is kept as text', () => {
    expect(safeCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")')
    expect(safeCell('-1')).toBe("'-1")
    expect(safeCell(-1)).toBe(-1)
    expect(safeCell(null)).toBe('')
    expect(sheetName('Plan: 2027/28 [draft]')).toBe('Plan  2027 28  draft ')
    expect(fileSlug('Raporti i trajnimit')).toBe('raporti-i-trajnimit')
    expect(fileSlug('Извештај', 'report')).toBe('report')
  })

  it('[SPREADSHEET]: CSV in UTF-8 with a BOM, quoted, CRLF; XLSX cells typed by column', async () => {
    const sheet = {
      name: 'People',
      lead: ['Training report'],
      columns: [
        { header: 'Name' },
        { header: 'Done', format: 'integer' as const },
        { header: 'Rate', format: 'percent' as const },
      ],
      rows: [
        ['Ëndrit Çela', 3, 0.75],
        ['=cmd', 0, null],
      ],
    }
    const csv = Buffer.from(await csvBuffer(sheet, 'semicolon')).toString('utf8')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv).toContain('"Ëndrit Çela";"3";"0.75"\r\n')
    expect(csv).toContain(`"'=cmd"`)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await xlsxBuffer([sheet])) as unknown as ArrayBuffer)
    const ws = book.getWorksheet('People')!
    expect(ws.getCell('A1').value).toBe('Training report')
    expect(ws.getCell('B4').value).toBe(3)
    expect(ws.getColumn(3).numFmt).toBe('0%')
  })
})
