import { raw } from 'hono/html'
import type { FieldErrors } from '#src/lib/errors.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { Button, DateTime, ErrorSummary, Form, TextAreaField } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { GRADE_DECISIONS } from '../inputs.ts'
import type { Rubric, Submission } from '../service/assignments.ts'
import type { Course } from '../service/courses.ts'
import type { Lesson } from '../service/outline.ts'
import { GradeView, StatusBadge, SubmissionBody, ThresholdNote } from './assignment-parts.tsx'
import { Txt } from './parts.tsx'

export type GradeFormValues = { levels: Record<string, string>; comment: string; decision: string }

const DECISION_LABELS: Record<(typeof GRADE_DECISIONS)[number], string> = {
  accepted: 'learning:grading.accept',
  needs_revision: 'learning:grading.revise',
}

export const EMPTY_GRADE: GradeFormValues = { levels: {}, comment: '', decision: '' }

export type SubmissionPageProps = {
  course: Course
  lesson: Lesson
  submission: Submission
  rubric: Rubric | null
  history: Submission[]
  learnerName: string
  organisation: LocalizedText
  names: Map<string, string>
  isOwn: boolean
  canGrade: boolean
  values: GradeFormValues
  errors?: FieldErrors | undefined
  notice?: string | undefined
}

function GradeForm(props: SubmissionPageProps & { rubric: Rubric }) {
  const { t, locale } = useUi()
  const { rubric, values, errors } = props
  return (
    <section aria-labelledby="grade-heading" class="narrow">
      <h2 id="grade-heading">{t('learning:grading.title')}</h2>
      <ErrorSummary errors={errors} />
      <Form action={`/app/learning/submissions/${props.submission.id}/grade`}>
        {rubric.criteria.map((c) => {
          const error = errors?.[`level.${c.key}`]
          const description = pickText(c.description, locale)
          return (
            <fieldset class={error ? 'field has-error' : 'field'} id={`f-level-${c.key}`}>
              <legend>
                <Txt text={c.name} lang={locale} />
              </legend>
              {description.value && (
                <p class="hint" lang={description.lang}>
                  {description.value}
                </p>
              )}
              {error && <p class="error">{t(error)}</p>}
              {c.levels.map((l) => (
                <label class="check">
                  <input
                    type="radio"
                    name={`level.${c.key}`}
                    value={l.key}
                    checked={values.levels[c.key] === l.key}
                  />{' '}
                  <Txt text={l.label} lang={locale} />{' '}
                  <span class="muted">({t('learning:rubric.points', { count: l.points })})</span>
                </label>
              ))}
            </fieldset>
          )
        })}
        <ThresholdNote rubric={rubric} />
        <TextAreaField
          name="comment"
          label={t('learning:grading.comment')}
          hint={t('learning:grading.commentHint')}
          value={values.comment}
          error={errors?.comment}
          rows={6}
          maxlength={5000}
        />
        <fieldset class={errors?.decision ? 'field has-error' : 'field'} id="f-decision">
          <legend>{t('learning:grading.decision')}</legend>
          {errors?.decision && <p class="error">{t(errors.decision)}</p>}
          {GRADE_DECISIONS.map((d) => (
            <label class="check">
              <input type="radio" name="decision" value={d} checked={values.decision === d} />{' '}
              {t(DECISION_LABELS[d])}
            </label>
          ))}
        </fieldset>
        <div class="form-actions">
          <Button>{t('learning:grading.save')}</Button>
          <a href={`/app/learning/courses/${props.course.id}/submissions`}>
            {t('common:form.cancel')}
          </a>
        </div>
      </Form>
    </section>
  )
}

/**
 * `/app/learning/submissions/:id`: one piece of work with the task it answers. Its teachers grade
 * it here (a level per criterion, a comment, accept or ask for a revision); the learner who
 * handed it in reads it and its grade.
 */
export function SubmissionPage(props: SubmissionPageProps) {
  const { t, locale, timeZone } = useUi()
  const { course, lesson, submission, rubric } = props
  const task = pickText(lesson.bodyHtml, locale)
  const org = pickText(props.organisation, locale)
  const earlier = props.history.filter((s) => s.id !== submission.id)
  const back = props.canGrade
    ? `/app/learning/courses/${course.id}/submissions`
    : `/app/learning/lessons/${lesson.id}`
  return (
    <article class="submission-page">
      <p class="breadcrumb">
        <a href={`/app/learning/courses/${course.id}`}>
          <Txt text={course.title} lang={locale} />
        </a>{' '}
        ›{' '}
        <a href={`/app/learning/lessons/${lesson.id}`}>
          <Txt text={lesson.title} lang={locale} />
        </a>
      </p>
      <h1>{t('learning:grading.heading', { n: submission.number, name: props.learnerName })}</h1>
      <p class="muted">
        <span lang={org.lang}>{org.value}</span> · {t('learning:submission.submittedOn')}{' '}
        <DateTime value={submission.submittedAt} timeZone={timeZone} /> ·{' '}
        <StatusBadge status={submission.status} />
      </p>
      {props.notice && (
        <div class="notice notice-success" role="status">
          {t(props.notice)}
        </div>
      )}
      {task.value && (
        <details>
          <summary>{t('learning:grading.task')}</summary>
          <div class="lesson-body" lang={task.lang}>
            {raw(task.value)}
          </div>
        </details>
      )}
      <section aria-labelledby="answer-heading">
        <h2 id="answer-heading">{t('learning:grading.answer')}</h2>
        <SubmissionBody submission={submission} />
      </section>
      {submission.gradedAt && (
        <section aria-labelledby="given-heading">
          <h2 id="given-heading">{t('learning:grading.given')}</h2>
          <GradeView
            submission={submission}
            lang={locale}
            graderName={submission.gradedById ? props.names.get(submission.gradedById) : undefined}
          />
        </section>
      )}
      {props.canGrade && submission.status === 'submitted' && rubric && (
        <GradeForm {...props} rubric={rubric} />
      )}
      {earlier.length > 0 && (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{t('learning:submission.history')}</h2>
          <ul>
            {earlier.map((s) => (
              <li>
                <a href={`/app/learning/submissions/${s.id}`}>
                  {t('learning:submission.n', { n: s.number })}
                </a>{' '}
                · <DateTime value={s.submittedAt} timeZone={timeZone} /> ·{' '}
                <StatusBadge status={s.status} />
                {s.score !== null && (
                  <> · {t('learning:grade.score', { score: s.score, max: s.maxScore ?? 0 })}</>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <a href={back}>{t(props.canGrade ? 'learning:grading.back' : 'learning:result.back')}</a>
      </p>
    </article>
  )
}
