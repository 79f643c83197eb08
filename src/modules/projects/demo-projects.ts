import type { LocalizedText } from '#src/lib/localized-text.ts'

/*
 * Facts from the seeds (/work/shared/seeds, the projects' own pages and news), kept as data for the
 * projects, events and news modules to load once they exist. No table holds them yet.
 * Partner lists name demo organisations by slug: the seeds do not name the partners, except
 * “Beqir Çela” (ALLIANCE) and Apro Formazione (V2V leader), so the rest are the invented ones.
 */

export type DemoProject = {
  key: string
  acronym: string
  title: LocalizedText
  programme: string
  /** The funder's action code, when the seed gives one. */
  action: string | null
  grantNumber: string | null
  /** ISO dates, inclusive. */
  startDate: string
  endDate: string
  durationMonths: number
  /** As published, in euro; the seed does not say whether it is the EU grant or the total. */
  budgetEur: string | null
  countries: string[]
  website: string | null
  summary: LocalizedText
  /** Work packages (ALLIANCE) or lots (V2V), in order. */
  workPackages: { code: string; title: LocalizedText }[]
  objectives: string[]
  expectedResults: string[]
  partners: { org: string; role: 'coordinator' | 'partner' }[]
  /** EU school → Western Balkan school it coaches (V2V twinning). */
  twinning: [eu: string, westernBalkans: string][]
  events: { title: LocalizedText; startDate: string; endDate: string; place: string }[]
}

const ALLIANCE: DemoProject = {
  key: 'alliance',
  acronym: 'ALLIANCE',
  title: {
    en: 'Advancing Learning and Linking Institutions for EU Projects and Networking Cooperation',
  },
  programme: 'Erasmus+',
  action: 'ERASMUS-EDU-2024-CB-VET',
  grantNumber: '101183414',
  startDate: '2025-01-01',
  // The project page reads "01/01/2025 – 01/01/2028 (36 months)": 36 months end on 31 December 2027.
  endDate: '2027-12-31',
  durationMonths: 36,
  budgetEur: '399542.28',
  countries: ['GR', 'DE', 'BE', 'AL', 'XK'],
  website: 'https://allianceproject-eu.com/',
  summary: {
    en: 'Establishes International Offices in five VET schools in Albania and Kosovo and trains their staff to manage EU projects, mobility and international partnerships.',
    sq: 'Ngre Zyra Ndërkombëtare në pesë shkolla profesionale në Shqipëri dhe Kosovë dhe trajnon stafin e tyre për menaxhimin e projekteve evropiane, të mobilitetit dhe të partneriteteve ndërkombëtare.',
  },
  workPackages: [
    { code: 'WP1', title: { en: 'Project Management and Coordination' } },
    { code: 'WP2', title: { en: 'Preparatory Phase and Identification of State of Play' } },
    {
      code: 'WP3',
      title: { en: 'Capacity Building in EU Projects and International Cooperation' },
    },
    { code: 'WP4', title: { en: 'Pilot Operation of the International Offices' } },
    { code: 'WP5', title: { en: 'Dissemination & Exploitation Activities' } },
  ],
  objectives: [
    'Establishing International Offices in VET Institutions (5 VET schools: 3 in Albania, 2 in Kosovo)',
    'Enhancing Skills and Competencies of VET Staff (project management, R&D, DigComp, GreenComp)',
    'Promoting Knowledge Transfer and Regional Collaboration between Albanian and Kosovar institutions',
    'Boosting International Mobility and Cooperation',
    'Supporting VET Modernization and Market Responsiveness',
    'Creating a Sustainable Internationalization Framework',
  ],
  expectedResults: [
    'Five fully functional International Offices with trained staff and operational protocols',
    'A multilingual online training platform, guidebooks and a curriculum',
    'At least 50 VET staff upskilled (project management, R&D, English, intercultural communication)',
    'Peer-learning schemes and study visits to EU institutions',
    'Info Days, launch events and awareness campaigns on mobility',
    'KPIs and reporting systems for the International Offices and training programmes',
    'Contribution to national education strategies in Albania and Kosovo',
  ],
  partners: [
    { org: 'kesk-thessaloniki', role: 'coordinator' },
    { org: 'kdvm-ermis-larisa', role: 'partner' },
    { org: 'bruecke-europa-koeln', role: 'partner' },
    { org: 'hogeschool-leie-schelde', role: 'partner' },
    { org: 'beqir-cela-durres', role: 'partner' },
    { org: 'drini-shkoder', role: 'partner' },
    { org: 'shkumbini-elbasan', role: 'partner' },
    { org: 'lumbardhi-prizren', role: 'partner' },
    { org: 'nerodimja-ferizaj', role: 'partner' },
  ],
  twinning: [],
  events: [
    {
      title: { en: 'Erasmus Day 2025', sq: 'Erasmus Day 2025' },
      startDate: '2025-10-16',
      endDate: '2025-10-16',
      place: 'Europe House Tirana',
    },
    {
      title: { en: 'National Skills Competitions', sq: 'Konkursi Kombëtar i Aftësive' },
      startDate: '2025-11-14',
      endDate: '2025-11-16',
      place: 'Albania',
    },
    {
      title: {
        en: 'National Week of Professional Internships in VET institutions',
        sq: 'Java e Praktikave Profesionale në institucionet e arsimit profesional',
      },
      startDate: '2025-11-18',
      endDate: '2025-11-18',
      place: '“Beqir Çela” Vocational School, Durrës',
    },
  ],
}

/** The seed news item, written in English and Albanian side by side. */
export const ALLIANCE_NEWS = {
  publishedOn: '2025-11-18',
  title: {
    en: 'The ALLIANCE Project promotes the internationalization of vocational education during Autumn 2025 events',
    sq: 'Projekti ALLIANCE promovon ndërkombëtarizimin e arsimit profesional në aktivitetet e vjeshtës 2025',
  } satisfies LocalizedText,
  lead: {
    en: 'During the autumn of 2025, the European ALLIANCE Project was presented in several important informational events in Albania, contributing to discussions on the development and internationalization of vocational education and training (VET).',
    sq: 'Gjatë vjeshtës së vitit 2025, projekti evropian ALLIANCE u prezantua në disa aktivitete të rëndësishme informuese në Shqipëri, duke kontribuar në diskutimet mbi zhvillimin dhe ndërkombëtarizimin e arsimit dhe formimit profesional (AFP).',
  } satisfies LocalizedText,
}

const V2V: DemoProject = {
  key: 'v2v',
  acronym: 'V2V',
  title: { en: 'Capacity Building in Western Balkans – V2V (VET to VET)' },
  programme: 'EU pilot project',
  action: null,
  grantNumber: null,
  startDate: '2020-11-01',
  endDate: '2023-10-31',
  durationMonths: 36,
  budgetEur: null,
  countries: ['IT', 'NL', 'FI', 'SI', 'HR', 'ME', 'XK', 'BA'],
  website: 'https://v2vproject.eu/',
  summary: {
    en: 'Ten VET schools, five in the EU and five in Montenegro, Kosovo and Bosnia and Herzegovina (2,700 staff, 41,000 students), twinned to improve the innovation, modernisation and internationalisation of Western Balkan VET providers. Supported by the EfVET and Xarxa networks.',
  },
  workPackages: [
    { code: 'LOT 1', title: { en: 'Staff mobility for capacity building activities' } },
    { code: 'LOT 2', title: { en: 'Events and conferences' } },
    { code: 'LOT 3', title: { en: 'Pilot students mobilities' } },
    { code: 'LOT 4', title: { en: 'Networking' } },
  ],
  objectives: [
    'Improve the planning and development of internationalisation strategies of VET providers',
  ],
  expectedResults: [
    'Improved ability to find financial resources',
    'Improved ability to set realistic action plans',
    'Capacity building checklist',
    'On-line course database',
    'On-line communities of practice',
    'Staff visits catalogue',
    'Modular mobility process',
    'Best practice catalogue',
    'International network',
  ],
  partners: [
    { org: 'apro-formazione-alba', role: 'coordinator' },
    { org: 'roc-lek-ijssel', role: 'partner' },
    { org: 'jarvi-suomen-ammattiopisto', role: 'partner' },
    { org: 'solski-center-savinja', role: 'partner' },
    { org: 'strukovna-skola-kvarner', role: 'partner' },
    { org: 'onogost-niksic', role: 'partner' },
    { org: 'primorje-bar', role: 'partner' },
    { org: 'drini-bardhe-peje', role: 'partner' },
    { org: 'sava-brcko', role: 'partner' },
    { org: 'solana-tuzla', role: 'partner' },
  ],
  twinning: [
    ['apro-formazione-alba', 'onogost-niksic'],
    ['roc-lek-ijssel', 'drini-bardhe-peje'],
    ['jarvi-suomen-ammattiopisto', 'sava-brcko'],
    ['solski-center-savinja', 'solana-tuzla'],
    ['strukovna-skola-kvarner', 'primorje-bar'],
  ],
  events: [],
}

/** A third seed: a pilot on VET mobility for four Western Balkan countries; partners unnamed. */
const CONNECTED_THROUGH_MOBILITY: DemoProject = {
  key: 'connected-through-mobility',
  acronym: 'Connected through Mobility',
  title: { en: 'Connected through Mobility' },
  programme: 'EU pilot project',
  action: null,
  grantNumber: null,
  startDate: '2021-02-01',
  endDate: '2024-01-31',
  durationMonths: 36,
  budgetEur: null,
  countries: ['AL', 'BA', 'XK', 'ME'],
  website: null,
  summary: {
    en: 'Introduces Albania, Bosnia and Herzegovina, Kosovo and Montenegro to Erasmus+ vocational mobility: the image of VET, its quality, and its relevance to the labour market.',
  },
  workPackages: [],
  objectives: [
    'Social perceptions and the image of the VET sector in Western Balkan countries',
    'The quality of vocational education',
    'The relevance of vocational education to the labour market',
  ],
  expectedResults: [],
  partners: [],
  twinning: [],
  events: [],
}

export const DEMO_PROJECTS: DemoProject[] = [ALLIANCE, V2V, CONNECTED_THROUGH_MOBILITY]
