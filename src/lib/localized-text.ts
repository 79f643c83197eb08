/**
 * Content that people write (an organisation's name, a course, a news item) can hold several
 * languages. It is stored as one JSON object: language tag → text. Empty strings are "missing".
 */
export type LocalizedText = Partial<Record<string, string>>

export type PickedText = {
  value: string
  /** The language the value is actually in; differs from the requested one on fallback. */
  lang: string
  isFallback: boolean
}

/** Languages that read each other well enough to stand in for one another. */
const NEIGHBOURS: Record<string, string[]> = {
  'sr-Latn': ['bs', 'hr', 'cnr', 'sr'],
  bs: ['sr-Latn', 'hr', 'cnr'],
  hr: ['sr-Latn', 'bs', 'cnr'],
  cnr: ['sr-Latn', 'bs', 'hr'],
  sr: ['sr-Latn', 'bs', 'cnr'],
}

export function hasText(text: LocalizedText | null | undefined, lang: string): boolean {
  return typeof text?.[lang] === 'string' && text[lang].trim() !== ''
}

export function presentLanguages(text: LocalizedText | null | undefined): string[] {
  return Object.keys(text ?? {}).filter((l) => hasText(text, l))
}

export function missingLanguages(
  text: LocalizedText | null | undefined,
  wanted: readonly string[],
) {
  return wanted.filter((l) => !hasText(text, l))
}

/**
 * Picks the best value for a reader: their language, a neighbouring one, the given fallbacks
 * (usually the organisation's default, then English), and at last any language present.
 */
export function pickText(
  text: LocalizedText | null | undefined,
  lang: string,
  fallbacks: readonly string[] = ['en'],
): PickedText {
  const order = [lang, ...(NEIGHBOURS[lang] ?? []), ...fallbacks, ...presentLanguages(text)]
  for (const candidate of order) {
    if (hasText(text, candidate)) {
      return { value: text![candidate]!.trim(), lang: candidate, isFallback: candidate !== lang }
    }
  }
  return { value: '', lang, isFallback: true }
}

/** Drops empty values and trims the rest, so storage holds only real text. */
export function normaliseText(text: LocalizedText | null | undefined): LocalizedText {
  const out: LocalizedText = {}
  for (const [k, v] of Object.entries(text ?? {})) {
    if (typeof v === 'string' && v.trim() !== '') out[k] = v.trim()
  }
  return out
}
