import { createHash } from 'node:crypto'
import { SignJWT } from 'jose'
import type { DbOrTx } from '#src/db/client.ts'
import { notFound } from '#src/lib/errors.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { keyUrl, SIGNING_ALG, signingKey } from './keys.ts'
import type { CredentialKind } from './schema.ts'
import { type Credential, verifyCredential } from './service.ts'

export const OB_CONTEXT = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
]

/** Open Badges 3.0 `achievementType` for each kind of credential Ura issues. */
const ACHIEVEMENT_TYPE: Record<CredentialKind, string> = {
  course: 'Course',
  curriculum: 'LearningProgram',
  event: 'CertificateOfCompletion',
  mobility: 'Certificate',
}

export function credentialUri(credential: Pick<Credential, 'id'>) {
  return `urn:uuid:${credential.id}`
}

export function issuerUri(tenantId: string) {
  return `urn:uuid:${tenantId}`
}

export function revocationListUrl(baseUrl: string, tenantId: string) {
  return `${baseUrl}/credentials/revocations/${tenantId}`
}

/** The recipient's name in plain text and, when known, their e-mail address hashed with a salt. */
function identifiers(credential: Credential) {
  const out: Record<string, unknown>[] = [
    {
      type: 'IdentityObject',
      identityType: 'name',
      hashed: false,
      identityHash: credential.recipientName,
    },
  ]
  if (credential.recipientEmail) {
    const salt = credential.subjectId.replaceAll('-', '')
    const hash = createHash('sha256')
      .update(credential.recipientEmail.trim().toLowerCase() + salt)
      .digest('hex')
    out.push({
      type: 'IdentityObject',
      identityType: 'emailAddress',
      hashed: true,
      identityHash: `sha256$${hash}`,
      salt,
    })
  }
  return out
}

/**
 * The OpenBadgeCredential (Open Badges 3.0 on the VC Data Model 2.0), texts in the recipient's
 * language with fallback. Open Badges takes one string per text, so the other languages stay on
 * the verification page.
 */
export function openBadgeCredential(
  credential: Credential,
  issuerName: LocalizedText,
  baseUrl: string,
) {
  const lang = credential.locale
  const text = (t: LocalizedText) => pickText(t, lang).value
  const { achievement } = credential
  const page = `${baseUrl}/${lang}/credentials/${credential.code}`
  const name = text(achievement.name)
  return {
    '@context': OB_CONTEXT,
    id: credentialUri(credential),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuerUri(credential.tenantId), type: ['Profile'], name: text(issuerName) },
    validFrom: credential.issuedAt.toISOString().replace('.000Z', 'Z'),
    name,
    description: text(achievement.description),
    credentialSubject: {
      id: `urn:uuid:${credential.subjectId}`,
      type: ['AchievementSubject'],
      identifier: identifiers(credential),
      achievement: {
        id: `${page}#achievement`,
        type: ['Achievement'],
        achievementType: ACHIEVEMENT_TYPE[credential.kind],
        name,
        description: text(achievement.description),
        criteria: { id: page, narrative: text(achievement.criteria) },
        inLanguage: lang,
        ...(achievement.alignments.length > 0 && {
          alignment: achievement.alignments.map((a) => ({
            type: ['Alignment'],
            targetName: a.targetName,
            targetUrl: a.targetUrl,
            targetFramework: a.targetFramework,
            targetCode: a.targetCode,
          })),
        }),
      },
    },
    credentialStatus: {
      id: revocationListUrl(baseUrl, credential.tenantId),
      type: '1EdTechRevocationList',
    },
  }
}

export type OpenBadge = ReturnType<typeof openBadgeCredential>

/** The decoded credential of a code, for people to read; NOT_FOUND for an unknown code. */
export async function openBadgeJson(db: DbOrTx, baseUrl: string, code: string) {
  const found = await verifyCredential(db, code)
  if (!found) throw notFound()
  return openBadgeCredential(found.credential, found.issuerName, baseUrl)
}

/**
 * The OpenBadgeCredential as a compact VC-JWT (Open Badges 3.0 §8.2): the credential is the
 * payload, with iss, jti, sub and nbf mirroring issuer.id, id, credentialSubject.id and validFrom;
 * the header names the key by a URL that serves it (and the JWKS lists it under the same kid).
 */
export async function openBadgeJwt(db: DbOrTx, baseUrl: string, code: string): Promise<string> {
  const vc = await openBadgeJson(db, baseUrl, code)
  const { kid, key } = await signingKey(db)
  return new SignJWT(vc as unknown as Record<string, unknown>)
    .setProtectedHeader({ alg: SIGNING_ALG, kid: keyUrl(baseUrl, kid), typ: 'JWT' })
    .setIssuer(vc.issuer.id)
    .setJti(vc.id)
    .setSubject(vc.credentialSubject.id)
    .setNotBefore(new Date(vc.validFrom))
    .sign(key)
}
