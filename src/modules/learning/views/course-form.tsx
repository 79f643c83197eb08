import type { FieldErrors } from '#src/lib/errors.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
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
import { competenceFrameworks } from '../competences.ts'
import { COURSE_LANGUAGES } from '../inputs.ts'
import { COURSE_VISIBILITIES } from '../schema.ts'

export type CourseFormValues = {
  title: LocalizedText
  summary: LocalizedText
  visibility: string
  projectId: string
  competences: string[]
  prerequisiteIds: string[]
  passMark: string
}

export const EMPTY_COURSE: CourseFormValues = {
  title: {},
  summary: {},
  visibility: 'private',
  projectId: '',
  competences: [],
  prerequisiteIds: [],
  passMark: '70',
}

/**
 * Competences grouped by framework and area, folded away so the form stays short; the school's
 * own list (ADR 016) last.
 */
function CompetencePicker({
  values,
  own,
  error,
}: {
  values: string[]
  own: { code: string; name: LocalizedText }[]
  error?: string | undefined
}) {
  const { t, locale } = useUi()
  return (
    <fieldset class={error ? 'field has-error' : 'field'} id="f-competences">
      <legend>{t('learning:fields.competences')}</legend>
      <p class="hint">{t('learning:fields.competencesHint')}</p>
      {error && <p class="error">{t(error)}</p>}
      {competenceFrameworks().map((f) => {
        const open = f.areas.some((a) => a.competences.some((c) => values.includes(c.code)))
        return (
          <details open={open || undefined}>
            <summary lang="en">{f.name}</summary>
            {f.areas.map((a) => (
              <fieldset class="checkboxes">
                <legend lang="en">
                  {a.id}. {a.name}
                </legend>
                {a.competences.map((c) => (
                  <label class="check">
                    <input
                      type="checkbox"
                      name="competences"
                      value={c.code}
                      checked={values.includes(c.code)}
                    />{' '}
                    <span lang="en">
                      {c.id} {c.name}
                    </span>
                  </label>
                ))}
              </fieldset>
            ))}
            <p class="footnote">{f.citation}</p>
          </details>
        )
      })}
      {own.length > 0 && (
        <details open={own.some((o) => values.includes(o.code)) || undefined}>
          <summary>{t('competences:own.title')}</summary>
          <div class="checkboxes">
            {own.map((o) => {
              const name = pickText(o.name, locale)
              return (
                <label class="check">
                  <input
                    type="checkbox"
                    name="competences"
                    value={o.code}
                    checked={values.includes(o.code)}
                  />{' '}
                  <span lang={name.lang}>{name.value}</span>
                </label>
              )
            })}
          </div>
        </details>
      )}
    </fieldset>
  )
}

/** `/app/learning/courses/new` and `…/:id/edit`: the course's details in every language. */
export function CourseFormPage(props: {
  action: string
  values: CourseFormValues
  projects: { id: string; acronym: string }[]
  ownCompetences?: { code: string; name: LocalizedText }[] | undefined
  /** Published courses that may come before this one. */
  prerequisites?: { id: string; title: LocalizedText }[] | undefined
  isPublished: boolean
  isNew: boolean
  errors?: FieldErrors | undefined
  cancel: string
}) {
  const { t, locale } = useUi()
  const { values, errors } = props
  return (
    <>
      <PageHeader title={t(props.isNew ? 'learning:form.newTitle' : 'learning:form.editTitle')} />
      <ErrorSummary errors={errors} />
      <Form action={props.action}>
        <p class="hint">{t('learning:form.intro')}</p>
        <MultilingualField
          name="title"
          label={t('learning:fields.title')}
          value={values.title}
          languages={COURSE_LANGUAGES}
          requireAny
          errors={errors}
          maxlength={200}
        />
        <MultilingualField
          name="summary"
          label={t('learning:fields.summary')}
          value={values.summary}
          languages={COURSE_LANGUAGES}
          errors={errors}
          multiline
          maxlength={1000}
        />
        <SelectField
          name="visibility"
          label={t('learning:fields.visibility')}
          hint={t('learning:fields.visibilityHint')}
          value={values.visibility}
          error={errors?.visibility}
          options={COURSE_VISIBILITIES.map((v) => ({
            value: v,
            label: t(`learning:visibility.${v}`),
          }))}
        />
        <SelectField
          name="projectId"
          label={t('learning:fields.project')}
          value={values.projectId}
          error={errors?.projectId}
          placeholder={t('learning:fields.noProject')}
          options={props.projects.map((p) => ({ value: p.id, label: p.acronym }))}
        />
        <Field
          name="passMark"
          type="number"
          label={t('learning:fields.passMark')}
          hint={t('learning:fields.passMarkHint')}
          value={values.passMark}
          error={errors?.passMark}
          inputmode="numeric"
        />
        <CompetencePicker
          values={values.competences}
          own={props.ownCompetences ?? []}
          error={errors?.competences}
        />
        {props.prerequisites && props.prerequisites.length > 0 && (
          <CheckboxGroup
            name="prerequisiteIds"
            legend={t('learning:fields.prerequisites')}
            hint={t('learning:fields.prerequisitesHint')}
            values={values.prerequisiteIds}
            error={errors?.prerequisiteIds}
            options={props.prerequisites.map((p) => {
              const title = pickText(p.title, locale)
              return { value: p.id, label: title.value, lang: title.lang }
            })}
          />
        )}
        <div class="form-actions">
          <Button variant="secondary" name="intent" value="draft">
            {t(props.isPublished ? 'learning:form.unpublish' : 'learning:form.saveDraft')}
          </Button>
          <Button name="intent" value="publish">
            {t(props.isPublished ? 'learning:form.saveChanges' : 'learning:form.publish')}
          </Button>
          <a href={props.cancel}>{t('common:form.cancel')}</a>
        </div>
      </Form>
    </>
  )
}
