import { countryName, KOSOVO } from '#src/lib/countries.ts'
import { LOCALES, languageName } from '#src/lib/i18n.ts'
import { hasText, missingLanguages, pickText, presentLanguages } from '#src/lib/localized-text.ts'
import { can } from '#src/lib/policy.ts'
import { Notice } from '#src/ui/components.tsx'
import { JsonLd } from '#src/ui/json-ld.tsx'
import { LocalizedTextNote } from '#src/ui/multilingual-field.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { ProfileSectionContent } from './profile-sections.ts'
import type { Organisation } from './service.ts'

/** The languages a name is shown in: the UI languages, the organisation's own, and any written. */
export function nameLanguages(org: Pick<Organisation, 'name' | 'workingLanguages'>) {
  return [...new Set([...LOCALES, ...org.workingLanguages, ...presentLanguages(org.name)])]
}

function list(items: string[], locale: string) {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items)
}

function Coordinates({ org }: { org: Organisation }) {
  const { t, locale } = useUi()
  if (org.latitude === null || org.longitude === null) return <Value value={null} />
  const lat = Number(org.latitude)
  const lng = Number(org.longitude)
  const fmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 })
  const map = `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=15/${lat}/${lng}`
  return (
    <>
      {t('organisations:profile.coordinatesValue', { lat: fmt.format(lat), lng: fmt.format(lng) })}{' '}
      <a href={map} rel="noopener noreferrer external">
        {t('organisations:profile.showOnMap')}
      </a>
    </>
  )
}

function Country({ code }: { code: string }) {
  const { t, locale } = useUi()
  return (
    <>
      {countryName(code, locale)}
      {code === KOSOVO && (
        <sup>
          <a href="#fn-kosovo" aria-label={t('organisations:profile.footnote')}>
            *
          </a>
        </sup>
      )}
    </>
  )
}

/** The footnote that must follow every mention of Kosovo (Erasmus+ guide, UNSCR 1244). */
export function KosovoFootnote({ country }: { country: string }) {
  const { t } = useUi()
  if (country !== KOSOVO) return null
  return (
    <p class="footnote" id="fn-kosovo">
      <span aria-hidden="true">* </span>
      {t('common:country.kosovoFootnote')}
    </p>
  )
}

function Value({ value }: { value: string | null | undefined }) {
  const { t } = useUi()
  return <>{value ? value : <span class="muted">{t('organisations:profile.notGiven')}</span>}</>
}

/** The facts shared by the members' page and the public profile. */
export function OrganisationFacts({ org, full }: { org: Organisation; full: boolean }) {
  const { t, locale } = useUi()
  return (
    <dl class="facts">
      <dt>{t('organisations:fields.type')}</dt>
      <dd>{t(`organisations:types.${org.type}`)}</dd>
      <dt>{t('organisations:fields.country')}</dt>
      <dd>
        <Country code={org.country} />
      </dd>
      <dt>{t('organisations:fields.city')}</dt>
      <dd>
        <Value value={org.city} />
      </dd>
      <dt>{t('organisations:profile.coordinates')}</dt>
      <dd>
        <Coordinates org={org} />
      </dd>
      <dt>{t('organisations:fields.website')}</dt>
      <dd>
        {org.website ? (
          <a href={org.website} rel="noopener noreferrer external">
            {org.website}
          </a>
        ) : (
          <Value value={null} />
        )}
      </dd>
      <dt>{t('organisations:fields.erasmusOid')}</dt>
      <dd>
        <Value value={org.erasmusOid} />
      </dd>
      <dt>{t('organisations:fields.erasmusPic')}</dt>
      <dd>
        <Value value={org.erasmusPic} />
      </dd>
      <dt>{t('organisations:fields.workingLanguages')}</dt>
      <dd>
        <Value
          value={list(
            org.workingLanguages.map((l) => languageName(l, locale)),
            locale,
          )}
        />
      </dd>
      {full && (
        <>
          <dt>{t('organisations:fields.defaultLocale')}</dt>
          <dd>{languageName(org.defaultLocale, locale)}</dd>
          <dt>{t('organisations:fields.timeZone')}</dt>
          <dd>{org.timeZone}</dd>
        </>
      )}
    </dl>
  )
}

function NamesByLanguage({ org }: { org: Organisation }) {
  const { t, locale } = useUi()
  const langs = nameLanguages(org)
  const missing = missingLanguages(org.name, langs)
  return (
    <section aria-labelledby="names-h">
      <h2 id="names-h">{t('organisations:profile.names')}</h2>
      {missing.length > 0 && (
        <p>
          {t('organisations:ml.missingSummary', {
            count: missing.length,
            languages: list(
              missing.map((l) => languageName(l, locale)),
              locale,
            ),
          })}
        </p>
      )}
      <dl class="facts">
        {langs.map((lang) => (
          <>
            <dt>{languageName(lang, locale)}</dt>
            <dd>
              {hasText(org.name, lang) ? (
                <span lang={lang}>{org.name[lang]}</span>
              ) : (
                <span class="badge badge-warn">{t('common:multilingual.missing')}</span>
              )}
            </dd>
          </>
        ))}
      </dl>
    </section>
  )
}

/** `/app/organisation`: what every member sees of their organisation. */
export function OrganisationPage({ org, notice }: { org: Organisation; notice?: string }) {
  const { t, locale, actor } = useUi()
  const name = pickText(org.name, locale, [org.defaultLocale, 'en'])
  return (
    <>
      <div class="page-header">
        <h1 lang={name.isFallback ? name.lang : undefined}>{name.value}</h1>
        <div class="page-actions">
          {can(actor, 'organisation.edit') && (
            <a class="btn btn-primary" href="/app/organisation/edit">
              {t('organisations:profile.edit')}
            </a>
          )}
          {!org.isExternal && (
            <a class="btn btn-secondary" href={`/${locale}/o/${org.slug}`}>
              {t('organisations:profile.publicPage')}
            </a>
          )}
        </div>
      </div>
      {notice && <Notice>{t(notice)}</Notice>}
      <LocalizedTextNote
        value={org.name}
        fallbacks={[org.defaultLocale, 'en']}
        showOthers={false}
        block
      />
      <section aria-labelledby="details-h">
        <h2 id="details-h">{t('organisations:profile.details')}</h2>
        <OrganisationFacts org={org} full />
      </section>
      <NamesByLanguage org={org} />
      <KosovoFootnote country={org.country} />
    </>
  )
}

/** schema.org data for the profile: the organisation, then what the sections add. */
function profileGraph(
  org: Organisation,
  name: string,
  url: string,
  sections: ProfileSectionContent[],
) {
  const isSchool = org.type === 'vet_school' || org.type === 'university'
  const node = {
    '@type': isSchool ? 'EducationalOrganization' : 'Organization',
    '@id': `${url}#organisation`,
    name,
    url,
    ...(org.website ? { sameAs: [org.website] } : {}),
    address: {
      '@type': 'PostalAddress',
      addressCountry: org.country,
      ...(org.city ? { addressLocality: org.city } : {}),
    },
  }
  return { '@graph': [node, ...sections.flatMap((s) => s.structuredData ?? [])] }
}

/** `/:locale/o/:slug`: the page anyone can read; other modules add sections after "About". */
export function PublicProfilePage({
  org,
  sections = [],
  url,
}: {
  org: Organisation
  sections?: ProfileSectionContent[]
  url: string
}) {
  const { t, locale } = useUi()
  const name = pickText(org.name, locale, [org.defaultLocale, 'en'])
  return (
    <article>
      <h1 lang={name.isFallback ? name.lang : undefined}>{name.value}</h1>
      <LocalizedTextNote value={org.name} fallbacks={[org.defaultLocale, 'en']} block />
      <section aria-labelledby="about-h">
        <h2 id="about-h">{t('organisations:public.about')}</h2>
        <OrganisationFacts org={org} full={false} />
      </section>
      {sections.map((s) => s.view)}
      <KosovoFootnote country={org.country} />
      <JsonLd data={profileGraph(org, name.value, url, sections)} />
    </article>
  )
}
