import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { systemCtx } from '../../lib/context.ts'
import { memberships } from '../users/schema.ts'
import {
  createApiToken,
  createApiTokenForUser,
  listApiTokens,
  revokeApiToken,
  tokenStatus,
} from './service.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

describe('api token service', () => {
  it('[TOKENS][FORMAT]: ura_ + 43 URL-safe characters; the prefix is the 8 after ura_', async () => {
    const { user, tenantId } = await t.make.member('staff')
    const { token, row } = await createApiToken(await t.ctxFor(user.id, tenantId), { name: 'x' })
    expect(token).toMatch(/^ura_[A-Za-z0-9_-]{43}$/)
    expect(row.prefix).toBe(token.slice(4, 12))
    expect(row.expiresAt).toBeNull()
  })

  it('[TOKENS][TENANCY]: a person in two organisations sees and revokes only the active one’s tokens', async () => {
    const { user, tenantId } = await t.make.member('coordinator')
    const other = await t.make.organisation()
    await t.deps.db
      .insert(memberships)
      .values({ tenantId: other.id, userId: user.id, role: 'staff' })
    const inFirst = await t.ctxFor(user.id, tenantId)
    const inOther = await t.ctxFor(user.id, other.id)
    const made = await createApiToken(inFirst, { name: 'first org', expiresInDays: 30 })
    expect((await listApiTokens(inFirst)).map((x) => x.name)).toEqual(['first org'])
    expect(await listApiTokens(inOther)).toEqual([])
    await expect(revokeApiToken(inOther, made.row.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(tokenStatus((await listApiTokens(inFirst))[0]!, new Date())).toBe('active')
  })

  it('[TOKENS][CLI]: the operator variant refuses someone who is not a member', async () => {
    const { user } = await t.make.member('staff')
    const elsewhere = await t.make.organisation()
    await expect(
      createApiTokenForUser(systemCtx(t.deps), {
        userId: user.id,
        tenantId: elsewhere.id,
        name: 'cli',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE', messageKey: 'tokens:errors.notMember' })
  })

  it('[TOKENS][STATUS]: revoked wins over expired; expiry is exclusive of the moment', () => {
    const base = {
      id: 'x',
      name: 'n',
      prefix: 'p',
      createdAt: new Date(0),
      lastUsedAt: null,
      revokedAt: null,
    }
    const at = new Date('2026-01-01T00:00:00Z')
    expect(tokenStatus({ ...base, expiresAt: at }, at)).toBe('expired')
    expect(tokenStatus({ ...base, expiresAt: at }, new Date(at.getTime() - 1))).toBe('active')
    expect(tokenStatus({ ...base, expiresAt: at, revokedAt: at }, new Date(0))).toBe('revoked')
  })
})
