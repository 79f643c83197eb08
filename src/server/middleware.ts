import type { MiddlewareHandler } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { CSRF_COOKIE, CSRF_FIELD, LOCALE_COOKIE } from '#src/http/cookies.ts'
import type { AppEnv } from '#src/http/types.ts'
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
import { actorFromSession, actorFromToken } from '#src/modules/auth/index.ts'

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

/** Resolves who is acting: an API token on /api, otherwise the session cookie. */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const deps = c.var.deps
  const isApi = c.req.path.startsWith('/api/')
  const actor = isApi
    ? await actorFromToken(deps.db, c.req.header('authorization'), deps.now())
    : await actorFromSession(c)
  c.set('ctx', { ...deps, actor, requestId: c.var.requestId })
  await next()
}

/**
 * The reader's language: the URL's prefix on public pages, then the person's own setting, then a
 * choice made while signed out (cookie), then the organisation's default, then Accept-Language.
 */
export const resolveLocale: MiddlewareHandler<AppEnv> = async (c, next) => {
  const first = c.req.path.split('/')[1]
  const actor = c.var.ctx.actor
  const activeOrg = actor?.memberships.find((m) => m.tenantId === actor.tenantId)
  const locale: Locale =
    (isLocale(first) ? first : undefined) ??
    toLocale(actor?.locale) ??
    toLocale(getCookie(c, LOCALE_COOKIE)) ??
    toLocale(activeOrg?.defaultLocale) ??
    fromAcceptLanguage(c.req.header('accept-language')) ??
    DEFAULT_LOCALE
  c.set('locale', locale)
  c.set('t', getT(locale))
  await next()
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

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
