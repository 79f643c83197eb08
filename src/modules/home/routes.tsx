import { asc, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { addSitemapSource } from '#src/http/sitemap.ts'
import type { AppEnv } from '#src/http/types.ts'
import { countryName } from '#src/lib/countries.ts'
import { isLocale, LOCALES, type Locale } from '#src/lib/i18n.ts'
import { collator } from '#src/lib/intl.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { requireActor } from '#src/lib/policy.ts'
import { organisations } from '../organisations/index.ts'
import { getHomeSummary } from './service.ts'
import { HomePage, LandingPage } from './views.tsx'

addSitemapSource(async () => [{ path: '/' }])

export const homeRoutes = new Hono<AppEnv>()
  .get('/', (c) => c.redirect(c.var.ctx.actor ? '/app' : `/${c.var.locale}/`))
  .get('/app', async (c) => {
    requireActor(c.var.ctx)
    const summary = await getHomeSummary(c.var.ctx)
    return c.render(<HomePage summary={summary} />, { title: c.var.t('common:nav.home') })
  })
  .get('/:locale/', async (c, next) => {
    const locale = c.req.param('locale')
    if (!isLocale(locale)) return next()
    c.set(
      'alternates',
      LOCALES.map((l) => ({ locale: l, href: `${c.var.deps.env.baseUrl}/${l}/` })),
    )
    const rows = await c.var.deps.db
      .select({
        slug: organisations.slug,
        name: organisations.name,
        country: organisations.country,
        defaultLocale: organisations.defaultLocale,
      })
      .from(organisations)
      .where(eq(organisations.isExternal, false))
      .orderBy(asc(organisations.slug))
      .limit(200)
    const list = rows
      .map((r) => {
        const name = pickText(r.name, locale, [r.defaultLocale, 'en'])
        return {
          slug: r.slug,
          name: name.value,
          lang: name.lang,
          country: countryName(r.country, locale as Locale),
        }
      })
      .sort((a, b) => collator(locale).compare(a.name, b.name))
    return c.render(<LandingPage organisations={list} />, {
      title: c.var.t('home:landing.title'),
      layout: 'public',
      description: c.var.t('home:landing.lead'),
    })
  })
