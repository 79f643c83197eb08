import type { FieldErrors } from '#src/lib/errors.ts'
import { languageName } from '#src/lib/i18n.ts'
import { dateTimeFormat, listFormat } from '#src/lib/intl.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { useUi } from '#src/ui/use-ui.ts'
import type { LinkedEvent, LinkedProject } from '../links.ts'

/** Field errors of the post form may carry parameters (the images that need alt text). */
export type FieldParams = Record<string, Record<string, unknown>>

const FIELD_LABELS: Record<string, string> = {
  title: 'news:fields.title',
  summary: 'news:fields.summary',
  body: 'news:fields.body',
  name: 'news:campaigns.fields.name',
  description: 'news:campaigns.fields.description',
  tags: 'news:fields.tags',
  projectIds: 'news:fields.projects',
  eventIds: 'news:fields.events',
  campaignId: 'news:fields.campaign',
  startsOn: 'news:campaigns.fields.startsOn',
  endsOn: 'news:campaigns.fields.endsOn',
}

/**
 * The form's problems at the top, each linking to its field and naming it with its language
 * ("Text (Albanian): …"), as the same label appears once per language (WCAG 3.3.1).
 */
export function NewsErrorSummary({
  errors,
  fieldParams = {},
}: {
  errors?: FieldErrors | undefined
  fieldParams?: FieldParams | undefined
}) {
  const { t, locale } = useUi()
  const entries = Object.entries(errors ?? {})
  if (entries.length === 0) return null
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
      <h2>{t('common:form.errorTitle', { count: entries.length })}</h2>
      <ul>
        {entries.map(([field, key]) => {
          const message = t(key, fieldParams[field])
          if (field === '_form') return <li>{message}</li>
          const [name = field, lang] = field.split('.')
          const label = t(FIELD_LABELS[name] ?? 'common:validation.invalid')
          const text = lang
            ? t('news:editor.errorIn', {
                field: label,
                language: languageName(lang, locale),
                message,
              })
            : t('news:editor.errorOn', { field: label, message })
          return (
            <li>
              <a href={`#f-${field.replace(/\./g, '-')}`}>{text}</a>
            </li>
          )
        })}
      </ul>
    </div>
  )
}

/** A date (no time) in the reader's language, in the organisation's time zone. */
export function PublishedDate({ value, timeZone }: { value: Date; timeZone: string }) {
  const { locale } = useUi()
  return (
    <time datetime={value.toISOString()}>
      {dateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(value)}
    </time>
  )
}

/** Language names joined as the reader's language joins a list ("Albanian and English"). */
export function languageList(langs: readonly string[], locale: Parameters<typeof languageName>[1]) {
  return listFormat(locale, { type: 'conjunction' }).format(
    langs.map((l) => languageName(l, locale)),
  )
}

/** Public address of an event (events module) and of a project (projects module). */
export const eventHref = (locale: string, slug: string) => `/${locale}/e/${slug}`
export const projectHref = (locale: string, slug: string) => `/${locale}/p/${slug}`

/** The projects and events a post is about, as links; nothing when there are none. */
export function RelatedLinks({
  projects,
  events,
  fallbacks,
}: {
  projects: LinkedProject[]
  events: LinkedEvent[]
  fallbacks: string[]
}) {
  const { t, locale } = useUi()
  if (projects.length === 0 && events.length === 0) return null
  return (
    <section aria-labelledby="related-h" class="news-related">
      <h2 id="related-h">{t('news:public.related')}</h2>
      <ul>
        {projects.map((p) => {
          const title = pickText(p.title, locale, fallbacks)
          return (
            <li>
              <a href={projectHref(locale, p.slug)}>{p.acronym}</a>
              {title.value && (
                <>
                  {' '}
                  <span lang={title.isFallback ? title.lang : undefined}>{title.value}</span>
                </>
              )}
            </li>
          )
        })}
        {events.map((e) => {
          const title = pickText(e.title, locale, fallbacks)
          return (
            <li>
              <a href={eventHref(locale, e.slug)} lang={title.isFallback ? title.lang : undefined}>
                {title.value}
              </a>{' '}
              <PublishedDate value={e.startsAt} timeZone={e.timeZone} />
            </li>
          )
        })}
      </ul>
    </section>
  )
}
