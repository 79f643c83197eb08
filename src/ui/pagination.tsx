import { numberFormat } from '#src/lib/intl.ts'
import { useUi } from './use-ui.ts'

/** Query parameters a paged list keeps from page to page (its search and filters). */
export type PageQuery = Record<string, string | number | null | undefined>

/** `base?…&page=N`, dropping empty parameters, and `page` on the first page. */
export function pageHref(base: string, query: PageQuery, page: number): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value))
  }
  if (page > 1) params.set('page', String(page))
  const s = params.toString()
  return s ? `${base}?${s}` : base
}

/** How many pages `total` rows fill, at least one. */
export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize))
}

type PaginationProps = {
  /** The current page, from 1. */
  page: number
  pageCount: number
  /** The navigation's accessible name, when "Pages" would not tell two lists apart. */
  label?: string
} & (
  | { /** Builds each page's address. */ href: (page: number) => string }
  | { /** The list's address, and the parameters to keep. */ base: string; query?: PageQuery }
)

/** Previous / next links and "page N of M" for a paged list. Nothing when it fits on one page. */
export function Pagination(props: PaginationProps) {
  const { t, locale } = useUi()
  const { page, pageCount } = props
  if (pageCount <= 1) return null
  const href =
    'href' in props ? props.href : (n: number) => pageHref(props.base, props.query ?? {}, n)
  const fmt = numberFormat(locale)
  return (
    <nav class="pagination" aria-label={props.label ?? t('common:pagination.label')}>
      <ul class="pagination-list">
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev">
              {t('common:pagination.previous')}
            </a>
          </li>
        )}
        <li aria-current="page">
          {t('common:pagination.pageOf', { page: fmt.format(page), pages: fmt.format(pageCount) })}
        </li>
        {page < pageCount && (
          <li>
            <a href={href(page + 1)} rel="next">
              {t('common:pagination.next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}
