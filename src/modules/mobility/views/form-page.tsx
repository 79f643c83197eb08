import { countryOptions } from '#src/lib/countries.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { Button, Checkbox, Field, Form, PageHeader, SelectField } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { ActivityRule } from '../reference.ts'
import { DISTANCE_SOURCES, PARTICIPANT_TYPES, TRAVEL_MODES } from '../schema.ts'
import type { FormOptions } from '../service/lists.ts'
import { FormErrors, InputField, str } from './shared.tsx'

export type MobilityFormProps = {
  action: string
  title: string
  options: FormOptions
  activities: ActivityRule[]
  values?: Record<string, unknown>
  errors?: FieldErrors | undefined
  params?: Record<string, unknown> | undefined
  groupOf?: string | undefined
}

const isOn = (v: unknown) => v === 'on' || v === true || v === 'true'

export function MobilityFormPage(props: MobilityFormProps) {
  const { t, locale } = useUi()
  const v = props.values ?? {}
  const e = props.errors ?? {}
  const orgOption = (o: FormOptions['organisations'][number]) => ({
    value: o.id,
    label: pickText(o.name, locale, [o.defaultLocale, 'en']).value,
  })
  const dayLimits = (a: ActivityRule) =>
    t('mobility:form.activityOption', {
      name: t(`grants:activity.${a.code}`),
      min: a.minDays,
      max: a.maxDays,
    })
  return (
    <>
      <PageHeader title={props.title} />
      <FormErrors errors={props.errors} params={props.params} />
      <Form action={props.action}>
        {props.groupOf && <input type="hidden" name="groupOf" value={props.groupOf} />}
        <fieldset>
          <legend>{t('mobility:form.who')}</legend>
          <SelectField
            name="participantUserId"
            label={t('mobility:fields.participant')}
            value={str(v.participantUserId)}
            placeholder={t('mobility:form.choose')}
            options={props.options.people.map((p) => ({
              value: p.userId,
              label: `${p.name} (${t(`common:roles.${p.role}`)})`,
            }))}
            error={e.participantUserId}
            required
          />
          <SelectField
            name="participantType"
            label={t('mobility:fields.participantType')}
            value={str(v.participantType) || 'learner'}
            options={PARTICIPANT_TYPES.map((p) => ({
              value: p,
              label: t(`mobility:participantType.${p}`),
            }))}
            error={e.participantType}
            hint={t('mobility:form.participantTypeHint')}
          />
          <Checkbox
            name="fewerOpportunities"
            label={t('mobility:fields.fewerOpportunities')}
            checked={isOn(v.fewerOpportunities)}
          />
        </fieldset>
        <fieldset>
          <legend>{t('mobility:form.what')}</legend>
          <SelectField
            name="activityType"
            label={t('mobility:fields.activityType')}
            value={str(v.activityType)}
            placeholder={t('mobility:form.choose')}
            options={props.activities.map((a) => ({ value: a.code, label: dayLimits(a) }))}
            error={e.activityType}
            required
          />
          <InputField
            name="startDate"
            type="date"
            label={t('mobility:fields.startDate')}
            value={str(v.startDate)}
            error={e.startDate}
            required
          />
          <InputField
            name="endDate"
            type="date"
            label={t('mobility:fields.endDate')}
            value={str(v.endDate)}
            error={e.endDate}
            params={props.params}
            hint={t('mobility:form.datesHint')}
            required
          />
          <InputField
            name="travelStartDate"
            type="date"
            label={t('mobility:fields.travelStartDate')}
            value={str(v.travelStartDate)}
            error={e.travelStartDate}
          />
          <InputField
            name="travelEndDate"
            type="date"
            label={t('mobility:fields.travelEndDate')}
            value={str(v.travelEndDate)}
            error={e.travelEndDate}
          />
          <SelectField
            name="projectId"
            label={t('mobility:fields.project')}
            value={str(v.projectId)}
            placeholder={t('mobility:form.noProject')}
            options={props.options.projects.map((p) => ({ value: p.id, label: p.acronym }))}
            error={e.projectId}
          />
        </fieldset>
        <fieldset>
          <legend>{t('mobility:form.where')}</legend>
          <SelectField
            name="receivingOrganisationId"
            label={t('mobility:fields.receiving')}
            value={str(v.receivingOrganisationId)}
            placeholder={t('mobility:form.notInUra')}
            options={props.options.organisations.map(orgOption)}
            error={e.receivingOrganisationId}
            hint={t('mobility:form.receivingHint')}
          />
          <Field
            name="receivingOrganisationName"
            label={t('mobility:fields.receivingName')}
            value={str(v.receivingOrganisationName)}
            error={e.receivingOrganisationName}
          />
          <SelectField
            name="receivingCountry"
            label={t('mobility:fields.receivingCountry')}
            value={str(v.receivingCountry)}
            placeholder={t('mobility:form.choose')}
            options={countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))}
            error={e.receivingCountry}
          />
          <SelectField
            name="hostCompanyOrganisationId"
            label={t('mobility:fields.host')}
            value={str(v.hostCompanyOrganisationId)}
            placeholder={t('mobility:form.notInUra')}
            options={props.options.organisations.filter((o) => o.type === 'company').map(orgOption)}
            error={e.hostCompanyOrganisationId}
          />
          <Field
            name="hostCompanyName"
            label={t('mobility:fields.hostName')}
            value={str(v.hostCompanyName)}
            error={e.hostCompanyName}
          />
          <Field
            name="mentorName"
            label={t('mobility:fields.mentorName')}
            value={str(v.mentorName)}
            error={e.mentorName}
          />
          <Field
            name="mentorEmail"
            type="email"
            label={t('mobility:fields.mentorEmail')}
            value={str(v.mentorEmail)}
            error={e.mentorEmail}
            autocomplete="off"
          />
        </fieldset>
        <fieldset>
          <legend>{t('mobility:form.travel')}</legend>
          <SelectField
            name="travelMode"
            label={t('mobility:fields.travelMode')}
            value={str(v.travelMode)}
            placeholder={t('mobility:form.choose')}
            options={TRAVEL_MODES.map((m) => ({ value: m, label: t(`mobility:travelMode.${m}`) }))}
            error={e.travelMode}
          />
          <Checkbox
            name="isGreenTravel"
            label={t('mobility:fields.isGreenTravel')}
            checked={isOn(v.isGreenTravel)}
            hint={t('mobility:form.greenHint')}
          />
          <InputField
            name="distanceKm"
            label={t('mobility:fields.distanceKm')}
            value={str(v.distanceKm)}
            error={e.distanceKm}
            inputmode="decimal"
            hint={t('mobility:form.distanceHint')}
          />
          <SelectField
            name="distanceSource"
            label={t('mobility:fields.distanceSource')}
            value={str(v.distanceSource) || 'ec_calculator'}
            options={DISTANCE_SOURCES.map((s) => ({
              value: s,
              label: t(`mobility:distanceSource.${s}`),
            }))}
            error={e.distanceSource}
          />
        </fieldset>
        <div class="form-actions">
          <Button>{t('mobility:form.save')}</Button>
          <a href="/app/mobility">{t('mobility:form.cancel')}</a>
        </div>
      </Form>
    </>
  )
}
