import { useRequestContext } from 'hono/jsx-renderer'
import type { AppEnv } from '#src/http/types.ts'

/** What every view needs from the request: translate, locale, CSRF token, the actor. */
export function useUi() {
  const c = useRequestContext<AppEnv>()
  const actor = c.var.ctx?.actor ?? null
  const active = actor?.memberships.find((m) => m.tenantId === actor.tenantId)
  return {
    timeZone: active?.timeZone ?? 'Europe/Tirane',
    t: c.var.t,
    locale: c.var.locale,
    csrfToken: c.var.csrfToken,
    actor,
    active,
    path: c.req.path,
    url: c.req.url,
    alternates: c.var.alternates,
    feeds: c.var.feeds,
  }
}
