import type { DbOrTx } from '#src/db/client.ts'
import { addDays, dateIn } from '#src/lib/dates.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { coursesBySlug } from '../learning/index.ts'
import {
  type CatalogueStatus,
  type CourseMode,
  type CourseTopic,
  catalogueEntries,
  catalogueReviews,
} from './schema.ts'

export type CatalogueDemoIds = {
  orgIds: Map<string, string>
  userIds: Map<string, string>
  now: Date
}

type DemoEntry = {
  /** The school that submitted it. */
  by: string
  /** A Ura organisation's slug, or an outside provider's name and country. */
  provider: string | { name: string; country: string }
  title: LocalizedText
  description: LocalizedText
  topics: CourseTopic[]
  isced: string
  eqf?: number
  languages: string[]
  /** Days from today to the first and last day; none when self-paced. */
  days?: [number, number]
  fee: string | null
  mode: CourseMode
  city?: string
  country?: string
  capacity?: number
  url?: string
  course?: string
  status: CatalogueStatus
  reason?: string
}

/** Training offers from real-sounding providers across AL, XK, MK, IT, DE, AT and SI. */
const ENTRIES: DemoEntry[] = [
  {
    by: 'beqir-cela-durres',
    provider: 'beqir-cela-durres',
    title: {
      en: 'Running an International Office (Ura course)',
      sq: 'Drejtimi i një Zyre Ndërkombëtare (kurs në Ura)',
      'sr-Latn': 'Vođenje Međunarodne kancelarije (kurs na Uri)',
      mk: 'Водење на Канцеларија за меѓународна соработка (курс на Ура)',
    },
    description: {
      en: 'The ALLIANCE curriculum’s first course: partners, projects and mobility in order, at your own pace.',
      sq: 'Kursi i parë i kurrikulës ALLIANCE: partnerët, projektet dhe mobiliteti në rregull, me ritmin tuaj.',
    },
    topics: ['mobility_management', 'project_management'],
    isced: '01',
    eqf: 5,
    languages: ['sq', 'en', 'sr', 'mk'],
    fee: '0.00',
    mode: 'online',
    course: 'international-office',
    status: 'approved',
  },
  {
    by: 'drini-shkoder',
    provider: { name: 'Accademia Europea di Firenze', country: 'IT' },
    title: {
      en: 'Project-based learning in the VET classroom',
      sq: 'Të nxënit me projekte në klasën e arsimit profesional',
      'sr-Latn': 'Projektna nastava u stručnom obrazovanju',
    },
    description: {
      en: 'Five days in Florence: planning, running and assessing learners’ projects with local companies. Includes two school visits.',
      sq: 'Pesë ditë në Firence: planifikimi, zhvillimi dhe vlerësimi i projekteve të nxënësve me kompani vendase. Përfshin dy vizita në shkolla.',
    },
    topics: ['teaching_methods', 'work_based_learning'],
    isced: '01',
    eqf: 6,
    languages: ['en', 'it'],
    days: [45, 49],
    fee: '480.00',
    mode: 'on_site',
    city: 'Firenze',
    country: 'IT',
    capacity: 20,
    url: 'https://example.org/firenze/pbl-vet',
    status: 'approved',
  },
  {
    by: 'bruecke-europa-koeln',
    provider: 'bruecke-europa-koeln',
    title: {
      en: 'Dual training: how German companies train apprentices',
      sq: 'Formimi dual: si i formojnë kompanitë gjermane nxënësit praktikantë',
      'sr-Latn': 'Dualno obrazovanje: kako nemačke firme obučavaju učenike',
      mk: 'Дуално образование: како германските компании ги обучуваат учениците',
    },
    description: {
      en: 'Ten days in Cologne with in-company trainers, a chamber of crafts and a vocational school.',
    },
    topics: ['work_based_learning', 'quality'],
    isced: '07',
    eqf: 5,
    languages: ['de', 'en'],
    days: [70, 79],
    fee: '700.00',
    mode: 'on_site',
    city: 'Köln',
    country: 'DE',
    capacity: 16,
    url: 'https://example.org/koeln/dual-training',
    status: 'approved',
  },
  {
    by: 'lumbardhi-prizren',
    provider: { name: 'WIFI Steiermark', country: 'AT' },
    title: {
      en: 'Green skills for tourism and hospitality teachers',
      sq: 'Aftësi të gjelbra për mësuesit e turizmit dhe hotelerisë',
    },
    description: {
      en: 'Three days online, then three days in Graz: energy, waste and local food in hotel and restaurant training.',
    },
    topics: ['green', 'teaching_methods'],
    isced: '10',
    eqf: 4,
    languages: ['de', 'en'],
    days: [30, 37],
    fee: '390.00',
    mode: 'blended',
    city: 'Graz',
    country: 'AT',
    capacity: 24,
    url: 'https://example.org/graz/green-tourism',
    status: 'approved',
  },
  {
    by: 'beqir-cela-durres',
    provider: 'solski-center-savinja',
    title: {
      en: 'Work-based learning in Slovenian VET schools',
      sq: 'Të nxënit në punë në shkollat profesionale sllovene',
      'sr-Latn': 'Učenje kroz rad u slovenačkim stručnim školama',
      mk: 'Учење преку работа во словенечките стручни училишта',
    },
    description: {
      en: 'A week at Šolski center Savinja: how the school and its companies share the training of learners.',
    },
    topics: ['work_based_learning', 'leadership'],
    isced: '07',
    languages: ['en', 'sl'],
    days: [100, 104],
    fee: '300.00',
    mode: 'on_site',
    city: 'Žalec',
    country: 'SI',
    capacity: 12,
    status: 'approved',
  },
  {
    by: 'lumbardhi-prizren',
    provider: { name: 'Kosovo Education Center', country: 'XK' },
    title: {
      en: 'The inclusive classroom: learners with fewer opportunities',
      sq: 'Klasa gjithëpërfshirëse: nxënësit me mundësi më të pakta',
    },
    description: {
      sq: 'Tri ditë në Prishtinë për mësues dhe koordinatorë: përshtatja e mësimit, mbështetja dhe mobiliteti për të gjithë.',
    },
    topics: ['inclusion'],
    isced: '01',
    languages: ['sq', 'en'],
    days: [20, 22],
    fee: '150.00',
    mode: 'on_site',
    city: 'Prishtinë',
    country: 'XK',
    capacity: 30,
    status: 'approved',
  },
  {
    by: 'pelister-bitola',
    provider: 'pelister-bitola',
    title: {
      en: 'Digital tools for VET teachers (DigCompEdu)',
      mk: 'Дигитални алатки за наставниците во стручното образование (DigCompEdu)',
      sq: 'Mjete digjitale për mësuesit e arsimit profesional (DigCompEdu)',
    },
    description: {
      mk: 'Шест онлајн средби од по два часа: планирање, оценување и безбедност на интернет.',
    },
    topics: ['digital', 'teaching_methods'],
    isced: '06',
    eqf: 5,
    languages: ['mk', 'sq'],
    days: [14, 49],
    fee: '0.00',
    mode: 'online',
    status: 'approved',
  },
  {
    by: 'shkumbini-elbasan',
    provider: { name: 'AKAFPK — Agjencia Kombëtare e Arsimit Profesional', country: 'AL' },
    title: {
      sq: 'Sigurimi i cilësisë në arsimin profesional',
      en: 'Quality assurance in VET',
    },
    description: {
      sq: 'Dy ditë në Tiranë për drejtuesit e shkollave: vetëvlerësimi, treguesit dhe plani i përmirësimit.',
    },
    topics: ['quality', 'leadership'],
    isced: '01',
    languages: ['sq'],
    days: [25, 26],
    fee: '60.00',
    mode: 'on_site',
    city: 'Tiranë',
    country: 'AL',
    capacity: 40,
    status: 'pending',
  },
  {
    by: 'nerodimja-ferizaj',
    provider: { name: 'Grant Success Academy', country: 'DE' },
    title: { en: 'Guaranteed Erasmus+ grants in two days' },
    description: { en: 'Write the winning application with our templates.' },
    topics: ['project_management'],
    isced: '04',
    languages: ['en'],
    days: [40, 41],
    fee: '950.00',
    mode: 'on_site',
    city: 'Berlin',
    country: 'DE',
    url: 'https://example.org/grants-guaranteed',
    status: 'rejected',
    reason:
      'The link leads to a sales page rather than a course description, and no grant can be guaranteed.',
  },
]

/** The course database's demo: nine entries, one pending, one rejected, one reviewed. */
export async function loadCatalogueDemo(db: DbOrTx, ids: CatalogueDemoIds) {
  const today = dateIn(ids.now, 'Europe/Tirane')
  const courses = await coursesBySlug(
    db,
    ENTRIES.flatMap((e) => (e.course ? [e.course] : [])),
  )
  const admin = ids.userIds.get('platform-admin') ?? null
  const org = (slug: string) => {
    const id = ids.orgIds.get(slug)
    if (!id) throw new Error(`catalogue demo: unknown organisation "${slug}"`)
    return id
  }
  const rows = ENTRIES.map((e) => {
    const outside = typeof e.provider === 'string' ? null : e.provider
    return {
      tenantId: org(e.by),
      providerOrgId: typeof e.provider === 'string' ? org(e.provider) : null,
      providerName: outside?.name ?? '',
      providerCountry: outside?.country ?? null,
      title: e.title,
      description: e.description,
      topics: e.topics,
      iscedField: e.isced,
      eqfLevel: e.eqf ?? null,
      languages: e.languages,
      selfPaced: !e.days,
      startsOn: e.days ? addDays(today, e.days[0]) : null,
      endsOn: e.days ? addDays(today, e.days[1]) : null,
      feeEur: e.fee,
      mode: e.mode,
      city: e.city ?? '',
      country: e.country ?? null,
      capacity: e.capacity ?? null,
      url: e.url ?? null,
      courseId: e.course ? (courses.get(e.course)?.id ?? null) : null,
      status: e.status,
      rejectionReason: e.reason ?? '',
      reviewedBy: e.status === 'pending' ? null : admin,
      reviewedAt: e.status === 'pending' ? null : ids.now,
    }
  })
  const inserted = await db.insert(catalogueEntries).values(rows).returning()
  // The Durrës coordinator completed "Running an International Office" (the learning demo).
  const reviewed = inserted.find((r) => r.courseId !== null)
  const reviewer = ids.userIds.get('coordinator')
  if (reviewed && reviewer) {
    await db.insert(catalogueReviews).values({
      tenantId: org('beqir-cela-durres'),
      entryId: reviewed.id,
      userId: reviewer,
      rating: 5,
      text: 'Shumë praktik: lista e kontrollit për marrëveshjet me partnerët na kurseu javë pune.',
    })
  }
}
