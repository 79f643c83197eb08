import { countryOptions } from '#src/lib/countries.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import type { Locale } from '#src/lib/i18n.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { Button, ErrorSummary, Field, Form, PageHeader, SelectField } from '#src/ui/components.tsx'
import { MultilingualField } from '#src/ui/multilingual-field.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { CallActivity } from '../activity.ts'
import { MAX_DESTINATIONS } from '../inputs.ts'

/** What the call form shows: what was typed, or the stored call. */
export type CallFormValues = {
  title: LocalizedText
  text: LocalizedText
  eligibility: LocalizedText
  activityType: string
  projectId: string
  preparationCourseId: string
  places: string
  waitingListPlaces: string
  minTotalScore: string
  startDate: string
  endDate: string
  applyFrom: string
  applyUntil: string
  destinations: { country: string; organisationId: string }[]
  minAge: string
  maxAge: string
  appealDays: string
}

export const NEW_CALL: CallFormValues = {
  title: {},
  text: {},
  eligibility: {},
  activityType: '',
  projectId: '',
  preparationCourseId: '',
  places: '',
  waitingListPlaces: '0',
  minTotalScore: '',
  startDate: '',
  endDate: '',
  applyFrom: '',
  applyUntil: '',
  destinations: [],
  minAge: '',
  maxAge: '',
  appealDays: '10',
}

export type CallFormOptions = {
  activities: CallActivity[]
  projects: { id: string; acronym: string }[]
  hosts: { id: string; name: LocalizedText; country: string; city: string; defaultLocale: string }[]
  /** Published courses the school may use, for the pre-departure course. */
  courses: { id: string; title: LocalizedText }[]
  languages: readonly string[]
}

type Props = CallFormOptions & {
  title: string
  action: string
  cancelHref: string
  values: CallFormValues
  errors?: FieldErrors | undefined
}

function DestinationRow({
  i,
  value,
  errors,
  hosts,
}: {
  i: number
  value: { country: string; organisationId: string }
  errors?: FieldErrors | undefined
  hosts: Props['hosts']
}) {
  const { t, locale } = useUi()
  return (
    <fieldset class="field">
      <legend>{t('calls:form.destinationN', { n: i + 1 })}</legend>
      <SelectField
        name={`destinations.${i}.country`}
        label={t('calls:form.country')}
        placeholder={t('calls:form.countryNone')}
        value={value.country}
        error={errors?.[`destinations.${i}.country`]}
        options={countryOptions(locale as Locale).map((c) => ({ value: c.code, label: c.name }))}
      />
      <SelectField
        name={`destinations.${i}.organisationId`}
        label={t('calls:form.host')}
        placeholder={t('calls:form.hostNone')}
        value={value.organisationId}
        error={errors?.[`destinations.${i}.organisationId`]}
        options={hosts.map((h) => ({
          value: h.id,
          label: `${pickText(h.name, locale, [h.defaultLocale, 'en']).value}${h.city ? `, ${h.city}` : ''} (${h.country})`,
        }))}
      />
    </fieldset>
  )
}

/** Creates or edits a call: text in the organisation's languages, dates, places, destinations. */
export function CallFormPage(props: Props) {
  const { t, locale } = useUi()
  const v = props.values
  const rows = Array.from(
    { length: MAX_DESTINATIONS },
    (_, i) => v.destinations[i] ?? { country: '', organisationId: '' },
  )
  const e = props.errors
  return (
    <>
      <PageHeader title={props.title} />
      <ErrorSummary errors={e} />
      <Form action={props.action}>
        <MultilingualField
          name="title"
          label={t('calls:form.title')}
          value={v.title}
          languages={props.languages}
          requireAny
          errors={e}
          maxlength={200}
        />
        <SelectField
          name="activityType"
          label={t('calls:form.activityType')}
          hint={t('calls:form.activityTypeHint')}
          placeholder={t('calls:form.activityPlaceholder')}
          value={v.activityType}
          error={e?.activityType}
          required
          options={props.activities.map((a) => ({
            value: a.code,
            label: t('calls:form.activityOption', {
              name: t(`grants:activity.${a.code}`),
              code: a.code,
              participant: t(`calls:participant.${a.participant}`),
            }),
          }))}
        />
        <SelectField
          name="projectId"
          label={t('calls:form.project')}
          placeholder={t('calls:form.projectNone')}
          value={v.projectId}
          error={e?.projectId}
          options={props.projects.map((p) => ({ value: p.id, label: p.acronym }))}
        />
        <SelectField
          name="preparationCourseId"
          label={t('calls:form.preparationCourse')}
          hint={t('calls:form.preparationCourseHint')}
          placeholder={t('calls:form.preparationCourseNone')}
          value={v.preparationCourseId}
          error={e?.preparationCourseId}
          options={props.courses.map((c) => ({
            value: c.id,
            label: pickText(c.title, locale).value,
          }))}
        />
        <Field
          name="places"
          type="number"
          inputmode="numeric"
          label={t('calls:form.places')}
          value={v.places}
          error={e?.places}
          required
        />
        <Field
          name="waitingListPlaces"
          type="number"
          inputmode="numeric"
          label={t('calls:form.waitingListPlaces')}
          hint={t('calls:form.waitingListHint')}
          value={v.waitingListPlaces}
          error={e?.waitingListPlaces}
        />
        <Field
          name="minTotalScore"
          type="number"
          inputmode="numeric"
          label={t('calls:form.minTotalScore')}
          hint={t('calls:form.minTotalScoreHint')}
          value={v.minTotalScore}
          error={e?.minTotalScore}
        />
        <Field
          name="startDate"
          type="date"
          label={t('calls:form.startDate')}
          hint={t('calls:form.startDateHint')}
          value={v.startDate}
          error={e?.startDate}
          required
        />
        <Field
          name="endDate"
          type="date"
          label={t('calls:form.endDate')}
          value={v.endDate}
          error={e?.endDate}
          required
        />
        <Field
          name="applyFrom"
          type="date"
          label={t('calls:form.applyFrom')}
          value={v.applyFrom}
          error={e?.applyFrom}
          required
        />
        <Field
          name="applyUntil"
          type="date"
          label={t('calls:form.applyUntil')}
          hint={t('calls:form.applyUntilHint')}
          value={v.applyUntil}
          error={e?.applyUntil}
          required
        />
        <fieldset class="field" id="f-destinations">
          <legend>{t('calls:form.destinations')}</legend>
          <p class="hint">{t('calls:form.destinationsHint')}</p>
          {rows.map((row, i) => (
            <DestinationRow i={i} value={row} errors={e} hosts={props.hosts} />
          ))}
        </fieldset>
        <MultilingualField
          name="eligibility"
          label={t('calls:form.eligibility')}
          value={v.eligibility}
          languages={props.languages}
          errors={e}
          multiline
          maxlength={5000}
        />
        <Field
          name="minAge"
          type="number"
          inputmode="numeric"
          label={t('calls:form.minAge')}
          hint={t('calls:form.ageHint')}
          value={v.minAge}
          error={e?.minAge}
        />
        <Field
          name="maxAge"
          type="number"
          inputmode="numeric"
          label={t('calls:form.maxAge')}
          value={v.maxAge}
          error={e?.maxAge}
        />
        <Field
          name="appealDays"
          type="number"
          inputmode="numeric"
          label={t('calls:form.appealDays')}
          hint={t('calls:form.appealDaysHint')}
          value={v.appealDays}
          error={e?.appealDays}
          required
        />
        <MultilingualField
          name="text"
          label={t('calls:form.text')}
          hint={t('calls:form.textHint')}
          value={v.text}
          languages={props.languages}
          errors={e}
          multiline
          maxlength={20000}
        />
        <div class="form-actions">
          <Button>{t('common:form.save')}</Button>
          <a href={props.cancelHref}>{t('common:form.cancel')}</a>
        </div>
      </Form>
    </>
  )
}
