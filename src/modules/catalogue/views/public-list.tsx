import { countryOptions } from '#src/lib/countries.ts'
import { languageName } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { formatMoney } from '#src/lib/money-format.ts'
import { Button, Field, PageHeader, SelectField } from '#src/ui/components.tsx'
import { LocalizedTextNote } from '#src/ui/multilingual-field.tsx'
import { Pagination } from '#src/ui/pagination.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { PublicCourseCard } from '../../learning/index.ts'
import type { PublicFilters } from '../inputs.ts'
import type { ErasmusCourseFee } from '../reference.ts'
import { iscedBroadCodes } from '../reference.ts'
import { COURSE_MODES, COURSE_TOPICS, INSTRUCTION_LANGUAGES } from '../schema.ts'
import type { PublicEntry } from '../service/public.ts'
import { EntryTitle, Fee, ProviderName, Stars, When, Where } from './parts.tsx'

function Filters({ filters }: { filters: PublicFilters }) {
  const { t, locale } = useUi()
  const any = (label: string) => ({ value: '', label })
  return (
    <search aria-label={t('catalogue:public.filters')}>
      <form method="get" class="filters">
        <Field name="q" type="search" label={t('catalogue:public.q')} value={filters.q} />
        <SelectField
          name="topic"
          label={t('catalogue:fields.topic')}
          value={filters.topic}
          options={[
            any(t('catalogue:public.anyTopic')),
            ...COURSE_TOPICS.map((x) => ({ value: x, label: t(`catalogue:topic.${x}`) })),
          ]}
        />
        <SelectField
          name="isced"
          label={t('catalogue:fields.isced')}
          value={filters.isced}
          options={[
            any(t('catalogue:public.anyField')),
            ...iscedBroadCodes().map((c) => ({ value: c, label: t(`catalogue:isced.${c}`) })),
          ]}
        />
        <SelectField
          name="eqf"
          label={t('catalogue:fields.eqf')}
          value={filters.eqf}
          options={[
            any(t('catalogue:public.anyLevel')),
            ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({
              value: String(n),
              label: t('catalogue:eqfLevel', { level: n }),
            })),
          ]}
        />
        <SelectField
          name="language"
          label={t('catalogue:fields.language')}
          value={filters.language}
          options={[
            any(t('catalogue:public.anyLanguage')),
            ...INSTRUCTION_LANGUAGES.map((l) => ({ value: l, label: languageName(l, locale) })),
          ]}
        />
        <SelectField
          name="mode"
          label={t('catalogue:fields.mode')}
          value={filters.mode}
          options={[
            any(t('catalogue:public.anyMode')),
            ...COURSE_MODES.map((m) => ({ value: m, label: t(`catalogue:mode.${m}`) })),
          ]}
        />
        <SelectField
          name="country"
          label={t('catalogue:fields.country')}
          value={filters.country}
          options={[
            any(t('catalogue:public.anyCountry')),
            ...countryOptions(locale).map((c) => ({ value: c.code, label: c.name })),
          ]}
        />
        <Button>{t('catalogue:public.apply')}</Button>{' '}
        <a href={`/${locale}/catalogue/courses`}>{t('catalogue:public.clear')}</a>
      </form>
    </search>
  )
}

/** `/:l/catalogue/courses`: approved training offers and Ura's own public courses. */
export function PublicListPage(props: {
  filters: PublicFilters
  items: PublicEntry[]
  total: number
  page: number
  pageCount: number
  ura: PublicCourseCard[]
  rule: ErasmusCourseFee
}) {
  const { t, locale } = useUi()
  const base = `/${locale}/catalogue/courses`
  const perDay = formatMoney(locale, props.rule.perDay, 'EUR', 0)
  return (
    <>
      <PageHeader title={t('catalogue:public.title')} />
      <p>{t('catalogue:public.intro')}</p>
      <p class="hint">
        {props.rule.maxDays
          ? t('catalogue:fee.erasmusUpTo', { amount: perDay, count: props.rule.maxDays })
          : t('catalogue:fee.erasmus', { amount: perDay })}
      </p>
      <Filters filters={props.filters} />
      <section aria-labelledby="results-heading">
        <h2 id="results-heading">{t('catalogue:public.results', { count: props.total })}</h2>
        {props.items.length === 0 ? (
          <p>{t('catalogue:public.none')}</p>
        ) : (
          <ul class="card-list">
            {props.items.map((e) => (
              <li class="card">
                <h3>
                  <a href={`${base}/${e.id}`}>
                    <EntryTitle title={e.title} />
                  </a>
                </h3>
                <LocalizedTextNote value={e.title} block />
                <p>
                  <ProviderName name={e.provider.name} />
                  {e.provider.isUra && (
                    <>
                      {' '}
                      <span class="badge">{t('catalogue:public.uraMember')}</span>
                    </>
                  )}
                </p>
                <p>
                  <When entry={e} /> · <Where entry={e} /> · <Fee entry={e} />
                </p>
                {e.rating.count > 0 && e.rating.average !== null && (
                  <p>
                    <Stars rating={e.rating.average} />{' '}
                    {t('catalogue:review.count', { count: e.rating.count })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={props.page}
          pageCount={props.pageCount}
          base={base}
          query={{ ...props.filters }}
        />
      </section>
      {props.ura.length > 0 && props.page === 1 && (
        <section aria-labelledby="ura-heading">
          <h2 id="ura-heading">{t('catalogue:public.uraCourses')}</h2>
          <p class="hint">{t('catalogue:public.uraIntro')}</p>
          <ul class="card-list">
            {props.ura.map((c) => (
              <li class="card">
                <h3>
                  <a href={`/${locale}/courses/${c.slug}`}>
                    <EntryTitle title={c.title} />
                  </a>{' '}
                  <span class="badge badge-ok">{t('catalogue:public.uraCourse')}</span>
                </h3>
                <p>
                  {pickText(c.organisation.name, locale).value} · {t('catalogue:mode.online')}
                </p>
                <p>{pickText(c.summary, locale).value}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
