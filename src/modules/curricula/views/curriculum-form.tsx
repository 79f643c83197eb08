import type { FieldErrors } from '#src/lib/errors.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import {
  Button,
  Checkbox,
  ErrorSummary,
  Field,
  Form,
  Notice,
  PageHeader,
  SelectField,
} from '#src/ui/components.tsx'
import { MultilingualField } from '#src/ui/multilingual-field.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { CourseChoice } from '../../learning/index.ts'
import { CURRICULUM_LANGUAGES } from '../inputs.ts'
import { SHARING } from '../schema.ts'
import type { PathEntry } from '../service/curricula.ts'
import { LearningTabs, Txt } from './parts.tsx'

export type CurriculumFormValues = {
  title: LocalizedText
  summary: LocalizedText
  visibility: string
  projectId: string
  optionalToComplete: string
}

export const EMPTY_CURRICULUM: CurriculumFormValues = {
  title: {},
  summary: {},
  visibility: 'private',
  projectId: '',
  optionalToComplete: '0',
}

/** The path editor of an existing curriculum: its courses, and one more to add. */
export type PathEditor = {
  curriculumId: string
  path: PathEntry[]
  addable: CourseChoice[]
  optionalToComplete: number
  addErrors?: FieldErrors | undefined
  addValues?: { courseId: string; required: boolean } | undefined
}

/** The fields both forms share: texts in every language, who reads it, the project. */
export function SharingFields(props: {
  values: { visibility: string; projectId: string }
  projects: { id: string; acronym: string }[]
  errors?: FieldErrors | undefined
}) {
  const { t } = useUi()
  return (
    <>
      <SelectField
        name="visibility"
        label={t('curricula:fields.visibility')}
        hint={t('curricula:fields.visibilityHint')}
        value={props.values.visibility}
        error={props.errors?.visibility}
        options={SHARING.map((v) => ({ value: v, label: t(`curricula:sharing.${v}`) }))}
      />
      <SelectField
        name="projectId"
        label={t('curricula:fields.project')}
        value={props.values.projectId}
        error={props.errors?.projectId}
        placeholder={t('curricula:fields.noProject')}
        options={props.projects.map((p) => ({ value: p.id, label: p.acronym }))}
      />
    </>
  )
}

function PathTable({ editor }: { editor: PathEditor }) {
  const { t } = useUi()
  const base = `/app/learning/curricula/${editor.curriculumId}/courses`
  const last = editor.path.length - 1
  return (
    <TableWrap labelledBy="path-caption">
      <table>
        <caption id="path-caption">
          {t('curricula:path.caption', { count: editor.path.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('curricula:path.position')}</th>
            <th scope="col">{t('curricula:path.course')}</th>
            <th scope="col">{t('curricula:path.kind')}</th>
            <th scope="col">{t('curricula:path.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {editor.path.map((entry, i) => {
            const name = entry.course ? (
              <Txt text={entry.course.title} />
            ) : (
              t('curricula:page.notAvailable')
            )
            const hidden = <span class="visually-hidden">: {name}</span>
            const href = `${base}/${entry.courseId}`
            return (
              <tr>
                <td>{i + 1}</td>
                <td>
                  {name}
                  {entry.course?.status === 'draft' && (
                    <>
                      {' '}
                      <span class="badge badge-warn">{t('curricula:status.draft')}</span>
                    </>
                  )}
                </td>
                <td>{t(entry.required ? 'curricula:path.required' : 'curricula:path.optional')}</td>
                <td>
                  <div class="inline-actions">
                    {i > 0 && (
                      <Form action={`${href}/move`} class="inline-form">
                        <Button variant="secondary" name="direction" value="up">
                          {t('curricula:path.up')}
                          {hidden}
                        </Button>
                      </Form>
                    )}
                    {i < last && (
                      <Form action={`${href}/move`} class="inline-form">
                        <Button variant="secondary" name="direction" value="down">
                          {t('curricula:path.down')}
                          {hidden}
                        </Button>
                      </Form>
                    )}
                    <Form action={`${href}/required`} class="inline-form">
                      <Button
                        variant="secondary"
                        name="required"
                        value={entry.required ? 'no' : 'yes'}
                      >
                        {t(
                          entry.required
                            ? 'curricula:path.makeOptional'
                            : 'curricula:path.makeRequired',
                        )}
                        {hidden}
                      </Button>
                    </Form>
                    <Form action={`${href}/remove`} class="inline-form">
                      <Button variant="danger">
                        {t('curricula:path.remove')}
                        {hidden}
                      </Button>
                    </Form>
                  </div>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableWrap>
  )
}

function AddCourseForm({ editor }: { editor: PathEditor }) {
  const { t, locale } = useUi()
  const errors = editor.addErrors
  if (editor.addable.length === 0 && !errors) {
    return <p class="muted">{t('curricula:path.nothingToAdd')}</p>
  }
  return (
    <Form action={`/app/learning/curricula/${editor.curriculumId}/courses`} id="add-course">
      <h3>{t('curricula:path.addTitle')}</h3>
      <ErrorSummary errors={errors} />
      <SelectField
        name="courseId"
        label={t('curricula:path.course')}
        hint={t('curricula:path.addHint')}
        value={editor.addValues?.courseId ?? ''}
        error={errors?.courseId}
        placeholder={t('curricula:path.choose')}
        options={editor.addable.map((c) => ({
          value: c.id,
          label:
            c.status === 'draft'
              ? t('curricula:path.draftChoice', { title: pickText(c.title, locale).value })
              : pickText(c.title, locale).value,
        }))}
      />
      <Checkbox
        name="required"
        value="yes"
        label={t('curricula:path.requiredLabel')}
        checked={editor.addValues?.required ?? true}
      />
      <Button>{t('curricula:path.add')}</Button>
    </Form>
  )
}

/** `/app/learning/curricula/new` and `…/:id/edit`: the details, and (once made) the courses. */
export function CurriculumFormPage(props: {
  action: string
  values: CurriculumFormValues
  projects: { id: string; acronym: string }[]
  isNew: boolean
  isPublished: boolean
  errors?: FieldErrors | undefined
  cancel: string
  editor?: PathEditor | undefined
  notice?: string | undefined
}) {
  const { t } = useUi()
  const { values, errors, editor } = props
  const optional = editor?.path.filter((p) => !p.required).length ?? 0
  return (
    <>
      <PageHeader title={t(props.isNew ? 'curricula:form.newTitle' : 'curricula:form.editTitle')} />
      <LearningTabs />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <ErrorSummary errors={errors} />
      <Form action={props.action}>
        <p class="hint">{t(props.isNew ? 'curricula:form.introNew' : 'curricula:form.intro')}</p>
        <MultilingualField
          name="title"
          label={t('curricula:fields.title')}
          value={values.title}
          languages={CURRICULUM_LANGUAGES}
          requireAny
          errors={errors}
          maxlength={200}
        />
        <MultilingualField
          name="summary"
          label={t('curricula:fields.summary')}
          value={values.summary}
          languages={CURRICULUM_LANGUAGES}
          errors={errors}
          multiline
          maxlength={1000}
        />
        <SharingFields values={values} projects={props.projects} errors={errors} />
        {!props.isNew && (
          <Field
            name="optionalToComplete"
            type="number"
            label={t('curricula:fields.optionalToComplete')}
            hint={t('curricula:fields.optionalToCompleteHint', { count: optional })}
            value={values.optionalToComplete}
            error={errors?.optionalToComplete}
            inputmode="numeric"
          />
        )}
        <div class="form-actions">
          {props.isNew ? (
            <Button name="intent" value="draft">
              {t('curricula:form.create')}
            </Button>
          ) : (
            <>
              <Button variant="secondary" name="intent" value="draft">
                {t(props.isPublished ? 'curricula:form.unpublish' : 'curricula:form.saveDraft')}
              </Button>
              <Button name="intent" value="publish">
                {t(props.isPublished ? 'curricula:form.saveChanges' : 'curricula:form.publish')}
              </Button>
            </>
          )}
          <a href={props.cancel}>{t('common:form.cancel')}</a>
        </div>
      </Form>
      {editor && (
        <section aria-labelledby="path-heading" class="path-editor">
          <h2 id="path-heading">{t('curricula:page.courses')}</h2>
          {editor.optionalToComplete > optional && (
            <p class="notice notice-warning">
              {t('curricula:path.ruleTooHigh', {
                count: editor.optionalToComplete,
                optional,
              })}
            </p>
          )}
          {editor.path.length === 0 ? (
            <p class="muted">{t('curricula:page.noCourses')}</p>
          ) : (
            <PathTable editor={editor} />
          )}
          <AddCourseForm editor={editor} />
        </section>
      )}
    </>
  )
}
