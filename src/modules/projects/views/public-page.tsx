import type { ProjectSectionContent } from '#src/http/project-sections.ts'
import { countryName, KOSOVO } from '#src/lib/countries.ts'
import type { Locale } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { JsonLd } from '#src/ui/json-ld.tsx'
import { LocalizedTextNote, LocalizedTextView } from '#src/ui/multilingual-field.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { PublicProject } from '../service/public.ts'
import { DateOnly, Money, Name } from './shared.tsx'

/** schema.org data for the page: the project, then what other modules' sections add. */
function projectGraph(
  data: PublicProject,
  locale: string,
  url: string,
  sections: ProjectSectionContent[],
) {
  const p = data.project
  const node = {
    '@type': 'Project',
    '@id': `${url}#project`,
    name: p.acronym,
    alternateName: pickText(p.title, locale).value,
    url,
    ...(p.website ? { sameAs: [p.website] } : {}),
    ...(p.startDate ? { foundingDate: p.startDate } : {}),
    funder: { '@type': 'Organization', name: 'European Union' },
    member: data.partners.map((o) => ({
      '@type': 'Organization',
      name: pickText(o.name, locale, [o.defaultLocale, 'en']).value,
    })),
  }
  return { '@graph': [node, ...sections.flatMap((s) => s.structuredData ?? [])] }
}

/** A project's public page: what it does, who takes part, its work packages and public results. */
export function PublicProjectPage({
  data,
  sections = [],
  url,
}: {
  data: PublicProject
  sections?: ProjectSectionContent[]
  url: string
}) {
  const { t, locale } = useUi()
  const p = data.project
  const hasKosovo = data.partners.some((o) => o.country === KOSOVO)
  return (
    <article class="public-project">
      <h1>{p.acronym}</h1>
      <p class="lead">
        <LocalizedTextView value={p.title} />
      </p>
      {Object.keys(p.summary).length > 0 && (
        <p>
          <LocalizedTextView value={p.summary} />
        </p>
      )}
      <dl class="facts">
        <dt>{t('projects:fields.programme')}</dt>
        <dd>{p.programme}</dd>
        {p.action && (
          <>
            <dt>{t('projects:fields.action')}</dt>
            <dd>{p.action}</dd>
          </>
        )}
        {p.grantNumber && (
          <>
            <dt>{t('projects:fields.grantNumber')}</dt>
            <dd>{p.grantNumber}</dd>
          </>
        )}
        <dt>{t('projects:list.period')}</dt>
        <dd>
          <DateOnly value={p.startDate} /> – <DateOnly value={p.endDate} />
        </dd>
        {p.totalBudget && (
          <>
            <dt>{t('projects:fields.totalBudget')}</dt>
            <dd>
              <Money amount={p.totalBudget} currency={p.currency} />
            </dd>
          </>
        )}
        {p.website && (
          <>
            <dt>{t('projects:fields.website')}</dt>
            <dd>
              <a href={p.website} rel="noopener noreferrer external">
                {p.website}
              </a>
            </dd>
          </>
        )}
      </dl>
      <h2>{t('projects:public.partners')}</h2>
      <ul>
        {data.partners.map((o) => (
          <li>
            {o.hasProfile ? (
              <a href={`/${locale}/o/${o.slug}`}>
                <Name value={o.name} fallback={o.defaultLocale} />
              </a>
            ) : (
              <Name value={o.name} fallback={o.defaultLocale} />
            )}{' '}
            · {o.city ? `${o.city}, ` : ''}
            {countryName(o.country, locale as Locale)}
            {o.country === KOSOVO && <sup>*</sup>} · {t(`projects:partnerRole.${o.role}`)}
          </li>
        ))}
      </ul>
      {data.workPackages.length > 0 && (
        <>
          <h2>{t('projects:nav.workPackages')}</h2>
          <ul>
            {data.workPackages.map((w) => (
              <li>
                <strong>
                  {w.code}: <Name value={w.title} />
                </strong>{' '}
                <LocalizedTextNote value={w.title} showOthers={false} />
                {Object.keys(w.description).length > 0 && (
                  <p>
                    <LocalizedTextView value={w.description} showOthers={false} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('projects:public.results')}</h2>
      {data.deliverables.length === 0 ? (
        <p>{t('projects:public.noResults')}</p>
      ) : (
        <ul>
          {data.deliverables.map((d) => (
            <li>
              {d.code} ·{' '}
              {d.resultUrl ? (
                <a href={d.resultUrl} rel="noopener noreferrer external">
                  <Name value={d.title} />
                </a>
              ) : (
                <Name value={d.title} />
              )}{' '}
              · {t(`projects:deliverableType.${d.type}`)} · <DateOnly value={d.dueDate} /> ·{' '}
              {t(`projects:deliverableStatus.${d.status}`)}
            </li>
          ))}
        </ul>
      )}
      {sections.map((s) => s.view)}
      <p class="footnote">{t('projects:public.disclaimer')}</p>
      {hasKosovo && <p class="footnote">* {t('common:country.kosovoFootnote')}</p>}
      <JsonLd data={projectGraph(data, locale, url, sections)} />
    </article>
  )
}
