import type { MiddlewareHandler } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { CSRF_COOKIE, CSRF_FIELD, LOCALE_COOKIE } from '#src/http/cookies.ts'
import { rememberLocale } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { Actor } from '#src/lib/context.ts'
import { randomToken, safeEqual } from '#src/lib/crypto.ts'
import { AppError } from '#src/lib/errors.ts'
import {
  DEFAULT_LOCALE,
  fromAcceptLanguage,
  getT,
  isLocale,
  type Locale,
  toLocale,
} from '#src/lib/i18n.ts'
import { actorFromSession, actorFromToken, SESSION_COOKIE } from '#src/modules/auth/index.ts'
import type { ActorCache } from './actor-cache.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** One structured log line per request, with its id, status and duration. */
export const requestLog: MiddlewareHandler<AppEnv> = async (c, next) => {
  const started = performance.now()
  await next()
  const { log } = c.var.deps
  const ms = Math.round((performance.now() - started) * 10) / 10
  const fields = {
    requestId: c.var.requestId,
    method: c.req.method,
    path: c.req.path,
    status: c.res.status,
    ms,
    userId: c.var.ctx?.actor?.userId,
  }
  if (c.res.status >= 500) log.error(fields, 'request failed')
  else log.info(fields, 'request')
}

/**
 * Resolves who is acting: an API token on /api, otherwise the session cookie. Signed-in actors
 * come from `cache` for a few seconds (see ActorCache); a write request empties it first.
 */
export function authenticate(cache: ActorCache): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const deps = c.var.deps
    let actor: Actor | null
    // A write may change a session, a role or a person's language. The cache is emptied before
    // it (this request sees the truth) and after it (a read that ran meanwhile kept nothing old).
    const writes = !SAFE_METHODS.has(c.req.method) || c.req.path.startsWith('/locale/')
    if (c.req.path.startsWith('/api/')) {
      actor = await actorFromToken(deps.db, c.req.header('authorization'), deps.now())
    } else {
      if (writes) cache.clear()
      const token = getCookie(c, SESSION_COOKIE)
      const cached = token && !writes && cache.enabled ? cache.get(token) : undefined
      actor = cached === undefined ? await actorFromSession(c) : cached
      if (token && actor && !writes && cached === undefined) cache.set(token, actor)
    }
    c.set('ctx', { ...deps, actor, requestId: c.var.requestId })
    try {
      await next()
    } finally {
      if (writes) cache.clear()
    }
  }
}

/**
 * The reader's language: the URL's prefix on public pages, then the person's own setting, then a
 * choice made while signed out (cookie), then a link's `?lang=` (mails carry it on pages without a
 * prefix, such as a reset or invitation link), then the organisation's default, then
 * Accept-Language. A `?lang=` that decides is remembered like a choice, so the page's forms and the
 * pages after it stay in that language; the switcher's cookie wins over it from then on.
 */
export const resolveLocale: MiddlewareHandler<AppEnv> = async (c, next) => {
  const first = c.req.path.split('/')[1]
  const actor = c.var.ctx.actor
  const activeOrg = actor?.memberships.find((m) => m.tenantId === actor.tenantId)
  const lang = c.req.query('lang')
  const fromLink = isLocale(lang) ? lang : undefined
  const chosen =
    (isLocale(first) ? first : undefined) ??
    toLocale(actor?.locale) ??
    toLocale(getCookie(c, LOCALE_COOKIE))
  if (!chosen && fromLink) rememberLocale(c, fromLink)
  const locale: Locale =
    chosen ??
    fromLink ??
    toLocale(activeOrg?.defaultLocale) ??
    fromAcceptLanguage(c.req.header('accept-language')) ??
    DEFAULT_LOCALE
  c.set('locale', locale)
  c.set('t', getT(locale))
  await next()
}

/**
 * CSRF protection for every form: a random token in a SameSite cookie must come back in the
 * form's `_csrf` field (double submit), and cross-site form posts are refused outright.
 * The JSON API is exempt: it authenticates by bearer token only, never by cookie.
 */
export const csrf: MiddlewareHandler<AppEnv> = async (c, next) => {
  let token = getCookie(c, CSRF_COOKIE)
  if (!token || token.length < 20) {
    token = randomToken(24)
    setCookie(c, CSRF_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: c.var.deps.env.secureCookies,
      path: '/',
    })
  }
  c.set('csrfToken', token)
  if (SAFE_METHODS.has(c.req.method) || c.req.path.startsWith('/api/')) return next()
  if (c.req.header('sec-fetch-site') === 'cross-site') {
    throw new AppError('FORBIDDEN', 'common:errors.csrf')
  }
  const type = c.req.header('content-type') ?? ''
  let sent: unknown
  if (type.includes('form')) {
    const body = await c.req.parseBody({ dot: true })
    sent = body[CSRF_FIELD]
  } else {
    sent = c.req.header('x-csrf-token')
  }
  if (typeof sent !== 'string' || !safeEqual(sent, token)) {
    throw new AppError('FORBIDDEN', 'common:errors.csrf')
  }
  await next()
}
