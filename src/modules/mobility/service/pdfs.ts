import QRCode from 'qrcode'
import type { Ctx } from '#src/lib/context.ts'
import { countryName } from '#src/lib/countries.ts'
import { AppError } from '#src/lib/errors.ts'
import { getT, type Locale, type T } from '#src/lib/i18n.ts'
import { dateTimeFormat } from '#src/lib/intl.ts'
import { createPdf, pdfToBuffer } from '#src/lib/pdf.ts'
import { verificationUrl } from '../../credentials/index.ts'
import { allows } from '../access.ts'
import { getAgreements } from './agreement.ts'
import { certificateFacts, getCertificate, participantLocale } from './certificates.ts'
import { dateRange, type MobilityNames, mobilityNames, orgLabel } from './names.ts'

function heading(doc: PDFKit.PDFDocument, text: string) {
  doc.moveDown(0.8).font('bold').fontSize(13).text(text).font('body').fontSize(11)
}

function line(doc: PDFKit.PDFDocument, label: string, value: string) {
  doc.font('bold').text(`${label}: `, { continued: true }).font('body').text(value)
}

function parties(
  doc: PDFKit.PDFDocument,
  t: T,
  locale: Locale,
  names: MobilityNames,
  m: {
    receivingOrganisationName: string | null
    hostCompanyName: string | null
    receivingCountry: string | null
    activityType: string
    startDate: string
    endDate: string
  },
) {
  line(doc, t('mobility:fields.participant'), names.participant.displayName)
  line(doc, t('mobility:fields.sending'), orgLabel(names.sending, null, locale))
  const receiving = orgLabel(names.receiving, m.receivingOrganisationName, locale)
  const country = m.receivingCountry ? ` (${countryName(m.receivingCountry, locale)})` : ''
  line(doc, t('mobility:fields.receiving'), receiving + country)
  if (names.host || m.hostCompanyName) {
    line(doc, t('mobility:fields.host'), orgLabel(names.host, m.hostCompanyName, locale))
  }
  line(doc, t('mobility:fields.activityType'), t(`grants:activity.${m.activityType}`))
  line(doc, t('mobility:fields.dates'), dateRange(locale, m.startDate, m.endDate))
}

/**
 * The learning agreement (a given version, else the current one) as a PDF in the reader's
 * language (the participant's when none is given), with its content hash and every signature
 * recorded on that version. The outcomes are the words typed into the agreement, in the language
 * they were typed in.
 */
export async function agreementPdf(
  ctx: Ctx,
  mobilityId: string,
  version?: number,
  readerLocale?: Locale,
) {
  const page = await getAgreements(ctx, mobilityId)
  const chosen = version ? page.versions.find((v) => v.version === version) : page.versions[0]
  if (!chosen) throw new AppError('NOT_FOUND', 'mobility:errors.noAgreement')
  const names = await mobilityNames(ctx, page.access.mobility)
  const locale = readerLocale ?? participantLocale(names)
  const t = getT(locale)
  const doc = createPdf({ lang: locale, title: t('mobility:agreement.title') })
  doc.font('bold').fontSize(18).text(t('mobility:agreement.title'))
  doc
    .font('body')
    .fontSize(10)
    .text(
      t('mobility:agreement.versionLine', {
        version: chosen.version,
        status: t(`mobility:agreementStatus.${chosen.status}`),
      }),
    )
  doc.moveDown(0.6).fontSize(11)
  parties(doc, t, locale, names, page.access.mobility)
  heading(doc, t('mobility:agreement.outcomes'))
  chosen.contentJson.outcomes.forEach((o, i) => {
    const facts = [
      o.eqfLevel ? t('mobility:eqf.level', { level: o.eqfLevel }) : null,
      o.iscedField ? `ISCED-F ${o.iscedField} ${t(`mobility:isced.${o.iscedField}`)}` : null,
    ].filter(Boolean)
    doc.text(`${i + 1}. ${o.unit}${facts.length ? ` — ${facts.join(', ')}` : ''}`)
  })
  for (const key of ['tasks', 'assessment', 'mentors'] as const) {
    if (!chosen.contentJson[key]) continue
    heading(doc, t(`mobility:agreement.${key}`))
    doc.text(chosen.contentJson[key])
  }
  heading(doc, t('mobility:agreement.signatures'))
  const when = dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
  for (const role of page.requiredRoles) {
    const s = chosen.signatures.find((x) => x.role === role)
    doc.text(
      s
        ? t('mobility:agreement.signedLine', {
            role: t(`mobility:role.${role}`),
            name: s.signerName,
            at: `${when.format(s.signedAt)} UTC`,
          })
        : t('mobility:agreement.unsignedLine', { role: t(`mobility:role.${role}`) }),
    )
  }
  doc
    .moveDown(1)
    .fontSize(8)
    .text(t('mobility:agreement.hashLine', { hash: chosen.contentHash }))
  return { buffer: await pdfToBuffer(doc), version: chosen.version }
}

/**
 * The certificate of the mobility in the style of Europass Mobility, in the reader's language
 * (the language it was issued in when none is given), with a QR code to its public verification
 * page in that language.
 */
export async function certificatePdf(ctx: Ctx, mobilityId: string, readerLocale?: Locale) {
  const { access, certificate, credential } = await getCertificate(ctx, mobilityId)
  if (!certificate || !credential || !allows(access.relation, 'viewCertificate')) {
    throw new AppError('NOT_FOUND', 'mobility:errors.noCertificate')
  }
  const facts = await certificateFacts(ctx, access.mobility)
  const locale = readerLocale ?? (certificate.language as Locale) ?? 'en'
  const t = getT(locale)
  const url = verificationUrl(ctx.env.baseUrl, locale, credential.code)
  const qr = await QRCode.toBuffer(url, { type: 'png', margin: 1, width: 240 })
  const doc = createPdf({ lang: locale, title: t('mobility:certificate.title') })
  doc.font('bold').fontSize(22).text(t('mobility:certificate.title'), { align: 'center' })
  doc.font('body').fontSize(11).text(t('mobility:certificate.subtitle'), { align: 'center' })
  doc.moveDown(1.2)
  doc.fontSize(12).text(t('mobility:certificate.certifies'), { align: 'center' })
  doc.font('bold').fontSize(20).text(facts.names.participant.displayName, { align: 'center' })
  doc.moveDown(1).font('body').fontSize(11)
  parties(doc, t, locale, facts.names, access.mobility)
  heading(doc, t('mobility:certificate.outcomes'))
  for (const unit of facts.units) doc.text(`• ${unit}`)
  if (facts.units.length === 0) doc.text('—')
  const issued = dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    certificate.issuedAt,
  )
  doc.moveDown(1).text(t('mobility:certificate.issuedOn', { date: issued }))
  const bottom = doc.page.height - 170
  doc.image(qr, 50, bottom, { width: 100 })
  doc.fontSize(9).text(t('mobility:certificate.verifyAt'), 165, bottom + 10, { width: 330 })
  doc.fontSize(9).text(url, 165, bottom + 40, { width: 330, link: url })
  return pdfToBuffer(doc)
}
