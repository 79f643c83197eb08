import { Marked } from 'marked'
import sanitizeHtml from 'sanitize-html'

/** What a rendered body holds, and the images in it that lack alternative text. */
export type RenderedBody = { html: string; imagesWithoutAlt: string[] }

const marked = new Marked({ async: false, gfm: true, breaks: false })

/**
 * The strict allow-list of a news body (headings h2–h4, see `headingLevels`). Links keep only
 * http(s), mailto and local paths; every link gets rel="noopener". Images need an `alt`, checked below.
 */
const POLICY: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'em',
    'a',
    'ul',
    'ol',
    'li',
    'blockquote',
    'img',
  ],
  allowedAttributes: { a: ['href', 'rel'], img: ['src', 'alt'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Text of dropped tags (code, tables) stays; script and style lose their content entirely.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object'],
}

/**
 * Headings move so that the body's top level is h2 (the title is the page's h1) and none goes
 * past h4: `###` alone becomes h2, `#`/`##`/`###` become h2/h3/h4. Levels then never skip.
 */
function headingLevels(html: string): Record<string, string> {
  const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]))
  const shift = levels.length > 0 ? Math.min(...levels) - 2 : 0
  const map: Record<string, string> = {}
  for (let n = 1; n <= 6; n++) map[`h${n}`] = `h${Math.min(4, Math.max(2, n - shift))}`
  return map
}

/**
 * Markdown → sanitised HTML. Pure, so it can be tested without a database. Images are collected
 * by source when their `alt` is missing or blank: the caller turns that into a field error.
 */
export function renderMarkdown(markdown: string): RenderedBody {
  const imagesWithoutAlt: string[] = []
  const raw = marked.parse(markdown) as string
  const html = sanitizeHtml(raw, {
    ...POLICY,
    transformTags: {
      ...headingLevels(raw),
      a: (tagName, attribs) => {
        const out: sanitizeHtml.Attributes = {}
        if (attribs.href) Object.assign(out, { href: attribs.href, rel: 'noopener' })
        return { tagName, attribs: out }
      },
      img: (tagName, attribs) => {
        if (!attribs.alt?.trim()) imagesWithoutAlt.push(attribs.src ?? '')
        return { tagName, attribs }
      },
    },
    // An image whose source was refused (javascript:, data:) is dropped rather than kept empty.
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  })
  return { html: html.trim(), imagesWithoutAlt }
}

/** The first words of a rendered body as plain text, for list pages and feed summaries. */
export function excerptOf(html: string, max = 240): string {
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`
}
