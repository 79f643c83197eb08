import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOCALES } from '../src/lib/i18n.ts'

const dir = path.resolve('src/locales')
const PLURAL = /_(zero|one|two|few|many|other)$/

function load(locale: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {}
  for (const file of readdirSync(path.join(dir, locale))) {
    if (file.endsWith('.json')) {
      out[file.slice(0, -5)] = JSON.parse(readFileSync(path.join(dir, locale, file), 'utf8'))
    }
  }
  return out
}

/** The keys a locale must have for the English keys: plural keys take that locale's categories. */
function expectedKeys(enKeys: string[], locale: string): string[] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
  const out = new Set<string>()
  for (const key of enKeys) {
    if (PLURAL.test(key)) {
      const base = key.replace(PLURAL, '')
      for (const c of categories) out.add(`${base}_${c}`)
    } else out.add(key)
  }
  return [...out].sort()
}

function sourceFiles(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const full = path.join(root, name)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') ? [full] : []
  })
}

const en = load('en')

describe('locales', () => {
  it('has the four required UI languages', () => {
    expect(readdirSync(dir).sort()).toEqual([...LOCALES].sort())
  })

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`[I18N]: ${locale} has exactly the keys of en, with its own plural forms, none empty`, () => {
      const other = load(locale)
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort())
      for (const [ns, keys] of Object.entries(en)) {
        const have = Object.keys(other[ns] ?? {}).sort()
        expect(have, `${locale}/${ns}.json`).toEqual(expectedKeys(Object.keys(keys), locale))
        for (const [key, value] of Object.entries(other[ns] ?? {})) {
          expect(value.trim(), `${locale}/${ns}.json ${key}`).not.toBe('')
        }
      }
    })

    it(`[I18N]: ${locale} keeps every {placeholder} of en`, () => {
      const other = load(locale)
      for (const [ns, keys] of Object.entries(en)) {
        for (const [key, value] of Object.entries(keys)) {
          const wanted = [...value.matchAll(/\{(\w+)\}/g)]
            .map((m) => m[1])
            .filter((p) => p !== 'count')
          const base = key.replace(PLURAL, '')
          const variants = Object.entries(other[ns] ?? {}).filter(
            ([k]) => k === key || (PLURAL.test(key) && k.replace(PLURAL, '') === base),
          )
          for (const [k, v] of variants) {
            for (const p of wanted)
              expect(v, `${locale}/${ns}.json ${k} lacks {${p}}`).toContain(`{${p}}`)
          }
        }
      }
    })
  }

  it('[I18N]: every key the code uses exists in English', () => {
    const missing: string[] = []
    for (const file of sourceFiles(path.resolve('src'))) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/['"`]([a-z][a-zA-Z-]*):([a-zA-Z][\w.]*)['"`]/g)) {
        const [, ns, key] = m
        if (!ns || !key || !en[ns]) continue
        const keys = en[ns]
        const found = key in keys || Object.keys(keys).some((k) => k.replace(PLURAL, '') === key)
        if (!found) missing.push(`${path.relative('.', file)}: ${ns}:${key}`)
      }
    }
    expect(missing).toEqual([])
  })
})
