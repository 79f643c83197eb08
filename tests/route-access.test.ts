import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from './setup/app.ts'

/**
 * Walks every route the app registers, so a new route cannot forget the signed-out case:
 * signed-in pages send an anonymous visitor to sign in, and the API answers 401 in JSON.
 * Each module's own tests cover the other organisation (404), the weak role (403) and success.
 */
let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

/** API routes anyone may call, without a token. */
const PUBLIC_API = new Set([
  '/api/openapi.json',
  '/api/v1/grants/estimate',
  '/api/v1/credentials/:code',
  '/api/v1/catalogue/courses',
  '/api/v1/catalogue/courses/:id',
])

/** Fills every `:param` (including `:param{regex}` with nested braces) with a random UUID. */
function concrete(path: string) {
  let out = ''
  for (let i = 0; i < path.length; i++) {
    if (path[i] !== ':') {
      out += path[i]
      continue
    }
    let j = i + 1
    while (j < path.length && /\w/.test(path[j]!)) j++
    if (path[j] === '{') {
      let depth = 0
      for (; j < path.length; j++) {
        if (path[j] === '{') depth++
        else if (path[j] === '}' && --depth === 0) break
      }
      j++
    }
    out += randomUUID()
    i = j - 1
  }
  return out
}

function routes(method: string, prefix: string) {
  const seen = new Set<string>()
  return t.app.routes
    .filter((r) => r.method === method && r.path.startsWith(prefix) && !r.path.includes('*'))
    .map((r) => r.path)
    .filter((p) => !seen.has(p) && seen.add(p))
}

describe('every signed-in page', () => {
  it('[ACCESS][ANONYMOUS]: GET redirects to sign-in, keeping where the visitor was going', async () => {
    const paths = routes('GET', '/app')
    expect(paths.length).toBeGreaterThan(0)
    for (const path of paths) {
      const url = concrete(path)
      const res = await t.anonymous().get(url)
      expect(res.status, url).toBe(302)
      expect(res.headers.get('location'), url).toBe(`/signin?next=${encodeURIComponent(url)}`)
    }
  })

  it('[ACCESS][ANONYMOUS]: POST with a valid form token still redirects to sign-in and changes nothing', async () => {
    for (const path of routes('POST', '/app')) {
      const url = concrete(path)
      const res = await t.anonymous().post(url, {})
      expect(res.status, url).toBe(302)
      expect(res.headers.get('location'), url).toMatch(/^\/signin/)
    }
  })
})

describe('every API route', () => {
  it('[ACCESS][ANONYMOUS]: answers 401 in JSON without a token, and with a made-up one', async () => {
    for (const method of ['GET', 'POST', 'PATCH', 'PUT', 'DELETE']) {
      for (const path of routes(method, '/api/v1').filter((p) => !PUBLIC_API.has(p))) {
        const url = concrete(path)
        for (const headers of [{}, { authorization: 'Bearer ura_not-a-real-token' }] as Record<
          string,
          string
        >[]) {
          const res = await t.app.request(url, {
            method,
            headers: { 'content-type': 'application/json', ...headers },
            body: method === 'GET' || method === 'DELETE' ? undefined : '{}',
          })
          expect(res.status, `${method} ${url}`).toBe(401)
          expect((await res.json()).error.code, `${method} ${url}`).toBe('UNAUTHENTICATED')
        }
      }
    }
  })
})
