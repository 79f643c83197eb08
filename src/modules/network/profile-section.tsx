import { and, eq, gte, inArray, or } from 'drizzle-orm'
import { countryName } from '#src/lib/countries.ts'
import type { Locale } from '#src/lib/i18n.ts'
import { collator } from '#src/lib/intl.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { useUi } from '#src/ui/use-ui.ts'
import { addProfileSection, organisations } from '../organisations/index.ts'
import { partnerships, twinningPairs } from './schema.ts'

type Partner = {
  slug: string
  name: string
  lang: string
  country: string
  isExternal: boolean
  twinned: boolean
}

/**
 * The organisation's partners for its public profile: organisations it has an agreement with
 * that is still valid (either side recorded it), and its twinning partners.
 */
async function listPublicPartners(
  db: Parameters<Parameters<typeof addProfileSection>[0]['load']>[0]['db'],
  orgId: string,
  today: string,
  locale: Locale,
): Promise<Partner[]> {
  const agreements = await db
    .select({ a: partnerships.tenantId, b: partnerships.partnerId })
    .from(partnerships)
    .where(
      and(
        or(eq(partnerships.tenantId, orgId), eq(partnerships.partnerId, orgId)),
        gte(partnerships.validTo, today),
      ),
    )
  const pairs = await db
    .select({ a: twinningPairs.coachId, b: twinningPairs.coachedId })
    .from(twinningPairs)
    .where(or(eq(twinningPairs.coachId, orgId), eq(twinningPairs.coachedId, orgId)))
  const other = (r: { a: string; b: string }) => (r.a === orgId ? r.b : r.a)
  const twinned = new Set(pairs.map(other))
  const ids = [...new Set([...agreements.map(other), ...twinned])]
  if (ids.length === 0) return []
  const rows = await db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      country: organisations.country,
      defaultLocale: organisations.defaultLocale,
      isExternal: organisations.isExternal,
    })
    .from(organisations)
    .where(inArray(organisations.id, ids))
  return rows
    .map((r) => {
      const name = pickText(r.name, locale, [r.defaultLocale, 'en'])
      return {
        slug: r.slug,
        name: name.value,
        lang: name.lang,
        country: countryName(r.country, locale),
        isExternal: r.isExternal,
        twinned: twinned.has(r.id),
      }
    })
    .sort((x, y) => collator(locale).compare(x.name, y.name))
}

function ProfilePartners({ partners }: { partners: Partner[] }) {
  const { t, locale } = useUi()
  return (
    <section aria-labelledby="profile-partners-h">
      <h2 id="profile-partners-h">{t('network:profile.partners')}</h2>
      <ul>
        {partners.map((p) => (
          <li>
            {p.isExternal ? (
              <span lang={p.lang}>{p.name}</span>
            ) : (
              <a href={`/${locale}/o/${p.slug}`} lang={p.lang}>
                {p.name}
              </a>
            )}{' '}
            <span class="muted">
              {p.country}
              {p.twinned && ` · ${t('network:profile.twinned')}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}

addProfileSection({
  id: 'partners',
  order: 10,
  async load(ctx, org, locale) {
    const today = ctx.now().toISOString().slice(0, 10)
    const partners = await listPublicPartners(ctx.db, org.id, today, locale)
    if (partners.length === 0) return null
    return { view: <ProfilePartners partners={partners} /> }
  },
})
