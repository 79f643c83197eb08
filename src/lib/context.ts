import type { Db } from '#src/db/client.ts'
import type { Env } from '#src/lib/env.ts'
import type { LocalizedText } from './localized-text.ts'
import type { Logger } from './logger.ts'
import type { Mailer } from './mailer.ts'
import type { Role } from './roles.ts'

export type MembershipSummary = {
  membershipId: string
  tenantId: string
  role: Role
  slug: string
  name: LocalizedText
  defaultLocale: string
  timeZone: string
}

/** Who is acting: a signed-in person (by session or API token) in their active organisation. */
export type Actor = {
  userId: string
  displayName: string
  email: string | null
  locale: string | null
  isPlatformAdmin: boolean
  memberships: MembershipSummary[]
  /** The active organisation, or null for someone with no membership (a platform admin). */
  tenantId: string | null
  role: Role | null
  via: 'session' | 'token'
  sessionId?: string
}

/** What every request and every CLI command carries into the services. */
export type Deps = {
  db: Db
  env: Env
  log: Logger
  mailer: Mailer
  now: () => Date
}

export type Ctx = Deps & {
  actor: Actor | null
  requestId: string | null
}

export function systemCtx(deps: Deps): Ctx {
  return { ...deps, actor: null, requestId: null }
}
