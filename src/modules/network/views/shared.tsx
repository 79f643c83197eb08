import type { PropsWithChildren } from 'hono/jsx'
import { countryName, KOSOVO } from '#src/lib/countries.ts'
import { formatDate } from '#src/lib/dates.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { useUi } from '#src/ui/use-ui.ts'

const SECTIONS = [
  { href: '/app/network', key: 'network:nav.directory' },
  { href: '/app/network/partnerships', key: 'network:nav.partnerships' },
  { href: '/app/network/twinning', key: 'network:nav.twinning' },
  { href: '/app/network/host-companies', key: 'network:nav.hostCompanies' },
  { href: '/app/network/map', key: 'network:nav.map' },
] as const

/** The network's own sections, as a secondary navigation under the page title. */
export function NetworkNav() {
  const { t, path } = useUi()
  return (
    <nav class="network-nav" aria-label={t('network:nav.label')}>
      <ul>
        {SECTIONS.map((s) => {
          const current =
            s.href === '/app/network'
              ? path === s.href || path.startsWith('/app/network/organisations')
              : path === s.href || path.startsWith(`${s.href}/`)
          return (
            <li>
              <a href={s.href} aria-current={current ? 'page' : undefined}>
                {t(s.key)}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

/** A page of the network: its title, optional actions, the section navigation. */
export function NetworkPage({
  title,
  actions,
  children,
}: PropsWithChildren<{ title: string; actions?: unknown }>) {
  return (
    <>
      <div class="page-header">
        <h1>{title}</h1>
        {actions ? <div class="page-actions">{actions}</div> : null}
      </div>
      <NetworkNav />
      {children}
    </>
  )
}

/** An organisation's name in the reader's language, marked with its language on fallback. */
export function OrgName({
  name,
  defaultLocale,
  href,
}: {
  name: LocalizedText
  defaultLocale?: string
  href?: string
}) {
  const { locale } = useUi()
  const picked = pickText(name, locale, [defaultLocale ?? 'en', 'en'])
  const lang = picked.isFallback ? picked.lang : undefined
  return href ? (
    <a href={href} lang={lang}>
      {picked.value}
    </a>
  ) : (
    <span lang={lang}>{picked.value}</span>
  )
}

export function orgNameText(name: LocalizedText, locale: string, defaultLocale = 'en'): string {
  return pickText(name, locale, [defaultLocale, 'en']).value
}

/** A country's name, with the footnote marker for Kosovo. */
export function Country({ code }: { code: string }) {
  const { t, locale } = useUi()
  return (
    <>
      {countryName(code, locale)}
      {code === KOSOVO && (
        <sup>
          <a href="#fn-kosovo" aria-label={t('network:footnote')}>
            *
          </a>
        </sup>
      )}
    </>
  )
}

/** The Kosovo designation footnote, once per page that names Kosovo. */
export function KosovoNote({ countries }: { countries: string[] }) {
  const { t } = useUi()
  if (!countries.includes(KOSOVO)) return null
  return (
    <p class="footnote" id="fn-kosovo">
      <span aria-hidden="true">* </span>
      {t('common:country.kosovoFootnote')}
    </p>
  )
}

/** A calendar date in the reader's locale, machine-readable too. */
export function Day({ value }: { value: string | null }) {
  const { locale } = useUi()
  if (!value) return null
  return <time datetime={value}>{formatDate(locale, value)}</time>
}

const BADGE: Record<string, string> = {
  active: 'badge badge-ok',
  ok: 'badge badge-ok',
  valid: 'badge badge-ok',
  achieved: 'badge badge-ok',
  expiring: 'badge badge-warn',
  due: 'badge badge-warn',
  expired: 'badge badge-bad',
  missing: 'badge badge-bad',
}

/** A status as a word in a badge (never colour alone). */
export function Badge({ status, label }: { status: string; label: string }) {
  return <span class={BADGE[status] ?? 'badge'}>{label}</span>
}
