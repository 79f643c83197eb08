import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { memberships, users } from '../users/schema.ts'
import { apiTokens } from './schema.ts'
import { createApiToken, revokeApiToken } from './service.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

function api(path: string, token?: string, method = 'GET') {
  return t.app.request(path, {
    method,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })
}

/** A member of a new organisation with a fresh token. */
async function memberWithToken(role: 'staff' | 'org_admin' | 'coordinator' = 'staff') {
  const member = await t.make.member(role)
  const ctx = await t.ctxFor(member.user.id, member.tenantId)
  const created = await createApiToken(ctx, { name: 'script', expiresInDays: 30 })
  return { ...member, ctx, token: created.token, id: created.row.id }
}

async function expectUnauthenticated(res: Response) {
  expect(res.status).toBe(401)
  expect(res.headers.get('content-type')).toMatch(/application\/json/)
  const body = await res.json()
  expect(body.error.code).toBe('UNAUTHENTICATED')
  expect(body.error.message).toContain('Authorization')
}

describe('authentication of /api', () => {
  it('[API][AUTH]: no token, a malformed header or an unknown token answer 401 in JSON', async () => {
    await expectUnauthenticated(await api('/api/v1/me'))
    await expectUnauthenticated(await api('/api/v1/me', 'ura_not-a-real-token'))
    const basic = await t.app.request('/api/v1/tokens', {
      headers: { authorization: 'Basic dXNlcjpwYXNz' },
    })
    await expectUnauthenticated(basic)
  })

  it('[API][AUTH]: a session cookie does not authenticate the API', async () => {
    const { login } = await t.make.member('staff')
    const client = await t.signedIn(login)
    await expectUnauthenticated(await client.get('/api/v1/me'))
  })

  it('[API][AUTH]: a revoked token answers 401', async () => {
    const { token, ctx, id } = await memberWithToken()
    expect((await api('/api/v1/me', token)).status).toBe(200)
    await revokeApiToken(ctx, id)
    await expectUnauthenticated(await api('/api/v1/me', token))
  })

  it('[API][AUTH]: an expired token answers 401', async () => {
    const member = await t.make.member('staff')
    const ctx = await t.ctxFor(member.user.id, member.tenantId)
    const past = new Date(Date.now() - 31 * 86_400_000)
    const { token } = await createApiToken(
      { ...ctx, now: () => past },
      { name: 'old', expiresInDays: 30 },
    )
    await expectUnauthenticated(await api('/api/v1/me', token))
  })

  it('[API][AUTH]: a token stops working when its user leaves the organisation or is disabled', async () => {
    const removed = await memberWithToken()
    await t.deps.db.delete(memberships).where(eq(memberships.id, removed.membership.id))
    await expectUnauthenticated(await api('/api/v1/me', removed.token))

    const disabled = await memberWithToken()
    await t.deps.db.update(users).set({ isDisabled: true }).where(eq(users.id, disabled.user.id))
    await expectUnauthenticated(await api('/api/v1/me', disabled.token))
  })

  it('[API][AUTH]: a token of a member of two organisations acts in the one it was made for', async () => {
    const first = await memberWithToken('coordinator')
    const other = await t.make.organisation({ slug: `zz-${first.tenantId.slice(0, 8)}` })
    await t.deps.db
      .insert(memberships)
      .values({ tenantId: other.id, userId: first.user.id, role: 'staff' })
    const me = await (await api('/api/v1/me', first.token)).json()
    expect(me.organisation.id).toBe(first.tenantId)
    expect(me.role).toBe('coordinator')
  })
})

describe('GET /api/v1/me', () => {
  it('[API][ME]: describes the token’s user, organisation and role; marks the token used', async () => {
    const { token, user, tenantId, id } = await memberWithToken('org_admin')
    const res = await api('/api/v1/me', token)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({
      id: user.id,
      displayName: user.displayName,
      email: user.email,
      locale: null,
      role: 'org_admin',
      organisation: { id: tenantId },
    })
    expect(body.organisation.name).toMatch(/^School /)
    const [row] = await t.deps.db.select().from(apiTokens).where(eq(apiTokens.id, id))
    expect(row?.lastUsedAt).toBeInstanceOf(Date)
  })
})

describe('/api/v1/tokens', () => {
  it('[API][TOKENS]: lists the caller’s own tokens only, dates as ISO strings', async () => {
    const mine = await memberWithToken()
    await createApiToken(mine.ctx, { name: 'second' })
    const colleague = await t.make.member('staff', { tenantId: mine.tenantId })
    await createApiToken(await t.ctxFor(colleague.user.id, mine.tenantId), { name: 'theirs' })
    const res = await api('/api/v1/tokens', mine.token)
    expect(res.status).toBe(200)
    const { data } = await res.json()
    expect(data.map((d: { name: string }) => d.name).sort()).toEqual(['script', 'second'])
    const second = data.find((d: { name: string }) => d.name === 'second')
    expect(second.expiresAt).toBeNull()
    expect(second.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(JSON.stringify(data)).not.toContain('tokenHash')
  })

  it('[API][TOKENS]: a too-weak role gets 403', async () => {
    const { token, membership } = await memberWithToken()
    await t.deps.db
      .update(memberships)
      .set({ role: 'learner' })
      .where(eq(memberships.id, membership.id))
    expect((await api('/api/v1/me', token)).status).toBe(200)
    const res = await api('/api/v1/tokens', token)
    expect(res.status).toBe(403)
    expect((await res.json()).error.code).toBe('FORBIDDEN')
  })

  it('[API][TOKENS]: DELETE revokes one’s own token; others’ are 404', async () => {
    const mine = await memberWithToken()
    const spare = await createApiToken(mine.ctx, { name: 'spare' })
    const del = await api(`/api/v1/tokens/${spare.row.id}`, mine.token, 'DELETE')
    expect(del.status).toBe(204)
    await expectUnauthenticated(await api('/api/v1/me', spare.token))

    const colleague = await memberWithToken()
    const foreign = await api(`/api/v1/tokens/${colleague.id}`, mine.token, 'DELETE')
    expect(foreign.status).toBe(404)
    expect((await foreign.json()).error.code).toBe('NOT_FOUND')
    expect((await api('/api/v1/me', colleague.token)).status).toBe(200)
    expect((await api('/api/v1/tokens/nope', mine.token, 'DELETE')).status).toBe(404)

    // A token may revoke itself; it stops working at once.
    expect((await api(`/api/v1/tokens/${mine.id}`, mine.token, 'DELETE')).status).toBe(204)
    await expectUnauthenticated(await api('/api/v1/tokens', mine.token))
  })
})

describe('GET /api/openapi.json', () => {
  it('[API][OPENAPI]: is an OpenAPI 3.1 document with the token paths and bearer security', async () => {
    const res = await t.app.request('/api/openapi.json')
    expect(res.status).toBe(200)
    const doc = await res.json()
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) })
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' })
    expect(doc.paths['/v1/me'].get.security).toEqual([{ bearer: [] }])
    expect(doc.paths['/v1/tokens'].get.security).toEqual([{ bearer: [] }])
    const del = doc.paths['/v1/tokens/{id}'].delete
    expect(del.security).toEqual([{ bearer: [] }])
    expect(del.parameters).toEqual([
      expect.objectContaining({ name: 'id', in: 'path', required: true }),
    ])
    expect(Object.keys(del.responses).sort()).toEqual(['204', '401', '403', '404'])

    // Structural checks a validator would make: unique operationIds, resolvable $refs,
    // every path template parameter declared.
    const operationIds: string[] = []
    type Operation = {
      operationId?: string
      responses?: Record<string, unknown>
      parameters?: { in: string; name: string }[]
    }
    for (const [path, item] of Object.entries<Record<string, Operation>>(doc.paths)) {
      expect(path.startsWith('/')).toBe(true)
      for (const op of Object.values(item)) {
        if (op.operationId) operationIds.push(op.operationId)
        expect(Object.keys(op.responses ?? {}).length).toBeGreaterThan(0)
        for (const name of path.match(/\{(\w+)\}/g) ?? []) {
          const declared = (op.parameters ?? []).some(
            (p) => p.in === 'path' && `{${p.name}}` === name,
          )
          expect(declared, `${path} declares ${name}`).toBe(true)
        }
      }
    }
    expect(new Set(operationIds).size).toBe(operationIds.length)
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1]!)
    for (const ref of refs) {
      const target = ref
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc)
      expect(target, ref).toBeTruthy()
    }
    expect(doc.components.schemas.Error).toBeTruthy()
  })
})
