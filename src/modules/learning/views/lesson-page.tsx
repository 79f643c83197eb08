import { raw } from 'hono/html'
import { hasText, pickText } from '#src/lib/localized-text.ts'
import { Button, DateTime, Form, Notice } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { AssignmentView } from '../service/assignments.ts'
import type { Course, CourseRole } from '../service/courses.ts'
import type { Lesson, OutlineLesson } from '../service/outline.ts'
import type { Attempt } from '../service/quiz.ts'
import type { ScormView } from '../service/scorm.ts'
import { AssignmentPanel, type SubmissionFormState } from './assignment-panel.tsx'
import { ContentLanguageSwitch, FallbackNote, languagesOf, minutesLabel, Txt } from './parts.tsx'
import { ScormPanel } from './scorm-parts.tsx'

export type LessonPageProps = {
  course: Course
  lesson: Lesson
  role: CourseRole
  enrolled: boolean
  done: boolean
  released: boolean
  readLang: string
  previous: OutlineLesson | undefined
  next: OutlineLesson | undefined
  attempts: Attempt[]
  questionCount: number
  passMark: number
  notice?: string | undefined
  error?: string | undefined
  errorParams?: Record<string, unknown> | undefined
  /** For an assignment: its rubric and the reader's submissions. */
  assignment?: AssignmentView | undefined
  /** What the reader typed into a refused submission. */
  submissionForm?: SubmissionFormState | undefined
  /** For a SCORM lesson: its package and the reader's own attempt. */
  scorm?: ScormView | undefined
}

function QuizPanel(props: LessonPageProps) {
  const { t, timeZone } = useUi()
  const { lesson, attempts } = props
  const submitted = attempts.filter((a) => a.submittedAt)
  const open = attempts.find((a) => !a.submittedAt)
  const best = submitted.reduce<number | null>((m, a) => Math.max(m ?? 0, a.percent ?? 0), null)
  const left =
    lesson.maxAttempts === null ? null : Math.max(0, lesson.maxAttempts - submitted.length)
  return (
    <section aria-labelledby="quiz-heading">
      <h2 id="quiz-heading">{t('learning:quiz.title')}</h2>
      <ul>
        <li>{t('learning:quiz.questions', { count: lesson.drawCount ?? props.questionCount })}</li>
        <li>{t('learning:quiz.passMark', { percent: props.passMark })}</li>
        <li>
          {left === null
            ? t('learning:quiz.unlimited')
            : t('learning:quiz.attemptsLeft', { count: left })}
        </li>
        {best !== null && <li>{t('learning:quiz.best', { percent: best })}</li>}
      </ul>
      {submitted.length > 0 && (
        <ol class="attempt-list">
          {submitted.map((a) => (
            <li>
              <a href={`/app/learning/attempts/${a.id}`}>
                {t('learning:quiz.attemptN', { n: a.number })}
              </a>
              : {t('learning:quiz.scored', { percent: a.percent ?? 0 })}{' '}
              <span class={a.passed ? 'badge badge-ok' : 'badge badge-warn'}>
                {t(a.passed ? 'learning:quiz.passed' : 'learning:quiz.failed')}
              </span>{' '}
              {a.submittedAt && <DateTime value={a.submittedAt} timeZone={timeZone} />}
            </li>
          ))}
        </ol>
      )}
      {props.enrolled &&
        props.released &&
        (open ? (
          <p>
            <a class="btn btn-primary" href={`/app/learning/attempts/${open.id}`}>
              {t('learning:quiz.continue')}
            </a>
          </p>
        ) : (
          !props.done &&
          (left === null || left > 0) && (
            <Form action={`/app/learning/lessons/${lesson.id}/attempts`}>
              <Button>{t('learning:quiz.start')}</Button>
            </Form>
          )
        ))}
    </section>
  )
}

/** `/app/learning/lessons/:id`: a lesson in the reader's course language, with the next step. */
export function LessonPage(props: LessonPageProps) {
  const { t } = useUi()
  const { course, lesson, readLang } = props
  const picked = pickText(lesson.bodyHtml, readLang)
  const transcript = pickText(lesson.transcript, readLang)
  const available = languagesOf(lesson.title).filter(
    (l) => lesson.kind === 'quiz' || hasText(lesson.bodyHtml, l) || !!lesson.videoUrl,
  )
  const self = `/app/learning/lessons/${lesson.id}`
  return (
    <article class="lesson">
      <p class="breadcrumb">
        <a href={`/app/learning/courses/${course.id}`}>
          <Txt text={course.title} lang={readLang} />
        </a>
      </p>
      <h1>
        <Txt text={lesson.title} lang={readLang} />
      </h1>
      <p class="muted">
        {t(`learning:kind.${lesson.kind}`)} · {minutesLabel(t, lesson.minutes)}
        {props.done && (
          <>
            {' '}
            · <span class="badge badge-ok">{t('learning:lesson.done')}</span>
          </>
        )}
      </p>
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      {props.error && (
        <div class="notice notice-warning" role="alert">
          {t(props.error, props.errorParams)}
        </div>
      )}
      <ContentLanguageSwitch
        href={(l) => `${self}?lang=${l}`}
        available={available}
        current={readLang}
      />
      {!props.released ? (
        <p class="notice notice-info">{t('learning:lesson.opensOn', { date: lesson.releaseOn })}</p>
      ) : (
        <>
          {picked.value && (
            <>
              <FallbackNote text={lesson.bodyHtml} lang={readLang} />
              <div class="lesson-body" lang={picked.lang}>
                {raw(picked.value)}
              </div>
            </>
          )}
          {lesson.videoUrl && (
            <section aria-labelledby="video-heading">
              <h2 id="video-heading">{t('learning:lesson.video')}</h2>
              <p>
                <a href={lesson.videoUrl} rel="noopener">
                  {t('learning:lesson.watch')}
                </a>
              </p>
              {transcript.value && (
                <details>
                  <summary>{t('learning:lesson.transcript')}</summary>
                  <p class="pre-line" lang={transcript.lang}>
                    {transcript.value}
                  </p>
                </details>
              )}
            </section>
          )}
          {lesson.kind === 'quiz' && <QuizPanel {...props} />}
          {lesson.kind === 'assignment' && props.assignment && (
            <AssignmentPanel
              lesson={lesson}
              courseId={course.id}
              role={props.role}
              enrolled={props.enrolled}
              released={props.released}
              readLang={readLang}
              view={props.assignment}
              form={props.submissionForm}
            />
          )}
          {lesson.kind === 'scorm' && props.scorm && (
            <ScormPanel
              view={props.scorm}
              title={pickText(lesson.title, readLang).value}
              role={props.role}
              enrolled={props.enrolled}
            />
          )}
        </>
      )}
      {!props.enrolled && props.role === 'reader' && (
        <p class="notice notice-info">{t('learning:lesson.enrolFirst')}</p>
      )}
      {props.enrolled && props.released && lesson.kind === 'text' && !props.done && (
        <Form action={`${self}/done`}>
          <Button>{t(props.next ? 'learning:lesson.doneNext' : 'learning:lesson.doneLast')}</Button>
        </Form>
      )}
      <nav class="lesson-nav" aria-label={t('learning:lesson.nav')}>
        {props.previous && (
          <a href={`/app/learning/lessons/${props.previous.id}`} rel="prev">
            ← <Txt text={props.previous.title} lang={readLang} />
          </a>
        )}
        {props.next && (
          <a href={`/app/learning/lessons/${props.next.id}`} rel="next">
            <Txt text={props.next.title} lang={readLang} /> →
          </a>
        )}
      </nav>
    </article>
  )
}
