import { z } from 'zod'
import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { languageName } from '#src/lib/i18n.ts'
import {
  hasText,
  type LocalizedText,
  missingLanguages,
  normaliseText,
  pickText,
  presentLanguages,
} from '#src/lib/localized-text.ts'
import { fieldId } from './components.tsx'
import { useUi } from './use-ui.ts'

/** A language tag as stored in a LocalizedText key: `sq`, `en`, `sr-Latn`, `cnr`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/

type MultilingualFieldProps = {
  name: string
  label: string
  value: LocalizedText | null | undefined
  languages: readonly string[]
  /** Languages that must be filled in; each input is marked required. */
  required?: readonly string[]
  /** At least one language must be filled in (which one is up to the person). */
  requireAny?: boolean
  errors?: FieldErrors | undefined
  multiline?: boolean
  hint?: string
  maxlength?: number
}

/**
 * One input per language. Without JavaScript every language shows, stacked and labelled; the
 * client script (ui/client/app.ts) turns `[data-multilingual]` into tabs with "missing" badges.
 */
export function MultilingualField(props: MultilingualFieldProps) {
  const { t, locale } = useUi()
  const id = fieldId(props.name)
  const required = props.required ?? []
  const missing = missingLanguages(props.value, props.languages)
  const fieldError = props.errors?.[props.name]
  const isRequired = props.requireAny || required.length > 0
  const describedBy = [props.hint && `${id}-hint`, missing.length > 0 && `${id}-missing`]
    .filter(Boolean)
    .join(' ')
  return (
    <fieldset
      class={fieldError ? 'field ml has-error' : 'field ml'}
      id={id}
      data-multilingual
      aria-describedby={describedBy || undefined}
    >
      <legend>
        {props.label}
        {isRequired && <span class="req"> ({t('common:form.required')})</span>}
      </legend>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {missing.length > 0 && (
        <p class="hint ml-missing" id={`${id}-missing`}>
          {t('organisations:ml.missingSummary', {
            count: missing.length,
            languages: listOf(
              missing.map((l) => languageName(l, locale)),
              locale,
            ),
          })}
        </p>
      )}
      {fieldError && <p class="error">{t(fieldError)}</p>}
      <div
        class="ml-tablist"
        data-ml-tablist
        role="tablist"
        aria-label={t('common:multilingual.languages')}
        hidden
      >
        {props.languages.map((lang) => (
          <button
            type="button"
            role="tab"
            id={`${id}-tab-${lang}`}
            data-ml-tab
            aria-controls={`${id}-panel-${lang}`}
            aria-selected="false"
          >
            {languageName(lang, locale)}{' '}
            <span data-ml-badge class="badge badge-warn" hidden={hasText(props.value, lang)}>
              {t('common:multilingual.missing')}
            </span>
          </button>
        ))}
      </div>
      {props.languages.map((lang) => (
        <LanguagePanel {...props} lang={lang} isRequired={required.includes(lang)} />
      ))}
    </fieldset>
  )
}

function LanguagePanel(props: MultilingualFieldProps & { lang: string; isRequired: boolean }) {
  const { t, locale } = useUi()
  const { lang } = props
  const id = fieldId(props.name)
  const inputId = fieldId(`${props.name}.${lang}`)
  const error = props.errors?.[`${props.name}.${lang}`]
  const common = {
    id: inputId,
    name: `${props.name}.${lang}`,
    lang,
    maxlength: props.maxlength,
    required: props.isRequired,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': error ? `${inputId}-error` : undefined,
  }
  const value = props.value?.[lang] ?? ''
  return (
    <div
      class={error ? 'ml-panel has-error' : 'ml-panel'}
      id={`${id}-panel-${lang}`}
      data-ml-panel
      role="tabpanel"
      aria-labelledby={`${id}-tab-${lang}`}
    >
      <label for={inputId}>
        {t('organisations:ml.panelLabel', {
          label: props.label,
          language: languageName(lang, locale),
        })}
        {props.isRequired && <span class="req"> ({t('common:form.required')})</span>}
      </label>
      {error && (
        <p class="error" id={`${inputId}-error`}>
          {t(error)}
        </p>
      )}
      {props.multiline ? (
        <textarea {...common} rows={4}>
          {value}
        </textarea>
      ) : (
        <input type="text" {...common} value={value} />
      )}
    </div>
  )
}

function listOf(items: string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items)
}

/**
 * The languages of a form's multilingual value: `readForm` turns `name.sq` into `{ name: { sq } }`.
 * Flat keys (`name.sq` left as is) are read too. Empty languages are dropped, the rest trimmed.
 */
export function readLocalizedText(form: FormValues, name: string): LocalizedText {
  const out: LocalizedText = {}
  const nested = form[name]
  if (nested && typeof nested === 'object' && !Array.isArray(nested)) {
    for (const [lang, v] of Object.entries(nested as Record<string, unknown>)) {
      const text = lastString(v)
      if (text !== undefined) out[lang] = text
    }
  }
  for (const [key, v] of Object.entries(form)) {
    if (!key.startsWith(`${name}.`)) continue
    const text = lastString(v)
    if (text !== undefined) out[key.slice(name.length + 1)] = text
  }
  return normaliseText(out)
}

function lastString(v: unknown): string | undefined {
  if (typeof v === 'string') return v
  if (Array.isArray(v)) return v.filter((x) => typeof x === 'string').at(-1)
  return undefined
}

type LocalizedTextRules = {
  /** `'any'`: at least one language; a list: each of those languages. */
  required?: 'any' | readonly string[]
  max?: number
}

/**
 * A multilingual value: `{ [languageTag]: text }`. Values are trimmed and empty ones dropped.
 * Errors are translation keys: on the field for "no language at all", on `field.lang` otherwise.
 */
export function ZLocalizedText({ required, max = 2000 }: LocalizedTextRules = {}) {
  return z
    .record(
      z.string().regex(LANGUAGE_TAG, 'organisations:ml.unknownLanguage'),
      z.string().max(max, 'common:validation.tooLong'),
    )
    .transform((v) => normaliseText(v))
    .superRefine((value, ctx) => {
      if (required === 'any') {
        if (presentLanguages(value).length === 0) {
          ctx.addIssue({ code: 'custom', message: 'organisations:ml.requiredAny' })
        }
        return
      }
      for (const lang of required ?? []) {
        if (!hasText(value, lang)) {
          ctx.addIssue({ code: 'custom', path: [lang], message: 'common:validation.required' })
        }
      }
    })
}

type ViewProps = {
  value: LocalizedText | null | undefined
  /** Languages to try after the reader's own and its neighbours (organisation default, `en`). */
  fallbacks?: readonly string[]
  /** Also list the other languages the text exists in. */
  showOthers?: boolean
  /** A paragraph of its own rather than inline text. */
  block?: boolean
}

/**
 * Shows the best text for the reader. When it falls back to another language, the text carries
 * that `lang` (so screen readers switch voice) and a note says so; other languages are listed.
 */
export function LocalizedTextView({ value, fallbacks = ['en'], showOthers = true }: ViewProps) {
  const { locale } = useUi()
  const picked = pickText(value, locale, fallbacks)
  return (
    <span class="ml-view">
      <span lang={picked.isFallback ? picked.lang : undefined}>{picked.value}</span>{' '}
      <LocalizedTextNote value={value} fallbacks={fallbacks} showOthers={showOthers} />
    </span>
  )
}

/** Only the notes of `LocalizedTextView`, for text shown elsewhere (a heading, a link). */
export function LocalizedTextNote({
  value,
  fallbacks = ['en'],
  showOthers = true,
  block = false,
}: ViewProps) {
  const { t, locale } = useUi()
  const picked = pickText(value, locale, fallbacks)
  const others = presentLanguages(value).filter((l) => l !== picked.lang)
  const fallback = picked.isFallback && picked.value !== ''
  if (!fallback && !(showOthers && others.length > 0)) return null
  const note = (
    <>
      {fallback &&
        t('common:multilingual.fallbackNotice', { language: languageName(picked.lang, locale) })}
      {fallback && showOthers && others.length > 0 && ' '}
      {showOthers &&
        others.length > 0 &&
        t('organisations:ml.alsoIn', {
          languages: listOf(
            others.map((l) => languageName(l, locale)),
            locale,
          ),
        })}
    </>
  )
  return block ? <p class="ml-note">{note}</p> : <small class="ml-note">{note}</small>
}
