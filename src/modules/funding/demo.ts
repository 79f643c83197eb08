import type { Db, DbOrTx } from '#src/db/client.ts'
import type { Ctx, Deps } from '#src/lib/context.ts'
import { wallClockIn } from '#src/lib/dates.ts'
import { loadActor } from '../users/index.ts'
import { fundingOpportunities } from './schema.ts'
import { seedFundingOpportunities } from './seed.ts'
import {
  changeStage,
  createApplication,
  markFunded,
  partnerChoices,
} from './service/applications.ts'
import { createOpportunity } from './service/opportunities.ts'
import { watchOpportunity } from './service/watches.ts'

export type FundingDemoIds = { orgIds: Map<string, string>; userIds: Map<string, string> }

/** Who watches what: the Albanian, Kosovar and North Macedonian demo coordinators. */
const WATCHES = [
  {
    person: 'coordinator',
    org: 'beqir-cela-durres',
    keys: ['erasmus-cb-vet', 'erasmus-ka122-vet', 'erasmus-ka220-vet'],
  },
  { person: 'staff-tourism', org: 'beqir-cela-durres', keys: ['erasmus-ka122-vet'] },
  {
    person: 'lumbardhi-prizren:coordinator',
    org: 'lumbardhi-prizren',
    keys: ['erasmus-cb-vet', 'western-balkans-fund'],
  },
  {
    person: 'pelister-bitola:coordinator',
    org: 'pelister-bitola',
    keys: ['erasmus-ka122-vet', 'erasmus-ka210-vet'],
  },
]

type DemoApplication = {
  key: string
  title: string
  notes: string
  requested: string | null
  /** Stages to move through after "idea", in order. */
  path: ('partners_found' | 'drafting' | 'submitted' | 'rejected' | 'withdrawn')[]
  withPartners: boolean
  funded?: { acronym: string; startDate: string; endDate: string; grantNumber: string | null }
}

/** The Albanian demo school's pipeline, in Albanian as its coordinator writes. */
const PIPELINE: DemoApplication[] = [
  {
    key: 'interreg-ipa-south-adriatic',
    title: 'Praktika në turizëm me hotelet e Pulias',
    notes: 'Ide nga takimi me Dhomën e Tregtisë. Presim thirrjen e ardhshme të programit.',
    requested: null,
    path: [],
    withPartners: false,
  },
  {
    key: 'erasmus-ka220-vet',
    title: 'Aftësi digjitale për mësuesit e AAP (partnerë në KA220-VET)',
    notes:
      'Shkolla në Larisa koordinon; ne jemi partnerë. Kontrolloni nëse pranohen partnerë nga Shqipëria.',
    requested: '60000',
    path: ['partners_found'],
    withPartners: true,
  },
  {
    key: 'erasmus-cb-vet',
    title: 'Mikpritja e gjelbër: kurrikula dhe laboratorë',
    notes: 'Drafti i paketave të punës gati deri në fund të muajit. Partneri gjerman merr WP3.',
    requested: '400000',
    path: ['partners_found', 'drafting'],
    withPartners: true,
  },
  {
    key: 'erasmus-cb-vet',
    title: 'Të nxënit në punë në rajonin e Adriatikut',
    notes: 'Aplikimi u dorëzua te EACEA. Kontrata pritet brenda gjashtë muajve.',
    requested: '250000',
    path: ['partners_found', 'drafting', 'submitted'],
    withPartners: true,
    funded: {
      acronym: 'ADRIA-WBL',
      startDate: '2027-01-01',
      endDate: '2029-12-31',
      grantNumber: null,
    },
  },
  {
    key: 'western-balkans-fund',
    title: 'Sipërmarrja rinore në shkollat profesionale',
    notes: 'Refuzuar: fondi pranon vetëm organizata të shoqërisë civile si aplikante.',
    requested: '30000',
    path: ['drafting', 'submitted', 'rejected'],
    withPartners: false,
  },
]

/**
 * Loads the register's seed, the demo schools' watches, a private opportunity and the Albanian
 * school's pipeline (one funded application with its project and consortium), through this
 * module's own services on the demo's transaction. Runs after the network demo (partners).
 */
export async function loadFundingDemo(tx: DbOrTx, deps: Deps, ids: FundingDemoIds) {
  const db = tx as unknown as Db
  await seedFundingOpportunities(db)
  const seeded = await db
    .select({ id: fundingOpportunities.id, seedKey: fundingOpportunities.seedKey })
    .from(fundingOpportunities)
  const byKey = new Map(seeded.map((r) => [r.seedKey, r.id]))
  const as = async (person: string, org: string): Promise<Ctx | null> => {
    const userId = ids.userIds.get(person)
    const tenantId = ids.orgIds.get(org)
    if (!userId || !tenantId) return null
    return { ...deps, db, actor: await loadActor(db, userId, tenantId, 'session'), requestId: null }
  }

  for (const w of WATCHES) {
    const ctx = await as(w.person, w.org)
    if (!ctx) continue
    for (const key of w.keys) {
      const id = byKey.get(key)
      if (id) await watchOpportunity(ctx, id)
    }
  }

  const coordinator = await as('coordinator', 'beqir-cela-durres')
  if (!coordinator) return
  const inFourMonths = new Date(deps.now().getTime() + 120 * 86_400_000)
  const own = await createOpportunity(coordinator, {
    scope: 'own',
    programme: 'national',
    actionCode: 'DEMO-DURRES',
    title: {
      sq: 'Bashkia Durrës – grante për praktika të nxënësve (shembull demo)',
      en: 'Durrës municipality – grants for learner placements (demo example)',
    },
    summary: {
      sq: 'Një shembull i një mundësie private të shkollës: vetëm shkolla jonë e sheh.',
      en: 'An example of a school’s private opportunity: only our school sees it.',
    },
    deadlines: [
      {
        at: inFourMonths,
        timeZone: 'Europe/Tirane',
        local: wallClockIn(inFourMonths, 'Europe/Tirane'),
        row: 0,
      },
    ],
    budgetMinEur: null,
    budgetMaxEur: '5000.00',
    budgetNote: {},
    coFinancingRate: null,
    url: null,
    applicationLanguages: ['sq'],
    eligibility: [
      {
        role: 'applicant',
        countries: ['AL'],
        organisationTypes: ['vet_school', 'school'],
        confidence: 'unconfirmed',
        note: { sq: 'Shembull demo.', en: 'Demo example.' },
      },
    ],
    confidence: 'unconfirmed',
    sourceNote: {
      sq: 'Shembull demo, jo një thirrje e vërtetë.',
      en: 'A demo example, not a real call.',
    },
  })
  await watchOpportunity(coordinator, own.id)

  const partners = (await partnerChoices(coordinator)).map((p) => p.id)
  for (const a of PIPELINE) {
    const opportunityId = byKey.get(a.key)
    if (!opportunityId) continue
    const row = await createApplication(coordinator, {
      opportunityId,
      title: a.title,
      notes: a.notes,
      partnerIds: a.withPartners ? partners : [],
      requestedAmountEur: a.requested ? `${a.requested}.00` : null,
      submittedOn: null,
    })
    for (const stage of a.path) await changeStage(coordinator, row.id, stage)
    if (a.funded) await markFunded(coordinator, row.id, a.funded)
  }
}
