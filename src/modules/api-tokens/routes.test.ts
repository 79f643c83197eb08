import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { sha256 } from '../../lib/crypto.ts'
import { auditLog } from '../audit/schema.ts'
import { apiTokens } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

const TOKEN_IN_HTML = /value="(ura_[A-Za-z0-9_-]{43})"/

async function createThroughPage(login: string, name = 'Timetable sync', expiresInDays = '90') {
  const client = await t.signedIn(login)
  const res = await client.post('/app/tokens', { name, expiresInDays })
  expect(res.status).toBe(200)
  const html = await res.text()
  const token = html.match(TOKEN_IN_HTML)?.[1]
  expect(token).toBeTruthy()
  return { client, token: token!, res, html }
}

function api(path: string, token?: string, method = 'GET') {
  return t.app.request(path, {
    method,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })
}

describe('/app/tokens', () => {
  it('[TOKENS][ANONYMOUS]: the page and its forms send a visitor to sign in', async () => {
    const res = await t.anonymous().get('/app/tokens')
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/signin?next=%2Fapp%2Ftokens')
    const post = await t.anonymous().post('/app/tokens', { name: 'x', expiresInDays: '30' })
    expect(post.status).toBe(302)
  })

  it('[TOKENS][ROLE]: learners and guardians may not have tokens (403)', async () => {
    for (const role of ['learner', 'guardian'] as const) {
      const { login } = await t.make.member(role)
      const client = await t.signedIn(login)
      expect((await client.get('/app/tokens')).status).toBe(403)
      expect((await client.post('/app/tokens', { name: 'x', expiresInDays: '30' })).status).toBe(
        403,
      )
    }
  })

  it('[TOKENS][CREATE]: a staff member creates a token, sees it once, and only its hash is kept', async () => {
    const { login, user, tenantId } = await t.make.member('staff')
    const empty = await (await t.signedIn(login)).get('/app/tokens')
    expect(empty.status).toBe(200)
    expect(await textOf(empty)).toContain('You have no API tokens here yet')

    const { client, token, res, html } = await createThroughPage(login)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(html).toContain('Copy the token now')
    const [row] = await t.deps.db.select().from(apiTokens).where(eq(apiTokens.userId, user.id))
    expect(row).toMatchObject({
      tenantId,
      name: 'Timetable sync',
      prefix: token.slice(4, 12),
      tokenHash: sha256(token),
    })
    const days = (row!.expiresAt!.getTime() - row!.createdAt.getTime()) / 86_400_000
    expect(Math.round(days)).toBe(90)

    const list = await client.get('/app/tokens')
    const listHtml = await list.text()
    expect(listHtml).toContain('Timetable sync')
    expect(listHtml).toContain(`ura_${row!.prefix}…`)
    expect(listHtml).not.toContain(token)

    const me = await api('/api/v1/me', token)
    expect(me.status).toBe(200)
    expect((await me.json()).id).toBe(user.id)

    const [audit] = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, row!.id), eq(auditLog.action, 'token.created')))
    expect(audit).toMatchObject({ tenantId, actorUserId: user.id })
  })

  it('[TOKENS][CREATE]: "until I revoke it" makes a token without expiry', async () => {
    const { login, user } = await t.make.member('coordinator')
    await createThroughPage(login, 'Forever', 'never')
    const [row] = await t.deps.db.select().from(apiTokens).where(eq(apiTokens.userId, user.id))
    expect(row?.expiresAt).toBeNull()
  })

  it('[TOKENS][INVALID]: bad input re-renders the form with what was typed, 422', async () => {
    const { login, user } = await t.make.member('partner_contact')
    const client = await t.signedIn(login)
    const long = 'A name far too long '.repeat(6)
    const res = await client.post('/app/tokens', { name: long, expiresInDays: '365' })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('There is 1 problem with what you entered')
    expect(html).toContain(`value="${long}"`)
    expect(html).toMatch(/<option value="365" selected/)

    const bad = await client.post('/app/tokens', { name: 'Sync', expiresInDays: '7' })
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('value="Sync"')
    const empty = await client.post('/app/tokens', { name: '   ', expiresInDays: '30' })
    expect(empty.status).toBe(422)
    expect(await textOf(empty)).toContain('Fill this in.')
    const rows = await t.deps.db.select().from(apiTokens).where(eq(apiTokens.userId, user.id))
    expect(rows).toHaveLength(0)
  })

  it('[TOKENS][REVOKE]: revoking stops the token working and is audited', async () => {
    const { login, user } = await t.make.member('staff')
    const { client, token } = await createThroughPage(login)
    const [row] = await t.deps.db.select().from(apiTokens).where(eq(apiTokens.userId, user.id))
    const res = await client.post(`/app/tokens/${row!.id}/revoke`)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/app/tokens?notice=tokens:notices.revoked')
    const page = await textOf(await client.get(res.headers.get('location')!))
    expect(page).toContain('The token is revoked.')
    expect(page).toContain('revoked')
    expect((await api('/api/v1/me', token)).status).toBe(401)
    const audits = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, row!.id), eq(auditLog.action, 'token.revoked')))
    expect(audits).toHaveLength(1)
    // Revoking again changes nothing and records nothing.
    expect((await client.post(`/app/tokens/${row!.id}/revoke`)).status).toBe(303)
    const again = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, row!.id), eq(auditLog.action, 'token.revoked')))
    expect(again).toHaveLength(1)
  })

  it('[TOKENS][TENANCY]: someone else’s token, here or in another organisation, is not found', async () => {
    const owner = await t.make.member('staff')
    const { token } = await createThroughPage(owner.login, 'Owner’s token')
    const [row] = await t.deps.db
      .select()
      .from(apiTokens)
      .where(eq(apiTokens.userId, owner.user.id))

    const colleague = await t.make.member('org_admin', { tenantId: owner.tenantId })
    const colleagueClient = await t.signedIn(colleague.login)
    expect((await colleagueClient.post(`/app/tokens/${row!.id}/revoke`)).status).toBe(404)
    expect(await textOf(await colleagueClient.get('/app/tokens'))).not.toContain('Owner’s token')

    const stranger = await t.make.member('org_admin')
    const strangerClient = await t.signedIn(stranger.login)
    expect((await strangerClient.post(`/app/tokens/${row!.id}/revoke`)).status).toBe(404)
    expect((await strangerClient.post('/app/tokens/not-a-uuid/revoke')).status).toBe(404)

    expect((await api('/api/v1/me', token)).status).toBe(200)
  })

  it('[TOKENS][ROLE]: a learner cannot revoke (403)', async () => {
    const { login } = await t.make.member('learner')
    const client = await t.signedIn(login)
    const res = await client.post('/app/tokens/00000000-0000-4000-8000-000000000000/revoke')
    expect(res.status).toBe(403)
  })

  it('[TOKENS][I18N]: the page is translated', async () => {
    const { login } = await t.make.member('staff', { locale: 'mk' })
    const client = await t.signedIn(login)
    const html = await textOf(await client.get('/app/tokens'))
    expect(html).toContain('Создајте токен')
  })
})
