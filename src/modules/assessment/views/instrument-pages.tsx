import type { FieldErrors } from '#src/lib/errors.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { can } from '#src/lib/policy.ts'
import {
  Button,
  Checkbox,
  CheckboxGroup,
  EmptyState,
  ErrorSummary,
  Form,
  Notice,
  PageHeader,
  SelectField,
} from '#src/ui/components.tsx'
import { MultilingualField } from '#src/ui/multilingual-field.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { QUESTION_TYPES, type Question, RESPONDENT_GROUPS } from '../content.ts'
import { INSTRUMENT_LANGUAGES } from '../inputs.ts'
import type { InstrumentDetail, InstrumentRow } from '../service/instruments.ts'
import { AssessmentTabs, Txt } from './parts.tsx'

export function InstrumentsPage({
  instruments,
  notice,
}: {
  instruments: InstrumentRow[]
  notice?: string | undefined
}) {
  const { t, actor } = useUi()
  const manage = can(actor, 'assessment.manage')
  return (
    <>
      <PageHeader title={t('assessment:instruments.title')}>
        {manage && (
          <a class="btn btn-primary" href="/app/assessment/instruments/new">
            {t('assessment:instruments.new')}
          </a>
        )}
      </PageHeader>
      <AssessmentTabs current="instruments" />
      {notice && <Notice>{t(notice)}</Notice>}
      <p class="lead">{t('assessment:instruments.lead')}</p>
      {instruments.length === 0 ? (
        <EmptyState title={t('assessment:instruments.emptyTitle')}>
          {t('assessment:instruments.empty')}
        </EmptyState>
      ) : (
        <ul class="course-cards">
          {instruments.map((i) => (
            <li class="course-card">
              <h2>
                <a href={`/app/assessment/instruments/${i.id}`}>
                  <Txt text={i.title} />
                </a>
              </h2>
              <p>
                <Txt text={i.description} />
              </p>
              <p class="muted">
                {t(`assessment:kinds.${i.kind}`)} ·{' '}
                {i.own ? t('assessment:instruments.own') : t('assessment:instruments.shipped')} ·{' '}
                {t('assessment:instruments.questions', { count: i.questionCount })}
                {i.latestVersion !== null && (
                  <> · {t('assessment:instruments.versionN', { n: i.latestVersion })}</>
                )}
                {i.hasDraft && (
                  <>
                    {' '}
                    · <span class="badge badge-warn">{t('assessment:instruments.draft')}</span>
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

export type InstrumentFormValues = {
  kind: string
  title: LocalizedText
  description: LocalizedText
}

export function NewInstrumentPage({
  values,
  errors,
}: {
  values: InstrumentFormValues
  errors?: FieldErrors | undefined
}) {
  const { t } = useUi()
  return (
    <>
      <PageHeader title={t('assessment:instruments.newTitle')} />
      <ErrorSummary errors={errors} />
      <Form action="/app/assessment/instruments/new" class="narrow">
        <SelectField
          name="kind"
          label={t('assessment:instruments.kind')}
          value={values.kind}
          error={errors?.kind}
          options={(['survey', 'checklist'] as const).map((k) => ({
            value: k,
            label: t(`assessment:kinds.${k}`),
          }))}
        />
        <MultilingualField
          name="title"
          label={t('assessment:instruments.name')}
          value={values.title}
          languages={INSTRUMENT_LANGUAGES}
          errors={errors}
          requireAny
        />
        <MultilingualField
          name="description"
          label={t('assessment:instruments.description')}
          value={values.description}
          languages={INSTRUMENT_LANGUAGES}
          errors={errors}
          multiline
        />
        <div class="form-actions">
          <Button>{t('assessment:instruments.create')}</Button>
          <a href="/app/assessment/instruments">{t('common:form.cancel')}</a>
        </div>
      </Form>
    </>
  )
}

function QuestionView({ q }: { q: Question }) {
  const { t } = useUi()
  return (
    <li class="instrument-question">
      <p>
        <Txt text={q.text} />{' '}
        <span class="muted">
          ({t(`assessment:types.${q.type}`)}
          {q.groups && <> · {q.groups.map((g) => t(`assessment:groups.${g}`)).join(', ')}</>})
        </span>
      </p>
      {q.type === 'scale' && (
        <ol class="scale-levels">
          {q.levels.map((l) => (
            <li>
              <Txt text={l} />
            </li>
          ))}
        </ol>
      )}
      {(q.type === 'single' || q.type === 'multiple') && (
        <ul>
          {q.options.map((o) => (
            <li>
              <Txt text={o.label} />
            </li>
          ))}
        </ul>
      )}
      {q.type === 'matrix' && (
        <p class="muted">
          {q.rows.map((r) => r.label.en ?? Object.values(r.label)[0]).join(' · ')}
        </p>
      )}
    </li>
  )
}

export type QuestionFormValues = {
  section: string
  type: string
  text: LocalizedText
  help: LocalizedText
  lines: LocalizedText
  columns: LocalizedText
  groups: string[]
  required: boolean
}

export const EMPTY_QUESTION: QuestionFormValues = {
  section: '',
  type: 'scale',
  text: {},
  help: {},
  lines: {},
  columns: {},
  groups: [],
  required: false,
}

export function InstrumentPage({
  detail,
  notice,
  sectionErrors,
  sectionValues,
  questionErrors,
  questionValues,
}: {
  detail: InstrumentDetail
  notice?: string | undefined
  sectionErrors?: FieldErrors | undefined
  sectionValues?: { title: LocalizedText; description: LocalizedText } | undefined
  questionErrors?: FieldErrors | undefined
  questionValues?: QuestionFormValues | undefined
}) {
  const { t, locale } = useUi()
  const { instrument, shown, versions, canEdit } = detail
  const base = `/app/assessment/instruments/${instrument.id}`
  const editing = canEdit && shown?.status === 'draft'
  const q = questionValues ?? EMPTY_QUESTION
  return (
    <>
      <p class="crumbs">
        <a href="/app/assessment/instruments">{t('assessment:instruments.title')}</a>
      </p>
      <PageHeader title={(instrument.title[locale] || instrument.title.en) ?? ''}>
        {!canEdit && (
          <Form action={`${base}/copy`} class="inline-form">
            <Button variant="secondary">{t('assessment:instruments.copy')}</Button>
          </Form>
        )}
      </PageHeader>
      {notice && <Notice>{t(notice)}</Notice>}
      <p>
        <Txt text={instrument.description} />
      </p>
      <nav aria-label={t('assessment:instruments.versions')}>
        <p>
          {t('assessment:instruments.versions')}:{' '}
          {versions.map((v, i) => (
            <>
              {i > 0 && ' · '}
              <a
                href={`${base}?version=${v.version}`}
                aria-current={v.id === shown?.id ? 'page' : undefined}
              >
                {t('assessment:instruments.versionN', { n: v.version })}
                {v.status === 'draft' && ` (${t('assessment:instruments.draft')})`}
              </a>
            </>
          ))}
        </p>
      </nav>
      {canEdit && shown?.status === 'published' && (
        <Form action={`${base}/edit`} class="inline-form">
          <p class="hint">{t('assessment:instruments.editHint')}</p>
          <Button variant="secondary">{t('assessment:instruments.edit')}</Button>
        </Form>
      )}
      {editing && <Notice kind="info">{t('assessment:instruments.draftNote')}</Notice>}
      <ErrorSummary
        errors={editing ? { ...(sectionErrors ?? {}), ...(questionErrors ?? {}) } : undefined}
      />
      {shown && shown.content.sections.length === 0 && <p>{t('assessment:builder.emptyDraft')}</p>}
      {shown?.content.sections.map((s) => (
        <section aria-labelledby={`s-${s.key}`}>
          <h2 id={`s-${s.key}`}>
            <Txt text={s.title} />
          </h2>
          {s.source && <p class="muted">{s.source}</p>}
          {s.description && (
            <p>
              <Txt text={s.description} />
            </p>
          )}
          <ol class="instrument-questions">
            {s.questions.map((question) => (
              <>
                <QuestionView q={question} />
                {editing && (
                  <Form action={`${base}/questions/${question.key}/remove`} class="inline-form">
                    <Button variant="secondary">
                      {t('assessment:builder.remove')}
                      <span class="visually-hidden">
                        {' '}
                        {question.text[locale] ?? question.text.en}
                      </span>
                    </Button>
                  </Form>
                )}
              </>
            ))}
          </ol>
        </section>
      ))}
      {editing && shown && (
        <>
          <h2 id="add-question">{t('assessment:builder.addQuestion')}</h2>
          {shown.content.sections.length > 0 ? (
            <Form action={`${base}/questions`} class="narrow">
              <SelectField
                name="section"
                label={t('assessment:builder.section')}
                value={q.section}
                error={questionErrors?.section}
                options={shown.content.sections.map((s) => ({
                  value: s.key,
                  label: s.title[locale] || s.title.en || s.key,
                }))}
              />
              <SelectField
                name="type"
                label={t('assessment:builder.type')}
                value={q.type}
                error={questionErrors?.type}
                options={QUESTION_TYPES.map((ty) => ({
                  value: ty,
                  label: t(`assessment:types.${ty}`),
                }))}
              />
              <MultilingualField
                name="text"
                label={t('assessment:builder.text')}
                value={q.text}
                languages={INSTRUMENT_LANGUAGES}
                errors={questionErrors}
                requireAny
              />
              <MultilingualField
                name="lines"
                label={t('assessment:builder.lines')}
                hint={t('assessment:builder.linesHint')}
                value={q.lines}
                languages={INSTRUMENT_LANGUAGES}
                errors={questionErrors}
                multiline
              />
              <MultilingualField
                name="columns"
                label={t('assessment:builder.columns')}
                hint={t('assessment:builder.columnsHint')}
                value={q.columns}
                languages={INSTRUMENT_LANGUAGES}
                errors={questionErrors}
                multiline
              />
              <MultilingualField
                name="help"
                label={t('assessment:builder.help')}
                value={q.help}
                languages={INSTRUMENT_LANGUAGES}
                errors={questionErrors}
              />
              <CheckboxGroup
                name="groups"
                legend={t('assessment:builder.groups')}
                hint={t('assessment:builder.groupsHint')}
                values={q.groups}
                options={RESPONDENT_GROUPS.map((g) => ({
                  value: g,
                  label: t(`assessment:groups.${g}`),
                }))}
              />
              <Checkbox
                name="required"
                label={t('assessment:builder.required')}
                checked={q.required}
              />
              <div class="form-actions">
                <Button>{t('assessment:builder.addQuestion')}</Button>
              </div>
            </Form>
          ) : (
            <p>{t('assessment:builder.sectionFirst')}</p>
          )}
          <h2 id="add-section">{t('assessment:builder.addSection')}</h2>
          <Form action={`${base}/sections`} class="narrow">
            <MultilingualField
              name="title"
              label={t('assessment:builder.sectionTitle')}
              value={sectionValues?.title ?? {}}
              languages={INSTRUMENT_LANGUAGES}
              errors={sectionErrors}
              requireAny
            />
            <MultilingualField
              name="description"
              label={t('assessment:builder.sectionDescription')}
              value={sectionValues?.description ?? {}}
              languages={INSTRUMENT_LANGUAGES}
              errors={sectionErrors}
            />
            <div class="form-actions">
              <Button variant="secondary">{t('assessment:builder.addSection')}</Button>
            </div>
          </Form>
          <h2>{t('assessment:builder.publishTitle')}</h2>
          <Form action={`${base}/publish`} class="inline-form">
            <p>{t('assessment:builder.publishHint')}</p>
            <Button>{t('assessment:builder.publish')}</Button>
          </Form>
        </>
      )}
    </>
  )
}
