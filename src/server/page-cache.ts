import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '#src/http/types.ts'

const PLACEHOLDER = '\u0000csrf\u0000'

type Entry = { html: string; status: number; expires: number; contentType: string }

/**
 * Caches the rendered HTML of public pages for signed-out visitors: every visitor of a public
 * event or news page in one language sees the same page but for their CSRF token, which is put
 * back in per request. Any write request clears the whole cache, so this process never shows a
 * stale page after its own changes; `ttlMs` bounds how stale a page can be when several app
 * servers run (each has its own cache). Entries beyond `maxEntries` evict the oldest.
 */
export function publicPageCache(options: {
  ttlMs: number
  maxEntries: number
  isPublic: (path: string) => boolean
}): MiddlewareHandler<AppEnv> {
  const cache = new Map<string, Entry>()
  if (options.ttlMs <= 0) return (_c, next) => next()
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      cache.clear()
      return next()
    }
    if (c.var.ctx.actor || !options.isPublic(c.req.path)) return next()
    const key = `${c.var.locale}|${c.req.url}`
    const now = Date.now()
    const hit = cache.get(key)
    if (hit && hit.expires > now) {
      c.header('Content-Type', hit.contentType)
      c.header('X-Ura-Cache', 'hit')
      return c.body(hit.html.replaceAll(PLACEHOLDER, c.var.csrfToken), hit.status as 200)
    }
    await next()
    const type = c.res.headers.get('content-type') ?? ''
    if (c.res.status !== 200 || !type.startsWith('text/html')) return
    const html = await c.res.clone().text()
    if (cache.size >= options.maxEntries) cache.delete(cache.keys().next().value as string)
    cache.set(key, {
      html: html.replaceAll(c.var.csrfToken, PLACEHOLDER),
      status: 200,
      expires: now + options.ttlMs,
      contentType: type,
    })
  }
}
