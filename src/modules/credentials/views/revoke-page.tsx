import type { FieldErrors } from '#src/lib/errors.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { Button, ErrorSummary, Form, PageHeader, TextAreaField } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { Credential } from '../service.ts'

/** Confirms a revocation and asks why; the reason is shown on the public verification page. */
export function RevokePage({
  credential: c,
  reason,
  errors,
}: {
  credential: Credential
  reason?: string
  errors?: FieldErrors | undefined
}) {
  const { t, locale } = useUi()
  const name = pickText(c.achievement.name, locale)
  const page = `/${locale}/credentials/${c.code}`
  if (c.revokedAt) {
    return (
      <>
        <PageHeader title={t('credentials:revoke.title')} />
        <p>{t('credentials:revoke.already', { reason: c.revokedReason ?? '' })}</p>
        <p>
          <a href={page}>{t('credentials:revoke.view')}</a>
        </p>
      </>
    )
  }
  return (
    <>
      <PageHeader title={t('credentials:revoke.title')} />
      <ErrorSummary errors={errors} />
      <p>
        {t('credentials:revoke.question', { name: c.recipientName })}{' '}
        <strong lang={name.lang}>{name.value}</strong> (<code>{c.code}</code>)
      </p>
      <p>{t('credentials:revoke.help')}</p>
      <Form action={`/app/credentials/${c.id}/revoke`}>
        <TextAreaField
          name="reason"
          label={t('credentials:revoke.reason')}
          hint={t('credentials:revoke.reasonHint')}
          value={reason}
          error={errors?.reason}
          required
          rows={3}
          maxlength={500}
        />
        <div class="form-actions">
          <Button variant="danger">{t('credentials:revoke.confirm')}</Button>
          <a href={page}>{t('common:form.cancel')}</a>
        </div>
      </Form>
    </>
  )
}
