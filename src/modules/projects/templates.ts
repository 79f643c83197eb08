import { addDays, addMonths } from '#src/lib/dates.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import type { TemplateKey } from './inputs.ts'

/*
 * Starting points for Erasmus+ VET projects. Every template has work packages for management,
 * quality and dissemination, which every Erasmus+ application asks for, plus the ones typical of
 * the action:
 * - CB-VET (capacity building in VET, lump sum per work package, 12–36 months): needs analysis,
 *   staff capacity building, then piloting and transfer, as in ALLIANCE's WP2–WP4;
 * - KA220-VET (cooperation partnership, 12–36 months): developing the results, then testing them
 *   with learners and staff;
 * - KA210-VET (small-scale partnership, 6–24 months): one package for the joint activities, since
 *   the form asks for activities rather than many work packages.
 * A few first deliverables (handbook, quality plan, dissemination plan) come with them. Dates are
 * fractions of the project's duration; everything is an ordinary row, ready to edit.
 */

type Span = [from: number, to: number]
type TemplateWp = { title: LocalizedText; span: Span; isLumpSum: boolean }
type TemplateDeliverable = { wp: number; title: LocalizedText; month: number }
export type ProjectTemplate = {
  action: string
  defaultMonths: number
  workPackages: TemplateWp[]
  deliverables: TemplateDeliverable[]
}

const t = (en: string, sq: string, srLatn: string, mk: string): LocalizedText => ({
  en,
  sq,
  'sr-Latn': srLatn,
  mk,
})

const MANAGEMENT = t(
  'Project management and coordination',
  'Menaxhimi dhe koordinimi i projektit',
  'Upravljanje projektom i koordinacija',
  'Управување и координација на проектот',
)
const QUALITY = t(
  'Quality assurance, monitoring and evaluation',
  'Sigurimi i cilësisë, monitorimi dhe vlerësimi',
  'Osiguranje kvaliteta, praćenje i evaluacija',
  'Обезбедување квалитет, следење и евалуација',
)
const DISSEMINATION = t(
  'Dissemination, exploitation and sustainability',
  'Shpërndarja, shfrytëzimi dhe qëndrueshmëria',
  'Diseminacija, korišćenje rezultata i održivost',
  'Дисеминација, искористување и одржливост',
)
const HANDBOOK = t(
  'Project handbook',
  'Manuali i projektit',
  'Priručnik projekta',
  'Прирачник на проектот',
)
const QUALITY_PLAN = t(
  'Quality assurance plan',
  'Plani i sigurimit të cilësisë',
  'Plan osiguranja kvaliteta',
  'План за обезбедување квалитет',
)
const DISSEMINATION_PLAN = t(
  'Dissemination and exploitation plan',
  'Plani i shpërndarjes dhe shfrytëzimit',
  'Plan diseminacije i korišćenja rezultata',
  'План за дисеминација и искористување',
)
const WHOLE: Span = [0, 1]
const FIRST_DELIVERABLES = (lastWp: number): TemplateDeliverable[] => [
  { wp: 1, title: HANDBOOK, month: 3 },
  { wp: 2, title: QUALITY_PLAN, month: 3 },
  { wp: lastWp, title: DISSEMINATION_PLAN, month: 4 },
]

export const TEMPLATES: Record<TemplateKey, ProjectTemplate> = {
  'cb-vet': {
    action: 'ERASMUS-EDU-CB-VET',
    defaultMonths: 36,
    workPackages: [
      { title: MANAGEMENT, span: WHOLE, isLumpSum: true },
      { title: QUALITY, span: WHOLE, isLumpSum: true },
      {
        title: t(
          'Needs analysis and state of play',
          'Analiza e nevojave dhe gjendja aktuale',
          'Analiza potreba i postojećeg stanja',
          'Анализа на потребите и на постојната состојба',
        ),
        span: [0, 0.25],
        isLumpSum: true,
      },
      {
        title: t(
          'Capacity building and staff training',
          'Ngritja e kapaciteteve dhe trajnimi i stafit',
          'Jačanje kapaciteta i obuka osoblja',
          'Градење капацитети и обука на кадарот',
        ),
        span: [0.2, 0.75],
        isLumpSum: true,
      },
      {
        title: t(
          'Piloting and transfer of results',
          'Pilotimi dhe transferimi i rezultateve',
          'Pilotiranje i prenos rezultata',
          'Пилотирање и пренос на резултатите',
        ),
        span: [0.5, 1],
        isLumpSum: true,
      },
      { title: DISSEMINATION, span: WHOLE, isLumpSum: true },
    ],
    deliverables: FIRST_DELIVERABLES(6),
  },
  'ka220-vet': {
    action: 'KA220-VET',
    defaultMonths: 24,
    workPackages: [
      { title: MANAGEMENT, span: WHOLE, isLumpSum: true },
      { title: QUALITY, span: WHOLE, isLumpSum: true },
      {
        title: t(
          'Development of the results',
          'Zhvillimi i rezultateve',
          'Razvoj rezultata',
          'Развој на резултатите',
        ),
        span: [0.1, 0.6],
        isLumpSum: true,
      },
      {
        title: t(
          'Testing with learners and staff',
          'Testimi me nxënësit dhe stafin',
          'Testiranje sa učenicima i osobljem',
          'Тестирање со учениците и кадарот',
        ),
        span: [0.5, 0.9],
        isLumpSum: true,
      },
      { title: DISSEMINATION, span: WHOLE, isLumpSum: true },
    ],
    deliverables: FIRST_DELIVERABLES(5),
  },
  'ka210-vet': {
    action: 'KA210-VET',
    defaultMonths: 12,
    workPackages: [
      { title: MANAGEMENT, span: WHOLE, isLumpSum: true },
      { title: QUALITY, span: WHOLE, isLumpSum: true },
      {
        title: t(
          'Joint activities and exchanges',
          'Aktivitetet e përbashkëta dhe shkëmbimet',
          'Zajedničke aktivnosti i razmene',
          'Заеднички активности и размени',
        ),
        span: [0.1, 0.9],
        isLumpSum: true,
      },
      { title: DISSEMINATION, span: WHOLE, isLumpSum: true },
    ],
    deliverables: FIRST_DELIVERABLES(4),
  },
}

/** Whole months between two dates (inclusive end), at least 1. */
export function monthsBetween(start: string, end: string): number {
  const [y1, m1, d1] = start.split('-').map(Number) as [number, number, number]
  const [y2, m2, d2] = end.split('-').map(Number) as [number, number, number]
  return Math.max(1, (y2 - y1) * 12 + (m2 - m1) + (d2 >= d1 - 1 ? 1 : 0))
}

/** The template's rows for a project running from `start` to `end` (dates optional). */
export function planFromTemplate(key: TemplateKey, start: string | null, end: string | null) {
  const tpl = TEMPLATES[key]
  const months = start && end ? monthsBetween(start, end) : tpl.defaultMonths
  const at = (fraction: number) => Math.round(fraction * months)
  const workPackages = tpl.workPackages.map((wp, i) => ({
    number: i + 1,
    code: `WP${i + 1}`,
    title: wp.title,
    isLumpSum: wp.isLumpSum,
    startDate: start ? addMonths(start, at(wp.span[0])) : null,
    endDate: start ? addDays(addMonths(start, at(wp.span[1])), -1) : null,
  }))
  const counters = new Map<number, number>()
  const deliverables = tpl.deliverables.map((d) => {
    const n = (counters.get(d.wp) ?? 0) + 1
    counters.set(d.wp, n)
    return {
      wp: d.wp,
      code: `D${d.wp}.${n}`,
      title: d.title,
      dueDate: start ? addDays(addMonths(start, d.month), -1) : null,
    }
  })
  const callYear = start ? Number(start.slice(0, 4)) - 1 : null
  const action = key === 'cb-vet' && callYear ? `ERASMUS-EDU-${callYear}-CB-VET` : tpl.action
  return { action, workPackages, deliverables }
}
