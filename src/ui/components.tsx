import type { Child, PropsWithChildren } from 'hono/jsx'
import { CSRF_FIELD } from '#src/http/cookies.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { dateTimeFormat } from '#src/lib/intl.ts'
import { useUi } from './use-ui.ts'

export function CsrfField() {
  const { csrfToken } = useUi()
  return <input type="hidden" name={CSRF_FIELD} value={csrfToken} />
}

type FormProps = PropsWithChildren<{
  action: string
  method?: 'post' | 'get'
  class?: string
  enctype?: 'multipart/form-data' | 'application/x-www-form-urlencoded'
  id?: string
}>

/** A form that always carries the CSRF token. Browsers validate nothing: the server does. */
export function Form({ action, method = 'post', children, ...rest }: FormProps) {
  return (
    <form action={action} method={method} novalidate {...rest}>
      {method === 'post' && <CsrfField />}
      {children}
    </form>
  )
}

/** Lists every error at the top of a form, each linking to its field (WCAG 3.3.1). */
export function ErrorSummary({
  errors,
  params,
}: {
  errors?: FieldErrors | undefined
  /** Parameters for the form-wide message (`_form`), such as minutes to wait. */
  params?: Record<string, unknown> | undefined
}) {
  const { t } = useUi()
  const entries = Object.entries(errors ?? {})
  if (entries.length === 0) return null
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
      <h2>{t('common:form.errorTitle', { count: entries.length })}</h2>
      <ul>
        {entries.map(([field, key]) => (
          <li>
            {field === '_form' ? (
              t(key, params)
            ) : (
              <a href={`#f-${field.replace(/\./g, '-')}`}>{t(key)}</a>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

type FieldProps = {
  name: string
  label: string
  value?: string | number | null | undefined
  type?: string
  error?: string | undefined
  hint?: string
  required?: boolean
  autocomplete?: string
  inputmode?: 'email' | 'text' | 'search' | 'url' | 'none' | 'tel' | 'numeric' | 'decimal'
  lang?: string
  dir?: string
  maxlength?: number
  step?: string
}

export function fieldId(name: string) {
  return `f-${name.replace(/\./g, '-')}`
}

/**
 * What a labelled control shares: the wrapper, the label (with "required"), the hint and the
 * translated error, each with the id the control names in `aria-describedby`.
 */
function LabelledField(
  props: PropsWithChildren<{
    id: string
    label: string
    hint?: string | undefined
    error?: string | undefined
    errorParams?: Record<string, unknown> | undefined
    required?: boolean | undefined
  }>,
) {
  const { t } = useUi()
  const { id } = props
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={id}>
        {props.label}
        {props.required && <span class="req"> ({t('common:form.required')})</span>}
      </label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="error" id={`${id}-error`}>
          {t(props.error, props.errorParams)}
        </p>
      )}
      {props.children}
    </div>
  )
}

/** The ids of a control's hint and error, for `aria-describedby` (undefined when neither). */
function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
}

export function Field(props: FieldProps) {
  const id = fieldId(props.name)
  return (
    <LabelledField
      id={id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      required={props.required}
    >
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        lang={props.lang}
        dir={props.dir}
        maxlength={props.maxlength}
        step={props.step}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        required={props.required}
      />
    </LabelledField>
  )
}

type TextAreaFieldProps = {
  name: string
  label: string
  value?: string | null | undefined
  error?: string | undefined
  /** Values the error message names, such as a length limit. */
  errorParams?: Record<string, unknown> | undefined
  hint?: string | undefined
  required?: boolean
  rows?: number
  maxlength?: number
  /** The language of the text typed in, when it is not the page's (a translation column). */
  lang?: string
  dir?: string
}

/** A multi-line text field with label, hint and error, like `Field`. */
export function TextAreaField(props: TextAreaFieldProps) {
  const id = fieldId(props.name)
  return (
    <LabelledField
      id={id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      errorParams={props.errorParams}
      required={props.required}
    >
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 5}
        maxlength={props.maxlength}
        lang={props.lang}
        dir={props.dir}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
      >
        {props.value ?? ''}
      </textarea>
    </LabelledField>
  )
}

type CheckboxProps = {
  name: string
  label: string
  checked: boolean
  /** What a ticked box sends; browsers send `on` without it. */
  value?: string
  hint?: string | undefined
  error?: string | undefined
  errorParams?: Record<string, unknown> | undefined
}

/** One checkbox with its label beside it; the error comes first, the hint after the label. */
export function Checkbox(props: CheckboxProps) {
  const { t } = useUi()
  const id = fieldId(props.name)
  // Error first, as it stands before the box; the hint follows the label.
  const described = [props.error && `${id}-error`, props.hint && `${id}-hint`]
    .filter(Boolean)
    .join(' ')
  return (
    <div class={props.error ? 'field checkboxes has-error' : 'field checkboxes'}>
      {props.error && (
        <p class="error" id={`${id}-error`}>
          {t(props.error, props.errorParams)}
        </p>
      )}
      <label class="check" for={id}>
        <input
          id={id}
          type="checkbox"
          name={props.name}
          value={props.value}
          checked={props.checked}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={described || undefined}
        />{' '}
        {props.label}
      </label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
    </div>
  )
}

type SelectProps = {
  name: string
  label: string
  value?: string | null | undefined
  options: { value: string; label: string }[]
  error?: string | undefined
  hint?: string
  required?: boolean
  placeholder?: string
}

export function SelectField(props: SelectProps) {
  const id = fieldId(props.name)
  return (
    <LabelledField
      id={id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      required={props.required}
    >
      <select
        id={id}
        name={props.name}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledField>
  )
}

type CheckboxGroupProps = {
  name: string
  legend: string
  values: readonly string[]
  options: { value: string; label: string; lang?: string }[]
  error?: string | undefined
  hint?: string
}

export function CheckboxGroup(props: CheckboxGroupProps) {
  const { t } = useUi()
  const id = fieldId(props.name)
  return (
    <fieldset class={props.error ? 'field checkboxes has-error' : 'field checkboxes'} id={id}>
      <legend>{props.legend}</legend>
      {props.hint && <p class="hint">{props.hint}</p>}
      {props.error && <p class="error">{t(props.error)}</p>}
      {props.options.map((o) => (
        <label class="check">
          <input
            type="checkbox"
            name={props.name}
            value={o.value}
            checked={props.values.includes(o.value)}
          />{' '}
          <span lang={o.lang}>{o.label}</span>
        </label>
      ))}
    </fieldset>
  )
}

export function Button({
  children,
  variant = 'primary',
  type = 'submit',
  name,
  value,
}: PropsWithChildren<{
  variant?: 'primary' | 'secondary' | 'danger'
  type?: 'submit' | 'button'
  name?: string
  value?: string
}>) {
  return (
    <button class={`btn btn-${variant}`} type={type} name={name} value={value}>
      {children}
    </button>
  )
}

/** A short message after an action, announced politely to screen readers. */
export function Notice({
  children,
  kind = 'success',
}: PropsWithChildren<{ kind?: 'success' | 'info' | 'warning' }>) {
  return (
    <div class={`notice notice-${kind}`} role="status">
      {children}
    </div>
  )
}

export function EmptyState({
  title,
  children,
  action,
}: PropsWithChildren<{ title: string; action?: Child }>) {
  return (
    <section class="empty-state">
      <h2>{title}</h2>
      <p>{children}</p>
      {action}
    </section>
  )
}

export function PageHeader({ title, children }: PropsWithChildren<{ title: string }>) {
  return (
    <div class="page-header">
      <h1>{title}</h1>
      {children && <div class="page-actions">{children}</div>}
    </div>
  )
}

/** Formats a date-time in the reader's locale and the given time zone. */
export function DateTime({ value, timeZone }: { value: Date; timeZone?: string }) {
  const ui = useUi()
  const text = dateTimeFormat(ui.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: timeZone ?? ui.timeZone,
  }).format(value)
  return <time datetime={value.toISOString()}>{text}</time>
}
