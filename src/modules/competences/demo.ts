import type { DbOrTx } from '#src/db/client.ts'
import {
  describeCompetences,
  levelOrdinal,
  scaleOfFramework,
  seedOwnCompetences,
} from '../competence-frameworks/index.ts'
import { competenceEnrolments } from '../learning/index.ts'
import { competenceRatings } from './schema.ts'

export type CompetencesDemoIds = {
  orgIds: Map<string, string>
  userIds: Map<string, string>
  now: Date
}

/** Beqir Çela's own list: what its International Office trains for beyond the frameworks. */
const OWN_LIST = [
  {
    slug: 'hosting-incoming-learners',
    name: {
      en: 'Hosting incoming learners and staff',
      sq: 'Pritja e nxënësve dhe stafit që vijnë',
      'sr-Latn': 'Prijem učenika i osoblja koji dolaze',
      mk: 'Прием на ученици и персонал што доаѓаат',
    },
    description: {
      en: 'Welcomes a partner school’s group: programme, accommodation, host companies, safety.',
      sq: 'Pret grupin e një shkolle partnere: programi, akomodimi, kompanitë pritëse, siguria.',
    },
  },
  {
    slug: 'mentoring-work-placements-abroad',
    name: {
      en: 'Mentoring learners on work placements abroad',
      sq: 'Mentorimi i nxënësve në praktika pune jashtë vendit',
      'sr-Latn': 'Mentorstvo učenicima na praksi u inostranstvu',
      mk: 'Менторство на ученици на пракса во странство',
    },
    description: {
      en: 'Prepares, follows and debriefs a learner’s placement with the receiving company.',
      sq: 'Përgatit, ndjek dhe bën bilancin e praktikës me kompaninë pritëse.',
    },
  },
  {
    slug: 'recognising-learning-outcomes',
    name: {
      en: 'Recognising learning outcomes of a mobility',
      sq: 'Njohja e rezultateve të të nxënit të një mobiliteti',
      'sr-Latn': 'Priznavanje ishoda učenja sa mobilnosti',
      mk: 'Признавање на резултатите од учењето од мобилност',
    },
    description: {
      en: 'Turns a learning agreement’s outcomes into credit in the school’s curriculum.',
      sq: 'I kthen rezultatet e marrëveshjes së të nxënit në kredite në kurrikulën e shkollës.',
    },
  },
]

/** Durrës people who rate themselves on their own: four staff and three learners (7 ≥ 5). */
const SELF_RATERS = [
  'director',
  'coordinator',
  'staff-tourism',
  'staff-ict',
  'learner-ardit',
  'learner-klea',
  'learner-ergys',
]

/**
 * DigComp levels per person (in SELF_RATERS order): most rate themselves low in 1.1, so the
 * gap view flags it; 2.1 and 4.2 spread wider.
 */
const SELF_LEVELS: Record<string, string[]> = {
  'digcomp-2.2:1.1': ['2', '3', '1', '4', '2', '1', '2'],
  'digcomp-2.2:2.1': ['4', '5', '3', '6', '3', '4', '2'],
  'digcomp-2.2:4.2': ['3', '3', '2', '5', '2', '3', '4'],
}

/** The own list, rated by the four staff (fewer than 5: the gap view hides the counts). */
const OWN_LEVELS = [
  ['3', '2', '1'],
  ['4', '3', '2'],
  ['2', '2', '1'],
  ['1', '1', '1'],
]

/**
 * Ratings before and after the demo enrolments' courses, own ratings at Beqir Çela, and its own
 * list of three competences. After the learning demo: it reads the enrolments it rates.
 */
export async function loadCompetencesDemo(tx: DbOrTx, ids: CompetencesDemoIds) {
  const durres = ids.orgIds.get('beqir-cela-durres')
  if (!durres) return
  const hour = 3_600_000
  const day = 24 * hour
  const ownCodes = await seedOwnCompetences(tx, durres, OWN_LIST)
  const rows: (typeof competenceRatings.$inferInsert)[] = []

  const enrolments = await competenceEnrolments(
    { db: tx },
    { learnerOrgIds: [...ids.orgIds.values()] },
  )
  const described = await describeCompetences(
    { db: tx },
    enrolments.flatMap((e) => e.competences),
  )
  enrolments.forEach((e, ei) => {
    e.competences.forEach((code, ci) => {
      const competence = described.get(code)
      if (!competence) return
      const max = competence.scale.levels.length
      // Low to middling before; one or two levels up after a completed course.
      const before = 1 + ((ei * 3 + ci) % Math.max(2, Math.floor(max / 2)))
      rows.push({
        tenantId: e.learnerOrgId,
        userId: e.userId,
        code,
        phase: 'pre',
        courseId: e.courseId,
        level: before,
        ratedAt: new Date(e.enrolledAt.getTime() + hour),
      })
      if (e.status === 'completed' && e.completedAt) {
        rows.push({
          tenantId: e.learnerOrgId,
          userId: e.userId,
          code,
          phase: 'post',
          courseId: e.courseId,
          level: Math.min(max, before + 1 + ((ei + ci) % 2)),
          ratedAt: new Date(e.completedAt.getTime() + 2 * hour),
        })
      }
    })
  })

  const digcomp = scaleOfFramework('digcomp-2.2')
  const own = scaleOfFramework('org')
  SELF_RATERS.forEach((person, pi) => {
    const userId = ids.userIds.get(person)
    if (!userId) return
    for (const [code, levels] of Object.entries(SELF_LEVELS)) {
      rows.push({
        tenantId: durres,
        userId,
        code,
        phase: 'self',
        courseId: null,
        level: levelOrdinal(digcomp, levels[pi]!)!,
        ratedAt: new Date(ids.now.getTime() - (20 - pi) * day),
      })
    }
    OWN_LEVELS[pi]?.forEach((level, ci) => {
      const code = ownCodes[ci]
      if (!code) return
      rows.push({
        tenantId: durres,
        userId,
        code,
        phase: 'self',
        courseId: null,
        level: levelOrdinal(own, level)!,
        ratedAt: new Date(ids.now.getTime() - (10 - pi) * day),
      })
    })
  })
  if (rows.length > 0) await tx.insert(competenceRatings).values(rows)
}
