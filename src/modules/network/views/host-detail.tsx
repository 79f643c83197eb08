import { formatDateRange } from '#src/lib/dates.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { languageName } from '#src/lib/i18n.ts'
import { listFormat, numberFormat } from '#src/lib/intl.ts'
import { can } from '#src/lib/policy.ts'
import { Button, ErrorSummary, Field, Form, Notice, SelectField } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { HostCompanyDetail } from '../host-companies.ts'
import { CHECK_TYPES } from '../schema.ts'
import { Badge, Country, Day, KosovoNote, NetworkPage, orgNameText } from './shared.tsx'

export type CapacityValues = { learners: string; fromDate: string; toDate: string; note: string }
export type CheckValues = {
  checkType: string
  checkedOn: string
  checkedBy: string
  validUntil: string
}

type DetailProps = {
  detail: HostCompanyDetail
  capacity?: { values: CapacityValues; errors: FieldErrors } | undefined
  check?: { values: CheckValues; errors: FieldErrors } | undefined
  notice?: string | undefined
}

/** `/app/network/host-companies/:id`: one company, its capacity and its safeguarding checks. */
export function HostCompanyPage({ detail, capacity, check, notice }: DetailProps) {
  const { t, locale, actor } = useUi()
  const { company, capacities, checks } = detail
  const fmt = numberFormat(locale)
  const manage = can(actor, 'network.manage')
  const langs = listFormat(locale, { type: 'conjunction' }).format(
    company.languages.map((l) => languageName(l, locale)),
  )
  const cv = capacity?.values ?? { learners: '', fromDate: '', toDate: '', note: '' }
  const ce = capacity?.errors ?? {}
  const kv = check?.values ?? { checkType: '', checkedOn: '', checkedBy: '', validUntil: '' }
  const ke = check?.errors ?? {}
  return (
    <NetworkPage
      title={orgNameText(company.name, locale, company.defaultLocale)}
      actions={
        manage && (
          <>
            <a class="btn btn-secondary" href={`/app/network/host-companies/${company.id}/edit`}>
              {t('network:hosts.edit')}
            </a>{' '}
            <a class="btn btn-danger" href={`/app/network/host-companies/${company.id}/delete`}>
              {t('network:delete.button')}
            </a>
          </>
        )
      }
    >
      {notice && <Notice>{t(notice)}</Notice>}
      <dl class="facts">
        <dt>{t('network:hosts.sector')}</dt>
        <dd>{t(`network:sector.${company.sector}`)}</dd>
        <dt>{t('network:hosts.occupations')}</dt>
        <dd>{company.occupations.length ? company.occupations.join(', ') : '—'}</dd>
        <dt>{t('organisations:fields.city')}</dt>
        <dd>
          {company.city} (<Country code={company.country} />)
        </dd>
        <dt>{t('network:hosts.languages')}</dt>
        <dd>{langs || '—'}</dd>
        <dt>{t('network:hosts.acceptsMinors')}</dt>
        <dd>{company.acceptsMinors ? t('network:hosts.yes') : t('network:hosts.no')}</dd>
        <dt>{t('network:hosts.contact')}</dt>
        <dd>
          {company.contactName}
          {company.contactEmail && (
            <>
              {' · '}
              <a href={`mailto:${company.contactEmail}`}>{company.contactEmail}</a>
            </>
          )}
          {company.contactPhone && ` · ${company.contactPhone}`}
        </dd>
        <dt>{t('network:hosts.safeguarding')}</dt>
        <dd>
          <Badge
            status={company.safeguarding}
            label={t(`network:safeguarding.${company.safeguarding}`)}
          />{' '}
          {t(`network:safeguarding.${company.safeguarding}Hint`)}
        </dd>
      </dl>

      <h2>{t('network:hosts.capacity')}</h2>
      {capacities.length === 0 ? (
        <p>{t('network:hosts.noCapacity')}</p>
      ) : (
        <ul class="action-list">
          {capacities.map((c) => (
            <li>
              {t('network:hosts.capacityItem', {
                count: c.learners,
                learners: fmt.format(c.learners),
                period: formatDateRange(locale, c.fromDate, c.toDate),
              })}
              {c.note && ` · ${c.note}`}
            </li>
          ))}
        </ul>
      )}
      {manage && (
        <details open={capacity ? true : undefined}>
          <summary>{t('network:hosts.addCapacity')}</summary>
          <ErrorSummary errors={capacity?.errors} />
          <Form action={`/app/network/host-companies/${company.id}/capacities`}>
            <Field
              name="learners"
              label={t('network:hosts.learners')}
              value={cv.learners}
              inputmode="numeric"
              error={ce.learners}
              required
            />
            <Field
              name="fromDate"
              type="date"
              label={t('network:hosts.from')}
              value={cv.fromDate}
              error={ce.fromDate}
              required
            />
            <Field
              name="toDate"
              type="date"
              label={t('network:hosts.to')}
              value={cv.toDate}
              error={ce.toDate}
              required
            />
            <Field
              name="note"
              label={t('network:hosts.note')}
              value={cv.note}
              error={ce.note}
              maxlength={300}
            />
            <Button variant="secondary">{t('network:hosts.saveCapacity')}</Button>
          </Form>
        </details>
      )}

      <h2>{t('network:hosts.checks')}</h2>
      {checks.length === 0 ? (
        <p>{t('network:hosts.noChecks')}</p>
      ) : (
        <TableWrap labelledBy="checks-caption">
          <table>
            <caption id="checks-caption">{t('network:hosts.checksCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('network:hosts.checkType')}</th>
                <th scope="col">{t('network:hosts.checkedOn')}</th>
                <th scope="col">{t('network:hosts.checkedBy')}</th>
                <th scope="col">{t('network:hosts.validUntil')}</th>
                <th scope="col">{t('network:hosts.checkState')}</th>
              </tr>
            </thead>
            <tbody>
              {checks.map((c) => (
                <tr>
                  <th scope="row">{t(`network:check.${c.checkType}`)}</th>
                  <td>
                    <Day value={c.checkedOn} />
                  </td>
                  <td>{c.checkedBy}</td>
                  <td>
                    {c.validUntil ? <Day value={c.validUntil} /> : t('network:hosts.noExpiry')}
                  </td>
                  <td>
                    <Badge status={c.state} label={t(`network:checkState.${c.state}`)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {manage && (
        <details open={check ? true : undefined}>
          <summary>{t('network:hosts.addCheck')}</summary>
          <ErrorSummary errors={check?.errors} />
          <Form action={`/app/network/host-companies/${company.id}/checks`}>
            <SelectField
              name="checkType"
              label={t('network:hosts.checkType')}
              value={kv.checkType}
              placeholder={t('network:hosts.chooseCheck')}
              options={CHECK_TYPES.map((c) => ({ value: c, label: t(`network:check.${c}`) }))}
              error={ke.checkType}
              required
            />
            <Field
              name="checkedOn"
              type="date"
              label={t('network:hosts.checkedOn')}
              value={kv.checkedOn}
              error={ke.checkedOn}
              required
            />
            <Field
              name="checkedBy"
              label={t('network:hosts.checkedBy')}
              value={kv.checkedBy}
              error={ke.checkedBy}
              required
              maxlength={120}
            />
            <Field
              name="validUntil"
              type="date"
              label={t('network:hosts.validUntil')}
              hint={t('network:hosts.validUntilHint')}
              value={kv.validUntil}
              error={ke.validUntil}
            />
            <Button variant="secondary">{t('network:hosts.saveCheck')}</Button>
          </Form>
        </details>
      )}
      <KosovoNote countries={[company.country]} />
    </NetworkPage>
  )
}
