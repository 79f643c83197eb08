import { countryName, countryOptions, KOSOVO } from '#src/lib/countries.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import type { Locale } from '#src/lib/i18n.ts'
import { Button, Checkbox } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { GrantEstimate, NoteParams } from './estimate.ts'
import { ErrorList, NumberInput, Select } from './form-fields.tsx'
import { formatNumber, formatParams, translateFields, translateNotes } from './format.ts'
import type { Range } from './rules.ts'
import type { ActivityOption, CalculatorFacts } from './service.ts'
import { EstimateTable } from './views-estimate.tsx'

/** The European Commission's distance calculator, the official source of distances. */
export const EC_DISTANCE_CALCULATOR =
  'https://erasmus-plus.ec.europa.eu/resources-and-tools/distance-calculator'

export type CalculatorPageProps = {
  values: Record<string, string>
  errors?: FieldErrors | undefined
  params?: NoteParams | undefined
  years: number[]
  activities: ActivityOption[]
  facts: CalculatorFacts
  rateRange: Range | null
  estimate?: GrantEstimate | undefined
}

function activityLabel(t: (k: string, p?: Record<string, unknown>) => string, a: ActivityOption) {
  const name = t(`grants:activity.${a.code}`, { defaultValue: a.name })
  return t('grants:form.activityOption', { name, code: a.code })
}

function CalculatorForm(props: CalculatorPageProps & { errorText: Record<string, string> }) {
  const { t, locale } = useUi()
  const v = props.values
  const e = props.errorText
  const { facts } = props
  const range = props.rateRange
  return (
    <form action={`/${locale}/grant-calculator`} method="get" novalidate>
      <h2>{t('grants:form.title')}</h2>
      <Select
        name="callYear"
        label={t('grants:form.callYear')}
        value={v.callYear ?? ''}
        options={props.years.map((y) => ({ value: String(y), label: String(y) }))}
        error={e.callYear}
      />
      <Select
        name="activityType"
        label={t('grants:form.activityType')}
        value={(v.activityType ?? '').toUpperCase()}
        placeholder={t('grants:form.activityPlaceholder')}
        options={props.activities.map((a) => ({ value: a.code, label: activityLabel(t, a) }))}
        error={e.activityType}
        required
      />
      <Select
        name="receivingCountry"
        label={t('grants:form.receivingCountry')}
        value={(v.receivingCountry ?? '').toUpperCase()}
        placeholder={t('grants:form.countryPlaceholder')}
        options={countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))}
        error={e.receivingCountry}
        extra={
          !props.estimate &&
          (v.receivingCountry ?? '').toUpperCase() === KOSOVO && (
            <p class="footnote">{t('common:country.kosovoFootnote')}</p>
          )
        }
        required
      />
      <NumberInput
        name="distanceKm"
        label={t('grants:form.distanceKm')}
        hint={t('grants:form.distanceHint')}
        extra={
          <p class="hint">
            <a href={EC_DISTANCE_CALCULATOR} rel="noopener external">
              {t('grants:form.distanceLink')}
            </a>
          </p>
        }
        value={v.distanceKm ?? ''}
        error={e.distanceKm}
        decimal
        required
      />
      <Checkbox
        name="greenTravel"
        value="1"
        label={t('grants:form.greenTravel')}
        hint={t('grants:form.greenTravelHint')}
        checked={v.greenTravel === '1'}
      />
      <NumberInput
        name="activityDays"
        label={t('grants:form.activityDays')}
        hint={t('grants:form.activityDaysHint')}
        value={v.activityDays ?? ''}
        error={e.activityDays}
        required
      />
      <NumberInput
        name="travelDays"
        label={t('grants:form.travelDays')}
        hint={t('grants:form.travelDaysHint', facts.fundedTravelDaysMax)}
        value={v.travelDays ?? ''}
        error={e.travelDays}
        required
      />
      <NumberInput
        name="individualSupportBaseRate"
        label={t('grants:form.baseRate')}
        hint={
          range
            ? t(
                'grants:form.baseRateRangeHint',
                formatParams(locale, { minRateEur: range.min, maxRateEur: range.max }),
              )
            : t('grants:form.baseRateHint')
        }
        value={v.individualSupportBaseRate ?? ''}
        error={e.individualSupportBaseRate}
        decimal
      />
      <NumberInput
        name="participantsBefore"
        label={t('grants:form.participantsBefore')}
        hint={
          facts.stepAfterParticipants === null
            ? undefined
            : t('grants:form.participantsBeforeHint', {
                participants: formatNumber(locale, facts.stepAfterParticipants),
              })
        }
        value={v.participantsBefore ?? ''}
        error={e.participantsBefore}
      />
      <Checkbox
        name="fewerOpportunities"
        value="1"
        label={t('grants:form.fewerOpportunities')}
        hint={t('grants:form.fewerOpportunitiesHint')}
        checked={v.fewerOpportunities === '1'}
      />
      <Button>{t('grants:form.submit')}</Button>
    </form>
  )
}

function Results({ estimate }: { estimate: GrantEstimate }) {
  const { t, locale } = useUi()
  const notes = translateNotes(t, locale, estimate.notes)
  const group = estimate.countryGroup
  const groupText =
    group.table === 'eu_and_associated'
      ? t('grants:result.group.eu_and_associated', { group: group.group })
      : t('grants:result.group.third_countries_not_associated', { group: group.group })
  const country = countryName(estimate.receivingCountry, locale as Locale)
  return (
    <section aria-labelledby="grant-result-h" class="grants-result">
      <h2 id="grant-result-h">{t('grants:result.title')}</h2>
      <p>{t('grants:result.country', { country })}</p>
      <p>{groupText}</p>
      {estimate.receivingCountry === KOSOVO && (
        <p class="footnote">{t('common:country.kosovoFootnote')}</p>
      )}
      <EstimateTable estimate={estimate} />
      {notes.length > 0 && (
        <>
          <h3>{t('grants:result.notes')}</h3>
          <ul class="grants-notes">
            {notes.map((n) => (
              <li data-code={n.code}>{n.message}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

/** The public grant calculator: a GET form (shareable results) and the itemised estimate. */
export function CalculatorPage(props: CalculatorPageProps) {
  const { t, locale } = useUi()
  const errorText = translateFields(t, locale as Locale, props.errors ?? {}, props.params ?? {})
  return (
    <>
      <h1>{t('grants:page.title')}</h1>
      <p class="lead">{t('grants:page.lead')}</p>
      <ErrorList errors={errorText} />
      {props.estimate && <Results estimate={props.estimate} />}
      <CalculatorForm {...props} errorText={errorText} />
      <section aria-labelledby="grant-source-h">
        <h2 id="grant-source-h">{t('grants:page.sourceTitle')}</h2>
        <p>{t('grants:page.source', { source: props.facts.source })}</p>
        <p>{t('grants:page.disclaimer')}</p>
      </section>
    </>
  )
}
