import type { LocalizedText } from '#src/lib/localized-text.ts'
import type { AchievementInput } from '../credentials/index.ts'
import { competenceByCode } from './competences.ts'

/** What earns a course certificate, in each of Ura's languages. */
const CRITERIA: Record<string, string> = {
  en: 'Completed every lesson of the course and passed each of its quizzes (pass mark {passMark}%).',
  sq: 'Përfundoi çdo mësim të kursit dhe kaloi çdo kuiz të tij (nota kaluese {passMark}%).',
  'sr-Latn':
    'Završio/la je sve lekcije kursa i položio/la sve njegove kvizove (prag prolaza {passMark}%).',
  mk: 'Ги заврши сите лекции од курсот и ги положи сите негови квизови (праг за положување {passMark}%).',
}

/**
 * The achievement a course certificate attests: the course's own title and summary in every
 * language, the criteria, and an alignment for each competence it is tagged with.
 */
export function courseAchievement(course: {
  title: LocalizedText
  summary: LocalizedText
  competences: readonly string[]
  passMark: number
}): AchievementInput {
  const criteria = Object.fromEntries(
    Object.entries(CRITERIA).map(([lang, text]) => [
      lang,
      text.replace('{passMark}', String(course.passMark)),
    ]),
  )
  return {
    name: course.title,
    description: course.summary,
    criteria,
    alignments: course.competences.flatMap((code) => {
      const c = competenceByCode(code)
      if (!c) return []
      return [
        {
          targetName: c.name,
          targetUrl: c.framework.source,
          targetFramework: c.framework.name,
          targetCode: c.id,
        },
      ]
    }),
  }
}
