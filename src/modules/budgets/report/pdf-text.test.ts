import { describe, expect, it } from 'vitest'
import { createPdf, pdfToBuffer } from '../../../lib/pdf.ts'
import { extractPdfText } from './pdf-text.ts'

describe('reading a PDF back', () => {
  it('maps glyphs through each font, ligatures included, compressed or not', async () => {
    for (const compress of [false, true]) {
      const doc = createPdf({ lang: 'en', title: 'x', compress })
      doc.font('bold').text('Staff handbook: €427.50 for the whole week')
      doc.font('body').text('Буџет — Çela — Γιώργος — office')
      const lines = extractPdfText(await pdfToBuffer(doc))
      expect(lines).toEqual([
        'Staff handbook: €427.50 for the whole week',
        'Буџет — Çela — Γιώργος — office',
      ])
    }
  })
})
