import type { Deps } from '#src/lib/context.ts'
import { LOCALES, type Locale } from '#src/lib/i18n.ts'

/** A public page that exists in some locales, at `/{locale}{path}`. */
export type SitemapEntry = { path: string; locales?: readonly Locale[]; lastModified?: Date }
export type SitemapSource = (deps: Deps) => Promise<SitemapEntry[]>

const sources: SitemapSource[] = []

/** Each module that has public pages adds a source here (from its routes file). */
export function addSitemapSource(source: SitemapSource) {
  sources.push(source)
}

function escapeXml(s: string) {
  return s.replace(/[<>&'"]/g, (ch) => `&#${ch.charCodeAt(0)};`)
}

export async function renderSitemap(deps: Deps): Promise<string> {
  const base = deps.env.baseUrl
  const entries = (await Promise.all(sources.map((s) => s(deps)))).flat()
  const urls: string[] = []
  for (const entry of entries) {
    const locales = entry.locales ?? LOCALES
    const alternates = locales
      .map(
        (l) =>
          `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(`${base}/${l}${entry.path}`)}"/>`,
      )
      .join('')
    for (const locale of locales) {
      const lastmod = entry.lastModified
        ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>`
        : ''
      urls.push(
        `<url><loc>${escapeXml(`${base}/${locale}${entry.path}`)}</loc>${lastmod}${alternates}</url>`,
      )
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`
}
