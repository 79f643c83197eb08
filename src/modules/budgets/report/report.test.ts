import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../../tests/setup/app.ts'
import { getT } from '../../../lib/i18n.ts'
import { risks } from '../../projects/schema.ts'
import { createExpense } from '../expenses.ts'
import { setBudgetLine } from '../plan.ts'
import { type Consortium, makeConsortium } from '../testing.ts'
import { getStatusReport } from './data.ts'
import { renderReportPdf } from './pdf.ts'
import { extractPdfText } from './pdf-text.ts'
import { renderReportXlsx } from './xlsx.ts'

let t: TestApp
let c: Consortium

beforeAll(async () => {
  t = await setupTestApp()
  c = await makeConsortium(t)
  const m = await t.ctxFor(c.manager.user.id, c.manager.tenantId)
  await setBudgetLine(m, c.projectId, {
    organisationId: c.a.tenantId,
    workPackageId: c.wp2.id,
    category: 'travel',
    amount: '12345.67',
  })
  await setBudgetLine(m, c.projectId, {
    organisationId: c.manager.tenantId,
    workPackageId: c.wp1.id,
    category: 'lump_sum',
    amount: '100000.00',
  })
  await createExpense(await t.ctxFor(c.a.user.id, c.a.tenantId), c.projectId, {
    workPackageId: c.wp2.id,
    category: 'travel',
    spentOn: '2025-05-05',
    description: 'Flights to Thessaloniki',
    amount: '1000.01',
    currency: 'EUR',
    exchangeRate: '1',
    rateDate: '2025-05-05',
    rateSource: 'inforeuro',
  })
  await t.deps.db.insert(risks).values({
    tenantId: c.manager.tenantId,
    projectId: c.projectId,
    workPackageId: c.wp2.id,
    description: 'Trainers leave the school',
    likelihood: 3,
    impact: 4,
    mitigation: 'Train two people per school',
  })
})

const joined = (lines: string[]) => lines.join('\n')

describe('status report', () => {
  it('writes the PDF in English with facts, deliverables, budget and risks', async () => {
    const ctx = await t.ctxFor(c.manager.user.id, c.manager.tenantId)
    const report = await getStatusReport(ctx, c.projectId, getT('en'), 'en')
    const pdf = await renderReportPdf(report, 'en', { compress: false })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.toString('latin1')).toContain('/Lang (en)')
    const text = joined(extractPdfText(pdf))
    expect(text).toContain('Status report: TESTVET')
    expect(text).toContain('Testing VET together')
    expect(text).toContain('Training curriculum')
    expect(text).toContain('Planned')
    expect(text).toContain('€12,345.67')
    expect(text).toContain('€1,000.01')
    expect(text).toContain('€112,345.67') // the consortium total, for the coordinator
    expect(text).toContain('Trainers leave the school')
    expect(text).toContain('Running')
  })
  it('writes it in Macedonian for a Macedonian reader', async () => {
    const ctx = await t.ctxFor(c.manager.user.id, c.manager.tenantId)
    const report = await getStatusReport(ctx, c.projectId, getT('mk'), 'mk')
    // As served: compressed streams, inflated by the reader.
    const text = joined(extractPdfText(await renderReportPdf(report, 'mk')))
    expect(text).toContain('Извештај за состојбата: TESTVET')
    expect(text).toContain('Испорачливи резултати')
    expect(text).toContain('12.345,67')
  })
  it('shows a partner only its own budget line, no consortium total', async () => {
    const ctx = await t.ctxFor(c.a.user.id, c.a.tenantId)
    const report = await getStatusReport(ctx, c.projectId, getT('en'), 'en')
    expect(report.sections.budget.rows).toHaveLength(1)
    expect(report.sections.budget.total).toBeNull()
  })
  it('writes the XLSX with the same content and amounts as numbers', async () => {
    const ctx = await t.ctxFor(c.manager.user.id, c.manager.tenantId)
    const report = await getStatusReport(ctx, c.projectId, getT('sq'), 'sq')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await renderReportXlsx(report)) as unknown as ArrayBuffer)
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Të dhënat e projektit',
      'Partnerët',
      'Paketat e punës',
      'Produktet e projektit',
      'Buxheti',
      'Rreziqet',
    ])
    const facts = book.getWorksheet('Të dhënat e projektit')!
    expect(facts.getCell('A1').value).toBe('Raporti i gjendjes: TESTVET')
    const budget = book.worksheets[4]!
    expect(budget.getCell('A1').value).toBe(
      'Buxheti në EUR: i planifikuar dhe i realizuar sipas partnerit',
    )
    expect(budget.getCell('A2').value).toBe('Partneri')
    const rows = budget.getSheetValues().filter(Boolean) as unknown[][]
    const partnerA = rows.find((r) => r[3] === 1000.01)
    expect(partnerA?.[2]).toBe(12345.67)
    const total = rows.find((r) => r[1] === 'Gjithsej')
    expect(total?.slice(2, 5)).toEqual([112345.67, 1000.01, 40000])
    expect(budget.getColumn(2).numFmt).toBe('#,##0.00 "EUR"')
    const deliverables = book.getWorksheet('Produktet e projektit')!
    expect(deliverables.getCell('A2').value).toBe('D2.1')
    // Dates, percentages and scores are typed cells, not text (issue 9).
    const due = deliverables.getCell('C2')
    expect(due.value).toBeInstanceOf(Date)
    expect(due.numFmt).toBe('yyyy-mm-dd')
    const packages = book.getWorksheet('Paketat e punës')!
    expect(typeof packages.getCell('C2').value).toBe('number')
    expect(packages.getCell('C2').numFmt).toBe('0%')
    const risksSheet = book.getWorksheet('Rreziqet')!
    if (risksSheet.rowCount > 1 && risksSheet.getCell('C2').value !== null) {
      expect(typeof risksSheet.getCell('C2').value).toBe('number')
    }
  })
})

describe('report routes', () => {
  const pdfUrl = () => `/app/projects/${c.projectId}/report.pdf`
  it('sends the anonymous to sign in, answers 404 outside and 403 to a learner', async () => {
    expect((await t.anonymous().get(pdfUrl())).status).toBe(302)
    expect((await (await t.signedIn(c.outsider.login)).get(pdfUrl())).status).toBe(404)
    expect((await (await t.signedIn(c.aLearner.login)).get(pdfUrl())).status).toBe(403)
  })
  it('downloads the PDF and the XLSX as attachments for a partner', async () => {
    const a = await t.signedIn(c.a.login)
    const pdf = await a.get(pdfUrl())
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const served = extractPdfText(Buffer.from(await pdf.clone().arrayBuffer())).join('\n')
    expect(served).toContain('Status report: TESTVET')
    expect(served).not.toContain('€112,345.67') // a partner sees no consortium total
    expect(pdf.headers.get('content-disposition')).toMatch(
      /^attachment; filename="TESTVET-\d{4}-\d\d-\d\d\.pdf"$/,
    )
    const xlsx = await a.get(`/app/projects/${c.projectId}/report.xlsx`)
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml')
    expect(new Uint8Array(await xlsx.arrayBuffer()).subarray(0, 2)).toEqual(
      new Uint8Array([0x50, 0x4b]),
    )
  })
})
