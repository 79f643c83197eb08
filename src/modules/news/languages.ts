import type { Locale } from '#src/lib/i18n.ts'
import { hasText, type LocalizedText } from '#src/lib/localized-text.ts'
import { NEWS_LANGUAGES } from './inputs.ts'

type Texts = { title: LocalizedText; body: LocalizedText }

/** A language is complete, and so readable, when it has both a title and a text. */
export function isComplete(post: Texts, lang: string): boolean {
  return hasText(post.title, lang) && hasText(post.body, lang)
}

/** The languages a reader can read the post in, in Ura's language order. */
export function completeLanguages(post: Texts): Locale[] {
  return NEWS_LANGUAGES.filter((l) => isComplete(post, l))
}

/** Languages started but not finished: a title without a text, or the other way round. */
export function incompleteLanguages(post: Texts): Locale[] {
  return NEWS_LANGUAGES.filter(
    (l) => (hasText(post.title, l) || hasText(post.body, l)) && !isComplete(post, l),
  )
}

/**
 * The language to show a reader who asked for `wanted`: that one when complete, else the
 * organisation's own, then English, then the first complete one. Null when none is complete.
 */
export function readingLanguage(
  available: readonly string[],
  wanted: string,
  orgDefault: string,
): Locale | null {
  for (const lang of [wanted, orgDefault, 'en', ...available]) {
    if (available.includes(lang)) return lang as Locale
  }
  return null
}
