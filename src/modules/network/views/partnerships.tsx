import type { FieldErrors } from '#src/lib/errors.ts'
import { LOCALES } from '#src/lib/i18n.ts'
import { numberFormat } from '#src/lib/intl.ts'
import { type LocalizedText, presentLanguages } from '#src/lib/localized-text.ts'
import { can } from '#src/lib/policy.ts'
import { Button, ErrorSummary, Field, Form, Notice, SelectField } from '#src/ui/components.tsx'
import { LocalizedTextView, MultilingualField } from '#src/ui/multilingual-field.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { PartnershipView } from '../partnerships.ts'
import { PARTNERSHIP_KINDS } from '../schema.ts'
import type { PartnershipStatus } from '../status.ts'
import { Badge, Country, Day, KosovoNote, NetworkPage, OrgName, orgNameText } from './shared.tsx'

export type Choice = { id: string; name: LocalizedText; defaultLocale: string; country: string }
export type Activity = { code: string; name: string }

const STATUSES: PartnershipStatus[] = ['upcoming', 'active', 'expiring', 'expired']

/** An activity type's name in the reader's language (the grant calculator's translations). */
function activityName(t: (k: string, p?: Record<string, unknown>) => string, a: Activity) {
  const key = `grants:activity.${a.code}`
  const name = t(key)
  return name === key || name === `activity.${a.code}` ? a.name : name
}

function StatusFilter({ status }: { status: PartnershipStatus | undefined }) {
  const { t } = useUi()
  return (
    <search>
      <form method="get" action="/app/network/partnerships" class="filters">
        <SelectField
          name="status"
          label={t('network:partnerships.status')}
          value={status}
          placeholder={t('network:partnerships.anyStatus')}
          options={STATUSES.map((s) => ({ value: s, label: t(`network:status.${s}`) }))}
        />
        <Button variant="secondary">{t('network:directory.filter')}</Button>
      </form>
    </search>
  )
}

/** `/app/network/partnerships`: the active organisation's agreements. */
export function PartnershipListPage({
  items,
  status,
  notice,
}: {
  items: PartnershipView[]
  status: PartnershipStatus | undefined
  notice?: string | undefined
}) {
  const { t, actor } = useUi()
  return (
    <NetworkPage
      title={t('network:partnerships.title')}
      actions={
        can(actor, 'network.manage') && (
          <a class="btn btn-primary" href="/app/network/partnerships/new">
            {t('network:partnerships.new')}
          </a>
        )
      }
    >
      {notice && <Notice>{t(notice)}</Notice>}
      <StatusFilter status={status} />
      <p role="status">{t('network:partnerships.count', { count: items.length })}</p>
      {items.length > 0 && (
        <TableWrap labelledBy="partnerships-caption">
          <table>
            <caption id="partnerships-caption">{t('network:partnerships.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('network:fields.partner')}</th>
                <th scope="col">{t('network:fields.kind')}</th>
                <th scope="col">{t('network:fields.validFrom')}</th>
                <th scope="col">{t('network:fields.validTo')}</th>
                <th scope="col">{t('network:partnerships.status')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr>
                  <th scope="row">
                    <OrgName
                      name={p.partnerName}
                      defaultLocale={p.partnerLocale}
                      href={`/app/network/partnerships/${p.id}`}
                    />
                  </th>
                  <td>{t(`network:kind.${p.kind}`)}</td>
                  <td>
                    <Day value={p.validFrom} />
                  </td>
                  <td>
                    <Day value={p.validTo} />
                  </td>
                  <td>
                    <Badge status={p.status} label={t(`network:status.${p.status}`)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </NetworkPage>
  )
}

type DetailProps = {
  p: PartnershipView
  activities: Activity[]
  documentErrors?: FieldErrors | undefined
  notice?: string | undefined
}

/** `/app/network/partnerships/:id`: one agreement, its quotas and its signed document. */
export function PartnershipPage({ p, activities, documentErrors, notice }: DetailProps) {
  const { t, locale, actor } = useUi()
  const fmt = numberFormat(locale)
  const quotas = activities.filter((a) => (p.quotas[a.code] ?? 0) > 0)
  const manage = can(actor, 'network.manage')
  const title = t('network:partnerships.detailTitle', {
    kind: t(`network:kind.${p.kind}`),
    partner: orgNameText(p.partnerName, locale, p.partnerLocale),
  })
  return (
    <NetworkPage
      title={title}
      actions={
        manage && (
          <>
            <a class="btn btn-secondary" href={`/app/network/partnerships/${p.id}/edit`}>
              {t('network:partnerships.edit')}
            </a>{' '}
            <a class="btn btn-danger" href={`/app/network/partnerships/${p.id}/delete`}>
              {t('network:delete.button')}
            </a>
          </>
        )
      }
    >
      {notice && <Notice>{t(notice)}</Notice>}
      <dl class="facts">
        <dt>{t('network:fields.partner')}</dt>
        <dd>
          <OrgName
            name={p.partnerName}
            defaultLocale={p.partnerLocale}
            href={`/app/network/organisations/${p.partnerId}`}
          />{' '}
          (<Country code={p.partnerCountry} />)
        </dd>
        <dt>{t('network:fields.kind')}</dt>
        <dd>{t(`network:kind.${p.kind}`)}</dd>
        <dt>{t('network:fields.validity')}</dt>
        <dd>
          <Day value={p.validFrom} /> – <Day value={p.validTo} />
        </dd>
        <dt>{t('network:partnerships.status')}</dt>
        <dd>
          <Badge status={p.status} label={t(`network:status.${p.status}`)} />{' '}
          {p.daysLeft >= 0 && t('network:partnerships.daysLeft', { count: p.daysLeft })}
        </dd>
        <dt>{t('network:fields.scope')}</dt>
        <dd>
          {presentLanguages(p.scope).length > 0 ? (
            <LocalizedTextView value={p.scope} />
          ) : (
            <span class="muted">{t('network:partnerships.noScope')}</span>
          )}
        </dd>
      </dl>
      <h2>{t('network:fields.quotas')}</h2>
      {quotas.length === 0 ? (
        <p>{t('network:partnerships.noQuotas')}</p>
      ) : (
        <TableWrap labelledBy="quotas-caption">
          <table>
            <caption id="quotas-caption">{t('network:partnerships.quotasCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('network:fields.activity')}</th>
                <th scope="col">{t('network:fields.perYear')}</th>
              </tr>
            </thead>
            <tbody>
              {quotas.map((a) => (
                <tr>
                  <th scope="row">
                    {activityName(t, a)} <span class="muted">({a.code})</span>
                  </th>
                  <td>{fmt.format(p.quotas[a.code] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <h2 id="document">{t('network:document.title')}</h2>
      {p.hasDocument ? (
        <p>
          <a href={`/app/network/partnerships/${p.id}/document`}>
            {t('network:document.download', { name: p.documentName ?? '' })}
          </a>{' '}
          <span class="muted">
            {t('network:document.size', {
              size: fmt.format(Math.ceil((p.documentSize ?? 0) / 1024)),
            })}
          </span>
        </p>
      ) : (
        <p>{t('network:document.none')}</p>
      )}
      {manage && (
        <>
          <ErrorSummary errors={documentErrors} />
          <Form action={`/app/network/partnerships/${p.id}/document`} enctype="multipart/form-data">
            <div class={documentErrors?.document ? 'field has-error' : 'field'}>
              <label for="f-document">{t('network:document.file')}</label>
              <p class="hint" id="f-document-hint">
                {t('network:document.hint')}
              </p>
              {documentErrors?.document && (
                <p class="error" id="f-document-error">
                  {t(documentErrors.document)}
                </p>
              )}
              <input
                id="f-document"
                name="document"
                type="file"
                accept="application/pdf,.pdf"
                aria-describedby={
                  documentErrors?.document ? 'f-document-hint f-document-error' : 'f-document-hint'
                }
                aria-invalid={documentErrors?.document ? 'true' : undefined}
              />
            </div>
            <Button variant="secondary">{t('network:document.upload')}</Button>
          </Form>
        </>
      )}
      <KosovoNote countries={[p.partnerCountry]} />
    </NetworkPage>
  )
}

export type PartnershipFormValues = {
  partnerId: string
  kind: string
  validFrom: string
  validTo: string
  scope: LocalizedText
  quotas: Record<string, string>
}

export const NEW_PARTNERSHIP: PartnershipFormValues = {
  partnerId: '',
  kind: 'memorandum',
  validFrom: '',
  validTo: '',
  scope: {},
  quotas: {},
}

type FormProps = {
  title: string
  action: string
  cancelHref: string
  values: PartnershipFormValues
  choices: Choice[]
  activities: Activity[]
  errors?: FieldErrors | undefined
}

/** The agreement form, for a new agreement and for changing one (a renewal). */
export function PartnershipFormPage(props: FormProps) {
  const { t, locale } = useUi()
  const { values } = props
  const e = props.errors ?? {}
  const languages = [...new Set([...LOCALES, ...presentLanguages(values.scope)])]
  return (
    <NetworkPage title={props.title}>
      <ErrorSummary errors={props.errors} />
      <Form action={props.action}>
        <SelectField
          name="partnerId"
          label={t('network:fields.partner')}
          hint={t('network:partnerships.partnerHint')}
          value={values.partnerId}
          placeholder={t('network:fields.choosePartner')}
          options={props.choices.map((c) => ({
            value: c.id,
            label: `${orgNameText(c.name, locale, c.defaultLocale)} (${c.country})`,
          }))}
          error={e.partnerId}
          required
        />
        <SelectField
          name="kind"
          label={t('network:fields.kind')}
          value={values.kind}
          options={PARTNERSHIP_KINDS.map((k) => ({ value: k, label: t(`network:kind.${k}`) }))}
          error={e.kind}
          required
        />
        <Field
          name="validFrom"
          type="date"
          label={t('network:fields.validFrom')}
          value={values.validFrom}
          error={e.validFrom}
          required
        />
        <Field
          name="validTo"
          type="date"
          label={t('network:fields.validTo')}
          hint={t('network:partnerships.validToHint')}
          value={values.validTo}
          error={e.validTo}
          required
        />
        <MultilingualField
          name="scope"
          label={t('network:fields.scope')}
          hint={t('network:partnerships.scopeHint')}
          value={values.scope}
          languages={languages}
          errors={props.errors}
          multiline
          maxlength={4000}
        />
        <fieldset class="field" id="f-quotas">
          <legend>{t('network:fields.quotas')}</legend>
          <p class="hint">{t('network:partnerships.quotasHint')}</p>
          {e.quotas && <p class="error">{t(e.quotas)}</p>}
          {props.activities.map((a) => (
            <Field
              name={`quotas.${a.code}`}
              label={t('network:partnerships.quotaLabel', {
                activity: activityName(t, a),
                code: a.code,
              })}
              value={values.quotas[a.code] ?? ''}
              inputmode="numeric"
              error={e[`quotas.${a.code}`]}
              maxlength={5}
            />
          ))}
        </fieldset>
        <div class="form-actions">
          <Button>{t('common:form.save')}</Button>{' '}
          <a href={props.cancelHref}>{t('common:form.cancel')}</a>
        </div>
      </Form>
    </NetworkPage>
  )
}
