import { hasText, type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { Button, ErrorSummary, Form } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { Answer, GradedAnswer } from '../schema.ts'
import type { Course } from '../service/courses.ts'
import type { Lesson, Question } from '../service/outline.ts'
import type { Attempt } from '../service/quiz.ts'
import { ContentLanguageSwitch, languagesOf, Txt } from './parts.tsx'

export type AttemptPageProps = {
  course: Course
  lesson: Lesson
  attempt: Attempt
  questions: Question[]
  readLang: string
  canRetry: boolean
  passMark: number
  error?: string | undefined
}

/** The matching answers: the right-hand items in a fixed order that does not give pairs away. */
function rightItems(q: Question, lang: string) {
  return q.options
    .map((o) => ({ key: o.key, text: pickText(o.match ?? {}, lang) }))
    .sort((a, b) => a.text.value.localeCompare(b.text.value, lang))
}

function QuestionInput({ q, n, readLang }: { q: Question; n: number; readLang: string }) {
  const { t } = useUi()
  const name = `q.${q.id}`
  const legend = (
    <legend>
      {t('learning:quiz.questionN', { n })}: <Txt text={q.prompt} lang={readLang} />
    </legend>
  )
  if (q.type === 'short_answer') {
    const id = `f-q-${q.id}`
    return (
      <div class="field quiz-question">
        <label for={id}>
          {t('learning:quiz.questionN', { n })}: <Txt text={q.prompt} lang={readLang} />
        </label>
        <input type="text" id={id} name={name} maxlength={500} autocomplete="off" />
      </div>
    )
  }
  if (q.type === 'matching') {
    const rights = rightItems(q, readLang)
    return (
      <fieldset class="field quiz-question">
        {legend}
        {q.options.map((o) => {
          const id = `f-q-${q.id}-${o.key}`
          return (
            <div class="match-row">
              <label for={id}>
                <Txt text={o.text} lang={readLang} />
              </label>
              <select id={id} name={`${name}.${o.key}`}>
                <option value="">{t('learning:quiz.choose')}</option>
                {rights.map((r) => (
                  <option value={r.key} lang={r.text.lang}>
                    {r.text.value}
                  </option>
                ))}
              </select>
            </div>
          )
        })}
      </fieldset>
    )
  }
  const type = q.type === 'multiple' ? 'checkbox' : 'radio'
  return (
    <fieldset class="field quiz-question">
      {legend}
      {q.type === 'multiple' && <p class="hint">{t('learning:quiz.chooseAll')}</p>}
      {q.options.map((o) => (
        <label class="check">
          <input type={type} name={name} value={o.key} />{' '}
          {q.type === 'true_false' ? (
            t(`learning:quiz.${o.key}`)
          ) : (
            <Txt text={o.text} lang={readLang} />
          )}
        </label>
      ))}
    </fieldset>
  )
}

function pickedText(
  q: Question,
  answer: Answer | undefined,
  lang: string,
  t: (k: string) => string,
) {
  if (!answer) return t('learning:result.noAnswer')
  if (q.type === 'short_answer') return answer.text?.trim() || t('learning:result.noAnswer')
  if (q.type === 'matching') {
    const rights = new Map(q.options.map((o) => [o.key, pickText(o.match ?? {}, lang).value]))
    return (
      q.options
        .map(
          (o) =>
            `${pickText(o.text, lang).value} → ${rights.get(answer.pairs?.[o.key] ?? '') ?? '—'}`,
        )
        .join('; ') || t('learning:result.noAnswer')
    )
  }
  const labels = (answer.choices ?? []).flatMap((k) => {
    const o = q.options.find((x) => x.key === k)
    if (!o) return []
    return [q.type === 'true_false' ? t(`learning:quiz.${o.key}`) : pickText(o.text, lang).value]
  })
  return labels.join(', ') || t('learning:result.noAnswer')
}

function Feedback({ text, lang }: { text: LocalizedText | undefined; lang: string }) {
  const picked = pickText(text, lang)
  if (!picked.value) return null
  return (
    <p class="feedback" lang={picked.lang}>
      {picked.value}
    </p>
  )
}

function Result(props: AttemptPageProps) {
  const { t } = useUi()
  const { attempt, questions, readLang, lesson } = props
  const graded = new Map<string, GradedAnswer>(attempt.graded.map((g) => [g.questionId, g]))
  return (
    <>
      <div class={attempt.passed ? 'notice notice-success' : 'notice notice-warning'} role="status">
        <p>
          <strong>{t(attempt.passed ? 'learning:result.passed' : 'learning:result.failed')}</strong>
        </p>
        <p>
          {t('learning:result.score', {
            score: attempt.score ?? 0,
            max: attempt.maxScore ?? 0,
            percent: attempt.percent ?? 0,
            passMark: props.passMark,
          })}
        </p>
      </div>
      <ol class="result-list">
        {questions.map((q) => {
          const g = graded.get(q.id)
          const answer = attempt.answers[q.id]
          const chosen = q.options.filter((o) => answer?.choices?.includes(o.key))
          return (
            <li class="result-item">
              <p>
                <Txt text={q.prompt} lang={readLang} />
              </p>
              <p>
                {t('learning:result.yourAnswer')} {pickedText(q, answer, readLang, t)}
              </p>
              <p>
                <span class={g?.correct ? 'badge badge-ok' : 'badge badge-bad'}>
                  {t(g?.correct ? 'learning:result.right' : 'learning:result.wrong')}
                </span>{' '}
                {t('learning:result.points', {
                  points: g?.points ?? 0,
                  max: g?.maxPoints ?? q.points,
                })}
              </p>
              {chosen.map((o) => (
                <Feedback text={o.feedback} lang={readLang} />
              ))}
              <Feedback text={g?.correct ? q.feedbackCorrect : q.feedbackWrong} lang={readLang} />
            </li>
          )
        })}
      </ol>
      <p class="inline-actions">
        <a class="btn btn-primary" href={`/app/learning/lessons/${lesson.id}`}>
          {t('learning:result.back')}
        </a>
        {props.canRetry && !attempt.passed && (
          <Form action={`/app/learning/lessons/${lesson.id}/attempts`}>
            <Button variant="secondary">{t('learning:result.retry')}</Button>
          </Form>
        )}
      </p>
    </>
  )
}

/** `/app/learning/attempts/:id`: the questions to answer, or the graded result with feedback. */
export function AttemptPage(props: AttemptPageProps) {
  const { t } = useUi()
  const { course, lesson, attempt, questions, readLang } = props
  const self = `/app/learning/attempts/${attempt.id}`
  const available = languagesOf(lesson.title).filter((l) =>
    questions.every((q) => hasText(q.prompt, l)),
  )
  return (
    <article class="attempt">
      <p class="breadcrumb">
        <a href={`/app/learning/courses/${course.id}`}>
          <Txt text={course.title} lang={readLang} />
        </a>{' '}
        ›{' '}
        <a href={`/app/learning/lessons/${lesson.id}`}>
          <Txt text={lesson.title} lang={readLang} />
        </a>
      </p>
      <h1>{t('learning:quiz.attemptN', { n: attempt.number })}</h1>
      <ContentLanguageSwitch
        href={(l) => `${self}?lang=${l}`}
        available={available}
        current={readLang}
      />
      {props.error && <ErrorSummary errors={{ _form: props.error }} />}
      {attempt.submittedAt ? (
        <Result {...props} />
      ) : (
        <Form action={self}>
          {questions.map((q, i) => (
            <QuestionInput q={q} n={i + 1} readLang={readLang} />
          ))}
          <div class="form-actions">
            <Button>{t('learning:quiz.submit')}</Button>
          </div>
        </Form>
      )}
    </article>
  )
}
