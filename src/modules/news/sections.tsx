import { addProjectSection } from '#src/http/project-sections.ts'
import { useUi } from '#src/ui/use-ui.ts'
import { addProfileSection } from '../organisations/index.ts'
import { completeLanguages, readingLanguage } from './languages.ts'
import { latestPublishedPosts, listProjectPosts, type PublicPostSummary } from './public.ts'
import { newsArticleData } from './structured-data.ts'
import { PostTeaser } from './views/public-list.tsx'

/*
 * The news module's part of other public pages: "Latest news" on an organisation's profile and
 * "News" on a project's page. Both are left out when there is nothing published.
 */

type Teaser = PublicPostSummary & { orgDefault: string; timeZone: string }

function NewsSection({
  id,
  posts,
  allHref,
  feedBase,
}: {
  id: string
  posts: Teaser[]
  allHref?: string
  feedBase: string
}) {
  const { t } = useUi()
  return (
    <section aria-labelledby={`${id}-h`} class="news-section">
      <h2 id={`${id}-h`}>{t('news:profile.title')}</h2>
      <ul class="news-list">
        {posts.map((post) => (
          <PostTeaser post={post} orgDefault={post.orgDefault} timeZone={post.timeZone} level={3} />
        ))}
      </ul>
      <p class="news-more-links">
        {allHref && (
          <>
            <a href={allHref}>{t('news:profile.all')}</a>
            {' · '}
          </>
        )}
        <a href={`${feedBase}.rss`} type="application/rss+xml">
          {t('news:profile.rss')}
        </a>
      </p>
    </section>
  )
}

function articles(
  posts: Teaser[],
  org: { slug: string; name: Partial<Record<string, string>> },
  locale: string,
  baseUrl: string,
) {
  return posts.flatMap((p) => {
    const lang = readingLanguage(
      completeLanguages({ title: p.title, body: p.bodyHtml }),
      locale,
      p.orgDefault,
    )
    return lang ? [newsArticleData(p, { ...org, defaultLocale: p.orgDefault }, lang, baseUrl)] : []
  })
}

addProfileSection({
  id: 'news',
  order: 50,
  async load(ctx, org, locale) {
    const rows = await latestPublishedPosts(ctx.db, org.id, 3)
    if (rows.length === 0) return null
    const posts = rows.map((r) => ({ ...r, orgDefault: org.defaultLocale, timeZone: org.timeZone }))
    const base = `/${locale}/o/${org.slug}/news`
    return {
      view: <NewsSection id="org-news" posts={posts} allHref={base} feedBase={base} />,
      structuredData: articles(posts, org, locale, ctx.env.baseUrl),
    }
  },
})

addProjectSection({
  id: 'news',
  order: 50,
  async load(ctx, project, locale) {
    const posts = await listProjectPosts(ctx.db, project.id, 5)
    if (posts.length === 0) return null
    return {
      view: (
        <NewsSection
          id="project-news"
          posts={posts}
          feedBase={`/${locale}/p/${project.slug}/news`}
        />
      ),
    }
  },
})
