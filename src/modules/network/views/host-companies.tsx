import { countryOptions } from '#src/lib/countries.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { languageName } from '#src/lib/i18n.ts'
import { listFormat, numberFormat } from '#src/lib/intl.ts'
import { can } from '#src/lib/policy.ts'
import {
  Button,
  CheckboxGroup,
  ErrorSummary,
  Field,
  Form,
  Notice,
  SelectField,
} from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { WORKING_LANGUAGES } from '../../organisations/index.ts'
import { formatPeriod } from '../dates.ts'
import type { HostCompanyDetail, HostCompanyView } from '../host-companies.ts'
import type { HostQuery } from '../inputs.ts'
import { iscedBroadFields } from '../reference.ts'
import { CHECK_TYPES } from '../schema.ts'
import type { Choice } from './partnerships.tsx'
import { Badge, Country, Day, KosovoNote, NetworkPage, OrgName, orgNameText } from './shared.tsx'

function sectorOptions(t: (k: string) => string) {
  return iscedBroadFields().map((f) => ({
    value: f.code,
    label: `${f.code} ${t(`network:sector.${f.code}`)}`,
  }))
}

function Filters({ query }: { query: HostQuery }) {
  const { t, locale } = useUi()
  return (
    <search>
      <form method="get" action="/app/network/host-companies" class="filters">
        <SelectField
          name="sector"
          label={t('network:hosts.sector')}
          value={query.sector}
          placeholder={t('network:hosts.anySector')}
          options={sectorOptions(t)}
        />
        <SelectField
          name="country"
          label={t('organisations:fields.country')}
          value={query.country}
          placeholder={t('network:directory.anyCountry')}
          options={countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))}
        />
        <SelectField
          name="minors"
          label={t('network:hosts.acceptsMinors')}
          value={query.minors}
          placeholder={t('network:hosts.either')}
          options={[
            { value: 'yes', label: t('network:hosts.yes') },
            { value: 'no', label: t('network:hosts.no') },
          ]}
        />
        <Button variant="secondary">{t('network:directory.filter')}</Button>
      </form>
    </search>
  )
}

/** `/app/network/host-companies`: the register of companies that host learners. */
export function HostListPage({
  items,
  query,
  notice,
}: {
  items: HostCompanyView[]
  query: HostQuery
  notice?: string | undefined
}) {
  const { t, actor } = useUi()
  return (
    <NetworkPage
      title={t('network:hosts.title')}
      actions={
        can(actor, 'network.manage') && (
          <a class="btn btn-primary" href="/app/network/host-companies/new">
            {t('network:hosts.new')}
          </a>
        )
      }
    >
      {notice && <Notice>{t(notice)}</Notice>}
      <Filters query={query} />
      <p role="status">{t('network:hosts.count', { count: items.length })}</p>
      {items.length > 0 && (
        <div class="table-wrap">
          <table>
            <caption>{t('network:hosts.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('network:hosts.company')}</th>
                <th scope="col">{t('network:hosts.sector')}</th>
                <th scope="col">{t('organisations:fields.city')}</th>
                <th scope="col">{t('organisations:fields.country')}</th>
                <th scope="col">{t('network:hosts.acceptsMinors')}</th>
                <th scope="col">{t('network:hosts.safeguarding')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((h) => (
                <tr>
                  <th scope="row">
                    <OrgName
                      name={h.name}
                      defaultLocale={h.defaultLocale}
                      href={`/app/network/host-companies/${h.id}`}
                    />
                  </th>
                  <td>{t(`network:sector.${h.sector}`)}</td>
                  <td>{h.city}</td>
                  <td>
                    <Country code={h.country} />
                  </td>
                  <td>{h.acceptsMinors ? t('network:hosts.yes') : t('network:hosts.no')}</td>
                  <td>
                    <Badge
                      status={h.safeguarding}
                      label={t(`network:safeguarding.${h.safeguarding}`)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <KosovoNote countries={items.map((h) => h.country)} />
      <p class="footnote">{t('network:hosts.iscedSource')}</p>
    </NetworkPage>
  )
}

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
          <a class="btn btn-secondary" href={`/app/network/host-companies/${company.id}/edit`}>
            {t('network:hosts.edit')}
          </a>
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
                period: formatPeriod(locale, c.fromDate, c.toDate),
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
        <div class="table-wrap">
          <table>
            <caption>{t('network:hosts.checksCaption')}</caption>
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
        </div>
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

export type HostFormValues = {
  organisationId: string
  sector: string
  occupations: string
  languages: string[]
  acceptsMinors: string
  contactName: string
  contactEmail: string
  contactPhone: string
}

export const NEW_HOST: HostFormValues = {
  organisationId: '',
  sector: '',
  occupations: '',
  languages: [],
  acceptsMinors: 'no',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
}

/** The register entry form; the company is chosen only when the entry is new. */
export function HostFormPage(props: {
  title: string
  action: string
  cancelHref: string
  values: HostFormValues
  choices: Choice[] | null
  errors?: FieldErrors | undefined
}) {
  const { t, locale } = useUi()
  const { values } = props
  const e = props.errors ?? {}
  return (
    <NetworkPage title={props.title}>
      <ErrorSummary errors={props.errors} />
      <Form action={props.action}>
        {props.choices && (
          <SelectField
            name="organisationId"
            label={t('network:hosts.company')}
            hint={t('network:hosts.companyHint')}
            value={values.organisationId}
            placeholder={t('network:hosts.chooseCompany')}
            options={props.choices.map((c) => ({
              value: c.id,
              label: `${orgNameText(c.name, locale, c.defaultLocale)} (${c.country})`,
            }))}
            error={e.organisationId}
            required
          />
        )}
        <SelectField
          name="sector"
          label={t('network:hosts.sector')}
          hint={t('network:hosts.sectorHint')}
          value={values.sector}
          placeholder={t('network:hosts.chooseSector')}
          options={sectorOptions(t)}
          error={e.sector}
          required
        />
        <div class={e.occupations ? 'field has-error' : 'field'}>
          <label for="f-occupations">{t('network:hosts.occupations')}</label>
          <p class="hint" id="f-occupations-hint">
            {t('network:hosts.occupationsHint')}
          </p>
          {e.occupations && <p class="error">{t(e.occupations)}</p>}
          <textarea
            id="f-occupations"
            name="occupations"
            rows={4}
            aria-describedby="f-occupations-hint"
          >
            {values.occupations}
          </textarea>
        </div>
        <CheckboxGroup
          name="languages"
          legend={t('network:hosts.languages')}
          values={values.languages}
          options={WORKING_LANGUAGES.map((l) => ({ value: l, label: languageName(l, locale) }))}
          error={e.languages}
        />
        <fieldset class="field" id="f-acceptsMinors">
          <legend>{t('network:hosts.acceptsMinors')}</legend>
          <p class="hint">{t('network:hosts.minorsHint')}</p>
          {['yes', 'no'].map((v) => (
            <label class="check">
              <input
                type="radio"
                name="acceptsMinors"
                value={v}
                checked={values.acceptsMinors === v}
              />{' '}
              {t(`network:hosts.${v}`)}
            </label>
          ))}
        </fieldset>
        <Field
          name="contactName"
          label={t('network:hosts.contactName')}
          value={values.contactName}
          error={e.contactName}
          required
          maxlength={120}
        />
        <Field
          name="contactEmail"
          type="email"
          label={t('network:hosts.contactEmail')}
          value={values.contactEmail}
          error={e.contactEmail}
          autocomplete="off"
        />
        <Field
          name="contactPhone"
          type="tel"
          label={t('network:hosts.contactPhone')}
          value={values.contactPhone}
          error={e.contactPhone}
          autocomplete="off"
        />
        <div class="form-actions">
          <Button>{t('common:form.save')}</Button>{' '}
          <a href={props.cancelHref}>{t('common:form.cancel')}</a>
        </div>
      </Form>
    </NetworkPage>
  )
}
