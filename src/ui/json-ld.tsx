import { raw } from 'hono/html'

/**
 * schema.org structured data as `<script type="application/ld+json">`. Browsers never execute
 * this type, so the strict CSP (script-src 'self') neither blocks it nor reports it. `<` is
 * written as \u003c so that text such as `</script>` inside a title cannot end the element.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  const json = JSON.stringify({ '@context': 'https://schema.org', ...data })
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
  return <script type="application/ld+json">{raw(json)}</script>
}
