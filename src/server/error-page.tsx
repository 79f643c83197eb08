import { useUi } from '#src/ui/use-ui.ts'

export function ErrorPage({
  status,
  messageKey,
  params,
}: {
  status: number
  messageKey: string
  params?: Record<string, unknown>
}) {
  const { t, actor, locale } = useUi()
  return (
    <section class="error-page">
      <h1>{t(messageKey, params)}</h1>
      <p class="muted">{t('common:errors.status', { status })}</p>
      <p>
        <a href={actor ? '/app' : `/${locale}/`}>{t('common:errors.backHome')}</a>
      </p>
    </section>
  )
}
