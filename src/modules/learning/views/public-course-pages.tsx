import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { EmptyState } from '#src/ui/components.tsx'
import { JsonLd } from '#src/ui/json-ld.tsx'
import { LocalizedTextNote } from '#src/ui/multilingual-field.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { PublicCourse, PublicCourseCard } from '../service/public.ts'
import { languagesOf, minutesLabel, Txt } from './parts.tsx'

/** schema.org `Course` for a public course page: what search engines and course databases read. */
export function courseJsonLd(
  p: PublicCourse,
  competences: string[],
  options: { locale: string; baseUrl: string },
) {
  const { course } = p
  const url = `${options.baseUrl}/${options.locale}/courses/${course.slug}`
  const workload = `PT${p.minutes}M`
  return {
    '@type': 'Course',
    name: pickText(course.title, options.locale).value,
    description: pickText(course.summary, options.locale).value || undefined,
    url,
    inLanguage: languagesOf(course.title),
    isAccessibleForFree: true,
    timeRequired: workload,
    teaches: competences.length ? competences : undefined,
    educationalCredentialAwarded: 'Open Badges 3.0 certificate',
    provider: {
      '@type': 'Organization',
      name: pickText(course.organisation.name, options.locale).value,
      url: `${options.baseUrl}/${options.locale}/o/${course.organisation.slug}`,
    },
    hasCourseInstance: {
      '@type': 'CourseInstance',
      courseMode: 'online',
      courseWorkload: workload,
    },
  }
}

function Card({ c, level = 2 }: { c: PublicCourseCard; level?: 2 | 3 }) {
  const { t, locale } = useUi()
  const H = level === 2 ? 'h2' : 'h3'
  return (
    <li class="course-card">
      <H>
        <a href={`/${locale}/courses/${c.slug}`}>
          <Txt text={c.title} lang={locale} />
        </a>
      </H>
      <p>
        <Txt text={c.summary} lang={locale} />
      </p>
      <p class="muted">
        <Txt text={c.organisation.name} lang={locale} /> ·{' '}
        {t('learning:catalogue.languages', {
          languages: languagesOf(c.title).join(', ').toUpperCase(),
        })}
      </p>
    </li>
  )
}

/** The school's public courses on its public profile, with the way to every open course. */
export function ProfileCourses({ items }: { items: PublicCourseCard[] }) {
  const { t, locale } = useUi()
  return (
    <section aria-labelledby="profile-courses">
      <h2 id="profile-courses">{t('learning:public.profileTitle')}</h2>
      <ul class="course-cards">
        {items.map((c) => (
          <Card c={c} level={3} />
        ))}
      </ul>
      <p>
        <a href={`/${locale}/courses`}>{t('learning:public.all')}</a>
      </p>
    </section>
  )
}

/** `/:locale/courses`: the courses schools offer to everyone, for signed-out visitors too. */
export function PublicCataloguePage(props: {
  items: PublicCourseCard[]
  page: number
  hasMore: boolean
}) {
  const { t, locale } = useUi()
  return (
    <>
      <h1>{t('learning:public.title')}</h1>
      <p>{t('learning:public.intro')}</p>
      {props.items.length === 0 ? (
        <EmptyState title={t('learning:catalogue.emptyTitle')}>
          {t('learning:public.empty')}
        </EmptyState>
      ) : (
        <ul class="course-cards">
          {props.items.map((c) => (
            <Card c={c} />
          ))}
        </ul>
      )}
      <nav aria-label={t('common:pagination.label')} class="inline-list">
        {props.page > 1 && (
          <a href={`/${locale}/courses?page=${props.page - 1}`}>
            {t('common:pagination.previous')}
          </a>
        )}
        {props.hasMore && (
          <a href={`/${locale}/courses?page=${props.page + 1}`}>{t('common:pagination.next')}</a>
        )}
      </nav>
    </>
  )
}

/** `/:locale/courses/:slug`: what a public course teaches, its outline, and how to join. */
export function PublicCoursePage(props: {
  found: PublicCourse
  competences: { code: string; name: LocalizedText }[]
  jsonLd: Record<string, unknown>
}) {
  const { t, locale } = useUi()
  const { course, outline } = props.found
  const title = pickText(course.title, locale)
  const join = `/app/learning/courses/${course.id}`
  return (
    <>
      <JsonLd data={props.jsonLd} />
      <article>
        <h1 lang={title.isFallback ? title.lang : undefined}>{title.value}</h1>
        <LocalizedTextNote value={course.title} block />
        <p>
          <Txt text={course.summary} lang={locale} />
        </p>
        <dl class="facts">
          <dt>{t('learning:public.offeredBy')}</dt>
          <dd>
            <a href={`/${locale}/o/${course.organisation.slug}`}>
              <Txt text={course.organisation.name} lang={locale} />
            </a>
          </dd>
          <dt>{t('learning:public.time')}</dt>
          <dd>
            {minutesLabel(t, props.found.minutes)} ·{' '}
            {t('learning:catalogue.lessons', { count: props.found.lessonCount })}
          </dd>
          <dt>{t('learning:public.languages')}</dt>
          <dd>{languagesOf(course.title).join(', ').toUpperCase()}</dd>
          <dt>{t('learning:public.certificate')}</dt>
          <dd>{t('learning:public.certificateText', { passMark: props.found.passMark })}</dd>
          {props.competences.length > 0 && (
            <>
              <dt>{t('learning:public.competences')}</dt>
              <dd>
                <ul>
                  {props.competences.map((c) => (
                    <li>
                      <Txt text={c.name} lang={locale} />
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {props.found.prerequisites.length > 0 && (
            <>
              <dt>{t('learning:public.before')}</dt>
              <dd>
                <ul>
                  {props.found.prerequisites.map((p) => (
                    <li>
                      <a href={`/${locale}/courses/${p.slug}`}>
                        <Txt text={p.title} lang={locale} />
                      </a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
        <p>
          <a class="btn btn-primary" href={`/signin?next=${encodeURIComponent(join)}`}>
            {t('learning:public.join')}
          </a>
        </p>
        <h2>{t('learning:public.outline')}</h2>
        <ol class="outline">
          {outline.map((m) => (
            <li>
              <Txt text={m.title} lang={locale} />
              <ol>
                {m.lessons.map((l) => (
                  <li>
                    <Txt text={l.title} lang={locale} />{' '}
                    <span class="muted">
                      ({t(`learning:kind.${l.kind}`)}, {minutesLabel(t, l.minutes)})
                    </span>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </article>
    </>
  )
}
