import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../tests/setup/app.ts'
import { createApiToken } from '../modules/api-tokens/index.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

describe('the HTTP edge', () => {
  it('[OPS]: /health is alive and /ready checks the database', async () => {
    expect(await (await t.app.request('/health')).json()).toEqual({ status: 'ok' })
    const ready = await t.app.request('/ready')
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: 'ready' })
  })

  it('[SECURITY]: pages carry a strict Content-Security-Policy and other security headers', async () => {
    const res = await t.app.request('/signin')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-request-id')).toBeTruthy()
  })

  it('[I18N]: the locale comes from Accept-Language for a visitor, and the page says so', async () => {
    const res = await t.app.request('/signin', { headers: { 'accept-language': 'mk-MK,mk;q=0.9' } })
    expect(await res.text()).toContain('<html lang="mk"')
    const bs = await t.app.request('/signin', { headers: { 'accept-language': 'bs-BA' } })
    expect(await bs.text()).toContain('<html lang="sr-Latn"')
  })

  it('[I18N]: a person’s own language wins over the browser’s', async () => {
    const { login } = await t.make.member('staff')
    const client = await t.signedIn(login)
    await client.get('/locale/sq?next=/app')
    const res = await client.get('/app', { 'accept-language': 'mk' })
    expect(await res.text()).toContain('<html lang="sq"')
  })

  it('[I18N]: the organisation’s default language applies when the person has none', async () => {
    const org = await t.make.organisation({ defaultLocale: 'mk' })
    const { login } = await t.make.member('staff', { tenantId: org.id })
    const client = await t.signedIn(login)
    const res = await client.get('/app', { 'accept-language': 'en' })
    expect(await res.text()).toContain('<html lang="mk"')
  })

  it('[SEO]: public pages list hreflang alternates and appear in the sitemap', async () => {
    const page = await (await t.app.request('/sq/')).text()
    expect(page).toContain('<html lang="sq"')
    expect(page).toContain('hreflang="mk" href="http://ura.test/mk/"')
    const sitemap = await t.app.request('/sitemap.xml')
    expect(sitemap.headers.get('content-type')).toContain('application/xml')
    const xml = await sitemap.text()
    expect(xml).toContain('<loc>http://ura.test/sr-Latn/</loc>')
    expect(xml).toContain('hreflang="sq"')
  })

  it('[ERRORS]: an unknown page is a translated 404, and JSON under /api', async () => {
    const res = await t.app.request('/no/such/page', { headers: { 'accept-language': 'sq' } })
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('<html lang="sq"')
    const api = await t.app.request('/api/v1/nothing-here')
    expect(api.status).toBe(404)
    expect((await api.json()).error.code).toBe('NOT_FOUND')
  })

  it('[SECURITY]: a cross-site form post is refused even with the right token', async () => {
    const client = t.anonymous()
    client.headers['sec-fetch-site'] = 'cross-site'
    const res = await client.post('/forgot', { email: 'x@y.test' })
    expect(res.status).toBe(403)
  })

  it('[SECURITY]: sign-in never redirects off-site', async () => {
    const { login } = await t.make.member('staff')
    const client = t.anonymous()
    const res = await client.post('/signin', {
      login,
      password: 'correct horse battery',
      next: '//evil.test/x',
    })
    expect(res.headers.get('location')).toBe('/app')
  })
})

describe('malformed requests', () => {
  it('[ERRORS]: a malformed JSON body is a 400 in JSON, not a 500', async () => {
    const { user, tenantId } = await t.make.member('coordinator')
    const { token } = await createApiToken(await t.ctxFor(user.id, tenantId), { name: 'test' })
    const res = await t.app.request(`/api/v1/organisations/${tenantId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"city": "Durrës",',
    })
    expect(res.status).toBe(400)
    expect((await res.json()).error.code).toBe('INVALID_INPUT')
  })
})

describe('public page cache', () => {
  let cached: TestApp
  beforeAll(async () => {
    cached = await setupTestApp({ env: { URA_PAGE_CACHE_SECONDS: '30' } })
  })

  it('[PERF][CACHE]: a signed-out visitor gets a cached public page with their own form token', async () => {
    const first = cached.anonymous()
    const a = await first.get('/sq/')
    expect(a.headers.get('x-ura-cache')).toBeNull()
    const second = cached.anonymous()
    const b = await second.get('/sq/')
    expect(b.headers.get('x-ura-cache')).toBe('hit')
    const html = await b.text()
    expect(html).toContain('<html lang="sq"')
    expect(html).not.toContain('\u0000')
  })

  it('[PERF][CACHE]: any write empties the cache; signed-in people are never served from it', async () => {
    const client = cached.anonymous()
    await client.get('/mk/')
    expect((await client.get('/mk/')).headers.get('x-ura-cache')).toBe('hit')
    await client.post('/forgot', { email: 'nobody@example.test' })
    expect((await client.get('/mk/')).headers.get('x-ura-cache')).toBeNull()
    const { login } = await cached.make.member('staff')
    const member = await cached.signedIn(login)
    await member.get('/mk/')
    expect((await member.get('/mk/')).headers.get('x-ura-cache')).toBeNull()
  })
})
