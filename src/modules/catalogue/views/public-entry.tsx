import { countryName } from '#src/lib/countries.ts'
import { languageName } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { PageHeader } from '#src/ui/components.tsx'
import { LocalizedTextNote, LocalizedTextView } from '#src/ui/multilingual-field.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { ErasmusCourseFee } from '../reference.ts'
import type { PublicEntryPage as EntryPageData } from '../service/public.ts'
import { Fee, FeePerDay, ProviderName, Stars, When, Where } from './parts.tsx'

/** `/:l/catalogue/courses/:id`: one approved entry, the fee per day beside Erasmus+'s, reviews. */
export function PublicEntryPage(props: { data: EntryPageData; rule: ErasmusCourseFee }) {
  const { t, locale } = useUi()
  const { entry: e, reviews, course } = props.data
  const title = pickText(e.title, locale)
  const list = (items: string[]) =>
    new Intl.ListFormat(locale, { type: 'conjunction' }).format(items)
  return (
    <>
      <PageHeader title={title.value} />
      <LocalizedTextNote value={e.title} block />
      <p>
        <a href={`/${locale}/catalogue/courses`}>{t('catalogue:public.back')}</a>
      </p>
      {e.description && Object.keys(e.description).length > 0 && (
        <p>
          <LocalizedTextView value={e.description} />
        </p>
      )}
      <dl class="facts">
        <dt>{t('catalogue:fields.provider')}</dt>
        <dd>
          <ProviderName name={e.provider.name} />
          {e.provider.country && ` (${countryName(e.provider.country, locale)})`}
          {e.provider.isUra && (
            <>
              {' '}
              <span class="badge">{t('catalogue:public.uraMember')}</span>
            </>
          )}
        </dd>
        <dt>{t('catalogue:fields.when')}</dt>
        <dd>
          <When entry={e} />
        </dd>
        <dt>{t('catalogue:fields.mode')}</dt>
        <dd>
          <Where entry={e} />
        </dd>
        <dt>{t('catalogue:fields.topics')}</dt>
        <dd>{list(e.topics.map((x) => t(`catalogue:topic.${x}`)))}</dd>
        <dt>{t('catalogue:fields.isced')}</dt>
        <dd>
          {e.iscedField} {t(`catalogue:isced.${e.iscedField}`)}
        </dd>
        {e.eqfLevel !== null && (
          <>
            <dt>{t('catalogue:fields.eqf')}</dt>
            <dd>{t('catalogue:eqfLevel', { level: e.eqfLevel })}</dd>
          </>
        )}
        <dt>{t('catalogue:fields.languages')}</dt>
        <dd>{list(e.languages.map((l) => languageName(l, locale)))}</dd>
        <dt>{t('catalogue:fields.fee')}</dt>
        <dd>
          <Fee entry={e} />
        </dd>
        {e.capacity !== null && (
          <>
            <dt>{t('catalogue:fields.capacity')}</dt>
            <dd>{t('catalogue:capacity', { count: e.capacity })}</dd>
          </>
        )}
        {e.url && (
          <>
            <dt>{t('catalogue:fields.url')}</dt>
            <dd>
              <a href={e.url} rel="noopener nofollow">
                {e.url}
              </a>
            </dd>
          </>
        )}
        {course && (
          <>
            <dt>{t('catalogue:fields.course')}</dt>
            <dd>
              <a href={`/${locale}/courses/${course.slug}`}>
                {pickText(course.title, locale).value}
              </a>{' '}
              <span class="badge badge-ok">{t('catalogue:public.uraCourse')}</span>
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="fee-heading">
        <h2 id="fee-heading">{t('catalogue:fee.heading')}</h2>
        <FeePerDay entry={e} rule={props.rule} />
      </section>
      <section aria-labelledby="reviews-heading">
        <h2 id="reviews-heading">{t('catalogue:review.heading')}</h2>
        {reviews.length === 0 ? (
          <p>{t('catalogue:review.none')}</p>
        ) : (
          <ul class="card-list">
            {reviews.map((r) => (
              <li class="card">
                <p>
                  <Stars rating={r.rating} /> — {r.author}
                </p>
                {r.text && <p>{r.text}</p>}
              </li>
            ))}
          </ul>
        )}
        {e.courseId && (
          <p>
            <a href={`/app/catalogue/courses/${e.id}/review`}>{t('catalogue:review.write')}</a>
          </p>
        )}
      </section>
    </>
  )
}
