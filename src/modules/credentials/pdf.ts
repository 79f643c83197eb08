import QRCode from 'qrcode'
import type { DbOrTx } from '#src/db/client.ts'
import { notFound } from '#src/lib/errors.ts'
import { getT, toLocale } from '#src/lib/i18n.ts'
import { dateTimeFormat } from '#src/lib/intl.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { createPdf, pdfToBuffer } from '#src/lib/pdf.ts'
import { verifyCredential } from './service.ts'

export function verificationUrl(baseUrl: string, locale: string, code: string) {
  return `${baseUrl}/${locale}/credentials/${code}`
}

/**
 * The certificate as a landscape PDF in the reader's language (any of Ura's, Cyrillic included):
 * who, what, the criteria and competences, who issued it and when, and the verification link
 * with its QR code. A revoked credential says so on the page.
 */
export async function credentialPdf(
  db: DbOrTx,
  baseUrl: string,
  code: string,
  locale: string,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const found = await verifyCredential(db, code)
  if (!found) throw notFound()
  const { credential, issuerName } = found
  const lang = toLocale(locale) ?? 'en'
  const t = getT(lang)
  const text = (value: Record<string, string | undefined>) => pickText(value, lang).value
  const { achievement } = credential
  const url = verificationUrl(baseUrl, lang, credential.code)
  const qr = await QRCode.toBuffer(url, { type: 'png', margin: 1, width: 240 })
  const date = dateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    credential.issuedAt,
  )
  const title = t(`credentials:certificate.title.${credential.kind}`)

  const doc = createPdf({ lang, title, layout: 'landscape', compress: options.compress })
  const width = doc.page.width - 100
  const centred = { width, align: 'center' as const }
  doc.font('bold').fontSize(28).text(title, 50, 60, centred)
  doc.moveDown(0.8)
  doc.font('body').fontSize(14).text(t('credentials:certificate.certifies'), centred)
  doc.moveDown(0.4)
  doc.font('bold').fontSize(24).text(credential.recipientName, centred)
  doc.moveDown(0.4)
  doc
    .font('body')
    .fontSize(14)
    .text(t(`credentials:certificate.achieved.${credential.kind}`), centred)
  doc.moveDown(0.3)
  doc.font('bold').fontSize(18).text(text(achievement.name), centred)
  const description = text(achievement.description)
  if (description) doc.moveDown(0.4).font('body').fontSize(11).text(description, centred)
  const criteria = text(achievement.criteria)
  if (criteria) {
    doc.moveDown(0.4).font('body').fontSize(11)
    doc.text(t('credentials:certificate.criteria', { criteria }), centred)
  }
  if (achievement.alignments.length > 0) {
    const names = achievement.alignments.map((a) => `${a.targetName} (${a.targetCode})`)
    doc.moveDown(0.4).fontSize(10)
    doc.text(t('credentials:certificate.alignments', { list: names.join(' · ') }), centred)
  }
  doc.moveDown(0.6).fontSize(12)
  doc.text(t('credentials:certificate.issued', { issuer: text(issuerName), date }), centred)
  if (credential.revokedAt) {
    doc.moveDown(0.4).font('bold').fontSize(14)
    doc.text(t('credentials:certificate.revoked'), centred)
  }
  const bottom = doc.page.height - 140
  doc.image(qr, 50, bottom, { width: 90 })
  doc.font('body').fontSize(10)
  doc.text(t('credentials:certificate.verify', { code: credential.code }), 155, bottom + 10, {
    width: width - 110,
  })
  doc.text(url, 155, bottom + 40, { width: width - 110, link: url })
  return pdfToBuffer(doc)
}
