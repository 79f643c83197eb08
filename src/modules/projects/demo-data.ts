import type { LocalizedText } from '#src/lib/localized-text.ts'

/*
 * The working detail of the demo projects (tasks, milestones, deliverables, meetings, risks).
 * The seeds give the projects' facts and work packages (src/modules/projects/demo-projects.ts); the
 * rest is invented to look like a real consortium's plan, with dates inside each project.
 * ALLIANCE's budget shares and lump sums add up exactly to the published EUR 399,542.28.
 */

export type DemoWp = {
  lead: string
  start: string
  end: string
  lumpSum: string | null
  completion: number
  sq?: string
}
export type DemoTask = {
  wp: number
  owner: string
  title: string
  due: string
  status?: 'doing' | 'blocked'
}
export type DemoMilestone = {
  code: string
  wp: number | null
  title: LocalizedText
  due: string
  verification: string
}
export type DemoDeliverable = {
  code: string
  wp: number
  title: LocalizedText
  type: 'R' | 'DEC' | 'DATA' | 'DEM' | 'OTHER'
  level: 'PU' | 'SEN'
  due: string
  status: 'planned' | 'drafting' | 'in_review' | 'submitted' | 'accepted'
  lead: string
  isPublic: boolean
  draftNote?: string
  resultUrl?: string
  /** Reviews of the current round: organisation slug → verdict. */
  reviews?: [string, 'approve' | 'changes', string][]
}
export type DemoMeeting = {
  title: string
  startsAt: string
  location: string
  onlineUrl?: string
  agenda: string
  minutes: string
  attendees: [org: string, name: string][]
  decisions: { text: string; owner?: string; due?: string; wp?: number }[]
}
export type DemoRisk = {
  description: string
  likelihood: number
  impact: number
  mitigation: string
  owner: string
  status: 'open' | 'mitigated' | 'closed'
}

export type DemoPlan = {
  budgetShares: Record<string, string>
  workPackages: DemoWp[]
  tasks: DemoTask[]
  milestones: DemoMilestone[]
  deliverables: DemoDeliverable[]
  meetings: DemoMeeting[]
  risks: DemoRisk[]
}

export const ALLIANCE_PLAN: DemoPlan = {
  budgetShares: {
    'kesk-thessaloniki': '87542.28',
    'kdvm-ermis-larisa': '38000.00',
    'bruecke-europa-koeln': '44000.00',
    'hogeschool-leie-schelde': '42000.00',
    'beqir-cela-durres': '40000.00',
    'drini-shkoder': '37000.00',
    'shkumbini-elbasan': '37000.00',
    'lumbardhi-prizren': '37000.00',
    'nerodimja-ferizaj': '37000.00',
  },
  workPackages: [
    {
      lead: 'kesk-thessaloniki',
      start: '2025-01-01',
      end: '2027-12-31',
      lumpSum: '60000.00',
      completion: 60,
      sq: 'Menaxhimi dhe koordinimi i projektit',
    },
    {
      lead: 'hogeschool-leie-schelde',
      start: '2025-01-01',
      end: '2025-09-30',
      lumpSum: '55000.00',
      completion: 100,
      sq: 'Faza përgatitore dhe identifikimi i gjendjes aktuale',
    },
    {
      lead: 'bruecke-europa-koeln',
      start: '2025-06-01',
      end: '2026-12-31',
      lumpSum: '120000.00',
      completion: 55,
      sq: 'Ngritja e kapaciteteve për projektet e BE-së dhe bashkëpunimin ndërkombëtar',
    },
    {
      lead: 'beqir-cela-durres',
      start: '2026-01-01',
      end: '2027-10-31',
      lumpSum: '110000.00',
      completion: 25,
      sq: 'Funksionimi pilot i Zyrave Ndërkombëtare',
    },
    {
      lead: 'kdvm-ermis-larisa',
      start: '2025-01-01',
      end: '2027-12-31',
      lumpSum: '54542.28',
      completion: 45,
      sq: 'Aktivitetet e shpërndarjes dhe shfrytëzimit',
    },
  ],
  tasks: [
    {
      wp: 1,
      owner: 'kesk-thessaloniki',
      title: 'Organise the kick-off meeting in Thessaloniki',
      due: '2025-02-12',
    },
    {
      wp: 1,
      owner: 'kesk-thessaloniki',
      title: 'Sign the partnership agreements with all partners',
      due: '2025-03-31',
    },
    {
      wp: 1,
      owner: 'beqir-cela-durres',
      title: 'Send staff timesheets for the first reporting period',
      due: '2026-12-15',
    },
    {
      wp: 1,
      owner: 'drini-shkoder',
      title: 'Send staff timesheets for the first reporting period',
      due: '2026-12-15',
    },
    {
      wp: 1,
      owner: 'lumbardhi-prizren',
      title: 'Send staff timesheets for the first reporting period',
      due: '2026-12-15',
      status: 'doing',
    },
    {
      wp: 1,
      owner: 'kesk-thessaloniki',
      title: 'Prepare the interim report to EACEA',
      due: '2027-01-31',
    },
    {
      wp: 2,
      owner: 'beqir-cela-durres',
      title: 'Run the staff survey on internationalisation',
      due: '2025-05-31',
    },
    {
      wp: 2,
      owner: 'lumbardhi-prizren',
      title: 'Hold focus groups with school management',
      due: '2025-06-30',
    },
    {
      wp: 2,
      owner: 'drini-shkoder',
      title: 'Write the state-of-play chapter for Albania',
      due: '2025-07-31',
    },
    {
      wp: 2,
      owner: 'nerodimja-ferizaj',
      title: 'Write the state-of-play chapter for Kosovo',
      due: '2025-07-31',
    },
    {
      wp: 3,
      owner: 'bruecke-europa-koeln',
      title: 'Draft module 1: managing EU projects',
      due: '2025-11-30',
    },
    {
      wp: 3,
      owner: 'hogeschool-leie-schelde',
      title: 'Draft module 2: managing learner and staff mobility',
      due: '2026-01-31',
    },
    {
      wp: 3,
      owner: 'beqir-cela-durres',
      title: 'Select ten staff members for the training',
      due: '2026-02-15',
    },
    {
      wp: 3,
      owner: 'shkumbini-elbasan',
      title: 'Translate the curriculum into Albanian',
      due: '2026-12-20',
      status: 'doing',
    },
    {
      wp: 3,
      owner: 'bruecke-europa-koeln',
      title: 'Host the study visit in Cologne',
      due: '2027-02-15',
    },
    {
      wp: 4,
      owner: 'beqir-cela-durres',
      title: 'Equip the International Office room',
      due: '2026-03-15',
    },
    {
      wp: 4,
      owner: 'lumbardhi-prizren',
      title: 'Equip the International Office room',
      due: '2026-12-10',
      status: 'blocked',
    },
    {
      wp: 4,
      owner: 'drini-shkoder',
      title: 'Appoint the International Office coordinator',
      due: '2026-02-28',
    },
    {
      wp: 4,
      owner: 'nerodimja-ferizaj',
      title: 'Publish the Info Day programme',
      due: '2027-01-20',
    },
    {
      wp: 4,
      owner: 'beqir-cela-durres',
      title: 'Hold the first Info Day on mobility for learners',
      due: '2027-01-25',
    },
    {
      wp: 5,
      owner: 'beqir-cela-durres',
      title: 'Present ALLIANCE at Erasmus Day 2025, Europe House Tirana',
      due: '2025-10-16',
    },
    {
      wp: 5,
      owner: 'beqir-cela-durres',
      title: 'Present ALLIANCE at the National Skills Competitions',
      due: '2025-11-14',
    },
    {
      wp: 5,
      owner: 'beqir-cela-durres',
      title: 'Present ALLIANCE at the National Week of Professional Internships',
      due: '2025-11-18',
    },
    {
      wp: 5,
      owner: 'kdvm-ermis-larisa',
      title: 'Publish the autumn 2025 news item in English and Albanian',
      due: '2025-11-30',
    },
    {
      wp: 5,
      owner: 'kdvm-ermis-larisa',
      title: 'Post the monthly update on the LinkedIn page',
      due: '2026-12-05',
      status: 'doing',
    },
  ],
  milestones: [
    {
      code: 'MS1',
      wp: 1,
      title: { en: 'Kick-off meeting held', sq: 'Takimi nisës u mbajt' },
      due: '2025-02-28',
      verification: 'Minutes and attendance list',
    },
    {
      code: 'MS2',
      wp: 2,
      title: { en: 'State-of-play report approved', sq: 'Raporti i gjendjes aktuale u miratua' },
      due: '2025-09-30',
      verification: 'D2.1 accepted by the consortium',
    },
    {
      code: 'MS3',
      wp: 4,
      title: {
        en: 'International Offices open in all five schools',
        sq: 'Zyrat Ndërkombëtare të hapura në të pesë shkollat',
      },
      due: '2026-03-31',
      verification: 'Photos and appointment letters',
    },
    {
      code: 'MS4',
      wp: 3,
      title: {
        en: 'Training programme completed by 50 staff',
        sq: 'Programi i trajnimit i përfunduar nga 50 anëtarë të stafit',
      },
      due: '2026-12-31',
      verification: 'Certificates of attendance',
    },
    {
      code: 'MS5',
      wp: 5,
      title: { en: 'Final conference held', sq: 'Konferenca përmbyllëse u mbajt' },
      due: '2027-11-30',
      verification: 'Programme and attendance list',
    },
  ],
  deliverables: [
    {
      code: 'D1.1',
      wp: 1,
      title: {
        en: 'Project handbook and quality plan',
        sq: 'Manuali i projektit dhe plani i cilësisë',
      },
      type: 'R',
      level: 'SEN',
      due: '2025-03-31',
      status: 'accepted',
      lead: 'kesk-thessaloniki',
      isPublic: false,
    },
    {
      code: 'D1.2',
      wp: 1,
      title: { en: 'Interim progress report', sq: 'Raporti i ndërmjetëm i progresit' },
      type: 'R',
      level: 'SEN',
      due: '2027-01-31',
      status: 'planned',
      lead: 'kesk-thessaloniki',
      isPublic: false,
    },
    {
      code: 'D2.1',
      wp: 2,
      title: {
        en: 'State of play of VET internationalisation in Albania and Kosovo',
        sq: 'Gjendja e ndërkombëtarizimit të AFP-së në Shqipëri dhe Kosovë',
      },
      type: 'R',
      level: 'PU',
      due: '2025-09-30',
      status: 'accepted',
      lead: 'hogeschool-leie-schelde',
      isPublic: true,
    },
    {
      code: 'D3.1',
      wp: 3,
      title: { en: 'Capacity-building curriculum', sq: 'Kurrikula e ngritjes së kapaciteteve' },
      type: 'R',
      level: 'PU',
      due: '2026-02-28',
      status: 'in_review',
      lead: 'bruecke-europa-koeln',
      isPublic: true,
      draftNote:
        'Draft 2: six modules, with the partners’ comments from the Cologne workshop. File: ALLIANCE_D3.1_curriculum_v2.docx in the project library.',
      reviews: [
        ['kesk-thessaloniki', 'approve', 'Clear structure; fine to submit.'],
        ['drini-shkoder', 'approve', ''],
      ],
    },
    {
      code: 'D3.2',
      wp: 3,
      title: {
        en: 'Multilingual e-learning platform',
        sq: 'Platforma shumëgjuhëshe e mësimit në distancë',
      },
      type: 'DEC',
      level: 'PU',
      due: '2026-09-30',
      status: 'drafting',
      lead: 'bruecke-europa-koeln',
      isPublic: true,
      draftNote:
        'Test site is up; Albanian and Serbian translations of module 1 and 2 are missing.',
    },
    {
      code: 'D4.1',
      wp: 4,
      title: {
        en: 'Operating protocols of the International Offices',
        sq: 'Protokollet e funksionimit të Zyrave Ndërkombëtare',
      },
      type: 'R',
      level: 'PU',
      due: '2026-04-30',
      status: 'drafting',
      lead: 'beqir-cela-durres',
      isPublic: true,
      draftNote:
        'First draft written with Lumbardhi; the mobility procedure still needs the partners’ input.',
    },
    {
      code: 'D4.2',
      wp: 4,
      title: {
        en: 'KPI and reporting toolkit for the International Offices',
        sq: 'Paketa e treguesve dhe e raportimit për Zyrat Ndërkombëtare',
      },
      type: 'R',
      level: 'PU',
      due: '2027-06-30',
      status: 'planned',
      lead: 'lumbardhi-prizren',
      isPublic: true,
    },
    {
      code: 'D5.1',
      wp: 5,
      title: {
        en: 'Dissemination and exploitation plan',
        sq: 'Plani i shpërndarjes dhe shfrytëzimit',
      },
      type: 'R',
      level: 'PU',
      due: '2025-04-30',
      status: 'accepted',
      lead: 'kdvm-ermis-larisa',
      isPublic: true,
    },
    {
      code: 'D5.2',
      wp: 5,
      title: {
        en: 'Project website and social media',
        sq: 'Faqja e internetit dhe rrjetet sociale të projektit',
      },
      type: 'DEC',
      level: 'PU',
      due: '2025-03-31',
      status: 'accepted',
      lead: 'kdvm-ermis-larisa',
      isPublic: true,
      resultUrl: 'https://allianceproject-eu.com/',
    },
  ],
  meetings: [
    {
      title: 'Kick-off meeting',
      startsAt: '2025-02-12T08:00:00Z',
      location: 'Thessaloniki',
      agenda:
        '1. Welcome and introductions\n2. Work plan and work packages\n3. Financial rules of the lump-sum grant\n4. Quality and dissemination plans\n5. Next steps',
      minutes:
        'All nine partners took part (five in person). The work plan was confirmed. Partners agreed to send the state-of-play data by the end of July.',
      attendees: [
        ['kesk-thessaloniki', 'Ελένη Κωνσταντίνου'],
        ['beqir-cela-durres', 'Elira Hoxha'],
        ['lumbardhi-prizren', 'Arta Krasniqi'],
        ['bruecke-europa-koeln', 'Katrin Schäfer'],
        ['hogeschool-leie-schelde', 'Lotte Vermeulen'],
      ],
      decisions: [
        {
          text: 'Each school appoints a contact person for the International Office by the end of March',
          owner: 'beqir-cela-durres',
          due: '2025-03-31',
          wp: 4,
        },
        { text: 'The quality plan is circulated for comments before it is submitted' },
      ],
    },
    {
      title: 'Steering committee (online)',
      startsAt: '2026-10-01T12:00:00Z',
      location: '',
      onlineUrl: 'https://meet.example.org/alliance-sc',
      agenda: '1. Progress of WP3 and WP4\n2. Review of D3.1\n3. Interim report timetable',
      minutes:
        'D3.1 goes to review in October. The interim report is due at the end of January 2027.',
      attendees: [
        ['kesk-thessaloniki', 'Ελένη Κωνσταντίνου'],
        ['beqir-cela-durres', 'Elira Hoxha'],
        ['hogeschool-leie-schelde', 'Lotte Vermeulen'],
        ['drini-shkoder', 'Ornela Kraja'],
      ],
      decisions: [
        {
          text: 'Partners send their timesheets for the first reporting period by 15 December',
          owner: 'shkumbini-elbasan',
          due: '2026-12-15',
          wp: 1,
        },
      ],
    },
    {
      title: 'Transnational meeting in Durrës',
      startsAt: '2027-03-17T08:30:00Z',
      location: '“Beqir Çela” Vocational School, Durrës',
      agenda:
        '1. Visit of the International Office\n2. Pilot results so far\n3. Planning of the final conference',
      minutes: '',
      attendees: [],
      decisions: [],
    },
  ],
  risks: [
    {
      description: 'Trained staff leave the partner schools',
      likelihood: 3,
      impact: 4,
      mitigation: 'Train two people per school and write the procedures down in D4.1.',
      owner: 'kesk-thessaloniki',
      status: 'open',
    },
    {
      description: 'Delays in equipping the International Office rooms',
      likelihood: 3,
      impact: 3,
      mitigation: 'Order equipment early; use a shared room in the meantime.',
      owner: 'beqir-cela-durres',
      status: 'open',
    },
    {
      description: 'Low participation of staff in the online training',
      likelihood: 2,
      impact: 4,
      mitigation:
        'Schedule sessions outside teaching hours and count them as professional development.',
      owner: 'bruecke-europa-koeln',
      status: 'mitigated',
    },
    {
      description: 'Exchange-rate losses on local costs in Albanian lek',
      likelihood: 2,
      impact: 2,
      mitigation: 'Record the rate of each expense and keep a small reserve in WP1.',
      owner: 'kesk-thessaloniki',
      status: 'open',
    },
  ],
}

const done = (wp: number, owner: string, title: string, due: string): DemoTask => ({
  wp,
  owner,
  title,
  due,
})

/** V2V: its four lots as the seed names them; its outputs are the services the seed lists. */
export const V2V_PLAN: DemoPlan = {
  budgetShares: {},
  workPackages: [
    {
      lead: 'apro-formazione-alba',
      start: '2020-11-01',
      end: '2023-10-31',
      lumpSum: null,
      completion: 100,
    },
    {
      lead: 'roc-lek-ijssel',
      start: '2021-03-01',
      end: '2023-09-30',
      lumpSum: null,
      completion: 100,
    },
    {
      lead: 'jarvi-suomen-ammattiopisto',
      start: '2022-01-01',
      end: '2023-06-30',
      lumpSum: null,
      completion: 100,
    },
    {
      lead: 'solski-center-savinja',
      start: '2020-11-01',
      end: '2023-10-31',
      lumpSum: null,
      completion: 100,
    },
  ],
  tasks: [
    done(1, 'onogost-niksic', 'Fill in the capacity building checklist', '2021-02-28'),
    done(1, 'apro-formazione-alba', 'Host the staff visit from Nikšić', '2022-04-30'),
    done(2, 'roc-lek-ijssel', 'Organise the mid-term conference', '2022-05-31'),
    done(3, 'drini-bardhe-peje', 'Select learners for the pilot mobility', '2022-02-28'),
    done(3, 'jarvi-suomen-ammattiopisto', 'Host the pilot student mobility', '2022-10-31'),
    done(4, 'solski-center-savinja', 'Launch the on-line community of practice', '2021-09-30'),
  ],
  milestones: [
    {
      code: 'MS1',
      wp: 1,
      title: { en: 'Twinning pairs agreed' },
      due: '2021-01-31',
      verification: 'Signed twinning plans',
    },
    {
      code: 'MS2',
      wp: 3,
      title: { en: 'Pilot student mobilities completed' },
      due: '2023-06-30',
      verification: 'Europass Mobility documents',
    },
    {
      code: 'MS3',
      wp: 2,
      title: { en: 'Final conference held' },
      due: '2023-09-30',
      verification: 'Programme and attendance list',
    },
  ],
  deliverables: [
    {
      code: 'D1.1',
      wp: 1,
      title: { en: 'Capacity building checklist' },
      type: 'R',
      level: 'PU',
      due: '2021-02-28',
      status: 'accepted',
      lead: 'apro-formazione-alba',
      isPublic: true,
    },
    {
      code: 'D1.2',
      wp: 1,
      title: { en: 'Staff visits catalogue' },
      type: 'R',
      level: 'PU',
      due: '2022-06-30',
      status: 'accepted',
      lead: 'apro-formazione-alba',
      isPublic: true,
    },
    {
      code: 'D2.1',
      wp: 2,
      title: { en: 'Best practice catalogue' },
      type: 'R',
      level: 'PU',
      due: '2023-09-30',
      status: 'accepted',
      lead: 'roc-lek-ijssel',
      isPublic: true,
    },
    {
      code: 'D3.1',
      wp: 3,
      title: { en: 'Modular mobility process' },
      type: 'R',
      level: 'PU',
      due: '2023-06-30',
      status: 'accepted',
      lead: 'jarvi-suomen-ammattiopisto',
      isPublic: true,
    },
    {
      code: 'D4.1',
      wp: 4,
      title: { en: 'On-line course database' },
      type: 'DEC',
      level: 'PU',
      due: '2021-12-31',
      status: 'accepted',
      lead: 'solski-center-savinja',
      isPublic: true,
    },
    {
      code: 'D4.2',
      wp: 4,
      title: { en: 'On-line communities of practice' },
      type: 'DEC',
      level: 'PU',
      due: '2021-09-30',
      status: 'accepted',
      lead: 'solski-center-savinja',
      isPublic: true,
    },
    {
      code: 'D4.3',
      wp: 4,
      title: { en: 'International network of VET providers' },
      type: 'OTHER',
      level: 'PU',
      due: '2023-10-31',
      status: 'accepted',
      lead: 'strukovna-skola-kvarner',
      isPublic: true,
    },
  ],
  meetings: [
    {
      title: 'Kick-off meeting (online)',
      startsAt: '2020-11-19T09:00:00Z',
      location: '',
      onlineUrl: 'https://meet.example.org/v2v-kickoff',
      agenda: '1. Partners and twinning pairs\n2. The four lots\n3. Needs analysis',
      minutes: 'Held online because of the pandemic. The five twinning pairs were confirmed.',
      attendees: [
        ['apro-formazione-alba', 'Giulia Gallo'],
        ['roc-lek-ijssel', 'Sanne Bakker'],
        ['onogost-niksic', 'School coordinator'],
      ],
      decisions: [
        {
          text: 'Each Western Balkan school fills in the capacity building checklist',
          owner: 'onogost-niksic',
          due: '2021-02-28',
          wp: 1,
        },
      ],
    },
  ],
  risks: [
    {
      description: 'Travel restrictions delay staff mobility',
      likelihood: 4,
      impact: 4,
      mitigation: 'Start with virtual visits; move physical visits to 2022.',
      owner: 'apro-formazione-alba',
      status: 'closed',
    },
  ],
}

/** Connected through Mobility: the seed's three areas as work packages; partners are not named. */
export const CTM_PLAN: DemoPlan = {
  budgetShares: {},
  workPackages: [
    {
      lead: 'solski-center-savinja',
      start: '2021-02-01',
      end: '2024-01-31',
      lumpSum: null,
      completion: 100,
    },
    {
      lead: 'shkumbini-elbasan',
      start: '2021-06-01',
      end: '2023-12-31',
      lumpSum: null,
      completion: 100,
    },
    {
      lead: 'solana-tuzla',
      start: '2021-06-01',
      end: '2023-12-31',
      lumpSum: null,
      completion: 100,
    },
  ],
  tasks: [
    done(1, 'drini-bardhe-peje', 'Run the campaign on the image of VET', '2022-03-31'),
    done(2, 'shkumbini-elbasan', 'Send five teachers on job shadowing', '2022-11-30'),
    done(3, 'solana-tuzla', 'Sign cooperation agreements with three companies', '2023-05-31'),
  ],
  milestones: [
    {
      code: 'MS1',
      wp: 2,
      title: { en: 'First VET mobilities completed' },
      due: '2022-12-31',
      verification: 'Participant reports',
    },
  ],
  deliverables: [
    {
      code: 'D1.1',
      wp: 1,
      title: { en: 'Awareness campaign on vocational education' },
      type: 'DEC',
      level: 'PU',
      due: '2022-03-31',
      status: 'accepted',
      lead: 'drini-bardhe-peje',
      isPublic: true,
    },
    {
      code: 'D3.1',
      wp: 3,
      title: { en: 'Guide to school–company cooperation' },
      type: 'R',
      level: 'PU',
      due: '2023-06-30',
      status: 'accepted',
      lead: 'solana-tuzla',
      isPublic: true,
    },
  ],
  meetings: [],
  risks: [],
}

export const CTM_PARTNERS = [
  { org: 'solski-center-savinja', role: 'coordinator' as const },
  { org: 'shkumbini-elbasan', role: 'partner' as const },
  { org: 'solana-tuzla', role: 'partner' as const },
  { org: 'drini-bardhe-peje', role: 'partner' as const },
  { org: 'onogost-niksic', role: 'partner' as const },
]

export const CTM_AREAS: LocalizedText[] = [
  { en: 'Social perceptions and the image of VET' },
  { en: 'Quality of vocational education' },
  { en: 'Relevance of VET to the labour market' },
]
