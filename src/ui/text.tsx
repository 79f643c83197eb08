import { formatDate } from '#src/lib/dates.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { useUi } from './use-ui.ts'

/**
 * A piece of multilingual text in `lang` (the reader's language unless told), or its fallback,
 * marked with the language it is actually in, so that a screen reader reads it right.
 */
export function Txt({ text, lang }: { text: LocalizedText; lang?: string | undefined }) {
  const { locale } = useUi()
  const picked = pickText(text, lang ?? locale)
  return <span lang={picked.lang}>{picked.value}</span>
}

/** A civil date (YYYY-MM-DD) in the reader's language, machine-readable too. */
export function CivilDate({ date }: { date: string }) {
  const { locale } = useUi()
  return <time datetime={date}>{formatDate(locale, date)}</time>
}
