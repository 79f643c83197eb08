import type { FieldErrors } from '#src/lib/errors.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { Button, ErrorSummary, Field, Form, SelectField } from '#src/ui/components.tsx'
import { MultilingualField } from '#src/ui/multilingual-field.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { COURSE_LANGUAGES, criterionRows, levelRows } from '../inputs.ts'
import { PASS_UNITS } from '../schema.ts'
import type { Rubric } from '../service/assignments.ts'

export type RubricLevelValues = { label: LocalizedText; points: string }
export type RubricCriterionValues = {
  name: LocalizedText
  description: LocalizedText
  levels: RubricLevelValues[]
}
export type RubricFormValues = {
  criteria: RubricCriterionValues[]
  passThreshold: string
  passUnit: string
}

export const EMPTY_RUBRIC: RubricFormValues = {
  criteria: [],
  passThreshold: '50',
  passUnit: 'percent',
}

/** The editor's values for a saved rubric (or an empty one). */
export function rubricFormValues(rubric: Rubric | null): RubricFormValues {
  if (!rubric) return EMPTY_RUBRIC
  return {
    criteria: rubric.criteria.map((c) => ({
      name: c.name,
      description: c.description,
      levels: c.levels.map((l) => ({ label: l.label, points: String(l.points) })),
    })),
    passThreshold: String(rubric.passThreshold),
    passUnit: rubric.passUnit,
  }
}

function CriterionRow({
  i,
  value,
  errors,
}: {
  i: number
  value: RubricCriterionValues | undefined
  errors?: FieldErrors | undefined
}) {
  const { t } = useUi()
  const v = value ?? { name: {}, description: {}, levels: [] }
  const base = `criteria.${i}`
  const levelsError = errors?.[`${base}.levels`]
  return (
    <fieldset class="rubric-criterion-row" id={`f-criteria-${i}`}>
      <legend>{t('learning:rubricForm.criterionN', { n: i + 1 })}</legend>
      <MultilingualField
        name={`${base}.name`}
        label={t('learning:rubricForm.name')}
        value={v.name}
        languages={COURSE_LANGUAGES}
        errors={errors}
        maxlength={200}
      />
      <MultilingualField
        name={`${base}.description`}
        label={t('learning:rubricForm.description')}
        value={v.description}
        languages={COURSE_LANGUAGES}
        errors={errors}
        multiline
        maxlength={1000}
      />
      <fieldset class={levelsError ? 'field has-error' : 'field'} id={`f-criteria-${i}-levels`}>
        <legend>{t('learning:rubricForm.levels')}</legend>
        <p class="hint">{t('learning:rubricForm.levelsHint')}</p>
        {levelsError && <p class="error">{t(levelsError)}</p>}
        {Array.from({ length: levelRows(v.levels.length) }, (_, j) => {
          const level = v.levels[j] ?? { label: {}, points: '' }
          const name = `${base}.levels.${j}`
          return (
            <div class="rubric-level-row">
              <MultilingualField
                name={`${name}.label`}
                label={t('learning:rubricForm.levelN', { n: j + 1 })}
                value={level.label}
                languages={COURSE_LANGUAGES}
                errors={errors}
                maxlength={300}
              />
              <Field
                name={`${name}.points`}
                type="number"
                label={t('learning:rubricForm.levelPoints', { n: j + 1 })}
                value={level.points}
                error={errors?.[`${name}.points`]}
                inputmode="numeric"
              />
            </div>
          )
        })}
      </fieldset>
      {value && (
        <label class="check">
          <input type="checkbox" name={`${base}.remove`} /> {t('learning:rubricForm.remove')}
        </label>
      )}
    </fieldset>
  )
}

/**
 * The rubric editor on an assignment's edit page. Without JavaScript it is a fixed set of rows:
 * every criterion and one blank (three to start with), every level and one blank; saving a
 * filled blank row adds it, and ticking "remove" or emptying a row takes it out.
 */
export function RubricEditor(props: {
  lessonId: string
  values: RubricFormValues
  errors?: FieldErrors | undefined
}) {
  const { t } = useUi()
  const { values, errors } = props
  return (
    <section aria-labelledby="rubric-heading" class="rubric-editor">
      <h2 id="rubric-heading">{t('learning:rubricForm.title')}</h2>
      <p class="hint">{t('learning:rubricForm.intro')}</p>
      <ErrorSummary errors={errors} />
      <Form action={`/app/learning/lessons/${props.lessonId}/rubric`}>
        <div class={errors?.criteria ? 'field has-error' : 'field'} id="f-criteria">
          {errors?.criteria && <p class="error">{t(errors.criteria)}</p>}
          {Array.from({ length: criterionRows(values.criteria.length) }, (_, i) => (
            <CriterionRow i={i} value={values.criteria[i]} errors={errors} />
          ))}
        </div>
        <Field
          name="passThreshold"
          type="number"
          label={t('learning:rubricForm.threshold')}
          hint={t('learning:rubricForm.thresholdHint')}
          value={values.passThreshold}
          error={errors?.passThreshold}
          inputmode="numeric"
        />
        <SelectField
          name="passUnit"
          label={t('learning:rubricForm.unit')}
          value={values.passUnit}
          error={errors?.passUnit}
          options={PASS_UNITS.map((u) => ({ value: u, label: t(`learning:passUnit.${u}`) }))}
        />
        <div class="form-actions">
          <Button>{t('learning:rubricForm.save')}</Button>
        </div>
      </Form>
    </section>
  )
}
