import { countryName, KOSOVO } from '#src/lib/countries.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { Notice, PageHeader } from '#src/ui/components.tsx'
import { Pagination } from '#src/ui/pagination.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { Organisation } from './service.ts'
import { KosovoFootnote } from './views.tsx'

type ListProps = {
  items: Organisation[]
  total: number
  page: number
  pageCount: number
  q: string | undefined
  notice?: string | undefined
}

/** `/app/admin/organisations`: every organisation in Ura, searchable, for platform admins. */
export function AdminListPage({ items, total, page, pageCount, q, notice }: ListProps) {
  const { t, locale } = useUi()
  return (
    <>
      <PageHeader title={t('organisations:admin.title')}>
        <a class="btn btn-primary" href="/app/admin/organisations/new">
          {t('organisations:admin.new')}
        </a>
      </PageHeader>
      {notice && <Notice>{t(notice)}</Notice>}
      <search>
        <form method="get" action="/app/admin/organisations">
          <div class="field">
            <label for="f-q">{t('organisations:admin.search')}</label>
            <p class="hint" id="f-q-hint">
              {t('organisations:admin.searchHint')}
            </p>
            <input id="f-q" name="q" type="search" value={q ?? ''} aria-describedby="f-q-hint" />
          </div>
          <button class="btn btn-secondary" type="submit">
            {t('organisations:admin.searchSubmit')}
          </button>
        </form>
      </search>
      <p role="status">{t('organisations:admin.count', { count: total })}</p>
      {items.length === 0 ? (
        <p>{q ? t('organisations:admin.noMatch') : t('common:table.empty')}</p>
      ) : (
        <TableWrap labelledBy="organisations-caption">
          <table>
            <caption id="organisations-caption">{t('organisations:admin.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organisations:fields.name')}</th>
                <th scope="col">{t('organisations:fields.type')}</th>
                <th scope="col">{t('organisations:fields.country')}</th>
                <th scope="col">{t('organisations:fields.city')}</th>
                <th scope="col">{t('organisations:fields.erasmusOid')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((org) => {
                const name = pickText(org.name, locale, [org.defaultLocale, 'en'])
                return (
                  <tr>
                    <th scope="row">
                      <a
                        href={`/app/admin/organisations/${org.id}/edit`}
                        lang={name.isFallback ? name.lang : undefined}
                      >
                        {name.value || org.slug}
                      </a>
                    </th>
                    <td>{t(`organisations:types.${org.type}`)}</td>
                    <td>
                      {countryName(org.country, locale)}
                      {org.country === KOSOVO && (
                        <sup>
                          <a href="#fn-kosovo" aria-label={t('organisations:profile.footnote')}>
                            *
                          </a>
                        </sup>
                      )}
                    </td>
                    <td>{org.city}</td>
                    <td>{org.erasmusOid ?? ''}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      {items.some((o) => o.country === KOSOVO) && <KosovoFootnote country={KOSOVO} />}
      <Pagination page={page} pageCount={pageCount} base="/app/admin/organisations" query={{ q }} />
    </>
  )
}
