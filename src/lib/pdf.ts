import path from 'node:path'
import PDFDocument from 'pdfkit'
import { projectRoot } from './paths.ts'

const FONTS = path.join(projectRoot, 'assets', 'fonts')

/**
 * A PDF document with Noto Sans registered as `body` and `bold`, so Albanian (ë ç), Serbian
 * (č ć đ š ž), Macedonian and Greek text render. Tagged (PDF/UA-friendly) with a language set.
 */
export function createPdf(options: {
  lang: string
  title: string
  size?: 'A4' | 'A5'
  layout?: 'portrait' | 'landscape'
  /** Leave content streams uncompressed (tests read the text back). */
  compress?: boolean
}) {
  const doc = new PDFDocument({
    size: options.size ?? 'A4',
    layout: options.layout ?? 'portrait',
    margin: 50,
    lang: options.lang,
    tagged: true,
    displayTitle: true,
    info: { Title: options.title, Producer: 'Ura', Creator: 'Ura' },
    pdfVersion: '1.7',
    compress: options.compress ?? true,
  })
  doc.registerFont('body', path.join(FONTS, 'NotoSans_400Regular.ttf'))
  doc.registerFont('bold', path.join(FONTS, 'NotoSans_700Bold.ttf'))
  doc.font('body')
  return doc
}

/** Collects a finished PDF into one buffer. Call after adding content; it ends the document. */
export function pdfToBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.end()
  })
}
