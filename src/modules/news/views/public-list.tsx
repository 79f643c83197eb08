import { languageName } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { excerptOf } from '#src/lib/markdown.ts'
import { EmptyState } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { completeLanguages, readingLanguage } from '../languages.ts'
import type { PublicPostSummary, Publisher } from '../public.ts'
import { PublishedDate } from './parts.tsx'

/** One post in a list: its title linking to it, the date and a first sentence or two. */
export function PostTeaser({
  post,
  orgDefault,
  timeZone,
  level,
}: {
  post: PublicPostSummary
  orgDefault: string
  timeZone: string
  level: 2 | 3
}) {
  const { t, locale } = useUi()
  const languages = completeLanguages({ title: post.title, body: post.bodyHtml })
  const lang = readingLanguage(languages, locale, orgDefault)
  if (!lang) return null
  const other = lang !== locale ? lang : undefined
  const lead = post.summary[lang] ?? excerptOf(post.bodyHtml[lang] ?? '')
  const link = (
    <a href={`/${locale}/n/${post.slug}`} lang={other}>
      {post.title[lang]}
    </a>
  )
  return (
    <li class="news-teaser">
      {level === 2 ? <h2>{link}</h2> : <h3>{link}</h3>}
      <p class="news-meta">
        {post.publishedAt && <PublishedDate value={post.publishedAt} timeZone={timeZone} />}
        {other && (
          <>
            {' · '}
            {t('news:public.inLanguage', { language: languageName(lang, locale) })}
          </>
        )}
      </p>
      <p lang={other}>{lead}</p>
    </li>
  )
}

/** Links to the three feeds of one language, with their formats named. */
export function FeedLinks({ base }: { base: string }) {
  const { t } = useUi()
  return (
    <section aria-labelledby="feeds-h" class="news-feeds">
      <h2 id="feeds-h">{t('news:feeds.title')}</h2>
      <p>{t('news:feeds.intro')}</p>
      <ul>
        <li>
          <a href={`${base}.rss`} type="application/rss+xml">
            RSS
          </a>
        </li>
        <li>
          <a href={`${base}.atom`} type="application/atom+xml">
            Atom
          </a>
        </li>
        <li>
          <a href={`${base}.json`} type="application/feed+json">
            JSON Feed
          </a>
        </li>
      </ul>
    </section>
  )
}

type ListProps = {
  org: Publisher
  items: PublicPostSummary[]
  page: number
  pageCount: number
}

/** `/:locale/o/:slug/news`: everything an organisation has published, newest first. */
export function PublicNewsListPage({ org, items, page, pageCount }: ListProps) {
  const { t, locale } = useUi()
  const name = pickText(org.name, locale, [org.defaultLocale, 'en'])
  const base = `/${locale}/o/${org.slug}/news`
  return (
    <>
      <h1>{t('news:public.listTitle', { name: name.value })}</h1>
      <p>
        <a href={`/${locale}/o/${org.slug}`}>{t('news:public.profile')}</a>
      </p>
      {items.length === 0 ? (
        <EmptyState title={t('news:public.emptyTitle')}>{t('news:public.empty')}</EmptyState>
      ) : (
        <ul class="news-list">
          {items.map((post) => (
            <PostTeaser
              post={post}
              orgDefault={org.defaultLocale}
              timeZone={org.timeZone}
              level={2}
            />
          ))}
        </ul>
      )}
      {pageCount > 1 && (
        <nav aria-label={t('news:list.pages')}>
          <ul class="pagination-list">
            {page > 1 && (
              <li>
                <a href={`${base}?page=${page - 1}`}>{t('news:list.previous')}</a>
              </li>
            )}
            <li>{t('news:list.pageOf', { page, total: pageCount })}</li>
            {page < pageCount && (
              <li>
                <a href={`${base}?page=${page + 1}`}>{t('news:list.next')}</a>
              </li>
            )}
          </ul>
        </nav>
      )}
      <FeedLinks base={base} />
    </>
  )
}
