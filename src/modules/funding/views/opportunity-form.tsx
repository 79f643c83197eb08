import type { FieldErrors } from '#src/lib/errors.ts'
import { languageName } from '#src/lib/i18n.ts'
import {
  Button,
  CheckboxGroup,
  ErrorSummary,
  Field,
  Form,
  PageHeader,
  SelectField,
} from '#src/ui/components.tsx'
import { MultilingualField } from '#src/ui/multilingual-field.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { zoneTime } from '../format.ts'
import {
  APPLICATION_LANGUAGES,
  DEADLINE_ZONES,
  MAX_DEADLINES,
  MAX_RULES,
  type OpportunityFormValues,
  TEXT_LANGUAGES,
} from '../inputs.ts'
import { CONFIDENCE, FUNDING_ORG_TYPES, FUNDING_ROLES, PROGRAMMES } from '../schema.ts'
import { FundingTabs } from './parts.tsx'

export const EMPTY_OPPORTUNITY: OpportunityFormValues = {
  scope: 'own',
  programme: 'erasmus_plus',
  actionCode: '',
  title: {},
  summary: {},
  deadlines: [],
  budgetMinEur: '',
  budgetMaxEur: '',
  budgetNote: {},
  coFinancingRate: '',
  url: '',
  applicationLanguages: ['en'],
  eligibility: [],
  confidence: 'unconfirmed',
  sourceNote: {},
}

function DeadlineRows({
  values,
  errors,
}: {
  values: OpportunityFormValues
  errors?: FieldErrors | undefined
}) {
  const { t } = useUi()
  return (
    <fieldset class="field">
      <legend>{t('funding:form.deadlines')}</legend>
      <p class="hint">{t('funding:form.deadlinesHint')}</p>
      {Array.from({ length: MAX_DEADLINES }, (_, i) => {
        const row = values.deadlines[i] ?? { local: '', timeZone: 'Europe/Brussels' }
        return (
          <div class="inline-actions">
            <Field
              name={`deadlines.${i}.local`}
              type="datetime-local"
              label={t('funding:form.deadlineN', { n: i + 1 })}
              value={row.local}
              error={errors?.[`deadlines.${i}.local`]}
            />
            <SelectField
              name={`deadlines.${i}.timeZone`}
              label={t('funding:form.zoneN', { n: i + 1 })}
              value={row.timeZone}
              error={errors?.[`deadlines.${i}.timeZone`]}
              options={[
                ...DEADLINE_ZONES.map((z) => ({ value: z, label: zoneTime(t, z) })),
                ...((DEADLINE_ZONES as readonly string[]).includes(row.timeZone)
                  ? []
                  : [{ value: row.timeZone, label: zoneTime(t, row.timeZone) }]),
              ]}
            />
          </div>
        )
      })}
    </fieldset>
  )
}

function RuleRows({
  values,
  errors,
}: {
  values: OpportunityFormValues
  errors?: FieldErrors | undefined
}) {
  const { t } = useUi()
  return (
    <fieldset class="field">
      <legend>{t('funding:form.rules')}</legend>
      <p class="hint">{t('funding:form.rulesHint')}</p>
      {Array.from({ length: MAX_RULES }, (_, i) => {
        const rule = values.eligibility[i] ?? {
          role: '',
          countries: [],
          organisationTypes: [],
          confidence: 'unconfirmed',
          note: {},
        }
        const name = (f: string) => `eligibility.${i}.${f}`
        return (
          <fieldset class="field">
            <legend>{t('funding:form.ruleN', { n: i + 1 })}</legend>
            <SelectField
              name={name('role')}
              label={t('funding:eligibility.role')}
              value={rule.role}
              error={errors?.[name('role')]}
              placeholder={t('funding:form.noRule')}
              options={FUNDING_ROLES.map((r) => ({ value: r, label: t(`funding:role.${r}`) }))}
            />
            <Field
              name={name('countries')}
              label={t('funding:form.countries')}
              hint={t('funding:form.countriesHint')}
              value={rule.countries.join(', ')}
              error={errors?.[name('countries')]}
            />
            <CheckboxGroup
              name={name('organisationTypes')}
              legend={t('funding:form.types')}
              hint={t('funding:form.typesHint')}
              values={rule.organisationTypes}
              error={errors?.[name('organisationTypes')]}
              options={FUNDING_ORG_TYPES.map((o) => ({
                value: o,
                label: t(`funding:orgType.${o}`),
              }))}
            />
            <SelectField
              name={name('confidence')}
              label={t('funding:fields.confidence')}
              value={rule.confidence}
              options={CONFIDENCE.map((c) => ({ value: c, label: t(`funding:confidence.${c}`) }))}
            />
            <MultilingualField
              name={name('note')}
              label={t('funding:form.ruleNote')}
              value={rule.note}
              languages={TEXT_LANGUAGES}
              errors={errors}
              maxlength={1000}
            />
          </fieldset>
        )
      })}
    </fieldset>
  )
}

/** `/app/funding/opportunities/new` and `…/:id/edit`. */
export function OpportunityFormPage(props: {
  action: string
  values: OpportunityFormValues
  isNew: boolean
  /** A platform administrator with a school chooses where it goes. */
  canChooseScope: boolean
  errors?: FieldErrors | undefined
  cancel: string
}) {
  const { t, locale } = useUi()
  const { values, errors } = props
  return (
    <>
      <PageHeader title={t(props.isNew ? 'funding:form.newTitle' : 'funding:form.editTitle')} />
      <FundingTabs />
      <ErrorSummary errors={errors} />
      <Form action={props.action}>
        <p class="hint">{t('funding:form.intro')}</p>
        {props.canChooseScope && props.isNew && (
          <SelectField
            name="scope"
            label={t('funding:fields.scope')}
            value={values.scope}
            error={errors?.scope}
            options={[
              { value: 'shared', label: t('funding:scope.shared') },
              { value: 'own', label: t('funding:scope.own') },
            ]}
          />
        )}
        <SelectField
          name="programme"
          label={t('funding:fields.programme')}
          value={values.programme}
          error={errors?.programme}
          required
          options={PROGRAMMES.map((p) => ({ value: p, label: t(`funding:programme.${p}`) }))}
        />
        <Field
          name="actionCode"
          label={t('funding:fields.actionCode')}
          hint={t('funding:form.actionCodeHint')}
          value={values.actionCode}
          error={errors?.actionCode}
          maxlength={80}
        />
        <MultilingualField
          name="title"
          label={t('funding:fields.title')}
          value={values.title}
          languages={TEXT_LANGUAGES}
          requireAny
          errors={errors}
          maxlength={300}
        />
        <MultilingualField
          name="summary"
          label={t('funding:fields.summary')}
          value={values.summary}
          languages={TEXT_LANGUAGES}
          errors={errors}
          multiline
          maxlength={2000}
        />
        <DeadlineRows values={values} errors={errors} />
        <Field
          name="budgetMinEur"
          label={t('funding:form.budgetMin')}
          value={values.budgetMinEur}
          error={errors?.budgetMinEur}
          inputmode="decimal"
        />
        <Field
          name="budgetMaxEur"
          label={t('funding:form.budgetMax')}
          value={values.budgetMaxEur}
          error={errors?.budgetMaxEur}
          inputmode="decimal"
        />
        <MultilingualField
          name="budgetNote"
          label={t('funding:form.budgetNote')}
          value={values.budgetNote}
          languages={TEXT_LANGUAGES}
          errors={errors}
          maxlength={1000}
        />
        <Field
          name="coFinancingRate"
          type="number"
          label={t('funding:fields.coFinancingRate')}
          hint={t('funding:form.rateHint')}
          value={values.coFinancingRate}
          error={errors?.coFinancingRate}
          inputmode="numeric"
        />
        <Field
          name="url"
          type="url"
          label={t('funding:fields.url')}
          value={values.url}
          error={errors?.url}
          inputmode="url"
          maxlength={500}
        />
        <CheckboxGroup
          name="applicationLanguages"
          legend={t('funding:fields.applicationLanguages')}
          values={values.applicationLanguages}
          error={errors?.applicationLanguages}
          options={APPLICATION_LANGUAGES.map((l) => ({ value: l, label: languageName(l, locale) }))}
        />
        <RuleRows values={values} errors={errors} />
        <SelectField
          name="confidence"
          label={t('funding:fields.confidence')}
          hint={t('funding:form.confidenceHint')}
          value={values.confidence}
          error={errors?.confidence}
          options={CONFIDENCE.map((c) => ({ value: c, label: t(`funding:confidence.${c}`) }))}
        />
        <MultilingualField
          name="sourceNote"
          label={t('funding:fields.sourceNote')}
          value={values.sourceNote}
          languages={TEXT_LANGUAGES}
          errors={errors}
          multiline
          maxlength={2000}
        />
        <div class="form-actions">
          <Button>{t(props.isNew ? 'funding:form.create' : 'funding:form.save')}</Button>
          <a href={props.cancel}>{t('common:form.cancel')}</a>
        </div>
      </Form>
    </>
  )
}
