import { raw } from 'hono/html'
import { languageName, localeAutonym } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { JsonLd } from '#src/ui/json-ld.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { LinkedEvent, LinkedProject } from '../links.ts'
import type { Publisher } from '../public.ts'
import type { Post } from '../service.ts'
import { PublishedDate, RelatedLinks } from './parts.tsx'

/** The other languages of a post, each linking to the same post in that language. */
export function OtherLanguages({
  slug,
  languages,
  current,
}: {
  slug: string
  languages: readonly string[]
  current: string
}) {
  const { t } = useUi()
  const others = languages.filter((l) => l !== current)
  if (others.length === 0) return null
  return (
    <nav class="news-other-langs" aria-labelledby="other-langs-h">
      <h2 id="other-langs-h">{t('news:public.otherLanguages')}</h2>
      <ul>
        {others.map((l) => (
          <li>
            <a href={`/${l}/n/${slug}`} hreflang={l} lang={l}>
              {localeAutonym(l)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

type PublicPostProps = {
  post: Post
  org: Publisher
  /** The language the post is shown in: the reader's when it exists, else a fallback. */
  lang: string
  /** Every complete language of the post. */
  languages: readonly string[]
  projects: LinkedProject[]
  events: LinkedEvent[]
  structuredData: Record<string, unknown>
}

/** `/:locale/n/:slug`: one news post, readable without any script. */
export function PublicPostPage(props: PublicPostProps) {
  const { t, locale } = useUi()
  const { post, org, lang } = props
  const fallbacks = [org.defaultLocale, 'en']
  const orgName = pickText(org.name, locale, fallbacks)
  const contentLang = lang !== locale ? lang : undefined
  const summary = post.summary[lang]
  return (
    <article class="news-post">
      <h1 lang={contentLang}>{post.title[lang]}</h1>
      <p class="news-meta">
        <a href={`/${locale}/o/${org.slug}`} lang={orgName.isFallback ? orgName.lang : undefined}>
          {orgName.value}
        </a>
        {post.publishedAt && (
          <>
            {' · '}
            <PublishedDate value={post.publishedAt} timeZone={org.timeZone} />
          </>
        )}
      </p>
      {contentLang && (
        <p class="notice notice-info">
          {t('news:public.fallback', {
            wanted: languageName(locale, locale),
            shown: languageName(lang, locale),
          })}
        </p>
      )}
      <OtherLanguages slug={post.slug} languages={props.languages} current={locale} />
      <div class="news-body" lang={contentLang}>
        {summary && <p class="lead">{summary}</p>}
        {raw(post.bodyHtml[lang] ?? '')}
      </div>
      {post.tags.length > 0 && (
        <section aria-labelledby="tags-h" class="news-tags">
          <h2 id="tags-h">{t('news:public.tags')}</h2>
          <ul>
            {post.tags.map((tag) => (
              <li>{tag}</li>
            ))}
          </ul>
        </section>
      )}
      <RelatedLinks projects={props.projects} events={props.events} fallbacks={fallbacks} />
      <p>
        <a href={`/${locale}/o/${org.slug}/news`}>{t('news:public.allNews')}</a>
      </p>
      <JsonLd data={props.structuredData} />
    </article>
  )
}
