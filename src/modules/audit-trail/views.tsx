import type { T } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { ROLES } from '#src/lib/roles.ts'
import { Button, DateTime, EmptyState, Form, PageHeader, SelectField } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { CHANGED, isSensitiveField } from '../audit/index.ts'
import { type EntityName, entityKey } from './entities.ts'
import { AUDIT_ACTIONS, ENTITY_TYPES, FIELD_NAMES, isKnownAction } from './labels.ts'
import type { AuditItem } from './service.ts'

type Change = { from?: unknown; to?: unknown }

function actionLabel(t: T, action: string) {
  return isKnownAction(action) ? t(`audit:action.${action}`) : t('audit:action.unknown', { action })
}

function formatValue(t: T, locale: string, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('audit:value.empty')
  if (value === CHANGED) return t('audit:value.changed')
  if (typeof value === 'boolean') return value ? t('audit:value.yes') : t('audit:value.no')
  if (field === 'role' && (ROLES as readonly unknown[]).includes(value)) {
    return t(`common:roles.${value}`)
  }
  if (Array.isArray(value)) return value.map((v) => formatValue(t, locale, field, v)).join(', ')
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${formatValue(t, locale, field, v)}`)
      .join('; ')
  }
  const text = String(value)
  return text.length > 200 ? `${text.slice(0, 200)}…` : text
}

function Changes({ changes }: { changes: Record<string, Change> }) {
  const { t, locale } = useUi()
  const entries = Object.entries(changes)
  if (entries.length === 0) return <span class="muted">—</span>
  return (
    <ul class="audit-changes">
      {entries.map(([field, change]) => {
        const name = FIELD_NAMES.has(field) ? t(`audit:field.${field}`) : field
        // Sensitive values never show, whatever was stored.
        if (isSensitiveField(field) || change.to === CHANGED) {
          return <li>{t('audit:change.changed', { field: name })}</li>
        }
        const to = formatValue(t, locale, field, change.to)
        if (!('from' in change) || change.from === null || change.from === undefined) {
          return <li>{t('audit:change.set', { field: name, to })}</li>
        }
        const from = formatValue(t, locale, field, change.from)
        return <li>{t('audit:change.fromTo', { field: name, from, to })}</li>
      })}
    </ul>
  )
}

function Entity({ item, name }: { item: AuditItem; name: EntityName | undefined }) {
  const { t, locale } = useUi()
  const type = ENTITY_TYPES.has(item.entityType)
    ? t(`audit:entity.${item.entityType}`)
    : item.entityType
  const picked = typeof name === 'object' ? pickText(name, locale) : null
  return (
    <>
      <span class="muted">{type}</span>{' '}
      {picked ? (
        <span lang={picked.lang}>{picked.value}</span>
      ) : name ? (
        <span>{name}</span>
      ) : (
        <code>{item.entityId.slice(0, 8)}</code>
      )}
      {item.tenantId === null && (
        <>
          {' '}
          <span class="badge">{t('audit:list.noOrganisation')}</span>
        </>
      )}
    </>
  )
}

function Filter({ action }: { action: string | undefined }) {
  const { t } = useUi()
  return (
    <Form action="/app/audit" method="get" class="audit-filter">
      <SelectField
        name="action"
        label={t('audit:filter.action')}
        value={action ?? ''}
        placeholder={t('audit:filter.all')}
        options={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`audit:action.${a}`) }))}
      />
      <Button variant="secondary">{t('audit:filter.submit')}</Button>
    </Form>
  )
}

/** Who changed what and when in the organisation, newest first. */
export function AuditPage({
  items,
  names,
  nextBefore,
  action,
  isFirstPage,
}: {
  items: AuditItem[]
  names: Map<string, EntityName>
  nextBefore: string | null
  action: string | undefined
  isFirstPage: boolean
}) {
  const { t } = useUi()
  const query = (extra: Record<string, string>) => {
    const params = new URLSearchParams(action ? { action, ...extra } : extra)
    const text = params.toString()
    return text ? `/app/audit?${text}` : '/app/audit'
  }
  return (
    <>
      <PageHeader title={t('audit:title')} />
      <p>{t('audit:intro')}</p>
      <Filter action={action} />
      {items.length === 0 ? (
        <EmptyState title={t('audit:empty.title')}>{t('audit:empty.body')}</EmptyState>
      ) : (
        <TableWrap labelledBy="audit-caption">
          <table>
            <caption id="audit-caption">{t('audit:list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit:list.when')}</th>
                <th scope="col">{t('audit:list.who')}</th>
                <th scope="col">{t('audit:list.what')}</th>
                <th scope="col">{t('audit:list.record')}</th>
                <th scope="col">{t('audit:list.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr>
                  <td>
                    <DateTime value={item.createdAt} />
                  </td>
                  <td>{item.actorName ?? <span class="muted">{t('audit:list.system')}</span>}</td>
                  <td>{actionLabel(t, item.action)}</td>
                  <td>
                    <Entity
                      item={item}
                      name={names.get(entityKey(item.entityType, item.entityId))}
                    />
                  </td>
                  <td>
                    <Changes changes={item.changes} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <nav class="pager" aria-label={t('audit:list.pages')}>
        <ul class="links">
          {!isFirstPage && (
            <li>
              <a href={query({})}>{t('audit:list.newest')}</a>
            </li>
          )}
          {nextBefore && (
            <li>
              <a href={query({ before: nextBefore })}>{t('audit:list.older')}</a>
            </li>
          )}
        </ul>
      </nav>
    </>
  )
}
