import { randomUUID } from 'node:crypto'
import type { DbOrTx } from '#src/db/client.ts'
import { addDays, dateIn } from '#src/lib/dates.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { organisations } from '../organisations/index.ts'
import {
  type GoalStatus,
  hostCapacities,
  hostCompanies,
  partnerships,
  safeguardingChecks,
  twinningGoals,
  twinningNotes,
  twinningPairs,
} from './schema.ts'

/*
 * The partner network of the demo, from the seeds: V2V's five twinning pairs (an EU school
 * coaching a Western Balkans school; the coaching goals follow V2V's four lots and its two
 * results: finding financial resources, realistic action plans), two memoranda of Beqir Çela with
 * its German and Greek ALLIANCE partners (one ends within 90 days), and two host companies near
 * Durrës. Companies, people and notes are invented. Dates that decide a status are relative to
 * the moment of loading, so the demo never goes stale.
 */

type Goal = { title: LocalizedText; target: string; status: GoalStatus; notes: [string, string][] }

const PAIRS: { coach: string; coached: string; goals: Goal[] }[] = [
  {
    coach: 'apro-formazione-alba',
    coached: 'onogost-niksic',
    goals: [
      {
        title: {
          en: 'Write an internationalisation strategy approved by the school board',
          cnr: 'Izraditi strategiju internacionalizacije koju usvaja školski odbor',
        },
        target: '2021-06-30',
        status: 'achieved',
        notes: [
          ['coach', 'Shared our own strategy and the template we use; first draft in three weeks.'],
          ['coached', 'Školski odbor je usvojio strategiju 24. juna 2021.'],
        ],
      },
      {
        title: { en: 'Find two sources of funding beyond Erasmus+' },
        target: '2022-03-31',
        status: 'achieved',
        notes: [
          ['coached', 'Applied to the municipality fund and a bilateral programme; both granted.'],
        ],
      },
      {
        title: { en: 'Run a pilot mobility of learners to Alba (Lot 3)' },
        target: '2023-05-31',
        status: 'achieved',
        notes: [['coach', 'Six learners hosted in Alba wineries for three weeks in May 2023.']],
      },
    ],
  },
  {
    coach: 'roc-lek-ijssel',
    coached: 'drini-bardhe-peje',
    goals: [
      {
        title: {
          en: 'Set up a modular mobility process with checklists',
          sq: 'Ngritja e një procesi modular të mobilitetit me lista kontrolli',
        },
        target: '2022-01-31',
        status: 'achieved',
        notes: [
          ['coach', 'Walked through our mobility handbook during the staff visit to Gouda.'],
          ['coached', 'Procesi u miratua dhe përdoret për të gjitha mobilitetet.'],
        ],
      },
      {
        title: { en: 'Sign agreements with five companies for work-based learning' },
        target: '2023-09-30',
        status: 'in_progress',
        notes: [['coached', 'Three agreements signed; two companies still deciding.']],
      },
    ],
  },
  {
    coach: 'jarvi-suomen-ammattiopisto',
    coached: 'sava-brcko',
    goals: [
      {
        title: { en: 'Train ten teachers in work-based learning (Lot 1 staff mobility)' },
        target: '2022-06-30',
        status: 'achieved',
        notes: [['coach', 'Ten teachers spent a week in Kuopio; follow-up webinars monthly.']],
      },
      {
        title: { en: 'A realistic two-year action plan with a budget' },
        target: '2023-06-30',
        status: 'in_progress',
        notes: [],
      },
    ],
  },
  {
    coach: 'solski-center-savinja',
    coached: 'solana-tuzla',
    goals: [
      {
        title: { en: 'Introduce entrepreneurship education in two programmes' },
        target: '2022-09-30',
        status: 'achieved',
        notes: [['coached', 'Entrepreneurship module taught in the food and tourism programmes.']],
      },
      {
        title: { en: 'Present the school at an international VET event (Lot 2)' },
        target: '2023-04-30',
        status: 'achieved',
        notes: [['coach', 'Joint presentation at the V2V conference in Žalec.']],
      },
    ],
  },
  {
    coach: 'strukovna-skola-kvarner',
    coached: 'primorje-bar',
    goals: [
      {
        title: { en: 'Join an international network of VET providers (Lot 4)' },
        target: '2022-12-31',
        status: 'achieved',
        notes: [['coached', 'Member of EfVET since November 2022.']],
      },
      {
        title: { en: 'Prepare a first Erasmus+ accreditation application' },
        target: '2023-10-31',
        status: 'planned',
        notes: [],
      },
    ],
  },
]

type Ids = { orgIds: Map<string, string>; userIds: Map<string, string> }

function lookup(map: Map<string, string>, key: string): string {
  const id = map.get(key)
  if (!id) throw new Error(`network demo: unknown "${key}"`)
  return id
}

/** Inserts the network demo rows inside the demo loader's transaction. */
export async function loadNetworkDemo(tx: DbOrTx, ids: Ids, now: Date) {
  const org = (slug: string) => lookup(ids.orgIds, slug)
  const user = (key: string) => ids.userIds.get(key) ?? null
  const today = dateIn(now, 'Europe/Tirane')

  // One bulk insert per table, as the demo loader does.
  const pairs: (typeof twinningPairs.$inferInsert)[] = []
  const goals: (typeof twinningGoals.$inferInsert)[] = []
  const notes: (typeof twinningNotes.$inferInsert)[] = []
  for (const p of PAIRS) {
    const pairId = randomUUID()
    pairs.push({
      id: pairId,
      tenantId: org(p.coach),
      coachId: org(p.coach),
      coachedId: org(p.coached),
      programme: 'V2V',
      startsOn: '2020-11-01',
      endsOn: '2023-10-31',
    })
    for (const g of p.goals) {
      const goalId = randomUUID()
      goals.push({
        id: goalId,
        tenantId: org(p.coach),
        pairId,
        title: g.title,
        targetDate: g.target,
        status: g.status,
      })
      g.notes.forEach(([side, body], i) => {
        const slug = side === 'coach' ? p.coach : p.coached
        notes.push({
          tenantId: org(p.coach),
          goalId,
          authorOrgId: org(slug),
          authorUserId: user(`${slug}:coordinator`),
          body,
          status: i === g.notes.length - 1 && g.status !== 'planned' ? g.status : null,
          // Notes written over the life of the project, not all at the moment of loading.
          createdAt: new Date(`${g.target}T10:00:00Z`),
        })
      })
    }
  }
  await tx.insert(twinningPairs).values(pairs)
  await tx.insert(twinningGoals).values(goals)
  await tx.insert(twinningNotes).values(notes)

  const beqir = org('beqir-cela-durres')
  await tx.insert(partnerships).values([
    {
      tenantId: beqir,
      partnerId: org('bruecke-europa-koeln'),
      kind: 'memorandum',
      validFrom: '2025-01-15',
      validTo: addDays(today, 540),
      scope: {
        en: 'Work placements in Cologne for hospitality and mechatronics learners; job shadowing for teachers; joint ALLIANCE dissemination in Germany.',
        sq: 'Praktika pune në Këln për nxënësit e hoteleri-turizmit dhe mekatronikës; vëzhgim pune për mësuesit; shpërndarje e përbashkët e ALLIANCE në Gjermani.',
      },
      quotas: { 'LM-SHORT-VET': 8, 'LM-LONG-VET': 2, 'SM-JOB-SHDW': 3 },
      createdBy: user('coordinator'),
    },
    {
      tenantId: beqir,
      partnerId: org('kdvm-ermis-larisa'),
      kind: 'memorandum',
      validFrom: '2023-09-01',
      validTo: addDays(today, 60),
      scope: {
        en: 'Exchange of learners in tourism and cooking; teachers teaching at the partner school for a week each year.',
        sq: 'Shkëmbim nxënësish në turizëm dhe kuzhinë; mësues që japin mësim një javë në vit në shkollën partnere.',
      },
      quotas: { 'LM-SHORT-VET': 6, 'SM-TTA': 2, 'SM-JOB-SHDW': 2 },
      createdBy: user('coordinator'),
    },
  ])

  // A second host company, in Tirana; the hotel in Durrës is one of the demo organisations.
  const garageId = randomUUID()
  await tx.insert(organisations).values({
    id: garageId,
    slug: 'servis-arberi-tirane',
    name: { sq: 'Auto Servis “Arbëri” sh.p.k.', en: '“Arbëri” Car Service' },
    type: 'company',
    country: 'AL',
    city: 'Tiranë',
    latitude: '41.342100',
    longitude: '19.787400',
    workingLanguages: ['sq', 'it'],
    defaultLocale: 'sq',
    timeZone: 'Europe/Tirane',
    isExternal: true,
  })
  const hotel = randomUUID()
  const garage = randomUUID()
  await tx.insert(hostCompanies).values([
    {
      id: hotel,
      tenantId: beqir,
      organisationId: org('hotel-bregdeti-durres'),
      sector: '10',
      occupations: ['Receptionist', 'Cook', 'Waiter'],
      languages: ['sq', 'en', 'it'],
      acceptsMinors: true,
      contactName: 'Elona Dervishi',
      contactEmail: 'elona.dervishi@hotel-bregdeti.example',
      contactPhone: '+355 69 412 3078',
    },
    {
      id: garage,
      tenantId: beqir,
      organisationId: garageId,
      sector: '07',
      occupations: ['Car mechanic', 'Auto electrician'],
      languages: ['sq', 'it'],
      acceptsMinors: false,
      contactName: 'Gentian Mema',
      contactEmail: null,
      contactPhone: '+355 68 207 5591',
    },
  ])
  await tx.insert(hostCapacities).values([
    {
      tenantId: beqir,
      hostCompanyId: hotel,
      learners: 2,
      fromDate: addDays(today, 30),
      toDate: addDays(today, 120),
      note: 'Reception and kitchen',
    },
    {
      tenantId: beqir,
      hostCompanyId: hotel,
      learners: 3,
      fromDate: addDays(today, 150),
      toDate: addDays(today, 240),
      note: 'Summer season',
    },
    {
      tenantId: beqir,
      hostCompanyId: garage,
      learners: 2,
      fromDate: addDays(today, 45),
      toDate: addDays(today, 105),
      note: '',
    },
  ])
  await tx.insert(safeguardingChecks).values([
    {
      tenantId: beqir,
      hostCompanyId: hotel,
      checkType: 'risk_assessment',
      checkedOn: addDays(today, -120),
      checkedBy: 'Elira Hoxha',
      validUntil: addDays(today, 245),
    },
    {
      tenantId: beqir,
      hostCompanyId: hotel,
      checkType: 'site_visit',
      checkedOn: addDays(today, -60),
      checkedBy: 'Elira Hoxha',
      validUntil: addDays(today, 305),
    },
    // Runs out within 30 days, so the register shows the hotel as "due".
    {
      tenantId: beqir,
      hostCompanyId: hotel,
      checkType: 'criminal_record',
      checkedOn: addDays(today, -345),
      checkedBy: 'Elona Dervishi',
      validUntil: addDays(today, 20),
    },
    {
      tenantId: beqir,
      hostCompanyId: garage,
      checkType: 'risk_assessment',
      checkedOn: addDays(today, -30),
      checkedBy: 'Elira Hoxha',
      validUntil: addDays(today, 335),
    },
    {
      tenantId: beqir,
      hostCompanyId: garage,
      checkType: 'site_visit',
      checkedOn: addDays(today, -30),
      checkedBy: 'Elira Hoxha',
      validUntil: addDays(today, 335),
    },
  ])
}
