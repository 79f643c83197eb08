import { getT, LOCALES } from '#src/lib/i18n.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import type { AchievementAlignment, AchievementInput } from '../credentials/index.ts'
import { competenceByCode } from '../learning/index.ts'

/**
 * What a programme certificate attests: the curriculum's title and summary in every language,
 * the courses completed for it (named in each language), and every competence those courses
 * are aligned to, once.
 */
export function curriculumAchievement(
  curriculum: { title: LocalizedText; summary: LocalizedText },
  completed: { title: LocalizedText; competences: readonly string[] }[],
): AchievementInput {
  const criteria: LocalizedText = {}
  for (const lang of LOCALES) {
    const names = completed.map((c) => pickText(c.title, lang).value).filter(Boolean)
    criteria[lang] = getT(lang)('curricula:certificate.criteria', {
      count: names.length,
      courses: new Intl.ListFormat(lang, { type: 'conjunction' }).format(names),
    })
  }
  const alignments = new Map<string, AchievementAlignment>()
  for (const code of completed.flatMap((c) => c.competences)) {
    const c = competenceByCode(code)
    if (!c || alignments.has(code)) continue
    alignments.set(code, {
      targetName: c.name,
      targetUrl: c.framework.source,
      targetFramework: c.framework.name,
      targetCode: c.id,
    })
  }
  return {
    name: curriculum.title,
    description: curriculum.summary,
    criteria,
    alignments: [...alignments.values()],
  }
}
