import { EmptyState, Notice, PageHeader } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { Entry } from '../service/entries.ts'
import { EntryTitle, MissingLanguages, StatusBadge, When } from './parts.tsx'

/** `/app/catalogue/courses`: the school's submissions, their status and any rejection reason. */
export function OwnListPage(props: {
  rows: Entry[]
  isModerator: boolean
  locale: string
  notice?: string | undefined
}) {
  const { t } = useUi()
  return (
    <>
      <PageHeader title={t('catalogue:own.title')}>
        <a class="btn btn-primary" href="/app/catalogue/courses/new">
          {t('catalogue:own.new')}
        </a>
        {props.isModerator && (
          <a class="btn btn-secondary" href="/app/catalogue/courses/moderation">
            {t('catalogue:moderation.title')}
          </a>
        )}
      </PageHeader>
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <p class="hint">
        {t('catalogue:own.intro')}{' '}
        <a href={`/${props.locale}/catalogue/courses`}>{t('catalogue:own.publicLink')}</a>
      </p>
      {props.rows.length === 0 ? (
        <EmptyState title={t('catalogue:own.emptyTitle')}>{t('catalogue:own.empty')}</EmptyState>
      ) : (
        <TableWrap labelledBy="own-caption">
          <table>
            <caption id="own-caption">
              {t('catalogue:own.caption', { count: props.rows.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('catalogue:fields.title')}</th>
                <th scope="col">{t('catalogue:fields.when')}</th>
                <th scope="col">{t('catalogue:fields.status')}</th>
                <th scope="col">{t('catalogue:own.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r) => (
                <tr>
                  <td>
                    {r.status === 'approved' ? (
                      <a href={`/${props.locale}/catalogue/courses/${r.id}`}>
                        <EntryTitle title={r.title} />
                      </a>
                    ) : (
                      <EntryTitle title={r.title} />
                    )}{' '}
                    <MissingLanguages value={r.title} />
                  </td>
                  <td>
                    <When entry={r} />
                  </td>
                  <td>
                    <StatusBadge status={r.status} />
                    {r.status === 'rejected' && r.rejectionReason && (
                      <p class="hint">{t('catalogue:own.reason', { reason: r.rejectionReason })}</p>
                    )}
                  </td>
                  <td>
                    <a href={`/app/catalogue/courses/${r.id}/edit`}>{t('catalogue:own.edit')}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  )
}
