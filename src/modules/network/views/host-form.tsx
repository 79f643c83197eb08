import type { FieldErrors } from '#src/lib/errors.ts'
import { languageName } from '#src/lib/i18n.ts'
import {
  Button,
  CheckboxGroup,
  ErrorSummary,
  Field,
  Form,
  SelectField,
} from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { WORKING_LANGUAGES } from '../../organisations/index.ts'
import { sectorOptions } from './host-list.tsx'
import type { Choice } from './partnerships.tsx'
import { NetworkPage, orgNameText } from './shared.tsx'

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
