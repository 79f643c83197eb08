import { languageName } from '#src/lib/i18n.ts'
import { hasText, type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { Txt } from '#src/ui/text.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { competenceByCode } from '../competences.ts'
import { COURSE_LANGUAGES } from '../inputs.ts'

export { Txt }

/** The reading languages a course's texts are available in. */
export function languagesOf(...texts: LocalizedText[]): string[] {
  return COURSE_LANGUAGES.filter((l) => texts.every((t) => hasText(t, l)))
}

/** "Read in: English · Shqip · …": a link per language the lesson has, the current one marked. */
export function ContentLanguageSwitch({
  href,
  available,
  current,
}: {
  href: (lang: string) => string
  available: readonly string[]
  current: string
}) {
  const { t, locale } = useUi()
  if (available.length < 2) return null
  return (
    <nav class="content-langs" aria-label={t('learning:lesson.readIn')}>
      <span>{t('learning:lesson.readIn')}</span>{' '}
      <ul class="inline-list">
        {available.map((lang) => (
          <li>
            <a
              href={href(lang)}
              hreflang={lang}
              lang={lang}
              aria-current={lang === current ? 'true' : undefined}
            >
              {languageName(lang, locale)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** A note when a text is shown in another language than the one asked for. */
export function FallbackNote({ text, lang }: { text: LocalizedText; lang: string }) {
  const { t, locale } = useUi()
  const picked = pickText(text, lang)
  if (!picked.isFallback || !picked.value) return null
  return (
    <p class="notice notice-info">
      {t('learning:lesson.fallback', {
        wanted: languageName(lang, locale),
        shown: languageName(picked.lang, locale),
      })}
    </p>
  )
}

/** Progress as a native meter with its figure in words beside it (not colour alone). */
export function Progress({ percent, label }: { percent: number; label: string }) {
  const { t } = useUi()
  return (
    <p class="progress">
      <meter min={0} max={100} value={percent} aria-label={label} />{' '}
      <span>{t('learning:progress.percent', { percent })}</span>
    </p>
  )
}

/** The competences a course develops, with the frameworks' attribution; own lists' last. */
export function CompetenceList({
  codes,
  own = [],
}: {
  codes: readonly string[]
  own?: { code: string; name: LocalizedText }[] | undefined
}) {
  const { t, locale } = useUi()
  const found = codes.flatMap((code) => {
    const c = competenceByCode(code)
    return c ? [c] : []
  })
  if (found.length === 0 && own.length === 0) return null
  const frameworks = [...new Map(found.map((c) => [c.framework.id, c.framework])).values()]
  return (
    <section aria-labelledby="competences-heading">
      <h2 id="competences-heading">{t('learning:competences.title')}</h2>
      <ul>
        {found.map((c) => (
          <li>
            <span lang="en">
              {c.framework.name} {c.id} — {c.name}
            </span>
          </li>
        ))}
        {own.map((o) => (
          <li>
            <Txt text={o.name} lang={locale} />
          </li>
        ))}
      </ul>
      {found.length > 0 && (
        <p class="footnote">
          {t('learning:competences.attribution', {
            frameworks: frameworks.map((f) => `${f.name} (${f.year})`).join(', '),
          })}
        </p>
      )}
    </section>
  )
}

export function minutesLabel(t: (k: string, p?: Record<string, unknown>) => string, m: number) {
  return t('learning:minutes', { count: m })
}
