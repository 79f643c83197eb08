import type { Ctx, Deps } from '#src/lib/context.ts'
import type { Locale, T } from '#src/lib/i18n.ts'

export type AppVariables = {
  deps: Deps
  ctx: Ctx
  requestId: string
  locale: Locale
  t: T
  csrfToken: string
  /**
   * Set by public pages whose URL carries the language: the same path in every locale.
   * `noHreflang`: the switcher links there, but that language version does not exist (yet).
   */
  alternates?: { locale: Locale; href: string; noHreflang?: boolean }[]
  /** Feeds a page offers to readers and feed readers (`<link rel="alternate" type=…>` in the head). */
  feeds?: { type: string; href: string; title: string }[]
}

export type AppEnv = { Variables: AppVariables }
