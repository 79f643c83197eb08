import { sql } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import { users } from './schema.ts'

// Serbian and Macedonian Cyrillic as the schools write it in Latin (ђ→dj, ќ→kj, ѓ→gj), and the
// Latin letters whose plain form is not simply the letter without its mark (đ→dj).
const LETTERS: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'dj',
  ѓ: 'gj',
  е: 'e',
  ж: 'z',
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
  ћ: 'c',
  ќ: 'kj',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'c',
  џ: 'dz',
  ш: 's',
  đ: 'dj',
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  ł: 'l',
}

const MAX_LENGTH = 40

/**
 * Plain ASCII for a name in Albanian, Serbian (both scripts) or Macedonian: `Arta Hoxha` →
 * `arta hoxha`, `Ђорђе Пејчић` → `djordje pejcic`. Other marks are dropped (ë→e, ç→c, š→s).
 */
export function transliterate(text: string): string {
  const lower = text.toLocaleLowerCase('en')
  let out = ''
  for (const ch of lower) out += LETTERS[ch] ?? ch
  return out.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
}

/** The username a name suggests: first and last word joined by a dot (`arta.hoxha`). */
export function usernameBase(displayName: string): string {
  const words = transliterate(displayName)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  const picked = words.length > 2 ? [words[0]!, words[words.length - 1]!] : words
  const base = picked.join('.').slice(0, MAX_LENGTH).replace(/\.+$/, '')
  return base || 'learner'
}

/** A username not yet taken: the base, else the base with the lowest free number (`arta.hoxha2`). */
export async function uniqueUsername(db: DbOrTx, displayName: string): Promise<string> {
  const base = usernameBase(displayName)
  const rows = await db
    .select({ username: users.username })
    .from(users)
    .where(sql`lower(${users.username}) like ${`${base.replace(/[\\%_]/g, '\\$&')}%`}`)
  const taken = new Set(rows.map((r) => r.username?.toLowerCase()))
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${base}${n}`
    if (!taken.has(candidate)) return candidate
  }
}
