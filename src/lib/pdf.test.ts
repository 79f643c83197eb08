import { describe, expect, it } from 'vitest'
import { createPdf, pdfToBuffer } from './pdf.ts'

describe('PDF documents', () => {
  it('embeds Noto Sans and renders Albanian, Serbian and Macedonian text', async () => {
    const doc = createPdf({ lang: 'sq', title: 'Certifikatë' })
    doc.font('bold').fontSize(18).text('Shkolla Profesionale “Beqir Çela”, Durrës')
    doc.font('body').fontSize(12).text('Đorđe Šćekić — Марија Стојановска — Γιώργος')
    const pdf = await pdfToBuffer(doc)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.toString('latin1')).toContain('NotoSans')
    expect(pdf.length).toBeLessThan(60_000)
  })
})
