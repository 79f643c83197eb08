import { randomInt } from 'node:crypto'

// No 0/O, 1/I/L: a code read aloud or typed from a printed ticket must survive it.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/** A ticket or certificate code (events, credentials) such as `K7QM2-XHP4W` (50 bits of randomness). */
export function newCode(): string {
  let out = ''
  for (let i = 0; i < 10; i++) {
    if (i === 5) out += '-'
    out += ALPHABET[randomInt(ALPHABET.length)]
  }
  return out
}

/**
 * A code as typed or scanned: the last part of a verification URL, any case, with or without
 * the hyphen or spaces. Returns the stored form, or null when it cannot be a code.
 */
export function normaliseCode(input: string): string | null {
  let text = input.trim()
  try {
    if (/^https?:\/\//i.test(text))
      text = new URL(text).pathname.split('/').filter(Boolean).at(-1) ?? ''
  } catch {
    return null
  }
  const bare = text.toUpperCase().replace(/[\s-]/g, '')
  if (bare.length !== 10 || [...bare].some((ch) => !ALPHABET.includes(ch))) return null
  return `${bare.slice(0, 5)}-${bare.slice(5)}`
}
