import { DateTime, EmptyState, Notice, PageHeader } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { linkify } from './linkify.tsx'
import type { OutboxMessage } from './service.ts'

const STATUS_BADGE = { stored: 'badge', sent: 'badge badge-ok', failed: 'badge badge-warn' }

function Status({ status }: { status: OutboxMessage['status'] }) {
  const { t } = useUi()
  return <span class={STATUS_BADGE[status]}>{t(`mail:status.${status}`)}</span>
}

function DeliveryNotice({ isConfigured }: { isConfigured: boolean }) {
  const { t } = useUi()
  return isConfigured ? (
    <p>{t('mail:delivery.configured')}</p>
  ) : (
    <Notice kind="info">{t('mail:delivery.notConfigured')}</Notice>
  )
}

/** The messages Ura wrote for the organisation, newest first. */
export function OutboxPage({
  messages,
  isConfigured,
  limit,
}: {
  messages: OutboxMessage[]
  isConfigured: boolean
  limit: number
}) {
  const { t } = useUi()
  return (
    <>
      <PageHeader title={t('mail:title')} />
      <DeliveryNotice isConfigured={isConfigured} />
      {messages.length === 0 ? (
        <EmptyState title={t('mail:empty.title')}>{t('mail:empty.body')}</EmptyState>
      ) : (
        <TableWrap labelledBy="outbox-caption">
          <table>
            <caption id="outbox-caption">{t('mail:list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mail:list.subject')}</th>
                <th scope="col">{t('mail:list.to')}</th>
                <th scope="col">{t('mail:list.date')}</th>
                <th scope="col">{t('mail:list.status')}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr>
                  <th scope="row">
                    <a href={`/app/outbox/${m.id}`}>{m.subject}</a>
                    {m.tenantId === null && (
                      <>
                        {' '}
                        <span class="badge">{t('mail:list.noOrganisation')}</span>
                      </>
                    )}
                  </th>
                  <td>{m.to}</td>
                  <td>
                    <DateTime value={m.createdAt} />
                  </td>
                  <td>
                    <Status status={m.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {messages.length >= limit && <p class="muted">{t('mail:list.limited', { count: limit })}</p>}
    </>
  )
}

/** One message in full, its links clickable (the offline demo relies on them). */
export function OutboxMessagePage({
  message,
  isConfigured,
}: {
  message: OutboxMessage
  isConfigured: boolean
}) {
  const { t } = useUi()
  return (
    <>
      <PageHeader title={message.subject} />
      <DeliveryNotice isConfigured={isConfigured} />
      <dl class="facts">
        <dt>{t('mail:message.to')}</dt>
        <dd>{message.to}</dd>
        <dt>{t('mail:message.subject')}</dt>
        <dd>{message.subject}</dd>
        <dt>{t('mail:message.date')}</dt>
        <dd>
          <DateTime value={message.createdAt} />
        </dd>
        <dt>{t('mail:message.status')}</dt>
        <dd>
          <Status status={message.status} />
          {message.sentAt && (
            <>
              {' '}
              <DateTime value={message.sentAt} />
            </>
          )}
        </dd>
        {message.status === 'failed' && message.error && (
          <>
            <dt>{t('mail:message.error')}</dt>
            <dd>{message.error}</dd>
          </>
        )}
      </dl>
      <h2>{t('mail:message.body')}</h2>
      <pre class="mail">{linkify(message.text)}</pre>
      <p>
        <a href="/app/outbox">{t('mail:message.back')}</a>
      </p>
    </>
  )
}
