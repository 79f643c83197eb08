import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import i18next from 'i18next'
import { displayNames } from './intl.ts'
import { projectRoot } from './paths.ts'

/** UI languages, complete to the last key (a test checks). Add one by dropping in a folder. */
export const LOCALES = ['en', 'sq', 'sr-Latn', 'mk'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

/** Languages served by a UI locale: Bosnian, Montenegrin (cnr) and Croatian read Serbian Latin. */
const ALIASES: Record<string, Locale> = {
  bs: 'sr-Latn',
  cnr: 'sr-Latn',
  hr: 'sr-Latn',
  sr: 'sr-Latn',
  'sr-latn': 'sr-Latn',
  me: 'sr-Latn',
  al: 'sq',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** Maps any language tag (`sq-AL`, `bs`, `sr-Latn-ME`, `mk-MK`) to a UI locale, or undefined. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined
  const clean = tag.trim()
  if (isLocale(clean)) return clean
  const lower = clean.toLowerCase()
  const exact = LOCALES.find((l) => l.toLowerCase() === lower)
  if (exact) return exact
  if (lower.startsWith('sr-cyrl')) return undefined
  const [base] = lower.split(/[-_]/)
  if (!base) return undefined
  if (lower.startsWith('sr-latn')) return 'sr-Latn'
  return ALIASES[base] ?? (isLocale(base) ? base : undefined)
}

/** Picks the best locale from an Accept-Language header, honouring q-values. */
export function fromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { tag: tag ?? '', q: q ? Number(q.slice(2)) || 0 : 1, i }
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
  for (const { tag } of ranked) {
    const locale = toLocale(tag)
    if (locale) return locale
  }
  return undefined
}

function loadResources() {
  const dir = path.join(projectRoot, 'src', 'locales')
  const resources: Record<string, Record<string, unknown>> = {}
  for (const locale of readdirSync(dir)) {
    resources[locale] = {}
    for (const file of readdirSync(path.join(dir, locale))) {
      if (!file.endsWith('.json')) continue
      const ns = file.slice(0, -'.json'.length)
      resources[locale][ns] = JSON.parse(readFileSync(path.join(dir, locale, file), 'utf8'))
    }
  }
  return resources
}

export const i18n = i18next.createInstance()
const resources = loadResources()
await i18n.init({
  resources: resources as never,
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  ns: Object.keys(resources.en ?? {}),
  defaultNS: 'common',
  // Single braces, as translators are used to: "Hello {name}".
  interpolation: { prefix: '{', suffix: '}', escapeValue: false },
  returnNull: false,
  initAsync: false,
})

/**
 * Translates `namespace:key` with `{placeholders}`; `count` picks the plural form. Keys are plain
 * strings here; `tests/locales.test.ts` checks that every key used in the code exists.
 */
export type T = (key: string, params?: Record<string, unknown>) => string

const cache = new Map<Locale, T>()

/** A translate function bound to one locale. */
export function getT(locale: Locale): T {
  let t = cache.get(locale)
  if (!t) {
    const fixed = i18n.getFixedT(locale)
    // The resources are fixed at start, so a key without parameters always gives the same text:
    // a page's layout asks for the same few dozen, and i18next's lookup showed in the profile.
    const plain = new Map<string, string>()
    t = (key, params) => {
      if (params) return String(fixed(key, params as never))
      let text = plain.get(key)
      if (text === undefined) {
        text = String(fixed(key))
        plain.set(key, text)
      }
      return text
    }
    cache.set(locale, t)
  }
  return t
}

const autonyms = new Map<string, string>()

/** The locale's own name for itself ("shqip", "македонски"), for the switcher. */
export function localeAutonym(locale: string): string {
  let name = autonyms.get(locale)
  if (name === undefined) {
    const raw = displayNames(locale, 'language').of(locale) ?? locale
    name = raw.charAt(0).toLocaleUpperCase(locale) + raw.slice(1)
    autonyms.set(locale, name)
  }
  return name
}

/** Language names in the reader's language ("German" / "gjermanisht"). */
export function languageName(code: string, inLocale: Locale): string {
  try {
    return displayNames(inLocale, 'language').of(code) ?? code
  } catch {
    return code
  }
}
