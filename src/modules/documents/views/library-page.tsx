import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { ProjectNav } from '#src/modules/projects/index.ts'
import {
  Button,
  DateTime,
  ErrorSummary,
  Field,
  Form,
  Notice,
  PageHeader,
  SelectField,
} from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { DocumentVersion, LibraryDocument } from '../service.ts'
import { FileField, fileSize, LibraryCrumbs } from './shared.tsx'

const str = (v: unknown) => (typeof v === 'string' ? v : '')

export type LibraryRow = {
  document: LibraryDocument
  ownerName: LocalizedText
  ownerLocale: string
  version: DocumentVersion
  deliverables: { id: string; code: string }[]
}

export type LibraryPageProps = {
  project: { id: string; acronym: string }
  rows: LibraryRow[]
  canUpload: boolean
  deliverables: { id: string; code: string; title: LocalizedText }[]
  values?: FormValues
  errors?: FieldErrors | undefined
  notice?: string | undefined
}

/** The project's documents with their newest versions, and the upload form. */
export function LibraryPage(props: LibraryPageProps) {
  const { t, locale } = useUi()
  const { project, values = {}, errors } = props
  const base = `/app/projects/${project.id}/documents`
  return (
    <>
      <LibraryCrumbs project={project} />
      <PageHeader title={t('documents:library.title', { project: project.acronym })} />
      <ProjectNav projectId={project.id} acronym={project.acronym} />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <section aria-labelledby="documents">
        <h2 id="documents">{t('documents:library.listTitle')}</h2>
        {props.rows.length === 0 ? (
          <p>{t('documents:library.empty')}</p>
        ) : (
          <TableWrap label={t('common:table.region', { name: t('documents:library.listTitle') })}>
            <table aria-labelledby="documents">
              <thead>
                <tr>
                  <th scope="col">{t('documents:fields.title')}</th>
                  <th scope="col">{t('documents:library.owner')}</th>
                  <th scope="col">{t('documents:library.version')}</th>
                  <th scope="col">{t('documents:library.deliverable')}</th>
                  <th scope="col">{t('documents:library.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {props.rows.map((r) => {
                  const owner = pickText(r.ownerName, locale, [r.ownerLocale, 'en'])
                  return (
                    <tr>
                      <td>
                        <a href={`${base}/${r.document.id}`}>{r.document.title}</a>
                        <br />
                        <a
                          class="muted"
                          href={`${base}/${r.document.id}/versions/${r.version.version}`}
                        >
                          {t('documents:library.download', {
                            file: r.version.fileName,
                            size: fileSize(r.version.size, locale),
                          })}
                        </a>
                      </td>
                      <td lang={owner.lang}>{owner.value}</td>
                      <td>{r.document.currentVersion}</td>
                      <td>{r.deliverables.map((d) => d.code).join(', ')}</td>
                      <td>
                        <DateTime value={r.document.updatedAt} />
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>

      {props.canUpload && (
        <section aria-labelledby="upload" class="narrow">
          <h2 id="upload">{t('documents:upload.title')}</h2>
          <ErrorSummary errors={errors} />
          <Form action={base} enctype="multipart/form-data">
            <Field
              name="title"
              label={t('documents:fields.title')}
              value={str(values.title)}
              error={errors?.title}
              maxlength={200}
              required
            />
            <FileField errors={errors} />
            {props.deliverables.length > 0 && (
              <SelectField
                name="deliverableId"
                label={t('documents:fields.deliverable')}
                hint={t('documents:fields.deliverableHint')}
                value={str(values.deliverableId)}
                placeholder={t('documents:fields.noDeliverable')}
                options={props.deliverables.map((d) => ({
                  value: d.id,
                  label: `${d.code} – ${pickText(d.title, locale, ['en']).value}`,
                }))}
                error={errors?.deliverableId}
              />
            )}
            <Field
              name="note"
              label={t('documents:fields.note')}
              hint={t('documents:fields.noteHint')}
              value={str(values.note)}
              error={errors?.note}
              maxlength={500}
            />
            <Button>{t('documents:upload.submit')}</Button>
          </Form>
        </section>
      )}
    </>
  )
}
