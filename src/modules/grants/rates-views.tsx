import { countryName } from '#src/lib/countries.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { Button, Form, Notice, PageHeader } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { ErrorList, NumberInput, Select } from './form-fields.tsx'
import { formatEuros, formatNumber } from './format.ts'
import type { RateCell, RateSheet } from './rates.ts'

export type RatesPageProps = {
  years: number[]
  callYear: number
  countries: string[]
  isConfirmed: boolean
  source: string
  cells: RateCell[]
  sheets: RateSheet[]
  /** The National Agency being edited, with the form's values (as typed when re-rendered). */
  edit: { country: string; values: Record<string, string> } | null
  errors?: FieldErrors | undefined
  notice?: string | undefined
}

function useCellLabel() {
  const { t } = useUi()
  return (cell: RateCell) =>
    t(cell.category === 'learner' ? 'grants:rates.cellLearner' : 'grants:rates.cellStaff', {
      group: cell.group,
    })
}

function Overview({
  sheets,
  cells,
  callYear,
}: Pick<RatesPageProps, 'sheets' | 'cells' | 'callYear'>) {
  const { t, locale } = useUi()
  const label = useCellLabel()
  if (sheets.length === 0) return <p>{t('grants:rates.none', { year: callYear })}</p>
  return (
    <TableWrap labelledBy="rates-caption">
      <table>
        <caption id="rates-caption">
          {t('grants:rates.overviewCaption', { year: callYear })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('grants:rates.country')}</th>
            {cells.map((cell) => (
              <th scope="col">{label(cell)}</th>
            ))}
            <th scope="col">{t('grants:rates.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {sheets.map((sheet) => (
            <tr>
              <th scope="row">{countryName(sheet.sendingCountry, locale)}</th>
              {sheet.cells.map((cell) => (
                <td class="grants-amount">
                  {cell.value === null ? '—' : formatNumber(locale, Number(cell.value))}
                  {cell.isDemo && (
                    <>
                      {' '}
                      <span class="badge badge-warn">{t('grants:rates.demo')}</span>
                    </>
                  )}
                </td>
              ))}
              <td>
                <a href={`/app/admin/grant-rates?year=${callYear}&country=${sheet.sendingCountry}`}>
                  {t('grants:rates.editCountry', {
                    country: countryName(sheet.sendingCountry, locale),
                  })}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}

function EditForm(props: RatesPageProps & { edit: NonNullable<RatesPageProps['edit']> }) {
  const { t, locale } = useUi()
  const label = useCellLabel()
  const errors = props.errors ?? {}
  const demo = props.sheets
    .find((s) => s.sendingCountry === props.edit.country)
    ?.cells.some((c) => c.isDemo)
  const message = (cell: RateCell) => {
    const key = errors[cell.key]
    if (!key) return undefined
    return t(key, {
      minRateEur: formatEuros(locale, cell.range.min),
      maxRateEur: formatEuros(locale, cell.range.max),
    })
  }
  const messages = Object.fromEntries(
    props.cells.filter((c) => errors[c.key]).map((c) => [c.key, message(c)!]),
  )
  const country = countryName(props.edit.country, locale)
  return (
    <section aria-labelledby="rates-edit">
      <h2 id="rates-edit">{t('grants:rates.editTitle', { country, year: props.callYear })}</h2>
      {demo && <Notice kind="warning">{t('grants:rates.demoWarning')}</Notice>}
      <ErrorList errors={messages} />
      <Form action="/app/admin/grant-rates">
        <input type="hidden" name="callYear" value={String(props.callYear)} />
        <input type="hidden" name="sendingCountry" value={props.edit.country} />
        {(['learner', 'staff'] as const).map((category) => (
          <fieldset>
            <legend>
              {t(category === 'learner' ? 'grants:rates.learners' : 'grants:rates.staff')}
            </legend>
            {props.cells
              .filter((c) => c.category === category)
              .map((cell) => (
                <NumberInput
                  name={cell.key}
                  label={label(cell)}
                  hint={t('grants:rates.rangeHint', {
                    minRateEur: formatEuros(locale, cell.range.min),
                    maxRateEur: formatEuros(locale, cell.range.max),
                  })}
                  value={props.edit.values[cell.key] ?? ''}
                  error={messages[cell.key]}
                  decimal
                />
              ))}
          </fieldset>
        ))}
        <Button>{t('grants:rates.save')}</Button>
      </Form>
    </section>
  )
}

/** `/app/admin/grant-rates`: platform administrators enter each National Agency's base rates. */
export function RatesPage(props: RatesPageProps) {
  const { t, locale } = useUi()
  return (
    <>
      <PageHeader title={t('grants:rates.title')} />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <p>{t('grants:rates.lead')}</p>
      <Notice kind="info">
        {t('grants:rates.editableNote')}{' '}
        {!props.isConfirmed && t('grants:rates.unconfirmedYear', { year: props.callYear })}
      </Notice>
      <p class="footnote">{t('grants:page.source', { source: props.source })}</p>
      {!props.edit && props.errors && (
        <ErrorList
          errors={Object.fromEntries(
            Object.entries(props.errors).map(([field, key]) => [
              field === 'callYear' ? 'year' : 'country',
              t(key),
            ]),
          )}
        />
      )}
      <search>
        <form method="get" action="/app/admin/grant-rates" class="audit-filter">
          <Select
            name="year"
            label={t('grants:form.callYear')}
            value={String(props.callYear)}
            options={props.years.map((y) => ({ value: String(y), label: String(y) }))}
          />
          <Select
            name="country"
            label={t('grants:rates.nationalAgency')}
            value={props.edit?.country ?? ''}
            placeholder={t('grants:form.countryPlaceholder')}
            options={props.countries
              .map((c) => ({ value: c, label: countryName(c, locale) }))
              .sort((a, b) => a.label.localeCompare(b.label, locale))}
          />
          <Button variant="secondary">{t('grants:rates.choose')}</Button>
        </form>
      </search>
      {props.edit && <EditForm {...props} edit={props.edit} />}
      <h2>{t('grants:rates.overviewTitle')}</h2>
      <Overview sheets={props.sheets} cells={props.cells} callYear={props.callYear} />
    </>
  )
}
