import type { PropsWithChildren } from 'hono/jsx'
import { formatDateRange } from '#src/lib/dates.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import type { T } from '#src/lib/i18n.ts'
import { Button, ErrorSummary, Form } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { HostCompanyDetail } from '../host-companies.ts'
import type { PartnershipView } from '../partnerships.ts'
import type { TwinningPair } from '../twinning.ts'
import { orgNameText } from './shared.tsx'

type Refusal = { errors?: FieldErrors | undefined; params?: Record<string, unknown> | undefined }

/** The confirmation pages' headings, which are their titles too. */
export const deleteTitle = {
  partnership: (t: T, locale: string, p: PartnershipView) =>
    t('network:delete.partnershipTitle', {
      partner: orgNameText(p.partnerName, locale, p.partnerLocale),
    }),
  twinning: (t: T, locale: string, pair: TwinningPair) =>
    t('network:delete.twinningTitle', {
      coach: orgNameText(pair.coachName, locale, pair.coachLocale),
      coached: orgNameText(pair.coachedName, locale, pair.coachedLocale),
    }),
  host: (t: T, locale: string, detail: HostCompanyDetail) =>
    t('network:delete.hostTitle', {
      name: orgNameText(detail.company.name, locale, detail.company.defaultLocale),
    }),
}

/** The shell of a delete confirmation: what goes, one danger button, a way back. */
function ConfirmDelete({
  title,
  action,
  cancelHref,
  errors,
  params,
  children,
}: PropsWithChildren<{ title: string; action: string; cancelHref: string } & Refusal>) {
  const { t } = useUi()
  return (
    <section class="narrow">
      <h1>{title}</h1>
      <ErrorSummary errors={errors} params={params} />
      {children}
      <p>{t('network:delete.irreversible')}</p>
      <Form action={action}>
        <Button variant="danger">{t('network:delete.submit')}</Button>
      </Form>
      <p>
        <a href={cancelHref}>{t('common:form.cancel')}</a>
      </p>
    </section>
  )
}

/** `/app/network/partnerships/:id/delete`: the agreement, its signed PDF, its reminders. */
export function DeletePartnershipPage({ p, ...refusal }: { p: PartnershipView } & Refusal) {
  const { t, locale } = useUi()
  const partner = orgNameText(p.partnerName, locale, p.partnerLocale)
  return (
    <ConfirmDelete
      title={deleteTitle.partnership(t, locale, p)}
      action={`/app/network/partnerships/${p.id}/delete`}
      cancelHref={`/app/network/partnerships/${p.id}`}
      {...refusal}
    >
      <p>
        {t('network:delete.partnershipExplain', {
          partner,
          period: formatDateRange(locale, p.validFrom, p.validTo),
        })}
      </p>
      <ul>
        {p.documentName && (
          <li>{t('network:delete.partnershipDocument', { name: p.documentName })}</li>
        )}
        <li>{t('network:delete.partnershipReminders')}</li>
      </ul>
    </ConfirmDelete>
  )
}

/** `/app/network/twinning/:id/delete`: the pair, its goals and their notes. */
export function DeleteTwinningPage({
  pair,
  goals,
  notes,
  ...refusal
}: { pair: TwinningPair; goals: number; notes: number } & Refusal) {
  const { t, locale } = useUi()
  const names = {
    coach: orgNameText(pair.coachName, locale, pair.coachLocale),
    coached: orgNameText(pair.coachedName, locale, pair.coachedLocale),
  }
  return (
    <ConfirmDelete
      title={deleteTitle.twinning(t, locale, pair)}
      action={`/app/network/twinning/${pair.id}/delete`}
      cancelHref={`/app/network/twinning/${pair.id}`}
      {...refusal}
    >
      <p>{t('network:delete.twinningExplain', names)}</p>
      <ul>
        <li>{t('network:delete.goals', { count: goals })}</li>
        <li>{t('network:delete.notes', { count: notes })}</li>
      </ul>
    </ConfirmDelete>
  )
}

/** `/app/network/host-companies/:id/delete`: the entry, its capacity and its checks. */
export function DeleteHostPage({ detail, ...refusal }: { detail: HostCompanyDetail } & Refusal) {
  const { t, locale } = useUi()
  const { company } = detail
  const name = orgNameText(company.name, locale, company.defaultLocale)
  return (
    <ConfirmDelete
      title={deleteTitle.host(t, locale, detail)}
      action={`/app/network/host-companies/${company.id}/delete`}
      cancelHref={`/app/network/host-companies/${company.id}`}
      {...refusal}
    >
      <p>{t('network:delete.hostExplain', { name })}</p>
      <ul>
        <li>{t('network:delete.capacities', { count: detail.capacities.length })}</li>
        <li>{t('network:delete.checks', { count: detail.checks.length })}</li>
      </ul>
    </ConfirmDelete>
  )
}
