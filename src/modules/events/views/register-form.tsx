import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { Button, ErrorSummary, Field, Form, fieldId } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { EventQuestion } from '../schema.ts'
import { type EventRow, str } from './shared.tsx'

function Label({ q }: { q: EventQuestion }) {
  const { t, locale } = useUi()
  const picked = pickText(q.label, locale)
  return (
    <>
      <span lang={picked.isFallback ? picked.lang : undefined}>{picked.value}</span>
      {q.required && <span class="req"> ({t('common:form.required')})</span>}
    </>
  )
}

function Question({
  q,
  value,
  error,
}: {
  q: EventQuestion
  value: string
  error?: string | undefined
}) {
  const { t, locale } = useUi()
  const name = `a-${q.id}`
  const id = fieldId(name)
  const errorLine = error && (
    <p class="error" id={`${id}-error`}>
      {t(error)}
    </p>
  )
  if (q.kind === 'text') {
    return (
      <div class={error ? 'field has-error' : 'field'}>
        <label for={id}>
          <Label q={q} />
        </label>
        {errorLine}
        <textarea
          id={id}
          name={name}
          rows={3}
          maxlength={2000}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          {value}
        </textarea>
      </div>
    )
  }
  if (q.kind === 'choice') {
    return (
      <div class={error ? 'field has-error' : 'field'}>
        <label for={id}>
          <Label q={q} />
        </label>
        {errorLine}
        <select
          id={id}
          name={name}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          <option value="">{t('events:register.choose')}</option>
          {q.options.map((o, i) => {
            const picked = pickText(o, locale)
            return (
              <option
                value={String(i)}
                selected={value === String(i)}
                lang={picked.isFallback ? picked.lang : undefined}
              >
                {picked.value}
              </option>
            )
          })}
        </select>
      </div>
    )
  }
  return (
    <fieldset class={error ? 'field has-error' : 'field'} id={id}>
      <legend>
        <Label q={q} />
      </legend>
      {errorLine}
      {(['yes', 'no'] as const).map((v) => (
        <label class="check">
          <input type="radio" name={name} value={v} checked={value === v} />{' '}
          {t(`events:register.${v}`)}
        </label>
      ))}
    </fieldset>
  )
}

/** The public registration form; adults leave the birth date empty, minors add a guardian. */
export function RegisterForm({
  event,
  values = {},
  errors,
  isFull,
}: {
  event: EventRow
  values?: FormValues
  errors?: FieldErrors | undefined
  isFull: boolean
}) {
  const { t, locale } = useUi()
  const e = errors ?? {}
  return (
    <section aria-labelledby="register-h" class="register">
      <h2 id="register-h">
        {isFull ? t('events:register.waitlistTitle') : t('events:register.title')}
      </h2>
      {isFull && <p>{t('events:register.fullIntro')}</p>}
      <ErrorSummary errors={errors} />
      <Form action={`/${locale}/e/${event.slug}/register`}>
        <input type="hidden" name="locale" value={locale} />
        <Field
          name="name"
          label={t('events:register.name')}
          value={str(values.name)}
          error={e.name}
          required
          autocomplete="name"
          maxlength={120}
        />
        <Field
          name="email"
          type="email"
          label={t('events:register.email')}
          hint={t('events:register.emailHint')}
          value={str(values.email)}
          error={e.email}
          required
          autocomplete="email"
          inputmode="email"
        />
        {event.questions.map((q) => (
          <Question q={q} value={str(values[`a-${q.id}`])} error={e[`a-${q.id}`]} />
        ))}
        <fieldset class="field">
          <legend>{t('events:register.minorTitle')}</legend>
          <p class="hint">{t('events:register.minorHint')}</p>
          <Field
            name="dateOfBirth"
            type="date"
            label={t('events:register.dateOfBirth')}
            value={str(values.dateOfBirth)}
            error={e.dateOfBirth}
            autocomplete="bday"
          />
          <Field
            name="guardianName"
            label={t('events:register.guardianName')}
            value={str(values.guardianName)}
            error={e.guardianName}
            maxlength={120}
          />
          <Field
            name="guardianEmail"
            type="email"
            label={t('events:register.guardianEmail')}
            value={str(values.guardianEmail)}
            error={e.guardianEmail}
            inputmode="email"
          />
        </fieldset>
        <div class={e.consent ? 'field has-error' : 'field'}>
          {e.consent && (
            <p class="error" id="f-consent-error">
              {t(e.consent)}
            </p>
          )}
          <label class="check" for="f-consent">
            <input
              type="checkbox"
              id="f-consent"
              name="consent"
              checked={str(values.consent) === 'on'}
              aria-invalid={e.consent ? 'true' : undefined}
              aria-describedby={e.consent ? 'f-consent-error' : undefined}
            />{' '}
            {t('events:register.consent')}
            <span class="req"> ({t('common:form.required')})</span>
          </label>
        </div>
        <Button>
          {isFull ? t('events:register.submitWaitlist') : t('events:register.submit')}
        </Button>
      </Form>
    </section>
  )
}
