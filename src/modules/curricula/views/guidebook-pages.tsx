import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { languageName } from '#src/lib/i18n.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { can } from '#src/lib/policy.ts'
import {
  Button,
  DateTime,
  EmptyState,
  ErrorSummary,
  Field,
  Form,
  Notice,
  PageHeader,
  SelectField,
} from '#src/ui/components.tsx'
import { MultilingualField } from '#src/ui/multilingual-field.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { FileField, fileSize } from '../../documents/index.ts'
import type { LinkingLesson } from '../../learning/index.ts'
import { CURRICULUM_LANGUAGES } from '../inputs.ts'
import type { Role } from '../service/access.ts'
import {
  type CurrentFiles,
  type Guidebook,
  type GuidebookFile,
  type GuidebookRow,
  guidebookPath,
  missingFileLanguages,
} from '../service/guidebooks.ts'
import { SharingFields } from './curriculum-form.tsx'
import { LearningTabs, SharingLabel, Txt } from './parts.tsx'

const str = (v: unknown) => (typeof v === 'string' ? v : '')

/** Language names in the reader's language, as one list ("Serbian (Latin) and Macedonian"). */
function LanguageList({ langs }: { langs: readonly string[] }) {
  const { locale } = useUi()
  const names = langs.map((l) => languageName(l, locale))
  return <>{new Intl.ListFormat(locale, { type: 'conjunction' }).format(names)}</>
}

/** "In: English, shqip · Missing: srpski": which languages have a file, which do not. */
function Languages({ current }: { current: CurrentFiles }) {
  const { t } = useUi()
  const present = CURRICULUM_LANGUAGES.filter((l) => current.has(l))
  const missing = missingFileLanguages(current)
  return (
    <p class="muted">
      {present.length > 0 ? (
        <>
          {t('curricula:guidebook.availableIn')} <LanguageList langs={present} />
        </>
      ) : (
        t('curricula:guidebook.noFiles')
      )}
      {missing.length > 0 && present.length > 0 && (
        <>
          {' '}
          · <span class="badge badge-warn">{t('curricula:guidebook.missing')}</span>{' '}
          <LanguageList langs={missing} />
        </>
      )}
    </p>
  )
}

/** `/app/learning/guidebooks`: every guidebook the school may read, with its languages. */
export function GuidebooksPage({
  rows,
  orgNames,
  notice,
}: {
  rows: GuidebookRow[]
  orgNames: Map<string, string>
  notice?: string | undefined
}) {
  const { t, actor } = useUi()
  return (
    <>
      <PageHeader title={t('curricula:guidebooks.title')}>
        {can(actor, 'learning.author') && (
          <a class="btn btn-primary" href="/app/learning/guidebooks/new">
            {t('curricula:guidebooks.new')}
          </a>
        )}
      </PageHeader>
      <LearningTabs />
      {notice && <Notice>{t(notice)}</Notice>}
      {rows.length === 0 ? (
        <EmptyState title={t('curricula:guidebooks.emptyTitle')}>
          {t('curricula:guidebooks.empty')}
        </EmptyState>
      ) : (
        <ul class="course-cards">
          {rows.map(({ guidebook, current }) => (
            <li class="course-card">
              <h2>
                <a href={guidebookPath(guidebook.id)}>
                  <Txt text={guidebook.title} />
                </a>
              </h2>
              <p>
                <Txt text={guidebook.description} />
              </p>
              <p class="muted">
                {orgNames.get(guidebook.tenantId)} ·{' '}
                <SharingLabel visibility={guidebook.visibility} />
              </p>
              <Languages current={current} />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

export type GuidebookPageProps = {
  guidebook: Guidebook
  role: Role
  ownerName: string
  files: GuidebookFile[]
  current: CurrentFiles
  picked: { file: GuidebookFile; lang: string; isFallback: boolean } | null
  lessons: LinkingLesson[]
  values?: FormValues | undefined
  errors?: FieldErrors | undefined
  notice?: string | undefined
}

function Download({ picked }: { picked: GuidebookPageProps['picked'] }) {
  const { t, locale } = useUi()
  if (!picked) return <p>{t('curricula:guidebook.noFiles')}</p>
  const { file } = picked
  return (
    <div class="path-next">
      {picked.isFallback && (
        <p class="notice notice-info">
          {t('curricula:guidebook.fallback', {
            wanted: languageName(locale, locale),
            shown: languageName(picked.lang, locale),
          })}
        </p>
      )}
      <p>
        <a
          class="btn btn-primary"
          href={`${guidebookPath(file.guidebookId)}/download`}
          hreflang={picked.lang}
        >
          {t('curricula:guidebook.download', {
            language: languageName(picked.lang, locale),
            version: file.version,
          })}
        </a>{' '}
        <span class="muted">
          {file.fileName} · {fileSize(file.size, locale)}
        </span>
      </p>
    </div>
  )
}

function FilesTable({ files, current }: { files: GuidebookFile[]; current: CurrentFiles }) {
  const { t, locale } = useUi()
  return (
    <TableWrap labelledBy="files-heading">
      <table aria-labelledby="files-heading" aria-describedby="files-hint">
        <thead>
          <tr>
            <th scope="col">{t('curricula:guidebook.language')}</th>
            <th scope="col">{t('curricula:guidebook.version')}</th>
            <th scope="col">{t('curricula:guidebook.file')}</th>
            <th scope="col">{t('curricula:guidebook.uploadedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {files.map((f) => (
            <tr>
              <td>{languageName(f.lang, locale)}</td>
              <td>
                {f.version}
                {current.get(f.lang)?.id === f.id && (
                  <>
                    {' '}
                    <span class="badge badge-ok">{t('curricula:guidebook.current')}</span>
                  </>
                )}
              </td>
              <td class="file-cell">
                <a href={`${guidebookPath(f.guidebookId)}/files/${f.lang}/${f.version}`}>
                  {f.fileName}
                </a>{' '}
                <span class="muted">({fileSize(f.size, locale)})</span>
                {f.note && <p class="muted">{f.note}</p>}
              </td>
              <td>
                <DateTime value={f.createdAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}

function UploadForm(props: GuidebookPageProps) {
  const { t, locale } = useUi()
  const { errors, values = {} } = props
  return (
    <section aria-labelledby="upload-heading">
      <h2 id="upload-heading">{t('curricula:guidebook.uploadTitle')}</h2>
      <ErrorSummary errors={errors} />
      <Form
        action={`${guidebookPath(props.guidebook.id)}/files`}
        enctype="multipart/form-data"
        id="upload"
      >
        <SelectField
          name="lang"
          label={t('curricula:guidebook.language')}
          value={str(values.lang)}
          error={errors?.lang}
          placeholder={t('curricula:guidebook.chooseLanguage')}
          options={CURRICULUM_LANGUAGES.map((l) => {
            const now = props.current.get(l)
            return {
              value: l,
              label: now
                ? t('curricula:guidebook.nextVersion', {
                    language: languageName(l, locale),
                    version: now.version + 1,
                  })
                : t('curricula:guidebook.firstVersion', { language: languageName(l, locale) }),
            }
          })}
        />
        <FileField errors={errors} />
        <Field
          name="note"
          label={t('curricula:guidebook.note')}
          hint={t('curricula:guidebook.noteHint')}
          value={str(values.note)}
          error={errors?.note}
          maxlength={500}
        />
        <Button>{t('curricula:guidebook.upload')}</Button>
      </Form>
    </section>
  )
}

/** `/app/learning/guidebooks/:id`: the file in my language, every version, the lessons that link to it. */
export function GuidebookPage(props: GuidebookPageProps) {
  const { t, locale } = useUi()
  const { guidebook, current } = props
  const author = props.role === 'author'
  const missing = missingFileLanguages(current)
  return (
    <>
      <PageHeader title={t('curricula:guidebook.heading')}>
        {author && (
          <a class="btn btn-secondary" href={`${guidebookPath(guidebook.id)}/edit`}>
            {t('curricula:guidebook.edit')}
          </a>
        )}
      </PageHeader>
      <LearningTabs />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <h2 class="course-title">
        <Txt text={guidebook.title} />
      </h2>
      <p>
        <Txt text={guidebook.description} />
      </p>
      <p class="muted">
        {props.ownerName} · <SharingLabel visibility={guidebook.visibility} />
      </p>
      <Download picked={props.picked} />
      {missing.length > 0 && (
        <p class={author ? 'notice notice-warning' : 'muted'}>
          {t('curricula:guidebook.missingIn')} <LanguageList langs={missing} />
        </p>
      )}
      {props.files.length > 0 && (
        // No section of its own: the table's scrolling region is the landmark, named by the heading.
        <>
          <h2 id="files-heading">{t('curricula:guidebook.files')}</h2>
          <p class="hint" id="files-hint">
            {t('curricula:guidebook.filesCaption')}
          </p>
          <FilesTable files={props.files} current={current} />
        </>
      )}
      {author && <UploadForm {...props} />}
      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">{t('curricula:guidebook.lessons')}</h2>
        {props.lessons.length === 0 ? (
          <p class="muted">{t('curricula:guidebook.noLessons')}</p>
        ) : (
          <ul>
            {props.lessons.map((l) => (
              <li>
                <a href={`/app/learning/lessons/${l.lessonId}`}>
                  <Txt text={l.lessonTitle} lang={locale} />
                </a>{' '}
                <span class="muted">
                  (<Txt text={l.courseTitle} lang={locale} />)
                </span>
              </li>
            ))}
          </ul>
        )}
        {author && (
          <p class="hint">
            {t('curricula:guidebook.linkHint')} <code>{guidebookPath(guidebook.id)}</code>
          </p>
        )}
      </section>
    </>
  )
}

export type GuidebookFormValues = {
  title: LocalizedText
  description: LocalizedText
  visibility: string
  projectId: string
}

export const EMPTY_GUIDEBOOK: GuidebookFormValues = {
  title: {},
  description: {},
  visibility: 'private',
  projectId: '',
}

/** `/app/learning/guidebooks/new` and `…/:id/edit`: title and description in every language. */
export function GuidebookFormPage(props: {
  action: string
  values: GuidebookFormValues
  projects: { id: string; acronym: string }[]
  isNew: boolean
  errors?: FieldErrors | undefined
  cancel: string
}) {
  const { t } = useUi()
  const { values, errors } = props
  return (
    <>
      <PageHeader
        title={t(
          props.isNew ? 'curricula:guidebookForm.newTitle' : 'curricula:guidebookForm.editTitle',
        )}
      />
      <LearningTabs />
      <ErrorSummary errors={errors} />
      <Form action={props.action}>
        <p class="hint">{t('curricula:guidebookForm.intro')}</p>
        <MultilingualField
          name="title"
          label={t('curricula:fields.title')}
          value={values.title}
          languages={CURRICULUM_LANGUAGES}
          requireAny
          errors={errors}
          maxlength={200}
        />
        <MultilingualField
          name="description"
          label={t('curricula:fields.description')}
          value={values.description}
          languages={CURRICULUM_LANGUAGES}
          errors={errors}
          multiline
          maxlength={2000}
        />
        <SharingFields values={values} projects={props.projects} errors={errors} />
        <div class="form-actions">
          <Button>
            {t(props.isNew ? 'curricula:guidebookForm.create' : 'curricula:guidebookForm.save')}
          </Button>
          <a href={props.cancel}>{t('common:form.cancel')}</a>
        </div>
      </Form>
    </>
  )
}
