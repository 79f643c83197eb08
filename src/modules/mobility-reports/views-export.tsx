import type { FieldErrors } from '#src/lib/errors.ts'
import { numberFormat } from '#src/lib/intl.ts'
import { Button, Form, Notice, PageHeader } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { ExportTable } from './export-rows.ts'
import { COLUMN_KEYS, type ExportProfile } from './profile.ts'
import { ErrorPanel, ReportsNav } from './views-parts.tsx'

export type ExportPageProps = {
  projects: { id: string; acronym: string; code: string | null; mobilities: number }[]
  projectId: string | undefined
  table: ExportTable | null
  profile: ExportProfile & { activityCodesConfidence: string }
  canManage: boolean
  /** A file was asked for without a valid project. */
  errors?: FieldErrors | undefined
}

const PREVIEW_ROWS = 10

function Preview({ table }: { table: ExportTable }) {
  const { t, locale } = useUi()
  const fmt = numberFormat(locale)
  const shown = table.rows.slice(0, PREVIEW_ROWS)
  const oidColumn = table.profile.columns.findIndex((c) => c.key === 'sendingOid')
  return (
    <TableWrap labelledBy="export-preview-caption">
      <table>
        <caption id="export-preview-caption">
          {t('reports:export.previewCaption', {
            shown: fmt.format(shown.length),
            count: table.rows.length,
          })}
        </caption>
        <thead>
          <tr>
            {table.headers.map((h) => (
              <th scope="col">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr>
              {row.map((cell, i) =>
                i === oidColumn && (cell === null || cell === '') ? (
                  <td class="cell-missing">{t('reports:export.missingOidCell')}</td>
                ) : (
                  <td>{cell === null ? '' : String(cell)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}

/** `/app/reports/export`: choose a project, preview the rows, download XLSX or CSV. */
export function ExportPage(props: ExportPageProps) {
  const { t } = useUi()
  const { table } = props
  const q = props.projectId ? `projectId=${props.projectId}` : ''
  return (
    <>
      <PageHeader title={t('reports:export.title')} />
      <ReportsNav current="/app/reports/export" />
      <p>{t('reports:export.lead')}</p>
      <ErrorPanel errors={props.errors} linkable={props.projects.length > 0 ? ['projectId'] : []} />
      {props.projects.length === 0 ? (
        <p>{t('reports:export.noProjects')}</p>
      ) : (
        <form method="get" action="/app/reports/export" class="audit-filter">
          <div class="field">
            <label for="f-projectId">{t('reports:export.project')}</label>
            <select id="f-projectId" name="projectId">
              {props.projects.map((p) => (
                <option value={p.id} selected={p.id === props.projectId}>
                  {t('reports:export.projectOption', {
                    acronym: p.acronym,
                    code: p.code ?? t('reports:export.noCode'),
                    count: p.mobilities,
                  })}
                </option>
              ))}
            </select>
          </div>
          <Button variant="secondary">{t('reports:export.show')}</Button>
        </form>
      )}
      {table && (
        <section aria-labelledby="export-files">
          <h2 id="export-files">
            {t('reports:export.filesTitle', { project: table.project.acronym })}
          </h2>
          {!table.project.code && (
            <Notice kind="warning">{t('reports:export.noCodeWarning')}</Notice>
          )}
          {table.missingSendingOid.length > 0 && (
            <Notice kind="warning">
              <p>{t('reports:export.missingOid', { count: table.missingSendingOid.length })}</p>
              <ul>
                {table.missingSendingOid.map((o) => (
                  <li>
                    {t('reports:export.missingOidItem', { name: o.name, count: o.mobilities })}
                  </li>
                ))}
              </ul>
            </Notice>
          )}
          {table.withoutGrant > 0 && (
            <Notice kind="warning">
              {t('reports:export.withoutGrant', { count: table.withoutGrant })}
            </Notice>
          )}
          <ul class="reports-downloads">
            <li>
              <a href={`/app/reports/export.xlsx?${q}`} download>
                {t('reports:export.downloadXlsx')}
              </a>
            </li>
            <li>
              <a href={`/app/reports/export.csv?${q}`} download>
                {t('reports:export.downloadCsv')}
              </a>
            </li>
            <li>
              <a href={`/app/reports/export.csv?${q}&separator=semicolon`} download>
                {t('reports:export.downloadCsvSemicolon')}
              </a>
            </li>
          </ul>
          <Preview table={table} />
        </section>
      )}
      <section aria-labelledby="export-profile">
        <h2 id="export-profile">{t('reports:export.profileTitle')}</h2>
        <p>
          {t(
            props.profile.isDefault ? 'reports:export.profileDefault' : 'reports:export.profileOwn',
            {
              release: props.profile.release,
              count: props.profile.columns.length,
            },
          )}
        </p>
        <p class="hint">{t('reports:export.codesToConfirm')}</p>
        {props.canManage && (
          <p>
            <a href="/app/reports/export/profile">{t('reports:export.editProfile')}</a>
          </p>
        )}
      </section>
    </>
  )
}

export type ProfilePageProps = {
  profile: ExportProfile & { activityCodesConfidence: string }
  defaults: ExportProfile
  activities: { code: string; name: string }[]
  values?: Record<string, unknown> | undefined
  errors?: FieldErrors | undefined
}

type ColumnValue = { include?: string; position?: string; header?: string }

/** `/app/reports/export/profile`: which columns, in which order, under which headers; the codes. */
export function ProfilePage(props: ProfilePageProps) {
  const { t } = useUi()
  const e = props.errors ?? {}
  const columns = (props.values?.columns as Record<string, ColumnValue> | undefined) ?? null
  const codes =
    (props.values?.codes as Record<string, string> | undefined) ?? props.profile.activityCodes
  const position = new Map(props.profile.columns.map((c, i) => [c.key, i + 1]))
  const header = new Map(props.profile.columns.map((c) => [c.key, c.header]))
  const fallback = new Map(props.defaults.columns.map((c) => [c.key, c.header]))
  const linkable = [
    ...COLUMN_KEYS.map((k) => `columns.${k}.header`),
    ...props.activities.map((a) => `codes.${a.code}`),
  ]
  const fid = (name: string) => `f-${name.replace(/\./g, '-')}`
  const err = (name: string) =>
    e[name] ? (
      <p class="error" id={`${fid(name)}-error`}>
        {t(e[name]!)}
      </p>
    ) : null
  return (
    <>
      <PageHeader title={t('reports:profile.title')} />
      <ReportsNav current="/app/reports/export" />
      <ErrorPanel errors={e} linkable={linkable} />
      <p>{t('reports:profile.lead')}</p>
      <Form action="/app/reports/export/profile">
        <div class="field">
          <label for="f-release">{t('reports:profile.release')}</label>
          <p class="hint" id="f-release-hint">
            {t('reports:profile.releaseHint')}
          </p>
          <input
            id="f-release"
            name="release"
            type="text"
            maxlength={200}
            value={String(props.values?.release ?? props.profile.release)}
            aria-describedby="f-release-hint"
          />
        </div>
        <h2>{t('reports:profile.columnsTitle')}</h2>
        <p class="hint">{t('reports:profile.columnsHint')}</p>
        {COLUMN_KEYS.map((key) => {
          const v = columns?.[key]
          const included = columns ? v?.include === '1' : position.has(key)
          const name = (f: string) => `columns.${key}.${f}`
          return (
            <fieldset class="reports-column-choice">
              <legend>{t(`reports:column.${key}`)}</legend>
              <label class="check" for={fid(name('include'))}>
                <input
                  id={fid(name('include'))}
                  type="checkbox"
                  name={name('include')}
                  value="1"
                  checked={included}
                />{' '}
                {t('reports:profile.include')}
              </label>
              <div class="field">
                <label for={fid(name('position'))}>{t('reports:profile.position')}</label>
                <input
                  id={fid(name('position'))}
                  name={name('position')}
                  type="text"
                  inputmode="numeric"
                  value={v?.position ?? String(position.get(key) ?? '')}
                />
              </div>
              <div class={e[name('header')] ? 'field has-error' : 'field'}>
                <label for={fid(name('header'))}>{t('reports:profile.header')}</label>
                {err(name('header'))}
                <input
                  id={fid(name('header'))}
                  name={name('header')}
                  type="text"
                  maxlength={100}
                  value={v?.header ?? header.get(key) ?? fallback.get(key) ?? ''}
                  aria-invalid={e[name('header')] ? 'true' : undefined}
                  aria-describedby={e[name('header')] ? `${fid(name('header'))}-error` : undefined}
                />
              </div>
            </fieldset>
          )
        })}
        <h2>{t('reports:profile.codesTitle')}</h2>
        <Notice kind="info">{t('reports:export.codesToConfirm')}</Notice>
        {props.activities.map((a) => {
          const name = `codes.${a.code}`
          return (
            <div class={e[name] ? 'field has-error' : 'field'}>
              <label for={fid(name)}>
                {t('reports:profile.codeLabel', {
                  activity: t(`grants:activity.${a.code}`, { defaultValue: a.name }),
                  code: a.code,
                })}
              </label>
              {err(name)}
              <input
                id={fid(name)}
                name={name}
                type="text"
                maxlength={5}
                autocomplete="off"
                value={codes[a.code] ?? ''}
                aria-invalid={e[name] ? 'true' : undefined}
                aria-describedby={e[name] ? `${fid(name)}-error` : undefined}
              />
            </div>
          )
        })}
        <Button>{t('reports:profile.save')}</Button>
      </Form>
      {!props.profile.isDefault && (
        <Form action="/app/reports/export/profile/reset">
          <p>{t('reports:profile.resetHint')}</p>
          <Button variant="secondary">{t('reports:profile.reset')}</Button>
        </Form>
      )}
    </>
  )
}
