import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { type CompetenceInfo, OWN_FRAMEWORK } from '../competence-frameworks/index.ts'
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
 * Where an outside verifier reads about one of a school's own competences (a public page). The
 * code (`org:` and a slug) needs no escaping in a path.
 */
export function ownCompetenceUrl(baseUrl: string, code: string) {
  return `${baseUrl}/en/competences/${code}`
}

/**
 * The achievement a course certificate attests: the course's own title and summary in every
 * language, the criteria, and an alignment for each competence it is tagged with: a framework's
 * (DigComp, GreenComp …) pointing at the framework, or the school's own, pointing at its public page.
 */
export function courseAchievement(
  course: {
    title: LocalizedText
    summary: LocalizedText
    competences: readonly string[]
    passMark: number
  },
  described: ReadonlyMap<string, CompetenceInfo>,
  baseUrl: string,
): AchievementInput {
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
      if (c) {
        return [
          {
            targetName: c.name,
            targetUrl: c.framework.source,
            targetFramework: c.framework.name,
            targetCode: c.id,
          },
        ]
      }
      const own = described.get(code)
      if (!own || own.frameworkId !== OWN_FRAMEWORK) return []
      return [
        {
          targetName: pickText(own.name, 'en').value,
          targetUrl: ownCompetenceUrl(baseUrl, code),
          targetFramework: OWN_LIST_NAME,
          targetCode: code,
        },
      ]
    }),
  }
}

/** The framework name an own competence's alignment carries. */
const OWN_LIST_NAME = 'Own competence list (Ura)'
