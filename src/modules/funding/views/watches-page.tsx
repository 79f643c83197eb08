import { Button, Form, Notice, PageHeader } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { WatchedOpportunity } from '../service/watches.ts'
import { ConfidenceBadge, DeadlineText, FundingTabs, Txt } from './parts.tsx'

/** `/app/funding/watches`: what the school's people watch, who, and the next deadline. */
export function WatchesPage(props: {
  rows: WatchedOpportunity[]
  now: Date
  notice?: string | undefined
}) {
  const { t } = useUi()
  return (
    <>
      <PageHeader title={t('funding:watches.title')} />
      <FundingTabs />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <p class="hint">{t('funding:watches.intro')}</p>
      {props.rows.length === 0 ? (
        <p>
          {t('funding:watches.empty')} <a href="/app/funding">{t('funding:watches.browse')}</a>
        </p>
      ) : (
        <TableWrap labelledBy="watches-caption">
          <table>
            <caption id="watches-caption">
              {t('funding:watches.caption', { count: props.rows.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('funding:list.opportunity')}</th>
                <th scope="col">{t('funding:list.nextDeadline')}</th>
                <th scope="col">{t('funding:watches.who')}</th>
                <th scope="col">{t('funding:watches.you')}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map(({ opportunity: o, watchers, isWatching }) => (
                <tr>
                  <td>
                    <a href={`/app/funding/opportunities/${o.id}`}>
                      <Txt text={o.title} />
                    </a>
                    <br />
                    <span class="muted">{o.actionCode}</span>{' '}
                    <ConfidenceBadge confidence={o.confidence} />
                  </td>
                  <td>
                    {o.nextDeadline ? (
                      <DeadlineText deadline={o.nextDeadline} now={props.now} />
                    ) : (
                      t('funding:list.noDeadline')
                    )}
                  </td>
                  <td>{watchers.join(', ')}</td>
                  <td>
                    <Form
                      action={`/app/funding/opportunities/${o.id}/${isWatching ? 'unwatch' : 'watch'}`}
                      class="inline-form"
                    >
                      <input type="hidden" name="back" value="watches" />
                      <Button variant="secondary">
                        {t(isWatching ? 'funding:watch.stop' : 'funding:watch.start')}
                        <span class="visually-hidden">: {o.actionCode}</span>
                      </Button>
                    </Form>
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
