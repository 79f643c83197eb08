import { fieldId } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { fileSize } from '../../documents/index.ts'
import { scorePercent } from '../scorm-cmi.ts'
import type { CourseRole } from '../service/courses.ts'
import type { ScormView } from '../service/scorm.ts'
import type { ScormPackage } from '../service/scorm-import.ts'

const STATUS_KEYS: Record<string, string> = {
  passed: 'scorm:status.passed',
  completed: 'scorm:status.completed',
  failed: 'scorm:status.failed',
  incomplete: 'scorm:status.incomplete',
  browsed: 'scorm:status.browsed',
  'not attempted': 'scorm:status.notAttempted',
}
const statusKey = (status: string | null) =>
  (status && STATUS_KEYS[status]) || 'scorm:status.unknown'

/** A launch path as a URL: each folder and the file name encoded, the query kept. */
function launchUrl(packageId: string, launchPath: string) {
  const at = launchPath.search(/[?#]/)
  const path = at < 0 ? launchPath : launchPath.slice(0, at)
  const rest = at < 0 ? '' : launchPath.slice(at)
  const encoded = path.split('/').map(encodeURIComponent).join('/')
  return `/app/learning/scorm/${packageId}/files/${encoded}${rest}`
}

/**
 * A SCORM lesson's package in a frame. The frame has no address in the HTML: scorm.js creates
 * the SCORM API first (with what the person committed before), then loads the package, which
 * looks for that API in its parent. Without JavaScript the page says the package needs it.
 * The author previews the package; only an enrolled person's commits are sent and kept.
 */
export function ScormPanel(props: {
  view: ScormView
  title: string
  role: CourseRole
  enrolled: boolean
}) {
  const { t, csrfToken } = useUi()
  const { package: pkg, attempt } = props.view
  if (!pkg) return <p class="notice notice-info">{t('scorm:player.noPackage')}</p>
  if (!props.enrolled && props.role !== 'author') return null
  const percent = attempt ? scorePercent(attempt) : null
  return (
    <section class="scorm" aria-labelledby="scorm-heading">
      <h2 id="scorm-heading">{t('scorm:player.heading')}</h2>
      {!props.enrolled && <p class="notice notice-info">{t('scorm:player.preview')}</p>}
      {attempt && (
        <ul class="scorm-result">
          <li>{t('scorm:player.status', { status: t(statusKey(attempt.lessonStatus)) })}</li>
          {attempt.successStatus && attempt.successStatus !== 'unknown' && (
            <li>{t('scorm:player.success', { status: t(statusKey(attempt.successStatus)) })}</li>
          )}
          {percent !== null && <li>{t('scorm:player.score', { percent })}</li>}
        </ul>
      )}
      <noscript>
        <p class="notice notice-warning">{t('scorm:player.needsJs')}</p>
      </noscript>
      <p class="visually-hidden" id="scorm-live" aria-live="polite" />
      <div
        class="scorm-player"
        id="scorm-player"
        data-version={pkg.version}
        data-src={launchUrl(pkg.id, pkg.launchPath)}
        data-commit={props.enrolled ? `/app/learning/scorm/${pkg.id}/commit` : undefined}
        data-csrf={csrfToken}
        data-cmi={JSON.stringify(props.view.resume)}
        data-done={t('scorm:player.doneLive')}
        data-failed={t('scorm:player.commitFailed')}
      >
        <iframe
          class="scorm-frame"
          title={t('scorm:player.frameTitle', { title: pkg.title || props.title })}
          hidden
        />
      </div>
      <script type="module" src="/static/scorm.js" />
    </section>
  )
}

/**
 * The lesson form's package input, with the package now in place. The browser cannot keep a
 * chosen file after a refused save: the hint says to choose it again.
 */
export function PackageField(props: {
  current: ScormPackage | null | undefined
  error?: string | undefined
}) {
  const { t, locale } = useUi()
  const id = fieldId('package')
  const { current, error } = props
  const described = [`${id}-hint`, current && `${id}-current`, error && `${id}-error`]
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{t('scorm:form.package')}</label>
      <p class="hint" id={`${id}-hint`}>
        {t('scorm:form.packageHint')}
      </p>
      {current && (
        <p id={`${id}-current`}>
          {t('scorm:form.current', {
            title: current.title ?? '—',
            version: current.version,
            count: current.fileCount,
            size: fileSize(current.totalBytes, locale),
          })}
        </p>
      )}
      {error && (
        <p class="error" id={`${id}-error`}>
          {t(error)}
        </p>
      )}
      <input
        id={id}
        name="package"
        type="file"
        accept=".zip,application/zip"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described.filter(Boolean).join(' ')}
      />
    </div>
  )
}
