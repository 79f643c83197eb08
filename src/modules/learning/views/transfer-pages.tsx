import type { FieldErrors } from '#src/lib/errors.ts'
import { listFormat } from '#src/lib/intl.ts'
import { Button, ErrorSummary, Form, fieldId, PageHeader } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'

/** What an import left out, shown once on the new course's page. */
export type ImportReport = { prerequisites: string[]; competences: string[]; skipped: number }

/**
 * Where in course.json a problem is, as a sentence: `modules.1.lessons.0.questions.2.options`
 * is "module 2, lesson 1, question 3". Null for the package as a whole.
 */
export function problemPlace(path: string): { key: string; params: Record<string, number> } | null {
  if (path === 'file') return null
  const n = (s: string | undefined) => Number(s) + 1
  const m = /^modules\.(\d+)(?:\.lessons\.(\d+)(?:\.(?:questions\.(\d+)|(rubric)))?)?/.exec(path)
  if (!m) {
    const key = path.startsWith('course.') ? 'where.course' : 'where.file'
    return { key: `course-transfer:${key}`, params: {} }
  }
  const [, module, lesson, question, rubric] = m
  if (question !== undefined) {
    return {
      key: 'course-transfer:where.question',
      params: { module: n(module), lesson: n(lesson), question: n(question) },
    }
  }
  if (rubric)
    return { key: 'course-transfer:where.rubric', params: { module: n(module), lesson: n(lesson) } }
  if (lesson !== undefined) {
    return { key: 'course-transfer:where.lesson', params: { module: n(module), lesson: n(lesson) } }
  }
  return { key: 'course-transfer:where.module', params: { module: n(module) } }
}

/** `/app/learning/import`: upload a course package; a refusal says what and where. */
export function ImportCoursePage({ errors }: { errors?: FieldErrors | undefined }) {
  const { t } = useUi()
  const id = fieldId('file')
  const [path, messageKey] = Object.entries(errors ?? {})[0] ?? []
  const place = path ? problemPlace(path) : null
  return (
    <>
      <PageHeader title={t('course-transfer:import.title')} />
      <ErrorSummary errors={messageKey ? { file: messageKey } : undefined} />
      <p>{t('course-transfer:import.intro')}</p>
      <Form action="/app/learning/import" enctype="multipart/form-data">
        <div class={messageKey ? 'field has-error' : 'field'}>
          <label for={id}>
            {t('course-transfer:import.file')}
            <span class="req"> ({t('common:form.required')})</span>
          </label>
          <p class="hint" id={`${id}-hint`}>
            {t('course-transfer:import.fileHint')}
          </p>
          {messageKey && (
            <p class="error" id={`${id}-error`}>
              {t(messageKey)}
              {place && (
                <>
                  <br />
                  {t(place.key, { ...place.params, field: path })}
                </>
              )}
            </p>
          )}
          <input
            id={id}
            name="file"
            type="file"
            accept=".zip,application/zip"
            required
            aria-invalid={messageKey ? 'true' : undefined}
            aria-describedby={messageKey ? `${id}-hint ${id}-error` : `${id}-hint`}
          />
        </div>
        <p>{t('course-transfer:import.draft')}</p>
        <Button>{t('course-transfer:import.submit')}</Button>{' '}
        <a href="/app/learning/manage">{t('course-transfer:import.back')}</a>
      </Form>
    </>
  )
}

/** On the imported course's page: the links it could not keep, and the lessons not in the file. */
export function ImportReportNotice({ report }: { report: ImportReport }) {
  const { t, locale } = useUi()
  const list = (items: string[]) => listFormat(locale, { type: 'conjunction' }).format(items)
  return (
    <div class="notice notice-warning" role="status">
      <p>{t('course-transfer:report.title')}</p>
      <ul>
        {report.prerequisites.length > 0 && (
          <li>{t('course-transfer:report.prerequisites', { list: list(report.prerequisites) })}</li>
        )}
        {report.competences.length > 0 && (
          <li>{t('course-transfer:report.competences', { list: list(report.competences) })}</li>
        )}
        {report.skipped > 0 && (
          <li>{t('course-transfer:report.skipped', { count: report.skipped })}</li>
        )}
      </ul>
    </div>
  )
}
