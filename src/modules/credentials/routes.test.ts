import { eq, isNull } from 'drizzle-orm'
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { createApiTokenForUser } from '../api-tokens/index.ts'
import { credentialKeys } from './schema.ts'
import { issueTestCredential } from './test-support.ts'

// biome-ignore lint/suspicious/noExplicitAny: a decoded credential, read field by field by the tests
type Vc = Record<string, any>

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

async function jwks() {
  const res = await t.app.request('/.well-known/jwks.json')
  expect(res.status).toBe(200)
  return createLocalJWKSet(await res.json())
}

async function badge(code: string) {
  const res = await t.app.request(`/credentials/${code}/badge.jwt`)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('application/vc+jwt')
  return res.text()
}

describe('the verification page', () => {
  it('[CREDENTIALS][VERIFY]: valid, in the reader’s language with hreflang; then revoked with date and reason', async () => {
    const { login, tenantId } = await t.make.member('coordinator')
    const credential = await issueTestCredential(t.deps.db, tenantId)
    const url = `/sq/credentials/${credential.code}`
    const page = await t.anonymous().get(url)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('lang="sq"')
    expect(html).toContain(`hreflang="mk" href="http://ura.test/mk/credentials/${credential.code}"`)
    const text = await textOf(new Response(html))
    expect(text).toContain('E vlefshme.')
    expect(text).toContain('Ана Петровска')
    expect(text).toContain('Bazat e saldimit')
    // No Albanian description: English, marked as English.
    expect(html).toContain('<span lang="en">Safe MIG welding of thin sheet.</span>')
    expect(text).toContain('Passed the practical test and the safety quiz.')
    expect(text).toContain('weld metal pieces')
    expect(html).toContain(`href="/sq/credentials/${credential.code}/certificate.pdf"`)
    expect(html).toContain(`href="/credentials/${credential.code}/badge.jwt"`)
    expect(page.headers.get('x-robots-tag')).toBe('noindex')

    const client = await t.signedIn(login)
    const form = await client.get(`/app/credentials/${credential.id}/revoke`)
    expect(form.status).toBe(200)
    const empty = await client.post(`/app/credentials/${credential.id}/revoke`, { reason: ' ' })
    expect(empty.status).toBe(422)
    expect(await textOf(empty)).toContain('Give the reason for revoking it.')
    const done = await client.post(`/app/credentials/${credential.id}/revoke`, {
      reason: 'Issued by mistake',
    })
    expect(done.status).toBe(303)
    expect(done.headers.get('location')).toBe(`/en/credentials/${credential.code}`)

    const after = await textOf(await t.anonymous().get(url))
    expect(after).toContain('E revokuar.')
    expect(after).toContain('Arsyeja: Issued by mistake')
    expect(after).toMatch(/revokoi këtë certifikatë më \d/)
  })

  it('[CREDENTIALS][VERIFY]: an unknown code answers a translated 404; a code is read in any case', async () => {
    const res = await t.anonymous().get('/mk/credentials/AAAAA-AAAAA')
    expect(res.status).toBe(404)
    expect(await textOf(res)).toContain('Ниту еден сертификат нема ваков код.')
    const org = await t.make.organisation()
    const credential = await issueTestCredential(t.deps.db, org.id)
    const typed = credential.code.toLowerCase().replace('-', '')
    expect((await t.anonymous().get(`/en/credentials/${typed}`)).status).toBe(200)
  })

  it('[CREDENTIALS][PDF]: the certificate downloads as a PDF', async () => {
    const org = await t.make.organisation()
    const credential = await issueTestCredential(t.deps.db, org.id)
    const res = await t.anonymous().get(`/sr-Latn/credentials/${credential.code}/certificate.pdf`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    const bytes = Buffer.from(await res.arrayBuffer())
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
  })
})

describe('revoking in the app', () => {
  it('[CREDENTIALS][ACCESS]: anonymous visitors are sent to sign in', async () => {
    const org = await t.make.organisation()
    const credential = await issueTestCredential(t.deps.db, org.id)
    const res = await t.anonymous().get(`/app/credentials/${credential.id}/revoke`)
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe(
      `/signin?next=${encodeURIComponent(`/app/credentials/${credential.id}/revoke`)}`,
    )
  })

  it('[CREDENTIALS][ACCESS]: staff get 403; another organisation’s administrator 404, nothing changes', async () => {
    const staff = await t.make.member('staff')
    const other = await t.make.member('org_admin')
    const credential = await issueTestCredential(t.deps.db, staff.tenantId)
    const weak = await t.signedIn(staff.login)
    expect((await weak.get(`/app/credentials/${credential.id}/revoke`)).status).toBe(403)
    expect(
      (await weak.post(`/app/credentials/${credential.id}/revoke`, { reason: 'x' })).status,
    ).toBe(403)
    const foreign = await t.signedIn(other.login)
    expect((await foreign.get(`/app/credentials/${credential.id}/revoke`)).status).toBe(404)
    expect(
      (await foreign.post(`/app/credentials/${credential.id}/revoke`, { reason: 'x' })).status,
    ).toBe(404)
    expect(await textOf(await t.anonymous().get(`/en/credentials/${credential.code}`))).toContain(
      'Valid.',
    )
  })
})

describe('the Open Badge', () => {
  it('[CREDENTIALS][OB3]: verified by jose against the published JWKS, with the Open Badges 3.0 fields', async () => {
    const org = await t.make.organisation({ name: { en: 'VET School', mk: 'Стручно училиште' } })
    const credential = await issueTestCredential(t.deps.db, org.id)
    const jwt = await badge(credential.code)
    const header = decodeProtectedHeader(jwt)
    expect(Object.keys(header).sort()).toEqual(['alg', 'kid', 'typ'])
    expect(header).toMatchObject({ alg: 'ES256', typ: 'JWT' })
    expect(header.kid).toMatch(/^http:\/\/ura\.test\/credentials\/keys\//)

    const { payload } = await jwtVerify(jwt, await jwks(), { typ: 'JWT' })
    const vc = payload as Vc
    expect(vc['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ])
    expect(vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential'])
    expect(vc.id).toBe(`urn:uuid:${credential.id}`)
    expect(payload.jti).toBe(vc.id)
    expect(vc.issuer).toEqual({
      id: `urn:uuid:${org.id}`,
      type: ['Profile'],
      name: 'Стручно училиште',
    })
    expect(payload.iss).toBe(vc.issuer.id)
    expect(vc.validFrom).toBe('2026-11-20T10:15:30Z')
    expect(payload.nbf).toBe(Date.parse(vc.validFrom) / 1000)
    expect(payload.sub).toBe(vc.credentialSubject.id)
    expect(vc.credentialSubject.type).toEqual(['AchievementSubject'])
    expect(vc.credentialSubject.identifier[0]).toMatchObject({
      identityType: 'name',
      identityHash: 'Ана Петровска',
    })
    expect(vc.credentialSubject.identifier[1].identityHash).toMatch(/^sha256\$[0-9a-f]{64}$/)
    const achievement = vc.credentialSubject.achievement
    expect(achievement).toMatchObject({
      type: ['Achievement'],
      name: 'Основи на заварување',
      description: 'Безбедно MIG заварување на тенок лим.',
      criteria: { narrative: 'Passed the practical test and the safety quiz.' },
      inLanguage: 'mk',
    })
    expect(achievement.alignment).toEqual([
      {
        type: ['Alignment'],
        targetName: 'weld metal pieces',
        targetUrl: 'http://data.europa.eu/esco/skill/8a4ceae4-ebd0-4bd3-9a6b-37a1b8ba1fa2',
        targetFramework: 'ESCO',
        targetCode: '8a4ceae4-ebd0-4bd3-9a6b-37a1b8ba1fa2',
      },
    ])
    expect(vc.credentialStatus.type).toBe('1EdTechRevocationList')

    // The kid is an address that answers the public key itself, without its private part.
    const key = await t.app.request(new URL(header.kid!).pathname)
    expect(key.status).toBe(200)
    const jwk = await key.json()
    expect(jwk).toMatchObject({ kty: 'EC', crv: 'P-256', kid: header.kid })
    expect(jwk.d).toBeUndefined()

    // The readable copy is the same credential.
    const json = await t.app.request(`/credentials/${credential.code}/badge.json`)
    const { iss, jti, sub, nbf, ...rest } = payload
    expect(await json.json()).toEqual(rest)
  })

  it('[CREDENTIALS][OB3]: a tampered badge fails verification', async () => {
    const org = await t.make.organisation()
    const credential = await issueTestCredential(t.deps.db, org.id)
    const [head, body, sig] = (await badge(credential.code)).split('.')
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString())
    claims.credentialSubject.achievement.name = 'Master welder'
    const forged = `${head}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${sig}`
    await expect(jwtVerify(forged, await jwks())).rejects.toThrow(/signature/i)
  })

  it('[CREDENTIALS][KEYS]: after a key is retired, old badges still verify and new ones use the new key', async () => {
    const org = await t.make.organisation()
    const credential = await issueTestCredential(t.deps.db, org.id)
    const old = await badge(credential.code)
    await t.deps.db
      .update(credentialKeys)
      .set({ retiredAt: new Date() })
      .where(isNull(credentialKeys.retiredAt))
    const fresh = await badge(credential.code)
    expect(decodeProtectedHeader(fresh).kid).not.toBe(decodeProtectedHeader(old).kid)
    const set = await jwks()
    await expect(jwtVerify(old, set)).resolves.toBeTruthy()
    await expect(jwtVerify(fresh, set)).resolves.toBeTruthy()
    const current = await t.deps.db
      .select()
      .from(credentialKeys)
      .where(isNull(credentialKeys.retiredAt))
    expect(current).toHaveLength(1)
  })

  it('[CREDENTIALS][STATUS]: the revocation list names a revoked badge', async () => {
    const { user, tenantId } = await t.make.member('org_admin')
    const credential = await issueTestCredential(t.deps.db, tenantId)
    const { payload } = await jwtVerify(await badge(credential.code), await jwks())
    const statusUrl = new URL((payload as Vc).credentialStatus.id).pathname
    expect((await (await t.app.request(statusUrl)).json()).revokedCredentials).toEqual([])
    const ctx = { ...t.deps, actor: null, requestId: 'test' }
    const { token } = await createApiTokenForUser(ctx, { name: 'api', userId: user.id, tenantId })
    const res = await t.app.request(`/api/v1/credentials/${credential.id}/revoke`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'Exam irregularity' }),
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      status: 'revoked',
      revokedReason: 'Exam irregularity',
    })
    const list = await (await t.app.request(statusUrl)).json()
    expect(list.revokedCredentials).toEqual([
      expect.objectContaining({
        id: payload.jti,
        revoked: true,
        revocationReason: 'Exam irregularity',
      }),
    ])
  })
})

describe('/api/v1/credentials', () => {
  it('[CREDENTIALS][API]: anyone checks a code; revoking needs a token, the role and the organisation', async () => {
    const org = await t.make.organisation()
    const credential = await issueTestCredential(t.deps.db, org.id)
    const res = await t.app.request(`/api/v1/credentials/${credential.code}`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      code: credential.code,
      status: 'valid',
      recipientName: 'Ана Петровска',
      issuer: { id: org.id },
      links: { openBadge: `http://ura.test/credentials/${credential.code}/badge.jwt` },
    })
    expect((await t.app.request('/api/v1/credentials/AAAAA-AAAAA')).status).toBe(404)

    const call = async (userId: string | null, tenantId: string, body: unknown) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' }
      if (userId) {
        const ctx = { ...t.deps, actor: null, requestId: 'test' }
        const { token } = await createApiTokenForUser(ctx, { name: 'api', userId, tenantId })
        headers.authorization = `Bearer ${token}`
      }
      return t.app.request(`/api/v1/credentials/${credential.id}/revoke`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      })
    }
    expect((await call(null, org.id, { reason: 'x' })).status).toBe(401)
    const staff = await t.make.member('staff', { tenantId: org.id })
    expect((await call(staff.user.id, org.id, { reason: 'x' })).status).toBe(403)
    const other = await t.make.member('coordinator')
    expect((await call(other.user.id, other.tenantId, { reason: 'x' })).status).toBe(404)
    const coordinator = await t.make.member('coordinator', { tenantId: org.id })
    expect((await call(coordinator.user.id, org.id, { reason: '' })).status).toBe(400)
    expect((await call(coordinator.user.id, org.id, { reason: 'Duplicate' })).status).toBe(200)
    expect((await call(coordinator.user.id, org.id, { reason: 'Again' })).status).toBe(409)
    const [row] = await t.deps.db
      .select()
      .from(credentialKeys)
      .where(eq(credentialKeys.alg, 'ES256'))
    expect(row).toBeDefined()
  })
})
