import { countryOptions } from '#src/lib/countries.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { LOCALES, languageName } from '#src/lib/i18n.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import {
  Button,
  CheckboxGroup,
  ErrorSummary,
  Field,
  Form,
  SelectField,
} from '#src/ui/components.tsx'
import { MultilingualField, readLocalizedText } from '#src/ui/multilingual-field.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { timeZoneOptions, WORKING_LANGUAGES } from './inputs.ts'
import { ORGANISATION_TYPES } from './schema.ts'
import type { Organisation } from './service.ts'
import { nameLanguages } from './views.tsx'

/** What the form shows: strings as typed, the name by language, the chosen languages. */
export type OrganisationFormValues = {
  name: LocalizedText
  type: string
  country: string
  city: string
  latitude: string
  longitude: string
  website: string
  erasmusOid: string
  erasmusPic: string
  workingLanguages: string[]
  defaultLocale: string
  timeZone: string
  slug: string
}

const str = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) ? str(v.at(-1)) : ''

const decimalText = (v: string | null) => (v === null ? '' : String(Number(v)))

export function valuesFromOrganisation(org: Organisation): OrganisationFormValues {
  return {
    name: org.name,
    type: org.type,
    country: org.country,
    city: org.city,
    latitude: decimalText(org.latitude),
    longitude: decimalText(org.longitude),
    website: org.website ?? '',
    erasmusOid: org.erasmusOid ?? '',
    erasmusPic: org.erasmusPic ?? '',
    workingLanguages: org.workingLanguages,
    defaultLocale: org.defaultLocale,
    timeZone: org.timeZone,
    slug: org.slug,
  }
}

/** The submitted form, kept exactly as typed for re-rendering after an error. */
export function valuesFromForm(form: FormValues): OrganisationFormValues {
  const langs = form.workingLanguages
  return {
    name: readLocalizedText(form, 'name'),
    type: str(form.type),
    country: str(form.country),
    city: str(form.city),
    latitude: str(form.latitude),
    longitude: str(form.longitude),
    website: str(form.website),
    erasmusOid: str(form.erasmusOid),
    erasmusPic: str(form.erasmusPic),
    workingLanguages: (Array.isArray(langs) ? langs : langs ? [langs] : []).map(str),
    defaultLocale: str(form.defaultLocale),
    timeZone: str(form.timeZone),
    slug: str(form.slug),
  }
}

export const NEW_ORGANISATION: OrganisationFormValues = {
  name: {},
  type: 'vet_school',
  country: '',
  city: '',
  latitude: '',
  longitude: '',
  website: '',
  erasmusOid: '',
  erasmusPic: '',
  workingLanguages: ['en'],
  defaultLocale: 'en',
  timeZone: 'Europe/Tirane',
  slug: '',
}

type FormProps = {
  action: string
  values: OrganisationFormValues
  errors?: FieldErrors | undefined
  submitLabel: string
  cancelHref: string
  isNew?: boolean
}

/** Every field of an organisation, for members' editing and for platform administrators. */
export function OrganisationForm({
  action,
  values,
  errors,
  submitLabel,
  cancelHref,
  isNew,
}: FormProps) {
  const { t, locale } = useUi()
  const e = errors ?? {}
  return (
    <>
      <ErrorSummary errors={errors} />
      <Form action={action}>
        <MultilingualField
          name="name"
          label={t('organisations:fields.name')}
          hint={t('organisations:fields.nameHint')}
          value={values.name}
          languages={nameLanguages(values)}
          requireAny
          errors={errors}
          maxlength={200}
        />
        <SelectField
          name="type"
          label={t('organisations:fields.type')}
          value={values.type}
          options={ORGANISATION_TYPES.map((v) => ({
            value: v,
            label: t(`organisations:types.${v}`),
          }))}
          error={e.type}
          required
        />
        <SelectField
          name="country"
          label={t('organisations:fields.country')}
          value={values.country}
          options={countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))}
          placeholder={t('organisations:fields.countryPlaceholder')}
          error={e.country}
          required
        />
        <Field
          name="city"
          label={t('organisations:fields.city')}
          value={values.city}
          error={e.city}
        />
        <fieldset class="field">
          <legend>{t('organisations:profile.coordinates')}</legend>
          <p class="hint">{t('organisations:fields.coordinatesHint')}</p>
          <Field
            name="latitude"
            label={t('organisations:fields.latitude')}
            value={values.latitude}
            inputmode="decimal"
            error={e.latitude}
          />
          <Field
            name="longitude"
            label={t('organisations:fields.longitude')}
            value={values.longitude}
            inputmode="decimal"
            error={e.longitude}
          />
        </fieldset>
        <Field
          name="website"
          type="url"
          label={t('organisations:fields.website')}
          hint={t('organisations:fields.websiteHint')}
          value={values.website}
          inputmode="url"
          autocomplete="url"
          error={e.website}
        />
        <Field
          name="erasmusOid"
          label={t('organisations:fields.erasmusOid')}
          hint={t('organisations:fields.oidHint')}
          value={values.erasmusOid}
          error={e.erasmusOid}
          maxlength={20}
        />
        <Field
          name="erasmusPic"
          label={t('organisations:fields.erasmusPic')}
          hint={t('organisations:fields.picHint')}
          value={values.erasmusPic}
          inputmode="numeric"
          error={e.erasmusPic}
          maxlength={20}
        />
        <CheckboxGroup
          name="workingLanguages"
          legend={t('organisations:fields.workingLanguages')}
          hint={t('organisations:fields.workingLanguagesHint')}
          values={values.workingLanguages}
          options={WORKING_LANGUAGES.map((l) => ({ value: l, label: languageName(l, locale) }))}
          error={e.workingLanguages}
        />
        <SelectField
          name="defaultLocale"
          label={t('organisations:fields.defaultLocale')}
          hint={t('organisations:fields.defaultLocaleHint')}
          value={values.defaultLocale}
          options={LOCALES.map((l) => ({ value: l, label: languageName(l, locale) }))}
          error={e.defaultLocale}
        />
        <SelectField
          name="timeZone"
          label={t('organisations:fields.timeZone')}
          value={values.timeZone}
          options={timeZoneOptions().map((z) => ({ value: z, label: z }))}
          error={e.timeZone}
        />
        <Field
          name="slug"
          label={t('organisations:fields.slug')}
          hint={t(isNew ? 'organisations:fields.slugHintNew' : 'organisations:fields.slugHint')}
          value={values.slug}
          error={e.slug}
          maxlength={60}
        />
        <div class="form-actions">
          <Button>{submitLabel}</Button> <a href={cancelHref}>{t('common:form.cancel')}</a>
        </div>
      </Form>
    </>
  )
}

/** A page around the form: `/app/organisation/edit`, and the platform administrators' pages. */
export function OrganisationFormPage({ title, ...props }: FormProps & { title: string }) {
  return (
    <section>
      <h1>{title}</h1>
      <OrganisationForm {...props} />
    </section>
  )
}
