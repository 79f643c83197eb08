import type { FieldErrors } from '#src/lib/errors.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { Button, ErrorSummary, Form, fieldId, Notice } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { Question, Section } from '../content.ts'
import type { SurveyForm } from '../service/answering.ts'
import { Txt } from './parts.tsx'

/** What the person sent, to show again after an error: `q.<key>` → value(s). */
export type SentValues = Record<string, unknown>

function sentValue(sent: SentValues, key: string): string {
  const v = sent[key]
  const last = Array.isArray(v) ? v.at(-1) : v
  return typeof last === 'string' ? last : ''
}

function valuesOf(sent: SentValues, key: string): string[] {
  const v = sent[key]
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is string => typeof x === 'string',
  )
}

function QuestionError({ name, errors }: { name: string; errors?: FieldErrors | undefined }) {
  const { t } = useUi()
  const key = errors?.[name]
  if (!key) return null
  return (
    <p class="error" id={`${fieldId(name)}-error`}>
      {t(key)}
    </p>
  )
}

function Legend({ q, n }: { q: Question; n: number }) {
  const { t } = useUi()
  return (
    <legend>
      <span class="q-number">{n}.</span> <Txt text={q.text} />
      {q.required && <span class="req"> ({t('common:form.required')})</span>}
    </legend>
  )
}

function Help({ q, id }: { q: Question; id: string }) {
  if (!q.help || Object.keys(q.help).length === 0) return null
  return (
    <p class="hint" id={`${id}-hint`}>
      <Txt text={q.help} />
    </p>
  )
}

function describedBy(q: Question, id: string, errors?: FieldErrors) {
  return (
    [
      q.help && Object.keys(q.help).length > 0 && `${id}-hint`,
      errors?.[`q.${q.key}`] && `${id}-error`,
    ]
      .filter(Boolean)
      .join(' ') || undefined
  )
}

function QuestionField({
  q,
  n,
  sent,
  errors,
}: {
  q: Question
  n: number
  sent: SentValues
  errors?: FieldErrors | undefined
}) {
  const { t } = useUi()
  const name = `q.${q.key}`
  const id = fieldId(name)
  const cls = errors?.[name] ? 'field survey-q has-error' : 'field survey-q'
  const described = describedBy(q, id, errors)
  switch (q.type) {
    case 'scale': {
      const value = sentValue(sent, name)
      return (
        <fieldset class={cls} id={id} aria-describedby={described}>
          <Legend q={q} n={n} />
          <Help q={q} id={id} />
          <QuestionError name={name} errors={errors} />
          <div class="scale-options">
            {q.levels.map((level, i) => (
              <label class="scale-option">
                <input
                  type="radio"
                  name={name}
                  value={String(i + 1)}
                  checked={value === String(i + 1)}
                />
                <span class="scale-level">{i + 1}</span> <Txt text={level} />
              </label>
            ))}
            {q.allowNa && (
              <label class="scale-option">
                <input type="radio" name={name} value="na" checked={value === 'na'} />
                <span class="scale-level">–</span> {t('assessment:answer.na')}
              </label>
            )}
          </div>
        </fieldset>
      )
    }
    case 'single':
    case 'multiple': {
      const chosen = q.type === 'single' ? [sentValue(sent, name)] : valuesOf(sent, name)
      return (
        <fieldset class={cls} id={id} aria-describedby={described}>
          <Legend q={q} n={n} />
          <Help q={q} id={id} />
          <QuestionError name={name} errors={errors} />
          {q.type === 'multiple' && <p class="hint">{t('assessment:answer.chooseAny')}</p>}
          {q.options.map((o) => (
            <label class="check">
              <input
                type={q.type === 'single' ? 'radio' : 'checkbox'}
                name={name}
                value={o.key}
                checked={chosen.includes(o.key)}
              />{' '}
              <Txt text={o.label} />
            </label>
          ))}
        </fieldset>
      )
    }
    case 'text':
    case 'number': {
      const value = sentValue(sent, name)
      return (
        <div class={cls}>
          <label for={id}>
            <span class="q-number">{n}.</span> <Txt text={q.text} />
            {q.required && <span class="req"> ({t('common:form.required')})</span>}
          </label>
          <Help q={q} id={id} />
          <QuestionError name={name} errors={errors} />
          {q.type === 'text' ? (
            <textarea
              id={id}
              name={name}
              rows={4}
              maxlength={4000}
              aria-describedby={described}
              aria-invalid={errors?.[name] ? 'true' : undefined}
            >
              {value}
            </textarea>
          ) : (
            <input
              id={id}
              name={name}
              type="text"
              inputmode="decimal"
              value={value}
              aria-describedby={described}
              aria-invalid={errors?.[name] ? 'true' : undefined}
            />
          )}
        </div>
      )
    }
    case 'matrix':
      return (
        <fieldset class={cls} id={id} aria-describedby={described}>
          <Legend q={q} n={n} />
          <Help q={q} id={id} />
          <QuestionError name={name} errors={errors} />
          {q.rows.map((r) => {
            const rowName = `${name}.${r.key}`
            const value = sentValue(sent, rowName)
            return (
              <fieldset class="matrix-row">
                <legend>
                  <Txt text={r.label} />
                </legend>
                <div class="rating-options">
                  {q.columns.map((c, i) => (
                    <label class="check">
                      <input
                        type="radio"
                        name={rowName}
                        value={String(i + 1)}
                        checked={value === String(i + 1)}
                      />{' '}
                      <Txt text={c} />
                    </label>
                  ))}
                </div>
              </fieldset>
            )
          })}
        </fieldset>
      )
  }
}

export function SurveyPage({
  form,
  action,
  sent,
  errors,
}: {
  form: SurveyForm
  action: string
  sent: SentValues
  errors?: FieldErrors | undefined
}) {
  const { t, locale } = useUi()
  let n = 0
  const school = pickText(form.school.name, locale, [form.school.defaultLocale, 'en']).value
  return (
    <div class="narrow survey">
      <p class="muted">{school}</p>
      <h1>
        <Txt text={form.title} />
      </h1>
      <p class="lead">{form.round.title}</p>
      <p>{t('assessment:answer.youAnswerAs', { group: t(`assessment:groups.${form.group}`) })}</p>
      <Notice kind="info">
        {form.round.anonymous
          ? t('assessment:answer.anonymousNote')
          : t('assessment:answer.namedNote')}
      </Notice>
      <ErrorSummary errors={errors} />
      <Form action={action}>
        {form.sections.map((s: Section) => (
          <section aria-labelledby={`s-${s.key}`}>
            <h2 id={`s-${s.key}`}>
              <Txt text={s.title} />
            </h2>
            {s.description && (
              <p class="muted">
                <Txt text={s.description} />
              </p>
            )}
            {s.questions.map((q) => {
              n += 1
              return <QuestionField q={q} n={n} sent={sent} errors={errors} />
            })}
          </section>
        ))}
        <div class="form-actions">
          <Button>{t('assessment:answer.submit')}</Button>
        </div>
      </Form>
    </div>
  )
}

export function SurveyMessagePage({ title, text }: { title: string; text: string }) {
  return (
    <div class="narrow">
      <h1>{title}</h1>
      <p>{text}</p>
    </div>
  )
}
