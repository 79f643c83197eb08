import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import {
  Button,
  DateTime,
  EmptyState,
  ErrorSummary,
  Field,
  Form,
  Notice,
  PageHeader,
  SelectField,
} from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { EXPIRY_CHOICES } from './inputs.ts'
import { type ApiTokenView, TOKEN_PREFIX, tokenStatus } from './service.ts'

const str = (v: unknown) => (typeof v === 'string' ? v : '')

const STATUS_BADGE = { active: 'badge badge-ok', expired: 'badge badge-warn', revoked: 'badge' }

function Never() {
  const { t } = useUi()
  return <span class="muted">{t('tokens:list.never')}</span>
}

function TokenTable({ tokens, now }: { tokens: ApiTokenView[]; now: Date }) {
  const { t } = useUi()
  return (
    <TableWrap labelledBy="tokens-caption">
      <table>
        <caption id="tokens-caption">{t('tokens:list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tokens:list.name')}</th>
            <th scope="col">{t('tokens:list.prefix')}</th>
            <th scope="col">{t('tokens:list.created')}</th>
            <th scope="col">{t('tokens:list.lastUsed')}</th>
            <th scope="col">{t('tokens:list.expires')}</th>
            <th scope="col">{t('tokens:list.status')}</th>
            <th scope="col">{t('tokens:list.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => {
            const status = tokenStatus(token, now)
            return (
              <tr>
                <th scope="row">{token.name}</th>
                <td>
                  <code>{`${TOKEN_PREFIX}${token.prefix}…`}</code>
                </td>
                <td>
                  <DateTime value={token.createdAt} />
                </td>
                <td>{token.lastUsedAt ? <DateTime value={token.lastUsedAt} /> : <Never />}</td>
                <td>{token.expiresAt ? <DateTime value={token.expiresAt} /> : <Never />}</td>
                <td>
                  <span class={STATUS_BADGE[status]}>{t(`tokens:status.${status}`)}</span>
                  {token.revokedAt && (
                    <>
                      {' '}
                      <DateTime value={token.revokedAt} />
                    </>
                  )}
                </td>
                <td>
                  {status !== 'revoked' && (
                    <Form action={`/app/tokens/${token.id}/revoke`} class="inline">
                      <button
                        type="submit"
                        class="btn btn-danger"
                        aria-label={t('tokens:list.revokeNamed', { name: token.name })}
                      >
                        {t('tokens:list.revoke')}
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableWrap>
  )
}

/** The person's tokens in the active organisation, and the form to make a new one. */
export function TokensPage({
  tokens,
  now,
  values = {},
  errors,
  notice,
}: {
  tokens: ApiTokenView[]
  now: Date
  values?: FormValues
  errors?: FieldErrors | undefined
  notice?: string | undefined
}) {
  const { t } = useUi()
  return (
    <>
      <PageHeader title={t('tokens:title')} />
      {notice && <Notice>{t(notice)}</Notice>}
      <p>{t('tokens:intro')}</p>
      <p>
        <a href="/api/openapi.json">{t('tokens:apiDocs')}</a>
      </p>
      {tokens.length === 0 ? (
        <EmptyState title={t('tokens:empty.title')}>{t('tokens:empty.body')}</EmptyState>
      ) : (
        <TokenTable tokens={tokens} now={now} />
      )}
      <section aria-labelledby="new-token-h">
        <h2 id="new-token-h">{t('tokens:create.title')}</h2>
        <ErrorSummary errors={errors} />
        <Form action="/app/tokens">
          <Field
            name="name"
            label={t('tokens:create.name')}
            hint={t('tokens:create.nameHint')}
            value={str(values.name)}
            error={errors?.name}
            maxlength={100}
            required
          />
          <SelectField
            name="expiresInDays"
            label={t('tokens:create.expires')}
            value={str(values.expiresInDays) || '90'}
            error={errors?.expiresInDays}
            options={EXPIRY_CHOICES.map((v) => ({ value: v, label: t(`tokens:expiry.${v}`) }))}
          />
          <Button>{t('tokens:create.submit')}</Button>
        </Form>
      </section>
    </>
  )
}

/** Shown once, right after creation: the only time the secret is ever displayed. */
export function TokenCreatedPage({
  token,
  row,
  baseUrl,
}: {
  token: string
  row: ApiTokenView
  baseUrl: string
}) {
  const { t, locale, timeZone } = useUi()
  const expires = row.expiresAt
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(row.expiresAt)
    : null
  return (
    <section>
      <PageHeader title={t('tokens:created.title')} />
      <Notice kind="warning">{t('tokens:created.once')}</Notice>
      <div class="field">
        <label for="new-token">{t('tokens:created.label', { name: row.name })}</label>
        <input id="new-token" class="token-value" type="text" value={token} readonly />
      </div>
      <p>
        {expires ? t('tokens:created.expiresOn', { date: expires }) : t('tokens:created.noExpiry')}
      </p>
      <h2>{t('tokens:created.tryIt')}</h2>
      <pre class="mail">
        <code>{`curl -H "Authorization: Bearer ${token}" ${baseUrl}/api/v1/me`}</code>
      </pre>
      <p>
        <a href="/app/tokens">{t('tokens:created.back')}</a>
      </p>
    </section>
  )
}
