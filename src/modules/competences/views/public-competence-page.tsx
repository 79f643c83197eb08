import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { LocalizedTextView } from '#src/ui/multilingual-field.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { CompetenceInfo } from '../../competence-frameworks/index.ts'

/**
 * A school's own competence, in public: what an Open Badge's alignment points at, so that an
 * outside verifier (or an employer) can read what the competence means.
 */
export function PublicCompetencePage(props: {
  competence: CompetenceInfo
  owner: { name: LocalizedText; slug: string }
}) {
  const { t, locale } = useUi()
  const { competence: c } = props
  const name = pickText(c.name, locale)
  return (
    <>
      <h1 lang={name.isFallback ? name.lang : undefined}>{name.value}</h1>
      <p>
        {t('competences:public.ownOf')}{' '}
        <a href={`/${locale}/o/${props.owner.slug}`}>{pickText(props.owner.name, locale).value}</a>
      </p>
      {Object.keys(c.description).length > 0 && (
        <p>
          <LocalizedTextView value={c.description} />
        </p>
      )}
      <dl class="facts">
        <dt>{t('competences:public.code')}</dt>
        <dd>
          <code>{c.code}</code>
        </dd>
      </dl>
    </>
  )
}
