import { EmptyState, Notice, PageHeader } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { PlanRow } from '../service/plans.ts'
import { CivilDate, PlanStatusBadge } from './parts.tsx'

/** `/app/plans`: the school's action plans with their progress and warnings. */
export function PlanListPage(props: {
  rows: PlanRow[]
  canManage: boolean
  notice?: string | undefined
}) {
  const { t } = useUi()
  const add = props.canManage ? (
    <a class="btn btn-primary" href="/app/plans/new">
      {t('plans:list.new')}
    </a>
  ) : undefined
  return (
    <>
      <PageHeader title={t('plans:list.title')}>{add}</PageHeader>
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <p class="hint">{t('plans:list.intro')}</p>
      {props.rows.length === 0 ? (
        <EmptyState title={t('plans:list.emptyTitle')}>{t('plans:list.empty')}</EmptyState>
      ) : (
        <TableWrap labelledBy="plans-caption">
          <table>
            <caption id="plans-caption">
              {t('plans:list.caption', { count: props.rows.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('plans:fields.title')}</th>
                <th scope="col">{t('plans:fields.period')}</th>
                <th scope="col">{t('plans:fields.status')}</th>
                <th scope="col">{t('plans:list.progress')}</th>
                <th scope="col">{t('plans:list.warnings')}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((p) => (
                <tr>
                  <td>
                    <a href={`/app/plans/${p.id}`}>{p.title}</a>
                  </td>
                  <td>
                    <CivilDate date={p.startsOn} /> – <CivilDate date={p.endsOn} />
                  </td>
                  <td>
                    <PlanStatusBadge status={p.status} />
                  </td>
                  <td>{t('plans:list.doneOf', { done: p.done, count: p.actions })}</td>
                  <td>
                    {p.flagged > 0 ? (
                      <span class="badge badge-warn">
                        {t('plans:list.flagged', { count: p.flagged })}
                      </span>
                    ) : (
                      t('plans:list.noWarnings')
                    )}
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
