import { pickText } from '#src/lib/localized-text.ts'
import { EmptyState, Notice, PageHeader } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { completeLanguages } from '../languages.ts'
import type { listPosts } from '../service.ts'
import { languageList, PublishedDate } from './parts.tsx'

type ListResult = Awaited<ReturnType<typeof listPosts>>

/** `/app/news`: the organisation's posts, drafts included. */
export function PostsListPage({
  result,
  notice,
  orgSlug,
}: {
  result: ListResult
  notice?: string | undefined
  orgSlug: string
}) {
  const { t, locale, timeZone } = useUi()
  const newLink = (
    <a class="btn btn-primary" href="/app/news/new">
      {t('news:list.new')}
    </a>
  )
  return (
    <>
      <PageHeader title={t('news:list.title')}>
        {newLink}
        <a class="btn btn-secondary" href="/app/campaigns">
          {t('news:campaigns.title')}
        </a>
      </PageHeader>
      {notice && <Notice>{t(notice)}</Notice>}
      <p>
        <a href={`/${locale}/o/${orgSlug}/news`}>{t('news:list.publicPage')}</a>
      </p>
      {result.items.length === 0 ? (
        <EmptyState title={t('news:list.emptyTitle')}>{t('news:list.empty')}</EmptyState>
      ) : (
        <TableWrap labelledBy="news-caption">
          <table>
            <caption id="news-caption">{t('news:list.caption', { count: result.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('news:fields.title')}</th>
                <th scope="col">{t('news:list.status')}</th>
                <th scope="col">{t('news:list.languages')}</th>
                <th scope="col">{t('news:list.changed')}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((post) => {
                const title = pickText(post.title, locale)
                const langs = completeLanguages(post)
                return (
                  <tr>
                    <td>
                      <a
                        href={`/app/news/${post.id}`}
                        lang={title.isFallback ? title.lang : undefined}
                      >
                        {title.value || t('news:list.untitled')}
                      </a>
                    </td>
                    <td>
                      <span class={post.status === 'published' ? 'badge badge-ok' : 'badge'}>
                        {t(`news:status.${post.status}`)}
                      </span>
                    </td>
                    <td>{langs.length > 0 ? languageList(langs, locale) : t('news:list.none')}</td>
                    <td>
                      <PublishedDate value={post.updatedAt} timeZone={timeZone} />
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      {result.pageCount > 1 && (
        <nav aria-label={t('news:list.pages')}>
          <ul class="pagination-list">
            {result.page > 1 && (
              <li>
                <a href={`/app/news?page=${result.page - 1}`}>{t('news:list.previous')}</a>
              </li>
            )}
            <li>{t('news:list.pageOf', { page: result.page, total: result.pageCount })}</li>
            {result.page < result.pageCount && (
              <li>
                <a href={`/app/news?page=${result.page + 1}`}>{t('news:list.next')}</a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  )
}
