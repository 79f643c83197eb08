/**
 * The calculator's inputs. Like ui/components.tsx, but an error arrives already translated:
 * the rules' messages name numbers ("between 48 € and 127 € a day") that a bare key cannot carry.
 */
import type { Child } from 'hono/jsx'
import { fieldId } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'

type Common = {
  name: string
  label: string
  hint?: string | undefined
  error?: string | undefined
  required?: boolean
  /** Shown after the hint, such as a link or a footnote; referenced by aria-describedby. */
  extra?: Child
}

function describedBy(p: Common) {
  const id = fieldId(p.name)
  return (
    [p.hint && `${id}-hint`, p.extra && `${id}-extra`, p.error && `${id}-error`]
      .filter(Boolean)
      .join(' ') || undefined
  )
}

function Label({ p }: { p: Common }) {
  const { t } = useUi()
  return (
    <label for={fieldId(p.name)}>
      {p.label}
      {p.required && <span class="req"> ({t('common:form.required')})</span>}
    </label>
  )
}

function Messages({ p }: { p: Common }) {
  const id = fieldId(p.name)
  return (
    <>
      {p.hint && (
        <p class="hint" id={`${id}-hint`}>
          {p.hint}
        </p>
      )}
      {p.extra && <div id={`${id}-extra`}>{p.extra}</div>}
      {p.error && (
        <p class="error" id={`${id}-error`}>
          {p.error}
        </p>
      )}
    </>
  )
}

/** A text input for numbers: `inputmode` brings up the number pad and a decimal comma works. */
export function NumberInput(p: Common & { value: string; decimal?: boolean }) {
  return (
    <div class={p.error ? 'field has-error' : 'field'}>
      <Label p={p} />
      <Messages p={p} />
      <input
        id={fieldId(p.name)}
        name={p.name}
        type="text"
        inputmode={p.decimal ? 'decimal' : 'numeric'}
        autocomplete="off"
        value={p.value}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(p)}
      />
    </div>
  )
}

export function Select(
  p: Common & { value: string; options: { value: string; label: string }[]; placeholder?: string },
) {
  return (
    <div class={p.error ? 'field has-error' : 'field'}>
      <Label p={p} />
      <Messages p={p} />
      <select
        id={fieldId(p.name)}
        name={p.name}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(p)}
      >
        {p.placeholder !== undefined && <option value="">{p.placeholder}</option>}
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === p.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** Every error at the top, each linking to its field, with messages already translated. */
export function ErrorList({ errors }: { errors: Record<string, string> }) {
  const { t } = useUi()
  const entries = Object.entries(errors)
  if (entries.length === 0) return null
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
      <h2>{t('common:form.errorTitle', { count: entries.length })}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li>{field === '_form' ? message : <a href={`#${fieldId(field)}`}>{message}</a>}</li>
        ))}
      </ul>
    </div>
  )
}
