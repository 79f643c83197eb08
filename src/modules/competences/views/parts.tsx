import type { T } from '#src/lib/i18n.ts'
import { numberFormat } from '#src/lib/intl.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { Txt } from '#src/ui/text.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import {
  type CompetenceInfo,
  frameworkById,
  levelAt,
  OWN_FRAMEWORK,
  type Scale,
} from '../../competence-frameworks/index.ts'
import type { Shown } from '../aggregate.ts'

export { Txt }

/** A competence's name: a framework's in English with its number, an own list's in its languages. */
export function CompetenceName({ competence }: { competence: CompetenceInfo }) {
  if (competence.frameworkId === OWN_FRAMEWORK) return <Txt text={competence.name} />
  return (
    <span lang="en">
      {competence.id} {competence.name.en}
    </span>
  )
}

/** A level by its position on a scale, in the reader's language. */
export function levelName(t: T, scale: Scale, ordinal: number | null | undefined): string {
  if (!ordinal) return t('competences:level.none')
  const level = levelAt(scale, ordinal)
  return level ? t(`competences:level.${scale.id}.${level.id}`) : t('competences:level.none')
}

export function bandName(t: T, scale: Scale, band: string): string {
  return t(`competences:band.${scale.id}.${band}`)
}

/** A count of people, or "fewer than 5" where the privacy rule hides it. */
export function ShownCount({ value }: { value: Shown }) {
  const { t, locale } = useUi()
  if (value === null) return <span class="muted">{t('competences:privacy.fewer')}</span>
  return <>{numberFormat(locale).format(value)}</>
}

/** An average level, "2.5 of 8", or a dash. */
export function averageText(t: T, locale: string, value: number | null, scale: Scale): string {
  if (value === null) return '—'
  const n = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    value,
  )
  return t('competences:gaps.averageOf', { value: n, max: scale.levels.length })
}

/** A group's heading: the framework's name, or "Own competences of <school>". */
export function GroupTitle({
  first,
  owners,
}: {
  first: CompetenceInfo
  owners: Map<string, LocalizedText>
}) {
  const { t } = useUi()
  if (first.frameworkId === OWN_FRAMEWORK) {
    return (
      <>
        {t('competences:own.groupTitle')}: <Txt text={owners.get(first.ownerId ?? '') ?? {}} />
      </>
    )
  }
  return <span lang="en">{frameworkById(first.frameworkId)?.name ?? first.frameworkId}</span>
}

/** The same as text, for captions and chart labels. */
export function groupTitleText(
  t: T,
  locale: string,
  first: CompetenceInfo,
  owners: Map<string, LocalizedText>,
): string {
  if (first.frameworkId === OWN_FRAMEWORK) {
    return `${t('competences:own.groupTitle')}: ${pickText(owners.get(first.ownerId ?? ''), locale).value}`
  }
  return frameworkById(first.frameworkId)?.name ?? first.frameworkId
}

/** The framework's citation and licence, wherever its competences are shown. */
export function Attribution({ frameworkId }: { frameworkId: string }) {
  const { t } = useUi()
  const f = frameworkById(frameworkId)
  if (!f) return <p class="footnote">{t('competences:own.attribution')}</p>
  return (
    <p class="footnote competence-attribution">
      {t('competences:attribution.source')} <span lang="en">{f.citation}</span>.{' '}
      {f.licence
        ? t('competences:attribution.licence', { licence: f.licence })
        : t('competences:attribution.reuse')}{' '}
      {t('competences:attribution.noEndorsement')}{' '}
      <a href={f.source} lang="en">
        {f.source}
      </a>
    </p>
  )
}

/** Why the frameworks' names are in English, said in the reader's language. */
export function EnglishNote() {
  const { t } = useUi()
  return <p class="hint">{t('competences:englishNote')}</p>
}
