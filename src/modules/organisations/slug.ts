import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'

// Macedonian and Serbian Cyrillic to Latin, as the countries' own romanisations write it.
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ѓ: 'gj',
  ђ: 'dj',
  е: 'e',
  ж: 'zh',
  з: 'z',
  ѕ: 'dz',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ќ: 'kj',
  ћ: 'c',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'ch',
  џ: 'dzh',
  ш: 'sh',
}

const LATIN_EXTRA: Record<string, string> = { đ: 'dj', ß: 'ss', æ: 'ae', ø: 'o', ł: 'l', œ: 'oe' }

/** Lowercase ASCII words joined by hyphens (`Shkolla Profesionale "Hamdi Bushati"` → …). */
export function slugify(text: string, maxLength = 50): string {
  const ascii = [...text.toLowerCase()]
    .map((ch) => CYRILLIC[ch] ?? LATIN_EXTRA[ch] ?? ch)
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
  return ascii
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '')
}

/** A slug from an organisation's name, preferring its English, then its own language. */
export function slugFromName(name: LocalizedText, defaultLocale: string): string {
  return slugify(pickText(name, 'en', [defaultLocale]).value) || 'organisation'
}
