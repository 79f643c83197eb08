import type { FieldErrors } from '#src/lib/errors.ts'
import { languageName } from '#src/lib/i18n.ts'
import { hasText, type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import {
  Button,
  CheckboxGroup,
  Field,
  Form,
  Notice,
  PageHeader,
  SelectField,
  TextAreaField,
} from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { NEWS_LANGUAGES } from '../inputs.ts'
import { completeLanguages, isComplete, readingLanguage } from '../languages.ts'
import type { PostStatus } from '../schema.ts'
import type { LinkOptions } from '../service.ts'
import { type FieldParams, NewsErrorSummary, PublishedDate } from './parts.tsx'

/** What the editor shows: a saved post, or what the person just typed. */
export type PostFormValues = {
  title: LocalizedText
  summary: LocalizedText
  body: LocalizedText
  tags: string
  projectIds: string[]
  eventIds: string[]
  campaignId: string
}

export const EMPTY_POST: PostFormValues = {
  title: {},
  summary: {},
  body: {},
  tags: '',
  projectIds: [],
  eventIds: [],
  campaignId: '',
}

type EditorProps = {
  action: string
  values: PostFormValues
  /** The organisation's working languages come first, side by side; the rest fold away. */
  primaryLanguages: readonly string[]
  options: LinkOptions
  post?: { id: string; slug: string; status: PostStatus; publishedAt: Date | null }
  errors?: FieldErrors | undefined
  fieldParams?: FieldParams | undefined
  notice?: string | undefined
}

function LanguageColumn(props: EditorProps & { lang: string }) {
  const { t, locale } = useUi()
  const { lang, values, errors, fieldParams } = props
  const started = hasText(values.title, lang) || hasText(values.body, lang)
  const state = isComplete(values, lang) ? 'complete' : started ? 'incomplete' : 'empty'
  return (
    <fieldset class="news-lang">
      <legend>
        {languageName(lang, locale)}{' '}
        {state !== 'empty' && (
          <span class={state === 'complete' ? 'badge badge-ok' : 'badge badge-warn'}>
            {t(`news:editor.state.${state}`)}
          </span>
        )}
      </legend>
      <Field
        name={`title.${lang}`}
        label={t('news:fields.title')}
        lang={lang}
        value={values.title[lang]}
        error={errors?.[`title.${lang}`]}
        maxlength={200}
      />
      <TextAreaField
        name={`summary.${lang}`}
        label={t('news:fields.summary')}
        hint={t('news:fields.summaryHint')}
        lang={lang}
        value={values.summary[lang] ?? ''}
        error={errors?.[`summary.${lang}`]}
        rows={3}
        maxlength={600}
      />
      <TextAreaField
        name={`body.${lang}`}
        label={t('news:fields.body')}
        hint={t('news:fields.bodyHint')}
        lang={lang}
        value={values.body[lang] ?? ''}
        error={errors?.[`body.${lang}`]}
        errorParams={fieldParams?.[`body.${lang}`]}
        rows={14}
        maxlength={60_000}
      />
    </fieldset>
  )
}

function LinkFields({ values, options, errors }: EditorProps) {
  const { t, locale } = useUi()
  const label = (text: LocalizedText) => pickText(text, locale)
  return (
    <>
      {options.projects.length > 0 && (
        <CheckboxGroup
          name="projectIds"
          legend={t('news:fields.projects')}
          values={values.projectIds}
          error={errors?.projectIds}
          options={options.projects.map((p) => ({ value: p.id, label: p.acronym }))}
        />
      )}
      {options.events.length > 0 && (
        <CheckboxGroup
          name="eventIds"
          legend={t('news:fields.events')}
          values={values.eventIds}
          error={errors?.eventIds}
          options={options.events.map((e) => {
            const title = label(e.title)
            return { value: e.id, label: title.value, lang: title.lang }
          })}
        />
      )}
      {options.campaigns.length > 0 && (
        <SelectField
          name="campaignId"
          label={t('news:fields.campaign')}
          value={values.campaignId}
          error={errors?.campaignId}
          placeholder={t('news:fields.noCampaign')}
          options={options.campaigns.map((c) => ({ value: c.id, label: label(c.name).value }))}
        />
      )}
    </>
  )
}

/** `/app/news/new` and `/app/news/:id`: every language side by side (stacked on phones). */
export function PostEditorPage(props: EditorProps) {
  const { t, locale, timeZone } = useUi()
  const { post, values } = props
  const complete = completeLanguages(values)
  const publicLang = readingLanguage(complete, locale, complete[0] ?? 'en')
  const others = NEWS_LANGUAGES.filter((l) => !props.primaryLanguages.includes(l))
  const othersUsed = others.some((l) => hasText(values.title, l) || hasText(values.body, l))
  const isPublished = post?.status === 'published'
  return (
    <>
      <PageHeader title={t(post ? 'news:editor.editTitle' : 'news:editor.newTitle')}>
        {isPublished && publicLang && (
          <a class="btn btn-secondary" href={`/${publicLang}/n/${post.slug}`}>
            {t('news:editor.viewPublic')}
          </a>
        )}
      </PageHeader>
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      {post && (
        <p>
          {isPublished && post.publishedAt
            ? t('news:editor.publishedOn')
            : t('news:editor.isDraft')}{' '}
          {isPublished && post.publishedAt && (
            <PublishedDate value={post.publishedAt} timeZone={timeZone} />
          )}
        </p>
      )}
      <NewsErrorSummary errors={props.errors} fieldParams={props.fieldParams} />
      <Form action={props.action} class="news-editor">
        <p class="hint">{t('news:editor.intro')}</p>
        <div class="news-langs">
          {props.primaryLanguages.map((lang) => (
            <LanguageColumn {...props} lang={lang} />
          ))}
        </div>
        {others.length > 0 && (
          <details class="news-more" open={othersUsed || undefined}>
            <summary>{t('news:editor.moreLanguages')}</summary>
            <div class="news-langs">
              {others.map((lang) => (
                <LanguageColumn {...props} lang={lang} />
              ))}
            </div>
          </details>
        )}
        <Field
          name="tags"
          label={t('news:fields.tags')}
          hint={t('news:fields.tagsHint')}
          value={values.tags}
          error={props.errors?.tags}
          maxlength={400}
        />
        <LinkFields {...props} />
        <div class="form-actions">
          <Button variant="secondary" name="intent" value="draft">
            {t(isPublished ? 'news:editor.unpublish' : 'news:editor.saveDraft')}
          </Button>
          <Button name="intent" value="publish">
            {t(isPublished ? 'news:editor.saveChanges' : 'news:editor.publish')}
          </Button>
          <a href="/app/news">{t('common:form.cancel')}</a>
        </div>
      </Form>
      {post && (
        <p class="news-delete">
          <a href={`/app/news/${post.id}/delete`}>{t('news:editor.delete')}</a>
        </p>
      )}
    </>
  )
}

/** `/app/news/:id/delete`: asks once more before a post is gone for good. */
export function DeletePostPage({
  id,
  title,
}: {
  id: string
  title: { value: string; lang: string }
}) {
  const { t } = useUi()
  return (
    <>
      <PageHeader title={t('news:delete.title')} />
      <p>
        {t('news:delete.question')} <strong lang={title.lang}>{title.value}</strong>
      </p>
      <Form action={`/app/news/${id}/delete`}>
        <div class="form-actions">
          <Button variant="danger">{t('news:delete.confirm')}</Button>
          <a href={`/app/news/${id}`}>{t('common:form.cancel')}</a>
        </div>
      </Form>
    </>
  )
}
