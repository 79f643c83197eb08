import { pickText } from '#src/lib/localized-text.ts'
import { excerptOf } from '#src/lib/markdown.ts'
import type { Publisher } from './public.ts'

type ArticleSource = {
  slug: string
  title: Partial<Record<string, string>>
  summary: Partial<Record<string, string>>
  bodyHtml: Partial<Record<string, string>>
  tags: string[]
  publishedAt: Date | null
  updatedAt: Date
}

/** schema.org NewsArticle for one language of a post (https://schema.org/NewsArticle). */
export function newsArticleData(
  post: ArticleSource,
  org: Pick<Publisher, 'slug' | 'name' | 'defaultLocale'>,
  lang: string,
  baseUrl: string,
): Record<string, unknown> {
  const url = `${baseUrl}/${lang}/n/${post.slug}`
  const orgName = pickText(org.name, lang, [org.defaultLocale, 'en']).value
  const publisher = {
    '@type': 'Organization',
    name: orgName,
    url: `${baseUrl}/${lang}/o/${org.slug}`,
  }
  const headline = post.title[lang] ?? ''
  const images = imagesOf(post.bodyHtml[lang] ?? '', baseUrl)
  const description = post.summary[lang] ?? excerptOf(post.bodyHtml[lang] ?? '', 200)
  return {
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    headline: headline.length > 110 ? `${headline.slice(0, 109)}…` : headline,
    ...(headline.length > 110 ? { name: headline } : {}),
    description,
    inLanguage: lang,
    url,
    mainEntityOfPage: url,
    ...(post.publishedAt ? { datePublished: post.publishedAt.toISOString() } : {}),
    dateModified: post.updatedAt.toISOString(),
    author: publisher,
    publisher,
    ...(post.tags.length > 0 ? { keywords: post.tags.join(', ') } : {}),
    ...(images.length > 0 ? { image: images } : {}),
  }
}

/** The post's own pictures (sanitised HTML keeps only http(s) and site-relative src), absolute. */
function imagesOf(html: string, baseUrl: string): string[] {
  const out: string[] = []
  for (const match of html.matchAll(/<img\b[^>]*\ssrc="([^"]+)"/g)) {
    const src = match[1]!.replaceAll('&amp;', '&')
    try {
      const url = new URL(src, `${baseUrl}/`)
      if ((url.protocol === 'https:' || url.protocol === 'http:') && !out.includes(url.href)) {
        out.push(url.href)
      }
    } catch {
      // Not a URL: leave it out of the structured data.
    }
  }
  return out.slice(0, 3)
}
