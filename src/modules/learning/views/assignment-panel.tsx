import type { FieldErrors } from '#src/lib/errors.ts'
import { Button, DateTime, ErrorSummary, Form, TextAreaField } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { type AssignmentView, canSubmitAfter, type Submission } from '../service/assignments.ts'
import type { CourseRole } from '../service/courses.ts'
import type { Lesson } from '../service/outline.ts'
import { GradeView, RubricView, StatusBadge, SubmissionBody } from './assignment-parts.tsx'

/** What a learner typed into the submission form, shown again when it is refused. */
export type SubmissionFormState = { values: { text: string }; errors: FieldErrors }

export type AssignmentPanelProps = {
  lesson: Lesson
  courseId: string
  role: CourseRole
  enrolled: boolean
  released: boolean
  readLang: string
  view: AssignmentView
  form?: SubmissionFormState | undefined
}

function StatusNote({ latest }: { latest: Submission | undefined }) {
  const { t } = useUi()
  if (!latest) return null
  const [kind, key] =
    latest.status === 'accepted'
      ? ['notice-success', 'learning:submission.acceptedNote']
      : latest.status === 'needs_revision'
        ? ['notice-warning', 'learning:submission.revise']
        : ['notice-info', 'learning:submission.waiting']
  return (
    <div class={`notice ${kind}`} role="status">
      {t(key)}
    </div>
  )
}

function SubmitForm(props: AssignmentPanelProps & { again: boolean }) {
  const { t } = useUi()
  const errors = props.form?.errors
  return (
    <section aria-labelledby="submit-heading" class="narrow">
      <h3 id="submit-heading">
        {t(props.again ? 'learning:submission.resubmitTitle' : 'learning:submission.submitTitle')}
      </h3>
      <ErrorSummary errors={errors} />
      <Form
        action={`/app/learning/lessons/${props.lesson.id}/submissions`}
        enctype="multipart/form-data"
      >
        <TextAreaField
          name="text"
          label={t('learning:submission.text')}
          hint={t('learning:submission.textHint')}
          value={props.form?.values.text}
          error={errors?.text}
          rows={10}
          maxlength={20_000}
          required
        />
        <div class={errors?.file ? 'field has-error' : 'field'}>
          <label for="f-file">{t('learning:submission.file')}</label>
          <p class="hint" id="f-file-hint">
            {t('learning:submission.fileHint')}
          </p>
          {errors?.file && (
            <p class="error" id="f-file-error">
              {t(errors.file)}
            </p>
          )}
          <input
            type="file"
            id="f-file"
            name="file"
            aria-describedby={errors?.file ? 'f-file-hint f-file-error' : 'f-file-hint'}
            aria-invalid={errors?.file ? 'true' : undefined}
          />
        </div>
        <div class="form-actions">
          <Button>
            {t(props.again ? 'learning:submission.resubmit' : 'learning:submission.submit')}
          </Button>
        </div>
      </Form>
    </section>
  )
}

/**
 * The assignment part of a lesson page: the rubric the work is graded with, the reader's own
 * submissions with their grades and comments (in the course's reading language), and the form
 * to hand in work, or to hand it in again after a request for revision.
 */
export function AssignmentPanel(props: AssignmentPanelProps) {
  const { t, timeZone } = useUi()
  const { view, readLang } = props
  const [latest, ...earlier] = view.submissions
  const open = props.enrolled && props.released && view.rubric && canSubmitAfter(latest)
  return (
    <section aria-labelledby="assignment-heading" class="assignment">
      <h2 id="assignment-heading">{t('learning:rubric.title')}</h2>
      {view.rubric && view.rubric.criteria.length > 0 ? (
        <RubricView rubric={view.rubric} lang={readLang} />
      ) : (
        <p class="notice notice-info">{t('learning:rubric.missing')}</p>
      )}
      {view.waiting !== null && (
        <p>
          <a class="btn btn-secondary" href={`/app/learning/courses/${props.courseId}/submissions`}>
            {t('learning:queue.waiting', { count: view.waiting })}
          </a>
        </p>
      )}
      {props.enrolled && (
        <section aria-labelledby="work-heading">
          <h2 id="work-heading">{t('learning:submission.yourWork')}</h2>
          <StatusNote latest={latest} />
          {!open && <ErrorSummary errors={props.form?.errors} />}
          {latest && (
            <article class="submission" aria-labelledby={`submission-${latest.id}`}>
              <h3 id={`submission-${latest.id}`}>
                {t('learning:submission.n', { n: latest.number })}
              </h3>
              <p class="muted">
                {t('learning:submission.submittedOn')}{' '}
                <DateTime value={latest.submittedAt} timeZone={timeZone} /> ·{' '}
                <StatusBadge status={latest.status} />
              </p>
              <GradeView
                submission={latest}
                lang={readLang}
                graderName={latest.gradedById ? view.names.get(latest.gradedById) : undefined}
              />
              <details>
                <summary>{t('learning:submission.showAnswer')}</summary>
                <SubmissionBody submission={latest} />
              </details>
            </article>
          )}
          {open && <SubmitForm {...props} again={latest !== undefined} />}
          {earlier.length > 0 && (
            <section aria-labelledby="history-heading">
              <h3 id="history-heading">{t('learning:submission.history')}</h3>
              <ol class="submission-history" reversed>
                {earlier.map((s) => (
                  <li>
                    <details>
                      <summary>
                        {t('learning:submission.n', { n: s.number })} ·{' '}
                        <DateTime value={s.submittedAt} timeZone={timeZone} /> ·{' '}
                        <StatusBadge status={s.status} />
                      </summary>
                      <GradeView
                        submission={s}
                        lang={readLang}
                        graderName={s.gradedById ? view.names.get(s.gradedById) : undefined}
                      />
                      <SubmissionBody submission={s} />
                    </details>
                  </li>
                ))}
              </ol>
            </section>
          )}
        </section>
      )}
    </section>
  )
}
