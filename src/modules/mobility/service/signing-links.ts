import { and, eq, isNull } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { randomToken, sha256 } from '#src/lib/crypto.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { getT, type Locale, toLocale } from '#src/lib/i18n.ts'
import { queueMail } from '../../mail/index.ts'
import { users } from '../../users/index.ts'
import {
  laSignatures,
  laSigningRequests,
  learningAgreements,
  mobilities,
  type SignerRole,
} from '../schema.ts'
import { requiredRoles } from './agreement-content.ts'
import { mobilityNames } from './names.ts'
import { recordSignature } from './signatures.ts'

/** How long a signing link works. */
export const SIGNING_LINK_DAYS = 30

type MobilityRow = typeof mobilities.$inferSelect
type AgreementRow = typeof learningAgreements.$inferSelect

/** E-mails one signing link per external signer, in the language of their organisation. */
export async function sendSigningLinks(
  ctx: Ctx,
  mobility: MobilityRow,
  agreement: AgreementRow,
  links: { role: SignerRole; email: string }[],
) {
  if (links.length === 0) return
  const names = await mobilityNames(ctx, mobility)
  const expiresAt = new Date(ctx.now().getTime() + SIGNING_LINK_DAYS * 86_400_000)
  for (const link of links) {
    const token = randomToken()
    await ctx.db.insert(laSigningRequests).values({
      tenantId: mobility.tenantId,
      agreementId: agreement.id,
      role: link.role,
      email: link.email,
      tokenHash: sha256(token),
      expiresAt,
    })
    const org = link.role === 'host' ? names.host : names.receiving
    const locale: Locale = toLocale(org?.defaultLocale) ?? 'en'
    const t = getT(locale)
    const url = `${ctx.env.baseUrl}/${locale}/agreement/sign/${token}`
    await queueMail(ctx, {
      tenantId: mobility.tenantId,
      to: link.email,
      locale,
      subject: t('mobility:mail.signSubject', { name: names.participant.displayName }),
      text: t('mobility:mail.signText', {
        name: names.participant.displayName,
        version: agreement.version,
        url,
        days: SIGNING_LINK_DAYS,
      }),
    })
  }
}

async function findRequest(ctx: Ctx, token: string) {
  const [row] = await ctx.db
    .select({ request: laSigningRequests, agreement: learningAgreements, mobility: mobilities })
    .from(laSigningRequests)
    .innerJoin(learningAgreements, eq(learningAgreements.id, laSigningRequests.agreementId))
    .innerJoin(mobilities, eq(mobilities.id, learningAgreements.mobilityId))
    .where(eq(laSigningRequests.tokenHash, sha256(token)))
  if (!row) throw notFound()
  return row
}

export type SigningLinkState = 'open' | 'signed' | 'expired' | 'replaced'

/** What the public signing page shows for a link: the agreement version and the link's state. */
export async function getSigningLink(ctx: Ctx, token: string) {
  const { request, agreement, mobility } = await findRequest(ctx, token)
  const names = await mobilityNames(ctx, mobility)
  const [existing] = await ctx.db
    .select()
    .from(laSignatures)
    .where(and(eq(laSignatures.agreementId, agreement.id), eq(laSignatures.role, request.role)))
  const state: SigningLinkState =
    request.usedAt || existing
      ? 'signed'
      : agreement.status !== 'signing'
        ? 'replaced'
        : request.expiresAt < ctx.now()
          ? 'expired'
          : 'open'
  return { request, agreement, mobility, names, state, signature: existing ?? null }
}
export type SigningLink = Awaited<ReturnType<typeof getSigningLink>>

/** Signs through a link: the typed name, the hash shown, and the link's role are recorded. */
export async function signByLink(
  ctx: Ctx,
  token: string,
  input: { contentHash: string; signerName: string },
  ip: string | null,
) {
  const link = await getSigningLink(ctx, token)
  if (link.state !== 'open')
    throw new AppError('INVALID_STATE', `mobility:sign.state.${link.state}`)
  const [person] = await ctx.db
    .select({ dateOfBirth: users.dateOfBirth })
    .from(users)
    .where(eq(users.id, link.mobility.participantUserId))
  return recordSignature(
    ctx,
    {
      mobilityId: link.mobility.id,
      tenantId: link.mobility.tenantId,
      role: link.request.role,
      roles: requiredRoles(link.mobility, person?.dateOfBirth ?? null),
      contentHash: input.contentHash,
      signerUserId: null,
      signerName: input.signerName,
      ip,
    },
    async (tx) => {
      await tx
        .update(laSigningRequests)
        .set({ usedAt: ctx.now() })
        .where(and(eq(laSigningRequests.id, link.request.id), isNull(laSigningRequests.usedAt)))
    },
  )
}
