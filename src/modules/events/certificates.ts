import { and, eq, isNotNull, isNull } from 'drizzle-orm'
import QRCode from 'qrcode'
import type { DbOrTx } from '#src/db/client.ts'
import { normaliseCode } from '#src/lib/codes.ts'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { getT, LOCALES, toLocale } from '#src/lib/i18n.ts'
import { dateTimeFormat } from '#src/lib/intl.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { createPdf, pdfToBuffer } from '#src/lib/pdf.ts'
import { authorize } from '#src/lib/policy.ts'
import {
  type AchievementInput,
  findCredentialByCode,
  issueCredential,
  verificationUrl,
} from '../credentials/index.ts'
import { organisations } from '../organisations/index.ts'
import { mailParticipant } from './mails.ts'
import type { Registration } from './placement.ts'
import { eventRegistrations, events } from './schema.ts'
import { getEvent } from './service.ts'
import { zoneCity } from './time.ts'

type EventRow = typeof events.$inferSelect

/** The organiser's public name and address on the web, for certificates and public pages. */
export async function organiserOf(db: DbOrTx, tenantId: string) {
  const [org] = await db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      city: organisations.city,
      defaultLocale: organisations.defaultLocale,
      timeZone: organisations.timeZone,
    })
    .from(organisations)
    .where(eq(organisations.id, tenantId))
  if (!org) throw notFound()
  return org
}

/**
 * What an attendance certificate states, in every language Ura speaks: the event's title, what
 * kind of event it was, when, where and who organised it. The credential keeps it (ADR 013).
 */
function attendanceAchievement(
  event: EventRow,
  organiser: Awaited<ReturnType<typeof organiserOf>>,
): AchievementInput {
  const name: LocalizedText = {}
  const description: LocalizedText = {}
  const criteria: LocalizedText = {}
  for (const locale of LOCALES) {
    const t = getT(locale)
    const title = pickText(event.title, locale).value
    const day = dateTimeFormat(locale, { dateStyle: 'long', timeZone: event.timeZone })
    const place = event.venueName
      ? [event.venueName, event.venueAddress].filter(Boolean).join(', ')
      : t('events:certificate.online')
    name[locale] = title
    description[locale] = t('events:credential.description', {
      type: t(`events:type.${event.type}`),
      title,
      details: t('events:certificate.details', {
        dates: day.formatRange(event.startsAt, event.endsAt),
        place,
        city: zoneCity(event.timeZone, locale),
        organiser: pickText(organiser.name, locale, [organiser.defaultLocale, 'en']).value,
      }),
    })
    criteria[locale] = t('events:credential.criteria')
  }
  return { name, description, criteria, alignments: [] }
}

/**
 * Issues certificates to everyone checked in who has none yet, and mails each a link to it
 * (with the feedback survey). Each certificate is a credential (kind `event`), so it is verified,
 * revoked and downloaded as an Open Badge like every other certificate. Returns how many were issued.
 */
export async function issueCertificates(ctx: Ctx, eventId: string): Promise<number> {
  authorize(ctx, 'events.manage')
  const event = await getEvent(ctx, eventId)
  const organiser = await organiserOf(ctx.db, event.tenantId)
  const achievement = attendanceAchievement(event, organiser)
  const now = ctx.now()
  const due = await ctx.db
    .select()
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.tenantId, event.tenantId),
        eq(eventRegistrations.eventId, event.id),
        isNotNull(eventRegistrations.checkedInAt),
        isNull(eventRegistrations.certificateCode),
      ),
    )
  const issued: Registration[] = []
  for (const registration of due) {
    const row = await ctx.db.transaction(async (tx) => {
      const credential = await issueRegistrationCredential(tx, registration, achievement, now)
      const [updated] = await tx
        .update(eventRegistrations)
        .set({ certificateCode: credential.code, certificateIssuedAt: credential.issuedAt })
        .where(
          and(
            eq(eventRegistrations.id, registration.id),
            isNull(eventRegistrations.certificateCode),
          ),
        )
        .returning()
      return updated
    })
    if (row) issued.push(row)
  }
  for (const r of issued) await mailParticipant(ctx, 'certificate', event, r)
  return issued.length
}

function issueRegistrationCredential(
  db: DbOrTx,
  registration: Registration,
  achievement: AchievementInput,
  issuedAt: Date,
  code?: string,
) {
  return issueCredential(db, {
    tenantId: registration.tenantId,
    kind: 'event',
    sourceId: registration.id,
    recipientUserId: null,
    recipientName: registration.name,
    recipientEmail: registration.email,
    locale: toLocale(registration.locale) ?? 'en',
    achievement,
    issuedAt,
    code,
  })
}

/**
 * The credential code behind a certificate code as printed: certificates issued before they were
 * credentials get their credential now, with the same code, so old links and QR codes still work.
 * Null when no certificate has the code.
 */
export async function certificateCredentialCode(db: DbOrTx, code: string): Promise<string | null> {
  const normal = normaliseCode(code)
  if (!normal) return null
  const credential = await findCredentialByCode(db, normal)
  if (credential) return credential.code
  const [row] = await db
    .select({ registration: eventRegistrations, event: events })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .where(eq(eventRegistrations.certificateCode, normal))
  if (!row) return null
  const organiser = await organiserOf(db, row.event.tenantId)
  const issued = await issueRegistrationCredential(
    db,
    row.registration,
    attendanceAchievement(row.event, organiser),
    row.registration.certificateIssuedAt ?? row.registration.checkedInAt ?? new Date(),
    normal,
  )
  return issued.code
}

/**
 * The attendance certificate as a PDF, in the participant's language: who, what, when, where,
 * who organised it, and a verification link with its QR code.
 */
export async function certificatePdf(
  ctx: Ctx,
  event: EventRow,
  registration: Registration,
): Promise<Buffer> {
  if (!registration.certificateCode || !registration.checkedInAt) {
    throw new AppError('INVALID_STATE', 'events:errors.noCertificate')
  }
  const locale = toLocale(registration.locale) ?? 'en'
  const t = getT(locale)
  const organiser = await organiserOf(ctx.db, event.tenantId)
  const title = pickText(event.title, locale).value
  const orgName = pickText(organiser.name, locale, [organiser.defaultLocale, 'en']).value
  const day = dateTimeFormat(locale, { dateStyle: 'long', timeZone: event.timeZone })
  const dates = day.formatRange(event.startsAt, event.endsAt)
  const place = event.venueName
    ? [event.venueName, event.venueAddress].filter(Boolean).join(', ')
    : t('events:certificate.online')
  const url = verificationUrl(ctx.env.baseUrl, locale, registration.certificateCode)
  const qr = await QRCode.toBuffer(url, { type: 'png', margin: 1, width: 240 })

  const doc = createPdf({
    lang: locale,
    title: t('events:certificate.title'),
    layout: 'landscape',
  })
  const width = doc.page.width - 100
  doc
    .font('bold')
    .fontSize(28)
    .text(t('events:certificate.title'), 50, 70, { width, align: 'center' })
  doc.moveDown(1.2)
  doc.font('body').fontSize(14).text(t('events:certificate.certifies'), { width, align: 'center' })
  doc.moveDown(0.6)
  doc.font('bold').fontSize(24).text(registration.name, { width, align: 'center' })
  doc.moveDown(0.6)
  doc
    .font('body')
    .fontSize(14)
    .text(t('events:certificate.attended', { type: t(`events:type.${event.type}`) }), {
      width,
      align: 'center',
    })
  doc.moveDown(0.4)
  doc.font('bold').fontSize(18).text(title, { width, align: 'center' })
  doc.moveDown(0.6)
  doc
    .font('body')
    .fontSize(13)
    .text(
      t('events:certificate.details', {
        dates,
        place,
        city: zoneCity(event.timeZone, locale),
        organiser: orgName,
      }),
      { width, align: 'center' },
    )
  const bottom = doc.page.height - 150
  doc.image(qr, 50, bottom, { width: 90 })
  doc
    .fontSize(10)
    .text(
      t('events:certificate.verify', { code: registration.certificateCode }),
      155,
      bottom + 10,
      {
        width: width - 110,
      },
    )
  doc.fontSize(10).text(url, 155, bottom + 40, { width: width - 110, link: url })
  return pdfToBuffer(doc)
}
