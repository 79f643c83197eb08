import type { FieldErrors } from '#src/lib/errors.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import {
  Button,
  ErrorSummary,
  Field,
  Form,
  Notice,
  PageHeader,
  SelectField,
  TextAreaField,
} from '#src/ui/components.tsx'
import { MultilingualField } from '#src/ui/multilingual-field.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { COURSE_LANGUAGES, OPTION_ROWS } from '../inputs.ts'
import { LESSON_KINDS, QUESTION_TYPES } from '../schema.ts'
import type { Question } from '../service/outline.ts'
import type { ScormPackage } from '../service/scorm-import.ts'
import { RubricEditor, type RubricFormValues } from './assignment-rubric-form.tsx'
import { Txt } from './parts.tsx'
import { PackageField } from './scorm-parts.tsx'

/** `/app/learning/courses/:id/modules/new` and `/app/learning/modules/:id/edit`. */
export function ModuleFormPage(props: {
  action: string
  title: LocalizedText
  isNew: boolean
  errors?: FieldErrors | undefined
  cancel: string
}) {
  const { t } = useUi()
  return (
    <>
      <PageHeader
        title={t(props.isNew ? 'learning:module.newTitle' : 'learning:module.editTitle')}
      />
      <ErrorSummary errors={props.errors} />
      <Form action={props.action}>
        <MultilingualField
          name="title"
          label={t('learning:fields.moduleTitle')}
          value={props.title}
          languages={COURSE_LANGUAGES}
          requireAny
          errors={props.errors}
          maxlength={200}
        />
        <div class="form-actions">
          <Button>{t('learning:form.save')}</Button>
          <a href={props.cancel}>{t('common:form.cancel')}</a>
        </div>
      </Form>
    </>
  )
}

export type LessonFormValues = {
  moduleId: string
  kind: string
  title: LocalizedText
  body: LocalizedText
  videoUrl: string
  transcript: LocalizedText
  minutes: string
  releaseOn: string
  passMark: string
  maxAttempts: string
  drawCount: string
}

export const EMPTY_LESSON: LessonFormValues = {
  moduleId: '',
  kind: 'text',
  title: {},
  body: {},
  videoUrl: '',
  transcript: {},
  minutes: '10',
  releaseOn: '',
  passMark: '',
  maxAttempts: '',
  drawCount: '',
}

/** The lesson editor: every language of the title, text and transcript; quiz settings below. */
export function LessonFormPage(props: {
  action: string
  values: LessonFormValues
  modules: { id: string; title: LocalizedText }[]
  isNew: boolean
  lessonId?: string | undefined
  questions?: Question[] | undefined
  errors?: FieldErrors | undefined
  cancel: string
  /** For an assignment: its rubric editor's values, and its errors when a save was refused. */
  rubric?: RubricFormValues | undefined
  rubricErrors?: FieldErrors | undefined
  /** For a SCORM lesson: the package in place, if one was uploaded. */
  scormPackage?: ScormPackage | null | undefined
  notice?: string | undefined
}) {
  const { t, locale } = useUi()
  const { values, errors } = props
  return (
    <>
      <PageHeader
        title={t(props.isNew ? 'learning:lessonForm.newTitle' : 'learning:lessonForm.editTitle')}
      >
        {props.lessonId && (
          <a class="btn btn-secondary" href={`/app/learning/lessons/${props.lessonId}`}>
            {t('learning:lessonForm.view')}
          </a>
        )}
      </PageHeader>
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <ErrorSummary errors={errors} />
      <Form action={props.action} enctype="multipart/form-data">
        <SelectField
          name="moduleId"
          label={t('learning:fields.module')}
          value={values.moduleId}
          error={errors?.moduleId}
          options={props.modules.map((m, i) => ({
            value: m.id,
            label: `${i + 1}. ${pickText(m.title, locale).value || '—'}`,
          }))}
        />
        <SelectField
          name="kind"
          label={t('learning:fields.kind')}
          value={values.kind}
          error={errors?.kind}
          options={LESSON_KINDS.map((k) => ({ value: k, label: t(`learning:kind.${k}`) }))}
        />
        <PackageField current={props.scormPackage} error={errors?.package} />
        <MultilingualField
          name="title"
          label={t('learning:fields.lessonTitle')}
          value={values.title}
          languages={COURSE_LANGUAGES}
          requireAny
          errors={errors}
          maxlength={200}
        />
        <MultilingualField
          name="body"
          label={t('learning:fields.body')}
          hint={`${t('learning:fields.bodyHint')} ${t('learning:fields.bodyAssignmentHint')}`}
          value={values.body}
          languages={COURSE_LANGUAGES}
          errors={errors}
          multiline
          maxlength={60_000}
        />
        <Field
          name="videoUrl"
          type="url"
          label={t('learning:fields.videoUrl')}
          hint={t('learning:fields.videoUrlHint')}
          value={values.videoUrl}
          error={errors?.videoUrl}
          inputmode="url"
          maxlength={500}
        />
        <MultilingualField
          name="transcript"
          label={t('learning:fields.transcript')}
          value={values.transcript}
          languages={COURSE_LANGUAGES}
          errors={errors}
          multiline
          maxlength={60_000}
        />
        <Field
          name="minutes"
          type="number"
          label={t('learning:fields.minutes')}
          value={values.minutes}
          error={errors?.minutes}
          inputmode="numeric"
        />
        <Field
          name="releaseOn"
          type="date"
          label={t('learning:fields.releaseOn')}
          hint={t('learning:fields.releaseOnHint')}
          value={values.releaseOn}
          error={errors?.releaseOn}
        />
        <fieldset class="field">
          <legend>{t('learning:lessonForm.quizSettings')}</legend>
          <p class="hint">{t('learning:lessonForm.quizSettingsHint')}</p>
          <Field
            name="passMark"
            type="number"
            label={t('learning:fields.quizPassMark')}
            hint={t('learning:fields.quizPassMarkHint')}
            value={values.passMark}
            error={errors?.passMark}
            inputmode="numeric"
          />
          <Field
            name="maxAttempts"
            type="number"
            label={t('learning:fields.maxAttempts')}
            hint={t('learning:fields.maxAttemptsHint')}
            value={values.maxAttempts}
            error={errors?.maxAttempts}
            inputmode="numeric"
          />
          <Field
            name="drawCount"
            type="number"
            label={t('learning:fields.drawCount')}
            hint={t('learning:fields.drawCountHint')}
            value={values.drawCount}
            error={errors?.drawCount}
            inputmode="numeric"
          />
        </fieldset>
        <div class="form-actions">
          <Button>{t('learning:form.save')}</Button>
          <a href={props.cancel}>{t('common:form.cancel')}</a>
        </div>
      </Form>
      {props.lessonId && values.kind === 'assignment' && props.rubric && (
        <RubricEditor lessonId={props.lessonId} values={props.rubric} errors={props.rubricErrors} />
      )}
      {props.lessonId && values.kind === 'quiz' && (
        <section aria-labelledby="questions-heading">
          <h2 id="questions-heading">{t('learning:questions.title')}</h2>
          {(props.questions ?? []).length === 0 ? (
            <p>{t('learning:questions.empty')}</p>
          ) : (
            <ol>
              {(props.questions ?? []).map((q) => (
                <li>
                  <Txt text={q.prompt} lang={locale} />{' '}
                  <span class="muted">({t(`learning:questionType.${q.type}`)})</span>{' '}
                  <a href={`/app/learning/questions/${q.id}/edit`}>
                    {t('learning:questions.edit')}
                  </a>
                </li>
              ))}
            </ol>
          )}
          <p>
            <a
              class="btn btn-secondary"
              href={`/app/learning/lessons/${props.lessonId}/questions/new`}
            >
              {t('learning:questions.add')}
            </a>
          </p>
        </section>
      )}
    </>
  )
}

export type QuestionOptionValues = {
  text: LocalizedText
  match: LocalizedText
  feedback: LocalizedText
  correct: boolean
}

export type QuestionFormValues = {
  type: string
  prompt: LocalizedText
  options: QuestionOptionValues[]
  truth: string
  accepted: string
  feedbackCorrect: LocalizedText
  feedbackWrong: LocalizedText
  points: string
}

export const EMPTY_QUESTION: QuestionFormValues = {
  type: 'single',
  prompt: {},
  options: [],
  truth: '',
  accepted: '',
  feedbackCorrect: {},
  feedbackWrong: {},
  points: '1',
}

function OptionRow({
  i,
  value,
  errors,
}: {
  i: number
  value: QuestionOptionValues | undefined
  errors?: FieldErrors | undefined
}) {
  const { t } = useUi()
  const v = value ?? { text: {}, match: {}, feedback: {}, correct: false }
  return (
    <fieldset class="question-option">
      <legend>{t('learning:questionForm.option', { n: i + 1 })}</legend>
      <MultilingualField
        name={`opt${i}.text`}
        label={t('learning:questionForm.optionText')}
        value={v.text}
        languages={COURSE_LANGUAGES}
        errors={errors}
        maxlength={500}
      />
      <label class="check">
        <input type="checkbox" name={`opt${i}.correct`} checked={v.correct} />{' '}
        {t('learning:questionForm.correct')}
      </label>
      <MultilingualField
        name={`opt${i}.match`}
        label={t('learning:questionForm.match')}
        hint={t('learning:questionForm.matchHint')}
        value={v.match}
        languages={COURSE_LANGUAGES}
        errors={errors}
        maxlength={500}
      />
      <MultilingualField
        name={`opt${i}.feedback`}
        label={t('learning:questionForm.optionFeedback')}
        value={v.feedback}
        languages={COURSE_LANGUAGES}
        errors={errors}
        maxlength={1000}
      />
    </fieldset>
  )
}

/** The question editor: one form for every type; the rows that a type does not use stay empty. */
export function QuestionFormPage(props: {
  action: string
  values: QuestionFormValues
  isNew: boolean
  errors?: FieldErrors | undefined
  cancel: string
  deleteAction?: string | undefined
}) {
  const { t } = useUi()
  const { values, errors } = props
  return (
    <>
      <PageHeader
        title={t(
          props.isNew ? 'learning:questionForm.newTitle' : 'learning:questionForm.editTitle',
        )}
      />
      <ErrorSummary errors={errors} />
      <Form action={props.action}>
        <SelectField
          name="type"
          label={t('learning:fields.questionType')}
          value={values.type}
          error={errors?.type}
          options={QUESTION_TYPES.map((q) => ({
            value: q,
            label: t(`learning:questionType.${q}`),
          }))}
        />
        <MultilingualField
          name="prompt"
          label={t('learning:fields.prompt')}
          value={values.prompt}
          languages={COURSE_LANGUAGES}
          requireAny
          errors={errors}
          multiline
          maxlength={2000}
        />
        <Field
          name="points"
          type="number"
          label={t('learning:fields.points')}
          value={values.points}
          error={errors?.points}
          inputmode="numeric"
        />
        <fieldset class={errors?.options ? 'field has-error' : 'field'} id="f-options">
          <legend>{t('learning:questionForm.options')}</legend>
          <p class="hint">{t('learning:questionForm.optionsHint')}</p>
          {errors?.options && <p class="error">{t(errors.options)}</p>}
          {Array.from({ length: OPTION_ROWS }, (_, i) => (
            <OptionRow i={i} value={values.options[i]} errors={errors} />
          ))}
        </fieldset>
        <SelectField
          name="truth"
          label={t('learning:fields.truth')}
          hint={t('learning:fields.truthHint')}
          value={values.truth}
          error={errors?.truth}
          placeholder="—"
          options={[
            { value: 'true', label: t('learning:quiz.true') },
            { value: 'false', label: t('learning:quiz.false') },
          ]}
        />
        <TextAreaField
          name="accepted"
          label={t('learning:fields.accepted')}
          hint={t('learning:fields.acceptedHint')}
          value={values.accepted}
          error={errors?.accepted}
          rows={3}
          maxlength={2000}
        />
        <MultilingualField
          name="feedbackCorrect"
          label={t('learning:fields.feedbackCorrect')}
          value={values.feedbackCorrect}
          languages={COURSE_LANGUAGES}
          errors={errors}
          multiline
          maxlength={1000}
        />
        <MultilingualField
          name="feedbackWrong"
          label={t('learning:fields.feedbackWrong')}
          value={values.feedbackWrong}
          languages={COURSE_LANGUAGES}
          errors={errors}
          multiline
          maxlength={1000}
        />
        <div class="form-actions">
          <Button>{t('learning:form.save')}</Button>
          <a href={props.cancel}>{t('common:form.cancel')}</a>
        </div>
      </Form>
      {props.deleteAction && (
        <Form action={props.deleteAction}>
          <Button variant="danger">{t('learning:questionForm.delete')}</Button>
        </Form>
      )}
    </>
  )
}
