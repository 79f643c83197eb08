import type { Context } from 'hono'
import type { AppEnv } from '#src/http/types.ts'

export type C = Context<AppEnv>

/** A message a page may be asked to show by `?notice=` / `?error=`, if it is one of `allowed`. */
export function queryKey(c: C, name: 'notice' | 'error', allowed: ReadonlySet<string>) {
  const key = c.req.query(name)
  return key && allowed.has(key) ? key : undefined
}
