import { countryOptions } from '#src/lib/countries.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { languageName } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import {
  Button,
  Checkbox,
  CheckboxGroup,
  ErrorSummary,
  Field,
  Form,
  PageHeader,
  SelectField,
} from '#src/ui/components.tsx'
import { MultilingualField } from '#src/ui/multilingual-field.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { type EntryFormValues, TEXT_LANGUAGES } from '../inputs.ts'
import { iscedBroadCodes } from '../reference.ts'
import { COURSE_MODES, COURSE_TOPICS, INSTRUCTION_LANGUAGES } from '../schema.ts'
import type { EntryChoices } from '../service/entries.ts'

/** The entry form, new or edited; it says that saving sends the entry to moderation. */
export function EntryFormPage(props: {
  action: string
  values: EntryFormValues
  choices: EntryChoices
  isEdit: boolean
  errors?: FieldErrors | undefined
}) {
  const { t, locale } = useUi()
  const v = props.values
  const e = props.errors ?? {}
  const countries = countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))
  const title = props.isEdit ? t('catalogue:form.editTitle') : t('catalogue:form.newTitle')
  return (
    <>
      <PageHeader title={title} />
      <ErrorSummary errors={props.errors} />
      <p class="hint">
        {props.isEdit ? t('catalogue:form.editIntro') : t('catalogue:form.newIntro')}
      </p>
      <Form action={props.action}>
        <fieldset>
          <legend>{t('catalogue:form.provider')}</legend>
          <SelectField
            name="providerOrgId"
            label={t('catalogue:fields.providerOrg')}
            value={v.providerOrgId}
            options={[
              { value: '', label: t('catalogue:form.outsideProvider') },
              ...props.choices.providers.map((p) => ({
                value: p.id,
                label: pickText(p.name, locale).value,
              })),
            ]}
            error={e.providerOrgId}
          />
          <Field
            name="providerName"
            label={t('catalogue:fields.providerName')}
            hint={t('catalogue:form.providerNameHint')}
            value={v.providerName}
            error={e.providerName}
            maxlength={200}
          />
          <SelectField
            name="providerCountry"
            label={t('catalogue:fields.providerCountry')}
            value={v.providerCountry}
            placeholder={t('catalogue:form.chooseCountry')}
            options={countries}
            error={e.providerCountry}
          />
        </fieldset>
        <MultilingualField
          name="title"
          label={t('catalogue:fields.title')}
          value={v.title}
          languages={TEXT_LANGUAGES}
          requireAny
          errors={props.errors}
          maxlength={300}
        />
        <MultilingualField
          name="description"
          label={t('catalogue:fields.description')}
          value={v.description}
          languages={TEXT_LANGUAGES}
          errors={props.errors}
          multiline
          maxlength={5000}
        />
        <CheckboxGroup
          name="topics"
          legend={t('catalogue:fields.topics')}
          values={v.topics}
          options={COURSE_TOPICS.map((x) => ({ value: x, label: t(`catalogue:topic.${x}`) }))}
          error={e.topics}
        />
        <SelectField
          name="iscedField"
          label={t('catalogue:fields.isced')}
          value={v.iscedField}
          placeholder={t('catalogue:form.chooseField')}
          options={iscedBroadCodes().map((c) => ({
            value: c,
            label: `${c} ${t(`catalogue:isced.${c}`)}`,
          }))}
          error={e.iscedField}
          required
        />
        <SelectField
          name="eqfLevel"
          label={t('catalogue:fields.eqf')}
          value={v.eqfLevel}
          options={[
            { value: '', label: t('catalogue:form.noEqf') },
            ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({
              value: String(n),
              label: t('catalogue:eqfLevel', { level: n }),
            })),
          ]}
          error={e.eqfLevel}
        />
        <CheckboxGroup
          name="languages"
          legend={t('catalogue:fields.languages')}
          values={v.languages}
          options={INSTRUCTION_LANGUAGES.map((l) => ({
            value: l,
            label: languageName(l, locale),
          }))}
          error={e.languages}
        />
        <fieldset>
          <legend>{t('catalogue:form.when')}</legend>
          <Checkbox
            name="selfPaced"
            label={t('catalogue:fields.selfPaced')}
            checked={v.selfPaced}
            error={e.selfPaced}
          />
          <Field
            name="startsOn"
            type="date"
            label={t('catalogue:fields.startsOn')}
            value={v.startsOn}
            error={e.startsOn}
          />
          <Field
            name="endsOn"
            type="date"
            label={t('catalogue:fields.endsOn')}
            value={v.endsOn}
            error={e.endsOn}
          />
        </fieldset>
        <SelectField
          name="mode"
          label={t('catalogue:fields.mode')}
          value={v.mode}
          placeholder={t('catalogue:form.chooseMode')}
          options={COURSE_MODES.map((m) => ({ value: m, label: t(`catalogue:mode.${m}`) }))}
          error={e.mode}
          required
        />
        <Field
          name="city"
          label={t('catalogue:fields.city')}
          hint={t('catalogue:form.placeHint')}
          value={v.city}
          error={e.city}
          maxlength={120}
        />
        <SelectField
          name="country"
          label={t('catalogue:fields.country')}
          value={v.country}
          placeholder={t('catalogue:form.chooseCountry')}
          options={countries}
          error={e.country}
        />
        <Field
          name="feeEur"
          label={t('catalogue:fields.fee')}
          hint={t('catalogue:form.feeHint')}
          value={v.feeEur}
          error={e.feeEur}
          inputmode="decimal"
        />
        <Field
          name="capacity"
          label={t('catalogue:fields.capacity')}
          value={v.capacity}
          error={e.capacity}
          inputmode="numeric"
        />
        <Field
          name="url"
          type="url"
          label={t('catalogue:fields.url')}
          hint={t('catalogue:form.urlHint')}
          value={v.url}
          error={e.url}
          maxlength={500}
        />
        <SelectField
          name="courseId"
          label={t('catalogue:fields.course')}
          hint={t('catalogue:form.courseHint')}
          value={v.courseId}
          options={[
            { value: '', label: t('catalogue:form.noCourse') },
            ...props.choices.courses.map((c) => ({
              value: c.id,
              label: pickText(c.title, locale).value,
            })),
          ]}
          error={e.courseId}
        />
        <Button>{props.isEdit ? t('catalogue:form.save') : t('catalogue:form.submit')}</Button>{' '}
        <a href="/app/catalogue/courses">{t('catalogue:form.cancel')}</a>
      </Form>
    </>
  )
}
