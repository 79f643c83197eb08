import type { PropsWithChildren } from 'hono/jsx'
import type { FieldErrors } from '#src/lib/errors.ts'
import { numberFormat } from '#src/lib/intl.ts'
import { fieldId } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { ACCEPT } from '../files.ts'

/** Projects › ACRONYM › Documents (› this page). */
export function LibraryCrumbs({
  project,
  children,
}: PropsWithChildren<{ project: { id: string; acronym: string } }>) {
  const { t } = useUi()
  const library = `/app/projects/${project.id}/documents`
  return (
    <nav class="crumbs" aria-label={t('documents:crumbs.label')}>
      <ol>
        <li>
          <a href="/app/projects">{t('documents:crumbs.projects')}</a>
        </li>
        <li>
          <a href={`/app/projects/${project.id}`}>{project.acronym}</a>
        </li>
        {children ? (
          <>
            <li>
              <a href={library}>{t('documents:library.crumb')}</a>
            </li>
            {children}
          </>
        ) : (
          <li aria-current="page">{t('documents:library.crumb')}</li>
        )}
      </ol>
    </nav>
  )
}

/** A file input with its label, the accepted types and size as a hint, and its error. */
export function FileField({ errors }: { errors?: FieldErrors | undefined }) {
  const { t } = useUi()
  const id = fieldId('file')
  const error = errors?.file
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>
        {t('documents:fields.file')}
        <span class="req"> ({t('common:form.required')})</span>
      </label>
      <p class="hint" id={`${id}-hint`}>
        {t('documents:fields.fileHint')}
      </p>
      {error && (
        <p class="error" id={`${id}-error`}>
          {t(error)}
        </p>
      )}
      <input
        id={id}
        name="file"
        type="file"
        accept={ACCEPT}
        required
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
    </div>
  )
}

/** "1,2 MB" in the reader's locale. */
export function fileSize(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte'] as const
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return numberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value)
}
