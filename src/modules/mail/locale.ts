import { DEFAULT_LOCALE, type Locale, toLocale } from '#src/lib/i18n.ts'

/**
 * The language of a mail: the first of the candidates that names a UI locale, in the order the
 * caller passes them — the person's own setting, then their organisation's default, then the
 * language of the request that caused the mail — else English.
 */
export function mailLocale(...candidates: (string | null | undefined)[]): Locale {
  for (const tag of candidates) {
    const locale = toLocale(tag)
    if (locale) return locale
  }
  return DEFAULT_LOCALE
}

/**
 * A link in a mail that opens its page in the mail's language: pages without a `/:locale/`
 * prefix (the reset and invitation pages) read `?lang=` (see resolveLocale in server/middleware).
 */
export function withLang(url: string, locale: Locale): string {
  return `${url}${url.includes('?') ? '&' : '?'}lang=${encodeURIComponent(locale)}`
}
