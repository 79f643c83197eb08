import { eq } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { countryName } from '#src/lib/countries.ts'
import { randomToken } from '#src/lib/crypto.ts'
import { AppError, forbidden } from '#src/lib/errors.ts'
import { getT, LOCALES, type Locale, toLocale } from '#src/lib/i18n.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { recordAudit } from '../../audit/index.ts'
import {
  type AchievementInput,
  type Credential,
  credentialBySource,
  issueCredential,
} from '../../credentials/index.ts'
import { loadMobility, requireCapability } from '../access.ts'
import { mobilities, mobilityCertificates } from '../schema.ts'
import { achievedUnits } from './after.ts'
import { dateRange, type MobilityNames, mobilityNames, orgLabel } from './names.ts'

/** The participant's language: their own setting, else their school's, else English. */
export function participantLocale(names: MobilityNames): Locale {
  return toLocale(names.participant.locale) ?? toLocale(names.sending.defaultLocale) ?? 'en'
}

type Mobility = typeof mobilities.$inferSelect
type Certificate = typeof mobilityCertificates.$inferSelect

/**
 * What the certificate states, in every language Ura speaks: the activity, where and when, and
 * the learning outcomes achieved (in the words of the agreement). The credential keeps it.
 */
function mobilityAchievement(m: Mobility, names: MobilityNames, units: string[]): AchievementInput {
  const name: LocalizedText = {}
  const description: LocalizedText = {}
  const criteria: LocalizedText = {}
  for (const locale of LOCALES) {
    const t = getT(locale)
    const receiving = orgLabel(names.receiving, m.receivingOrganisationName, locale)
    const country = m.receivingCountry ? countryName(m.receivingCountry, locale) : ''
    name[locale] = t('mobility:credential.name', {
      activity: t(`grants:activity.${m.activityType}`),
      place: country ? `${receiving}, ${country}` : receiving,
    })
    description[locale] = t('mobility:credential.description', {
      sending: orgLabel(names.sending, null, locale),
      receiving,
      dates: dateRange(locale, m.startDate, m.endDate),
    })
    criteria[locale] = units.length
      ? t('mobility:credential.criteria', { outcomes: units.join('; ') })
      : t('mobility:credential.criteriaNone')
  }
  return { name, description, criteria, alignments: [] }
}

async function issueMobilityCredential(
  db: DbOrTx,
  facts: CertificateFacts,
  certificate: Certificate,
): Promise<Credential> {
  const { mobility, names, units } = facts
  return issueCredential(db, {
    tenantId: mobility.tenantId,
    kind: 'mobility',
    sourceId: mobility.id,
    recipientUserId: mobility.participantUserId,
    recipientName: names.participant.displayName,
    recipientEmail: names.participant.email,
    locale: certificate.language,
    achievement: mobilityAchievement(mobility, names, units),
    issuedAt: certificate.issuedAt,
  })
}

/**
 * The credential of an issued certificate (ADR 013). Certificates issued before they were
 * credentials get theirs on first use, so their old verification links keep working.
 */
async function certificateCredential(ctx: Ctx, mobility: Mobility, certificate: Certificate) {
  const found = await credentialBySource(ctx.db, 'mobility', mobility.id)
  return (
    found ?? issueMobilityCredential(ctx.db, await certificateFacts(ctx, mobility), certificate)
  )
}

/** The certificate of a mobility and its credential, if issued. */
export async function getCertificate(ctx: Ctx, mobilityId: string) {
  const access = await loadMobility(ctx, mobilityId)
  requireCapability(access, 'viewCertificate')
  const [certificate] = await ctx.db
    .select()
    .from(mobilityCertificates)
    .where(eq(mobilityCertificates.mobilityId, mobilityId))
  const credential = certificate
    ? await certificateCredential(ctx, access.mobility, certificate)
    : null
  return { access, certificate: certificate ?? null, credential }
}

/** Issues the certificate of a completed mobility, with a random token for public verification. */
export async function issueCertificate(ctx: Ctx, mobilityId: string) {
  const { mobility, relation, actor } = await loadMobility(ctx, mobilityId)
  if (relation !== 'sending') throw forbidden()
  if (mobility.status !== 'completed') {
    throw new AppError('INVALID_STATE', 'mobility:errors.notCompleted')
  }
  const facts = await certificateFacts(ctx, mobility)
  const names = facts.names
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(mobilityCertificates)
      .values({
        tenantId: mobility.tenantId,
        mobilityId,
        token: randomToken(18),
        issuedAt: ctx.now(),
        issuedBy: actor.userId,
        language: participantLocale(names),
      })
      .onConflictDoNothing()
      .returning()
    if (!row) throw new AppError('INVALID_STATE', 'mobility:errors.certificateIssued')
    await issueMobilityCredential(tx, facts, row)
    await recordAudit(
      ctx,
      {
        tenantId: mobility.tenantId,
        action: 'mobility.certificate_issued',
        entityType: 'mobility',
        entityId: mobilityId,
      },
      tx,
    )
    return row
  })
}

/** What a certificate states; the same facts for the PDF and the public verification page. */
export async function certificateFacts(ctx: Ctx, mobility: typeof mobilities.$inferSelect) {
  const names = await mobilityNames(ctx, mobility)
  return { mobility, names, units: await achievedUnits(ctx, mobility) }
}
export type CertificateFacts = Awaited<ReturnType<typeof certificateFacts>>

/**
 * The credential code behind a certificate's old verification token (links and QR codes printed
 * before certificates were credentials), for anyone holding it; null when no certificate has it.
 */
export async function credentialCodeForToken(ctx: Ctx, token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{10,64}$/.test(token)) return null
  const [row] = await ctx.db
    .select({ certificate: mobilityCertificates, mobility: mobilities })
    .from(mobilityCertificates)
    .innerJoin(mobilities, eq(mobilities.id, mobilityCertificates.mobilityId))
    .where(eq(mobilityCertificates.token, token))
  if (!row) return null
  return (await certificateCredential(ctx, row.mobility, row.certificate)).code
}
