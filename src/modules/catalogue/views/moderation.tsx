import type { FieldErrors } from '#src/lib/errors.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import {
  Button,
  EmptyState,
  ErrorSummary,
  Form,
  Notice,
  PageHeader,
  TextAreaField,
} from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { Entry } from '../service/entries.ts'
import { EntryTitle, MissingLanguages, ProviderName, When, Where } from './parts.tsx'

/** `/app/catalogue/courses/moderation`: pending entries, each to approve or reject with a reason. */
export function ModerationPage(props: {
  rows: Entry[]
  names: Map<string, LocalizedText>
  notice?: string | undefined
  /** The entry whose rejection failed, its errors (on `reason-<id>`) and what was typed. */
  failed?: { id: string; errors: FieldErrors; reason: string } | undefined
}) {
  const { t, locale } = useUi()
  return (
    <>
      <PageHeader title={t('catalogue:moderation.title')} />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <ErrorSummary errors={props.failed?.errors} />
      <p class="hint">{t('catalogue:moderation.intro')}</p>
      {props.rows.length === 0 ? (
        <EmptyState title={t('catalogue:moderation.emptyTitle')}>
          {t('catalogue:moderation.empty')}
        </EmptyState>
      ) : (
        props.rows.map((r) => {
          const failed = props.failed?.id === r.id ? props.failed : undefined
          const school = props.names.get(r.tenantId)
          return (
            <article class="card" aria-labelledby={`entry-${r.id}`}>
              <h2 id={`entry-${r.id}`}>
                <EntryTitle title={r.title} />
              </h2>
              <MissingLanguages value={r.title} />
              <p>
                {t('catalogue:moderation.submittedBy', {
                  school: school ? pickText(school, locale).value : '',
                })}
              </p>
              <p>
                {t('catalogue:fields.provider')}:{' '}
                <ProviderName
                  name={(r.providerOrgId && props.names.get(r.providerOrgId)) || r.providerName}
                />{' '}
                · <When entry={r} /> · <Where entry={r} />
              </p>
              <p>{pickText(r.description, locale).value}</p>
              <Form action={`/app/catalogue/courses/${r.id}/approve`}>
                <Button>{t('catalogue:moderation.approve')}</Button>
              </Form>
              <Form action={`/app/catalogue/courses/${r.id}/reject`}>
                <TextAreaField
                  name={`reason-${r.id}`}
                  label={t('catalogue:moderation.reason')}
                  value={failed?.reason ?? ''}
                  error={failed?.errors[`reason-${r.id}`]}
                  rows={2}
                  maxlength={1000}
                />
                <Button variant="danger">{t('catalogue:moderation.reject')}</Button>
              </Form>
            </article>
          )
        })
      )}
    </>
  )
}
