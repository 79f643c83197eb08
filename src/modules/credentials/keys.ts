import { randomBytes } from 'node:crypto'
import { desc, eq, isNull } from 'drizzle-orm'
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose'
import type { DbOrTx } from '#src/db/client.ts'
import { credentialKeys } from './schema.ts'

/** ES256 (P-256): in every JOSE library and WebCrypto; the Open Badges minimum is RS256 (ADR 013). */
export const SIGNING_ALG = 'ES256'

type KeyRow = typeof credentialKeys.$inferSelect
export type SigningKey = { kid: string; key: CryptoKey }

/** The address a badge's `kid` names: it answers the public JWK itself (Open Badges 3.0 §8.2). */
export function keyUrl(baseUrl: string, kid: string) {
  return `${baseUrl}/credentials/keys/${kid}`
}

async function currentKey(db: DbOrTx): Promise<KeyRow | undefined> {
  const [row] = await db
    .select()
    .from(credentialKeys)
    .where(isNull(credentialKeys.retiredAt))
    .orderBy(desc(credentialKeys.createdAt))
    .limit(1)
  return row
}

const imported = new Map<string, Promise<CryptoKey>>()

/**
 * The current signing key, made on first use. Two processes making it at once both insert; the
 * unique index on the one current key keeps the first, and both sign with it.
 */
export async function signingKey(db: DbOrTx): Promise<SigningKey> {
  let row = await currentKey(db)
  if (!row) {
    const pair = await generateKeyPair(SIGNING_ALG, { extractable: true })
    const kid = randomBytes(12).toString('base64url')
    const publicJwk = { ...(await exportJWK(pair.publicKey)), alg: SIGNING_ALG, use: 'sig' }
    const privateJwk = { ...(await exportJWK(pair.privateKey)), alg: SIGNING_ALG }
    await db
      .insert(credentialKeys)
      .values({ kid, alg: SIGNING_ALG, publicJwk, privateJwk })
      .onConflictDoNothing()
    row = await currentKey(db)
    if (!row) throw new Error('no current credential key after creating one')
  }
  const { kid, privateJwk, alg } = row
  let key = imported.get(kid)
  if (!key) {
    key = importJWK(privateJwk as JWK, alg) as Promise<CryptoKey>
    imported.set(kid, key)
  }
  return { kid, key: await key }
}

/** Every public key, current and retired, with its `kid` as the address that serves it. */
export async function publicJwks(db: DbOrTx, baseUrl: string): Promise<{ keys: JWK[] }> {
  const rows = await db.select().from(credentialKeys).orderBy(desc(credentialKeys.createdAt))
  return { keys: rows.map((r) => publicJwkOf(r, baseUrl)) }
}

/** One public key by its short id, or null. */
export async function findPublicJwk(db: DbOrTx, baseUrl: string, kid: string) {
  const [row] = await db.select().from(credentialKeys).where(eq(credentialKeys.kid, kid))
  return row ? publicJwkOf(row, baseUrl) : null
}

function publicJwkOf(row: KeyRow, baseUrl: string): JWK {
  // Only the public members: a JWK published here never carries "d".
  const { kty, crv, x, y } = row.publicJwk as JWK
  return { kty, crv, x, y, alg: row.alg, use: 'sig', kid: keyUrl(baseUrl, row.kid) } as JWK
}
