import type { FieldErrors } from '#src/lib/errors.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { Button, Checkbox, ErrorSummary, Field, Form, SelectField } from '#src/ui/components.tsx'
import { MultilingualField } from '#src/ui/multilingual-field.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { EVENT_TYPES, QUESTION_KINDS } from '../schema.ts'
import type { ProjectOption } from '../service.ts'
import { timeZoneList } from '../time.ts'
import type { EventFormValues, QuestionValues } from './form-values.ts'

function QuestionFields(props: {
  index: number
  value: QuestionValues
  languages: readonly string[]
  errors?: FieldErrors | undefined
}) {
  const { t } = useUi()
  const { index: i, value, languages, errors } = props
  return (
    <fieldset class="field event-question">
      <legend>{t('events:form.questionN', { n: i + 1 })}</legend>
      <SelectField
        name={`q${i}Kind`}
        label={t('events:form.questionKind')}
        value={value.kind}
        placeholder={t('events:form.questionNone')}
        options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`events:questionKind.${k}`) }))}
        error={errors?.[`q${i}Kind`]}
      />
      <MultilingualField
        name={`q${i}Label`}
        label={t('events:form.questionLabel')}
        value={value.label}
        languages={languages}
        errors={errors}
        maxlength={300}
      />
      <Checkbox
        name={`q${i}Required`}
        label={t('events:form.questionRequired')}
        checked={value.required}
      />
      <MultilingualField
        name={`q${i}Options`}
        label={t('events:form.questionOptions')}
        hint={t('events:form.questionOptionsHint')}
        value={value.options}
        languages={languages}
        errors={errors}
        multiline
      />
    </fieldset>
  )
}

type Props = {
  title: string
  action: string
  cancelHref: string
  submitLabel: string
  values: EventFormValues
  languages: readonly string[]
  projects: ProjectOption[]
  errors?: FieldErrors | undefined
}

/** Creating or editing an event: what, when (in its zone), where, places, questions. */
export function EventFormPage({
  title,
  action,
  cancelHref,
  submitLabel,
  values,
  languages,
  projects,
  errors,
}: Props) {
  const { t, locale } = useUi()
  const e = errors ?? {}
  return (
    <>
      <h1>{title}</h1>
      <ErrorSummary errors={errors} />
      <Form action={action}>
        <SelectField
          name="type"
          label={t('events:form.type')}
          value={values.type}
          options={EVENT_TYPES.map((v) => ({ value: v, label: t(`events:type.${v}`) }))}
          error={e.type}
          required
        />
        <MultilingualField
          name="title"
          label={t('events:form.title')}
          value={values.title}
          languages={languages}
          errors={errors}
          requireAny
          maxlength={200}
        />
        <MultilingualField
          name="description"
          label={t('events:form.description')}
          value={values.description}
          languages={languages}
          errors={errors}
          multiline
          maxlength={5000}
        />
        <fieldset class="field">
          <legend>{t('events:form.when')}</legend>
          <Field
            name="startsAt"
            type="datetime-local"
            label={t('events:form.startsAt')}
            value={values.startsAt}
            error={e.startsAt}
            required
          />
          <Field
            name="endsAt"
            type="datetime-local"
            label={t('events:form.endsAt')}
            value={values.endsAt}
            error={e.endsAt}
            required
          />
          <SelectField
            name="timeZone"
            label={t('events:form.timeZone')}
            hint={t('events:form.timeZoneHint')}
            value={values.timeZone}
            options={timeZoneList().map((z) => ({ value: z, label: z }))}
            error={e.timeZone}
            required
          />
        </fieldset>
        <fieldset class="field">
          <legend>{t('events:form.where')}</legend>
          <p class="hint">{t('events:form.whereHint')}</p>
          <Field
            name="venueName"
            label={t('events:form.venueName')}
            value={values.venueName}
            error={e.venueName}
            maxlength={200}
          />
          <Field
            name="venueAddress"
            label={t('events:form.venueAddress')}
            value={values.venueAddress}
            error={e.venueAddress}
            maxlength={300}
            autocomplete="off"
          />
          <Field
            name="onlineUrl"
            type="url"
            label={t('events:form.onlineUrl')}
            value={values.onlineUrl}
            error={e.onlineUrl}
            inputmode="url"
            maxlength={500}
          />
        </fieldset>
        <fieldset class="field">
          <legend>{t('events:form.registration')}</legend>
          <Field
            name="capacity"
            label={t('events:form.capacity')}
            hint={t('events:form.capacityHint')}
            value={values.capacity}
            error={e.capacity}
            inputmode="numeric"
          />
          <Field
            name="registrationOpensAt"
            type="datetime-local"
            label={t('events:form.opensAt')}
            hint={t('events:form.opensAtHint')}
            value={values.registrationOpensAt}
            error={e.registrationOpensAt}
          />
          <Field
            name="registrationClosesAt"
            type="datetime-local"
            label={t('events:form.closesAt')}
            hint={t('events:form.closesAtHint')}
            value={values.registrationClosesAt}
            error={e.registrationClosesAt}
          />
          <Checkbox
            name="needsApproval"
            label={t('events:form.needsApproval')}
            hint={t('events:form.needsApprovalHint')}
            checked={values.needsApproval}
          />
        </fieldset>
        {projects.length > 0 && (
          <fieldset class="field">
            <legend>{t('events:form.project')}</legend>
            <SelectField
              name="projectId"
              label={t('events:form.projectId')}
              value={values.projectId}
              placeholder={t('events:form.noProject')}
              options={projects.map((p) => ({ value: p.id, label: p.acronym }))}
              error={e.projectId}
            />
            <SelectField
              name="workPackageId"
              label={t('events:form.workPackageId')}
              value={values.workPackageId}
              placeholder={t('events:form.noWorkPackage')}
              options={projects.flatMap((p) =>
                p.workPackages.map((w) => ({
                  value: w.id,
                  label: `${p.acronym} · ${w.code} ${pickText(w.title, locale).value}`,
                })),
              )}
              error={e.workPackageId}
            />
          </fieldset>
        )}
        <fieldset class="field">
          <legend>{t('events:form.questions')}</legend>
          <p class="hint">{t('events:form.questionsHint')}</p>
          {values.questions.map((q, i) => (
            <QuestionFields index={i} value={q} languages={languages} errors={errors} />
          ))}
        </fieldset>
        <Field
          name="slug"
          label={t('events:form.slug')}
          hint={t('events:form.slugHint')}
          value={values.slug}
          error={e.slug}
          maxlength={80}
          autocomplete="off"
        />
        <div class="form-actions">
          <Button>{submitLabel}</Button>
          <a href={cancelHref}>{t('events:form.cancel')}</a>
        </div>
      </Form>
    </>
  )
}
