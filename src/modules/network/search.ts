import { type SQL, sql } from 'drizzle-orm'

/*
 * Accent- and case-insensitive matching that works the same on PGlite and PostgreSQL without the
 * `unaccent` extension: SQL `translate()` with a table built here from JavaScript's own Unicode
 * rules, and the same table applied to the search words. "beqir cela" finds "Beqir Çela",
 * "nikšić" finds "Niksic", "пелистер" finds "Пелистер".
 */
function buildTable() {
  let from = ''
  let to = ''
  const ranges: [number, number][] = [
    [0x41, 0x5a], // A-Z
    [0xc0, 0x24f], // Latin-1 Supplement, Latin Extended-A and -B
    [0x386, 0x3ce], // Greek
    [0x400, 0x45f], // Cyrillic
  ]
  for (const [start, end] of ranges) {
    for (let code = start; code <= end; code++) {
      const ch = String.fromCodePoint(code)
      const folded = foldChar(ch)
      if (folded !== ch && [...folded].length === 1) {
        from += ch
        to += folded
      }
    }
  }
  return { from, to }
}

const EXTRA: Record<string, string> = { đ: 'd', ð: 'd', ł: 'l', ø: 'o', ħ: 'h', ı: 'i', ŧ: 't' }

function foldChar(ch: string): string {
  const lower = ch.toLowerCase()
  if ([...lower].length !== 1) return ch
  const base = lower.normalize('NFD').replace(/\p{M}/gu, '')
  const single = [...base].length === 1 ? base : lower
  return EXTRA[single] ?? single
}

const TABLE = buildTable()
const MAP = new Map([...TABLE.from].map((ch, i) => [ch, [...TABLE.to][i]!]))

/** The search words folded exactly as `foldedSql` folds a column. */
export function fold(text: string): string {
  return [...text].map((ch) => MAP.get(ch) ?? ch).join('')
}

/** A column or expression folded for matching. */
export function foldedSql(expr: SQL | SQL.Aliased | unknown): SQL {
  return sql`translate(${expr}, ${TABLE.from}, ${TABLE.to})`
}

/** `%words%` for LIKE, with LIKE's own wildcards escaped. */
export function containsPattern(words: string): string {
  return `%${fold(words.trim()).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
}
