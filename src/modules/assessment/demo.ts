import { and, desc, eq, isNull } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import { randomToken, sha256 } from '#src/lib/crypto.ts'
import { addDays, dateIn } from '#src/lib/dates.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { asksGroup, type InstrumentContent, type RespondentGroup } from './content.ts'
import {
  assessmentAnswers,
  assessmentInstruments,
  assessmentInvitations,
  assessmentLinks,
  assessmentResponses,
  assessmentRounds,
  assessmentVersions,
} from './schema.ts'
import { ensureShippedInstruments } from './service/instruments.ts'

export type AssessmentDemoIds = {
  orgIds: Map<string, string>
  userIds: Map<string, string>
  now: Date
}

/** A small deterministic random source, so the demo's figures are the same on every install. */
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** How a school stands per area (1–5): where the office is strong, and where it is not yet. */
type Profile = Record<string, number>

const DURRES_NOW: Profile = {
  strategy: 3.4,
  staffing: 3.0,
  procedures: 2.9,
  partnerships: 3.9,
  mobility: 3.7,
  quality: 3.1,
  inclusion: 2.6,
  safeguarding: 2.2,
  digital: 2.8,
  dissemination: 3.3,
  finance: 2.0,
}
/** A year earlier, before the ALLIANCE training: lower almost everywhere. */
const DURRES_BEFORE: Profile = Object.fromEntries(
  Object.entries(DURRES_NOW).map(([k, v]) => [
    k,
    Math.max(1.2, v - (k === 'partnerships' ? 0.9 : 0.5)),
  ]),
)
const PRIZREN: Profile = {
  strategy: 2.6,
  staffing: 2.4,
  procedures: 2.3,
  partnerships: 3.0,
  mobility: 2.5,
  quality: 2.7,
  inclusion: 3.2,
  safeguarding: 2.8,
  digital: 3.4,
  dissemination: 2.2,
  finance: 1.9,
}

/** Groups see an office differently: leaders a little kinder, learners a little harsher. */
const GROUP_BIAS: Record<RespondentGroup, number> = {
  leaders: 0.6,
  teachers: -0.1,
  admin_staff: 0.2,
  learners: -0.4,
  company_trainers: 0,
  partners: 0.3,
}

type Answer = typeof assessmentAnswers.$inferInsert

async function insertAnswers(tx: DbOrTx, rows: Answer[]) {
  for (let i = 0; i < rows.length; i += 1000) {
    await tx.insert(assessmentAnswers).values(rows.slice(i, i + 1000))
  }
}

/** Answers a closed round the way its groups would, from a profile. */
async function answerRound(
  tx: DbOrTx,
  round: { id: string; content: InstrumentContent },
  sizes: Partial<Record<RespondentGroup, number>>,
  profile: Profile,
  seed: number,
  day: string,
) {
  const rnd = random(seed)
  const answers: Answer[] = []
  for (const [group, n] of Object.entries(sizes) as [RespondentGroup, number][]) {
    const responses = await tx
      .insert(assessmentResponses)
      .values(Array.from({ length: n }, () => ({ roundId: round.id, group, submittedOn: day })))
      .returning({ id: assessmentResponses.id })
    for (const r of responses) {
      const personal = (rnd() - 0.5) * 1.2
      for (const section of round.content.sections) {
        for (const q of section.questions) {
          if (q.type !== 'scale' || !asksGroup(q, group)) continue
          if (rnd() < 0.05) {
            answers.push({
              responseId: r.id,
              roundId: round.id,
              group,
              questionKey: q.key,
              choice: 'na',
            })
            continue
          }
          const centre = (profile[section.key] ?? 3) + GROUP_BIAS[group] + personal
          const value = Math.min(5, Math.max(1, Math.round(centre + (rnd() - 0.5) * 1.6)))
          answers.push({
            responseId: r.id,
            roundId: round.id,
            group,
            questionKey: q.key,
            num: value,
          })
        }
      }
    }
  }
  await insertAnswers(tx, answers)
}

const t4 = (en: string, sq: string, sr: string, mk: string): LocalizedText => ({
  en,
  sq,
  'sr-Latn': sr,
  mk,
})

/** The Durrës office's own needs analysis: one of each question type. */
const NEEDS_SURVEY: InstrumentContent = {
  sections: [
    {
      key: 'own-training',
      title: t4('Training needs', 'Nevojat për trajnim', 'Potrebe za obukom', 'Потреби од обука'),
      questions: [
        {
          key: 'own-topics',
          type: 'multiple',
          text: t4(
            'Which topics would help you most in the next school year?',
            'Cilat tema do t’ju ndihmonin më shumë vitin e ardhshëm shkollor?',
            'Koje teme bi vam najviše pomogle sledeće školske godine?',
            'Кои теми најмногу би ви помогнале следната учебна година?',
          ),
          required: false,
          options: [
            {
              key: 'o1',
              label: t4(
                'Writing Erasmus+ applications',
                'Shkrimi i aplikimeve Erasmus+',
                'Pisanje Erasmus+ prijava',
                'Пишување апликации за Еразмус+',
              ),
            },
            {
              key: 'o2',
              label: t4(
                'Safeguarding minors abroad',
                'Mbrojtja e të miturve jashtë vendit',
                'Zaštita maloletnika u inostranstvu',
                'Заштита на малолетници во странство',
              ),
            },
            {
              key: 'o3',
              label: t4(
                'Digital tools in class',
                'Mjetet digjitale në klasë',
                'Digitalni alati u nastavi',
                'Дигитални алатки во наставата',
              ),
            },
            {
              key: 'o4',
              label: t4(
                'Working with companies',
                'Puna me kompanitë',
                'Saradnja sa kompanijama',
                'Соработка со компании',
              ),
            },
          ],
        },
        {
          key: 'own-format',
          type: 'single',
          text: t4(
            'How would you like to learn?',
            'Si do të dëshironit të mësonit?',
            'Kako biste želeli da učite?',
            'Како би сакале да учите?',
          ),
          required: false,
          options: [
            {
              key: 'o1',
              label: t4(
                'Online, at my own pace',
                'Në internet, me ritmin tim',
                'Onlajn, svojim tempom',
                'Онлајн, со свое темпо',
              ),
            },
            {
              key: 'o2',
              label: t4(
                'Workshops at school',
                'Punëtori në shkollë',
                'Radionice u školi',
                'Работилници во училиштето',
              ),
            },
            {
              key: 'o3',
              label: t4(
                'Job shadowing abroad',
                'Vëzhgim pune jashtë vendit',
                'Praćenje posla u inostranstvu',
                'Следење на работа во странство',
              ),
            },
          ],
        },
        {
          key: 'own-hours',
          type: 'number',
          text: t4(
            'How many hours a month could you give to training?',
            'Sa orë në muaj mund t’i kushtoni trajnimit?',
            'Koliko sati mesečno možete posvetiti obuci?',
            'Колку часа месечно можете да посветите на обука?',
          ),
          required: false,
          min: 0,
          max: 80,
        },
        {
          key: 'own-confidence',
          type: 'matrix',
          text: t4(
            'How confident are you in…',
            'Sa i sigurt jeni në…',
            'Koliko ste sigurni u…',
            'Колку сте сигурни во…',
          ),
          required: false,
          rows: [
            {
              key: 'r1',
              label: t4(
                'English for work',
                'Anglishten për punë',
                'Engleski za posao',
                'Англиски за работа',
              ),
            },
            {
              key: 'r2',
              label: t4(
                'Planning a mobility',
                'Planifikimin e një mobiliteti',
                'Planiranje mobilnosti',
                'Планирање мобилност',
              ),
            },
          ],
          columns: [
            t4('Not at all', 'Aspak', 'Nimalo', 'Воопшто не'),
            t4('A little', 'Pak', 'Malo', 'Малку'),
            t4('Quite', 'Mjaft', 'Prilično', 'Доста'),
            t4('Very', 'Shumë', 'Veoma', 'Многу'),
          ],
        },
        {
          key: 'own-wish',
          type: 'text',
          text: t4(
            'What else should the International Office do for you?',
            'Çfarë tjetër duhet të bëjë Zyra Ndërkombëtare për ju?',
            'Šta još Međunarodna kancelarija treba da uradi za vas?',
            'Што уште треба да направи Меѓународната канцеларија за вас?',
          ),
          required: false,
        },
      ],
    },
  ],
}

const WISHES = [
  'Më shumë informacion për mobilitetet e mësuesve.',
  'A training on the new Erasmus+ forms before the deadline.',
  'Një takim me kompanitë partnere në fillim të vitit.',
  'Kurse anglishteje për stafin administrativ.',
  'Share the photos and stories of the last mobility with parents.',
  'Një kalendar i qartë i afateve të projekteve.',
]

/**
 * Self-assessment at two ALLIANCE schools: Durrës answered Ura's checklist twice (a baseline a
 * year ago and this year, so the results compare), Prizren once; Durrës also runs its own needs
 * analysis, open now, with links, invitations and the first answers.
 */
export async function loadAssessmentDemo(tx: DbOrTx, ids: AssessmentDemoIds) {
  const durres = ids.orgIds.get('beqir-cela-durres')
  const prizren = ids.orgIds.get('lumbardhi-prizren')
  const coordinator = ids.userIds.get('coordinator') ?? null
  if (!durres || !prizren) return
  await ensureShippedInstruments(tx)
  const [checklist] = await tx
    .select({ id: assessmentVersions.id, content: assessmentVersions.content })
    .from(assessmentVersions)
    .innerJoin(assessmentInstruments, eq(assessmentInstruments.id, assessmentVersions.instrumentId))
    .where(
      and(isNull(assessmentInstruments.tenantId), eq(assessmentInstruments.key, 'io-capacity')),
    )
    .orderBy(desc(assessmentVersions.version))
    .limit(1)
  if (!checklist) return
  const today = dateIn(ids.now, 'Europe/Tirane')
  const day = 86_400_000
  const at = (days: number) => new Date(ids.now.getTime() - days * day)
  const all: RespondentGroup[] = [
    'leaders',
    'teachers',
    'admin_staff',
    'learners',
    'company_trainers',
  ]

  const rounds = await tx
    .insert(assessmentRounds)
    .values([
      {
        tenantId: durres,
        versionId: checklist.id,
        title: 'Vlerësimi bazë 2025',
        status: 'closed',
        anonymous: true,
        groups: all,
        closesOn: addDays(today, -380),
        openedAt: at(400),
        closedAt: at(380),
        createdBy: coordinator,
        createdAt: at(401),
      },
      {
        tenantId: durres,
        versionId: checklist.id,
        title: 'Vlerësimi 2026',
        status: 'closed',
        anonymous: true,
        groups: all,
        closesOn: addDays(today, -20),
        openedAt: at(40),
        closedAt: at(20),
        createdBy: coordinator,
        createdAt: at(41),
      },
      {
        tenantId: prizren,
        versionId: checklist.id,
        title: 'Vlerësimi i kapaciteteve 2026',
        status: 'closed',
        anonymous: true,
        groups: ['leaders', 'teachers', 'admin_staff', 'learners'],
        closesOn: addDays(today, -15),
        openedAt: at(35),
        closedAt: at(15),
        createdAt: at(36),
      },
    ])
    .returning({ id: assessmentRounds.id })
  const [baseline, current, kosovo] = rounds
  await answerRound(
    tx,
    { id: baseline!.id, content: checklist.content },
    { leaders: 5, teachers: 19, admin_staff: 6, learners: 32 },
    DURRES_BEFORE,
    11,
    addDays(today, -385),
  )
  // Three company trainers answered: too few to show on their own (and left out of "everyone").
  await answerRound(
    tx,
    { id: current!.id, content: checklist.content },
    { leaders: 6, teachers: 24, admin_staff: 7, learners: 40, company_trainers: 3 },
    DURRES_NOW,
    12,
    addDays(today, -25),
  )
  await answerRound(
    tx,
    { id: kosovo!.id, content: checklist.content },
    { leaders: 5, teachers: 18, admin_staff: 4, learners: 30 },
    PRIZREN,
    13,
    addDays(today, -18),
  )

  // The needs analysis: the school's own survey, open, with a link per group and invitations.
  const [survey] = await tx
    .insert(assessmentInstruments)
    .values({
      tenantId: durres,
      key: 'own-needs-2026',
      kind: 'survey',
      title: t4(
        'Staff training needs 2026',
        'Nevojat e stafit për trajnim 2026',
        'Potrebe osoblja za obukom 2026',
        'Потреби на кадарот од обука 2026',
      ),
      description: t4(
        'A short needs analysis for the staff development plan.',
        'Një analizë e shkurtër e nevojave për planin e zhvillimit të stafit.',
        'Kratka analiza potreba za plan razvoja osoblja.',
        'Кратка анализа на потреби за планот за развој на кадарот.',
      ),
      createdBy: coordinator,
    })
    .returning({ id: assessmentInstruments.id })
  const [version] = await tx
    .insert(assessmentVersions)
    .values({
      instrumentId: survey!.id,
      version: 1,
      status: 'published',
      content: NEEDS_SURVEY,
      publishedAt: at(10),
    })
    .returning({ id: assessmentVersions.id })
  const [open] = await tx
    .insert(assessmentRounds)
    .values({
      tenantId: durres,
      versionId: version!.id,
      title: 'Analiza e nevojave — dhjetor 2026',
      status: 'open',
      anonymous: true,
      groups: ['teachers', 'admin_staff'],
      closesOn: addDays(today, 21),
      openedAt: at(3),
      createdBy: coordinator,
      createdAt: at(4),
    })
    .returning({ id: assessmentRounds.id })
  await tx.insert(assessmentLinks).values([
    { roundId: open!.id, group: 'teachers', token: randomToken(18) },
    { roundId: open!.id, group: 'admin_staff', token: randomToken(18) },
  ])
  await tx.insert(assessmentInvitations).values(
    ['besa.hoxha', 'arben.leka', 'mira.dervishi', 'gent.shehu', 'elira.koci', 'dritan.muka'].map(
      (name, i) => ({
        roundId: open!.id,
        group: 'teachers' as const,
        email: `${name}@beqircela.edu.al`,
        locale: 'sq',
        tokenHash: sha256(randomToken(24)),
        sentAt: at(3),
        respondedOn: i < 4 ? addDays(today, -2) : null,
      }),
    ),
  )
  const rnd = random(21)
  const answers: Answer[] = []
  const responses = await tx
    .insert(assessmentResponses)
    .values(
      Array.from({ length: 6 }, () => ({
        roundId: open!.id,
        group: 'teachers' as const,
        submittedOn: addDays(today, -2),
      })),
    )
    .returning({ id: assessmentResponses.id })
  responses.forEach((r, i) => {
    const base = { responseId: r.id, roundId: open!.id, group: 'teachers' as const }
    for (const o of ['o1', 'o2', 'o3', 'o4']) {
      if (rnd() < 0.55) answers.push({ ...base, questionKey: 'own-topics', choice: o })
    }
    answers.push({ ...base, questionKey: 'own-format', choice: `o${1 + (i % 3)}` })
    answers.push({ ...base, questionKey: 'own-hours', num: 2 + Math.round(rnd() * 8) })
    answers.push({ ...base, questionKey: 'own-confidence.r1', num: 1 + Math.floor(rnd() * 4) })
    answers.push({ ...base, questionKey: 'own-confidence.r2', num: 1 + Math.floor(rnd() * 4) })
    answers.push({ ...base, questionKey: 'own-wish', text: WISHES[i % WISHES.length]! })
  })
  await insertAnswers(tx, answers)
}
