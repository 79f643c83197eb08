import type { PropsWithChildren } from 'hono/jsx'
import { LOCALES, localeAutonym } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { can, type Permission } from '#src/lib/policy.ts'
import { CsrfField } from './components.tsx'
import { useUi } from './use-ui.ts'

export type LayoutProps = {
  title: string
  /** `app` for signed-in pages, `public` for everything a visitor sees. */
  layout?: 'app' | 'public'
  description?: string
}

type NavItem = { href: string; key: string; permission?: Permission; platformAdmin?: boolean }

/** The navigation, filtered by what the actor's role may see. Modules add their entries here. */
const NAV: NavItem[] = [
  { href: '/app', key: 'common:nav.home' },
  { href: '/app/organisation', key: 'common:nav.organisation', permission: 'home.view' },
  { href: '/app/members', key: 'common:nav.members', permission: 'members.view' },
  { href: '/app/calls', key: 'calls:nav.calls', permission: 'calls.view' },
  { href: '/app/mobility', key: 'mobility:nav.mobility', permission: 'mobility.view' },
  { href: '/app/my-mobility', key: 'mobility:nav.mine', permission: 'mobility.own' },
  { href: '/app/mobility/pipeline', key: 'reports:nav.main', permission: 'reports.view' },
  { href: '/app/projects', key: 'projects:nav.title', permission: 'projects.view' },
  { href: '/app/network', key: 'network:nav.title', permission: 'network.view' },
  { href: '/app/funding', key: 'funding:nav', permission: 'funding.view' },
  { href: '/app/learning', key: 'learning:nav', permission: 'learning.view' },
  { href: '/app/competences', key: 'competences:nav', permission: 'competences.rate' },
  { href: '/app/assessment', key: 'assessment:nav', permission: 'assessment.view' },
  { href: '/app/plans', key: 'plans:nav', permission: 'plans.view' },
  { href: '/app/catalogue/courses', key: 'catalogue:nav', permission: 'catalogue.submit' },
  { href: '/app/events', key: 'events:nav', permission: 'events.view' },
  { href: '/app/audit', key: 'common:nav.audit', permission: 'audit.view' },
  { href: '/app/outbox', key: 'common:nav.outbox', permission: 'outbox.view' },
  { href: '/app/news', key: 'news:nav', permission: 'news.manage' },
  { href: '/app/tokens', key: 'common:nav.tokens', permission: 'tokens.manage' },
  { href: '/app/admin/organisations', key: 'common:nav.allOrganisations', platformAdmin: true },
  { href: '/app/admin/grant-rates', key: 'grants:rates.nav', platformAdmin: true },
  {
    href: '/app/catalogue/courses/moderation',
    key: 'catalogue:moderation.nav',
    platformAdmin: true,
  },
]

function LanguageSwitcher() {
  const { t, locale, path, alternates, url } = useUi()
  const search = new URL(url).search
  return (
    <nav class="lang-switch" aria-label={t('common:nav.language')}>
      <ul>
        {LOCALES.map((l) => {
          const alt = alternates?.find((a) => a.locale === l)
          const href = alt?.href ?? `/locale/${l}?next=${encodeURIComponent(path + search)}`
          return (
            <li>
              <a
                href={href}
                hreflang={l}
                lang={l}
                aria-current={l === locale ? 'true' : undefined}
                rel={alt && !alt.noHreflang ? 'alternate' : undefined}
              >
                {localeAutonym(l)}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

function OrganisationSwitcher() {
  const { t, actor, locale } = useUi()
  if (!actor || actor.memberships.length < 2) return null
  return (
    <form class="org-switch" method="post" action="/switch-organisation">
      <CsrfField />
      <label for="org-switch">{t('common:nav.switchOrganisation')}</label>
      <select id="org-switch" name="tenantId">
        {actor.memberships.map((m) => {
          const name = pickText(m.name, locale, [m.defaultLocale, 'en'])
          return (
            <option value={m.tenantId} selected={m.tenantId === actor.tenantId} lang={name.lang}>
              {name.value}
            </option>
          )
        })}
      </select>
      <button class="btn btn-secondary" type="submit">
        {t('common:nav.switch')}
      </button>
    </form>
  )
}

function AppHeader() {
  const { t, actor, locale, path } = useUi()
  if (!actor) return null
  const active = actor.memberships.find((m) => m.tenantId === actor.tenantId)
  const orgName = active ? pickText(active.name, locale, [active.defaultLocale, 'en']) : null
  const items = NAV.filter((item) =>
    item.platformAdmin ? actor.isPlatformAdmin : !item.permission || can(actor, item.permission),
  )
  return (
    <header class="app-header">
      <div class="bar">
        <a class="brand" href="/app">
          Ura
        </a>
        {orgName && (
          <span class="org-name" lang={orgName.lang}>
            {orgName.value}
          </span>
        )}
        <span class="who">
          {actor.displayName}
          {actor.role && <span class="role"> · {t(`common:roles.${actor.role}`)}</span>}
        </span>
      </div>
      <nav class="main-nav" aria-label={t('common:nav.main')}>
        <ul>
          {items.map((item) => (
            <li>
              <a
                href={item.href}
                aria-current={
                  path === item.href || (item.href !== '/app' && path.startsWith(`${item.href}/`))
                    ? 'page'
                    : undefined
                }
              >
                {t(item.key)}
              </a>
            </li>
          ))}
          <li>
            <a href="/app/account" aria-current={path === '/app/account' ? 'page' : undefined}>
              {t('common:nav.account')}
            </a>
          </li>
          <li>
            <form method="post" action="/signout" class="inline">
              <CsrfField />
              <button type="submit" class="link-button">
                {t('common:nav.signOut')}
              </button>
            </form>
          </li>
        </ul>
      </nav>
      <div class="switchers">
        <OrganisationSwitcher />
        <LanguageSwitcher />
      </div>
    </header>
  )
}

function PublicHeader() {
  const { t, locale, actor } = useUi()
  return (
    <header class="public-header">
      <div class="bar">
        <a class="brand" href={`/${locale}/`}>
          Ura
        </a>
        <nav aria-label={t('common:nav.main')}>
          <ul>
            <li>
              {actor ? (
                <a href="/app">{t('common:nav.home')}</a>
              ) : (
                <a href="/signin">{t('common:nav.signIn')}</a>
              )}
            </li>
          </ul>
        </nav>
      </div>
      <LanguageSwitcher />
    </header>
  )
}

export function Layout({
  title,
  layout = 'app',
  description,
  children,
}: PropsWithChildren<LayoutProps>) {
  const { t, locale, actor, alternates, feeds } = useUi()
  const isApp = layout === 'app' && actor
  // A page may exist in some languages only (a news post): the switcher still offers every
  // locale, but hreflang names only the versions that exist.
  const hreflangs = alternates?.filter((a) => !a.noHreflang)
  return (
    <html lang={locale} dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Ura`}</title>
        {description && <meta name="description" content={description} />}
        {isApp && <meta name="robots" content="noindex" />}
        {hreflangs?.map((a) => (
          <link rel="alternate" hreflang={a.locale} href={a.href} />
        ))}
        {hreflangs?.[0] && <link rel="alternate" hreflang="x-default" href={hreflangs[0].href} />}
        {feeds?.map((f) => (
          <link rel="alternate" type={f.type} title={f.title} href={f.href} />
        ))}
        <link rel="stylesheet" href="/static/app.css" />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        <script type="module" src="/static/app.js" defer />
      </head>
      <body class={isApp ? 'layout-app' : 'layout-public'}>
        <a class="skip-link" href="#main">
          {t('common:nav.skip')}
        </a>
        {isApp ? <AppHeader /> : <PublicHeader />}
        <main id="main" tabindex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <p>{t('common:footer.tagline')}</p>
        </footer>
      </body>
    </html>
  )
}
