import { countryOptions } from '#src/lib/countries.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { LOCALES } from '#src/lib/i18n.ts'
import { type LocalizedText, presentLanguages } from '#src/lib/localized-text.ts'
import { Button, ErrorSummary, Field, Form, SelectField } from '#src/ui/components.tsx'
import { MultilingualField } from '#src/ui/multilingual-field.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { ORGANISATION_TYPES } from '../../organisations/index.ts'
import { NetworkPage } from './shared.tsx'

export type ExternalFormValues = {
  name: LocalizedText
  type: string
  country: string
  city: string
  latitude: string
  longitude: string
  website: string
  erasmusOid: string
}

export const NEW_EXTERNAL: ExternalFormValues = {
  name: {},
  type: 'company',
  country: '',
  city: '',
  latitude: '',
  longitude: '',
  website: '',
  erasmusOid: '',
}

/** `/app/network/organisations/new`: a partner or company that has no account in Ura yet. */
export function ExternalOrganisationPage({
  values,
  errors,
}: {
  values: ExternalFormValues
  errors?: FieldErrors | undefined
}) {
  const { t, locale } = useUi()
  const e = errors ?? {}
  const languages = [...new Set([...LOCALES, ...presentLanguages(values.name)])]
  return (
    <NetworkPage title={t('network:external.title')}>
      <p>{t('network:external.intro')}</p>
      <ErrorSummary errors={errors} />
      <Form action="/app/network/organisations/new">
        <MultilingualField
          name="name"
          label={t('organisations:fields.name')}
          hint={t('organisations:fields.nameHint')}
          value={values.name}
          languages={languages}
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
          value={values.website}
          inputmode="url"
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
        <div class="form-actions">
          <Button>{t('network:external.submit')}</Button>{' '}
          <a href="/app/network">{t('common:form.cancel')}</a>
        </div>
      </Form>
    </NetworkPage>
  )
}
