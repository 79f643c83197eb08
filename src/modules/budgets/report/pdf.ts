import { createPdf, pdfToBuffer } from '#src/lib/pdf.ts'
import type { StatusReport, Table } from './data.ts'

type Doc = PDFKit.PDFDocument

const INK = '#1a1a1a'
const LINE = '#c8c8c8'

function heading(doc: Doc, text: string) {
  if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage()
  doc.moveDown(0.8).font('bold').fontSize(13).fillColor(INK).text(text, doc.page.margins.left)
  doc.moveDown(0.3)
}

/** One table row; cells wrap, the row grows to its tallest cell, a new page starts if needed. */
function row(doc: Doc, cells: string[], widths: number[], bold: boolean, right: boolean[]) {
  const left = doc.page.margins.left
  doc.font(bold ? 'bold' : 'body').fontSize(9)
  const heights = cells.map((c, i) =>
    doc.heightOfString(c || ' ', { width: (widths[i] ?? 50) - 8 }),
  )
  const height = Math.max(...heights) + 8
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage()
  const top = doc.y
  let x = left
  cells.forEach((cell, i) => {
    const width = widths[i] ?? 50
    doc.text(cell, x + 4, top + 4, { width: width - 8, align: right[i] ? 'right' : 'left' })
    x += width
  })
  const total = widths.reduce((a, b) => a + b, 0)
  doc
    .moveTo(left, top + height)
    .lineTo(left + total, top + height)
    .strokeColor(LINE)
    .lineWidth(0.5)
    .stroke()
  doc.x = left
  doc.y = top + height
}

function table(doc: Doc, t: Table, shares: number[], right: boolean[] = []) {
  heading(doc, t.heading)
  if (t.rows.length === 0) {
    doc.font('body').fontSize(10).text(t.empty)
    return
  }
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
  const sum = shares.reduce((a, b) => a + b, 0)
  const widths = shares.map((s) => (width * s) / sum)
  row(doc, t.columns, widths, true, right)
  for (const cells of t.rows) row(doc, cells, widths, false, right)
}

/**
 * The status report as a tagged A4 PDF in Noto Sans (Latin, Cyrillic, Greek), in the reader's
 * language. `compress: false` leaves the text readable for tests.
 */
export async function renderReportPdf(
  report: StatusReport,
  lang: string,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const doc = createPdf({ lang, title: report.title, compress: options.compress ?? true })
  const s = report.sections
  doc.font('bold').fontSize(18).fillColor(INK).text(report.title)
  doc.font('body').fontSize(11).text(report.subtitle)
  doc.fontSize(9).fillColor('#555555').text(report.generated).fillColor(INK)

  heading(doc, s.facts.heading)
  const left = doc.page.margins.left
  for (const [label, value] of s.facts.rows) {
    const top = doc.y
    doc.font('bold').fontSize(10).text(label, left, top, { width: 150 })
    const after = doc.y
    doc.font('body').text(value, left + 160, top, { width: doc.page.width - left * 2 - 160 })
    doc.x = left
    doc.y = Math.max(after, doc.y) + 2
  }
  table(doc, s.partners, [6, 1.5, 2.5])
  table(doc, s.workPackages, [1.2, 7, 1.8], [false, false, true])
  table(doc, s.deliverables, [1.2, 5.5, 2, 2.5])
  table(doc, s.budget, [4, 2.2, 2.2, 2.2], [false, true, true, true])
  doc
    .moveDown(0.3)
    .font('body')
    .fontSize(8)
    .fillColor('#555555')
    .text(s.budget.note, left)
    .fillColor(INK)
  table(doc, s.risks, [4, 1.1, 1, 1.5, 4], [false, false, true, false, false])
  return pdfToBuffer(doc)
}
