import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import {
  Button,
  DateTime,
  ErrorSummary,
  Field,
  Form,
  Notice,
  PageHeader,
} from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { DocumentVersion, LibraryDocument } from '../service.ts'
import { FileField, fileSize, LibraryCrumbs } from './shared.tsx'

const str = (v: unknown) => (typeof v === 'string' ? v : '')

export type DocumentPageProps = {
  project: { id: string; acronym: string }
  document: LibraryDocument
  ownerName: LocalizedText
  ownerLocale: string
  versions: { version: DocumentVersion; uploaderName: string | null }[]
  deliverables: { id: string; code: string }[]
  canChange: boolean
  values?: FormValues
  errors?: FieldErrors | undefined
  notice?: string | undefined
}

/** One document: every version to download, and (for its owner) a new version or removal. */
export function DocumentPage(props: DocumentPageProps) {
  const { t, locale } = useUi()
  const { project, document: doc, errors, values = {} } = props
  const href = `/app/projects/${project.id}/documents/${doc.id}`
  const owner = pickText(props.ownerName, locale, [props.ownerLocale, 'en'])
  return (
    <>
      <LibraryCrumbs project={project}>
        <li aria-current="page">{doc.title}</li>
      </LibraryCrumbs>
      <PageHeader title={doc.title} />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <dl class="facts">
        <dt>{t('documents:library.owner')}</dt>
        <dd lang={owner.lang}>{owner.value}</dd>
        {props.deliverables.length > 0 && (
          <>
            <dt>{t('documents:library.deliverable')}</dt>
            <dd>
              {props.deliverables.map((d, i) => (
                <>
                  {i > 0 && ', '}
                  <a href={`/app/projects/${project.id}/deliverables/${d.id}`}>{d.code}</a>
                </>
              ))}
            </dd>
          </>
        )}
      </dl>

      <section aria-labelledby="versions">
        <h2 id="versions">{t('documents:document.versions')}</h2>
        <TableWrap label={t('common:table.region', { name: t('documents:document.versions') })}>
          <table aria-labelledby="versions">
            <thead>
              <tr>
                <th scope="col">{t('documents:library.version')}</th>
                <th scope="col">{t('documents:document.file')}</th>
                <th scope="col">{t('documents:fields.note')}</th>
                <th scope="col">{t('documents:document.uploadedBy')}</th>
                <th scope="col">{t('documents:document.uploadedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {props.versions.map(({ version: v, uploaderName }) => (
                <tr>
                  <td>{v.version}</td>
                  <td>
                    <a href={`${href}/versions/${v.version}`}>
                      {t('documents:library.download', {
                        file: v.fileName,
                        size: fileSize(v.size, locale),
                      })}
                    </a>
                  </td>
                  <td>{v.note}</td>
                  <td>{uploaderName ?? ''}</td>
                  <td>
                    <DateTime value={v.createdAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>

      {props.canChange && (
        <>
          <section aria-labelledby="new-version" class="narrow">
            <h2 id="new-version">{t('documents:document.newVersion')}</h2>
            <ErrorSummary errors={errors} />
            <Form action={`${href}/versions`} enctype="multipart/form-data">
              <FileField errors={errors} />
              <Field
                name="note"
                label={t('documents:fields.note')}
                hint={t('documents:fields.noteHint')}
                value={str(values.note)}
                error={errors?.note}
                maxlength={500}
              />
              <Button>{t('documents:document.upload')}</Button>
            </Form>
          </section>
          <Form action={`${href}/delete`}>
            <Button variant="danger">{t('documents:document.delete')}</Button>
          </Form>
        </>
      )}
    </>
  )
}
