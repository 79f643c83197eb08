import { scoreRubric } from './grading.ts'
import type { assignmentSubmissions, RubricCriterion } from './schema.ts'

/*
 * The work the demo's staff handed in for the first course's assignment (the one-page office
 * procedure): an accepted submission for everyone who completed the course, and one person whose
 * first version was sent back and whose second waits in the teachers' queue.
 */

/** `person|course` of those with a submission sent back for revision and a new one waiting. */
export const DEMO_REVISING = new Set(['shkumbini-elbasan:coordinator|international-office'])

const ANSWERS: Record<string, string> = {
  sq: '## Procedura e Zyrës Ndërkombëtare\n\n- **Strategjia dhe projektet**: koordinatorja.\n- **Partneritetet**: drejtori, bashkë me koordinatoren.\n- **Mobiliteti**: zyrtari i mobilitetit për çdo grup.\n- **Shpërndarja**: mësuesja e TIK-ut.\n\n**Afatet**: thirrja Erasmus+ mbyllet në shkurt; raporti përfundimtar brenda 60 ditëve pas projektit.\n\n**Emergjencë jashtë vendit**: telefononi fillimisht familjen, pastaj drejtorin.',
  'sr-Latn':
    '## Procedura Međunarodne kancelarije\n\n- **Strategija i projekti**: koordinatorka.\n- **Partnerstva**: direktor, zajedno sa koordinatorkom.\n- **Mobilnost**: službenik za mobilnost za svaku grupu.\n- **Diseminacija**: nastavnica informatike.\n\n**Rokovi**: Erasmus+ poziv se zatvara u februaru; završni izveštaj u roku od 60 dana po završetku projekta.\n\n**Hitan slučaj u inostranstvu**: prvo pozovite porodicu, zatim direktora.',
  en: '## The International Office’s procedure\n\n- **Strategy and projects**: the coordinator.\n- **Partnerships**: the director, with the coordinator.\n- **Mobility**: the mobility officer of each group.\n- **Dissemination**: the ICT teacher.\n\n**Deadlines**: the Erasmus+ call closes in February; the final report within 60 days of the project’s end.\n\n**Emergency abroad**: call the family first, then the director.',
}

const FIRST_DRAFT =
  '- Koordinatori: strategjia dhe projektet.\n- Mësuesit: mobiliteti.\n\nNë rast emergjence jashtë vendit telefononi drejtorin.'
// The course belongs to the Greek coordinator of ALLIANCE, whose teachers comment in English.
const REVISION_COMMENT =
  'The dates are missing: add the Erasmus+ call deadline and the final report. And who looks after partnerships and dissemination?'
const ACCEPTED_COMMENT =
  'Clear and complete: a new colleague can start from this page. Add the National Agency’s phone number and it is ready.'

type Row = typeof assignmentSubmissions.$inferInsert

/**
 * The submissions of one enrolment: `accepted` (graded at `at` by `graderId`), `revising` (a
 * first version sent back, the second waiting since `at`), or none.
 */
export function demoSubmissions(input: {
  tenantId: string
  enrolmentId: string
  lessonId: string
  criteria: RubricCriterion[]
  locale: string
  state: 'accepted' | 'revising' | null
  at: Date
  graderId: string | null
  render: (markdown: string) => string
}): Row[] {
  const hour = 3_600_000
  const base = {
    tenantId: input.tenantId,
    enrolmentId: input.enrolmentId,
    lessonId: input.lessonId,
  }
  const graded = (levels: Record<string, string>, comment: string, commentLang: string) => {
    const grade = scoreRubric(input.criteria, levels)
    return {
      grades: grade.grades,
      score: grade.score,
      maxScore: grade.maxScore,
      comment,
      commentLang,
      gradedById: input.graderId,
    }
  }
  if (input.state === 'accepted') {
    const answer = ANSWERS[input.locale] ?? ANSWERS.en!
    return [
      {
        ...base,
        number: 1,
        body: answer,
        bodyHtml: input.render(answer),
        status: 'accepted',
        submittedAt: new Date(input.at.getTime() - 20 * hour),
        gradedAt: input.at,
        ...graded(
          { c1: 'l3', c2: 'l3', c3: input.locale === 'sq' ? 'l2' : 'l3' },
          ACCEPTED_COMMENT,
          'en',
        ),
      },
    ]
  }
  if (input.state === 'revising') {
    const answer = ANSWERS.sq!
    return [
      {
        ...base,
        number: 1,
        body: FIRST_DRAFT,
        bodyHtml: input.render(FIRST_DRAFT),
        status: 'needs_revision',
        submittedAt: new Date(input.at.getTime() - 72 * hour),
        gradedAt: new Date(input.at.getTime() - 50 * hour),
        ...graded({ c1: 'l2', c2: 'l1', c3: 'l2' }, REVISION_COMMENT, 'en'),
      },
      {
        ...base,
        number: 2,
        body: answer,
        bodyHtml: input.render(answer),
        status: 'submitted',
        submittedAt: input.at,
      },
    ]
  }
  return []
}
