import type { Child } from 'hono/jsx'

const URL_RE = /https?:\/\/[^\s<>"']+/g
// Sentence punctuation right after a link belongs to the sentence, not the link.
const TRAILING = /[.,;:!?)\]]+$/

/** Plain text with every http(s) address turned into a link; the rest stays escaped text. */
export function linkify(text: string): Child[] {
  const out: Child[] = []
  let last = 0
  for (const match of text.matchAll(URL_RE)) {
    const start = match.index
    const url = match[0].replace(TRAILING, '')
    if (start > last) out.push(text.slice(last, start))
    out.push(<a href={url}>{url}</a>)
    last = start + url.length
  }
  if (last < text.length) out.push(text.slice(last))
  return out
}
