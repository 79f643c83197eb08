import type { Db, DbOrTx } from '#src/db/client.ts'
import type { Ctx, Deps } from '#src/lib/context.ts'
import { addDays, dateIn } from '#src/lib/dates.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { listRounds, roundResults } from '../assessment/index.ts'
import { courseChoices } from '../learning/index.ts'
import { taskChoices } from '../projects/index.ts'
import { loadActor } from '../users/index.ts'
import {
  type ActionStatus,
  actionPlanActions,
  actionPlanObjectives,
  actionPlans,
} from './schema.ts'

export type PlansDemoIds = { orgIds: Map<string, string>; userIds: Map<string, string> }

const OBJECTIVES: LocalizedText[] = [
  {
    sq: 'Financim i qëndrueshëm për mobilitetet dhe projektet',
    en: 'Sustainable funding for mobilities and projects',
    'sr-Latn': 'Održivo finansiranje mobilnosti i projekata',
    mk: 'Одржливо финансирање за мобилности и проекти',
  },
  {
    sq: 'Mbrojtja e të miturve gjatë praktikave dhe mobiliteteve',
    en: 'Safeguarding minors during placements and mobilities',
    'sr-Latn': 'Zaštita maloletnika tokom prakse i mobilnosti',
    mk: 'Заштита на малолетниците за време на пракса и мобилности',
  },
  {
    sq: 'Përfshirja e nxënësve me mundësi më të pakta',
    en: 'Including learners with fewer opportunities',
    'sr-Latn': 'Uključivanje učenika sa manje mogućnosti',
    mk: 'Вклучување на учениците со помалку можности',
  },
]

type DemoAction = {
  objective: 0 | 1 | 2
  title: string
  owner: 'coordinator' | 'staff-tourism' | 'staff-ict' | 'director' | null
  /** Days from today. */
  due: number
  status: ActionStatus
  resources: string
  cost: string | null
  indicator: string
  target: string
  evidence?: string
  note?: string
  /** The section whose lowest item the action answers. */
  section?: string
  course?: boolean
  /** Carried out by one of the school's open project tasks. */
  task?: boolean
}

/** The Durrës plan's actions, in Albanian as the coordinator writes; 'staff-tourism' holds six. */
const ACTIONS: DemoAction[] = [
  {
    objective: 0,
    title: 'Hartë e burimeve të financimit për vitin shkollor',
    owner: 'coordinator',
    due: -10,
    status: 'done',
    resources: 'Koordinatori, 2 ditë',
    cost: null,
    indicator: 'Hartë e miratuar nga drejtoria',
    target: 'Miratuar deri në dhjetor',
    evidence: 'Procesverbali i drejtorisë',
    section: 'finance',
  },
  {
    objective: 0,
    title: 'Aplikim KA122-VET për mobilitete të stafit',
    task: true,
    owner: 'staff-tourism',
    due: 60,
    status: 'in_progress',
    resources: 'Ekipi i projekteve',
    cost: '0',
    indicator: 'Aplikim i dorëzuar',
    target: '1 aplikim',
    note: 'Drafti i parë gati.',
  },
  {
    objective: 0,
    title: 'Trajnim për buxhetimin e projekteve Erasmus+',
    owner: 'staff-tourism',
    due: 120,
    status: 'planned',
    resources: 'Trajner i jashtëm, salla e konferencave',
    cost: '450,00',
    indicator: 'Stafi i trajnuar',
    target: '6 anëtarë stafi',
    course: true,
  },
  {
    objective: 1,
    title: 'Politika e mbrojtjes së fëmijëve për praktikat në kompani',
    owner: 'director',
    due: 30,
    status: 'in_progress',
    resources: 'Drejtori, psikologu i shkollës',
    cost: null,
    indicator: 'Politikë e miratuar',
    target: 'Miratuar nga bordi',
    section: 'safeguarding',
  },
  {
    objective: 1,
    title: 'Pëlqimi i prindërve për çdo mobilitet të të miturve',
    owner: 'staff-tourism',
    due: -5,
    status: 'planned',
    resources: 'Formular standard',
    cost: null,
    indicator: 'Mobilitete me pëlqim',
    target: '100%',
  },
  {
    objective: 1,
    title: 'Person kontakti për sigurinë në çdo kompani pritëse',
    owner: 'staff-tourism',
    due: 90,
    status: 'planned',
    resources: 'Marrëveshje me kompanitë',
    cost: null,
    indicator: 'Kompani me person kontakti',
    target: 'Të gjitha kompanitë',
  },
  {
    objective: 2,
    title: 'Fond për shpenzimet e nxënësve me mundësi më të pakta',
    owner: 'coordinator',
    due: 150,
    status: 'planned',
    resources: 'Bashkia e Durrësit',
    cost: '2 000,00',
    indicator: 'Nxënës të mbështetur',
    target: '10 nxënës',
    section: 'inclusion',
  },
  {
    objective: 2,
    title: 'Takime informuese me familjet në lagjet periferike',
    owner: 'staff-tourism',
    due: 45,
    status: 'blocked',
    resources: 'Mësuesit kujdestarë',
    cost: null,
    indicator: 'Takime të mbajtura',
    target: '4 takime',
    note: 'Presim miratimin e bashkisë për sallën.',
  },
  {
    objective: 2,
    title: 'Materiale të përshtatura për nxënësit me nevoja të veçanta',
    owner: 'staff-tourism',
    due: 200,
    status: 'planned',
    resources: '',
    cost: '300,00',
    indicator: 'Materiale të përshtatura',
    target: '3 module',
  },
  {
    objective: 2,
    title: 'Përzgjedhje e drejtë për mobilitetet',
    owner: 'staff-ict',
    due: 75,
    status: 'done',
    resources: 'Komisioni i përzgjedhjes',
    cost: null,
    indicator: 'Kritere të publikuara',
    target: 'Publikuar në faqe',
  },
]

/**
 * At Beqir Çela, Durrës: an active plan answering the closed round 'Vlerësimi 2026', three Erasmus
 * Plan objectives and ten actions from its lowest areas. One owner holds six open actions, so
 * every page shows a warning.
 */
export async function loadPlansDemo(tx: DbOrTx, deps: Deps, ids: PlansDemoIds) {
  const tenantId = ids.orgIds.get('beqir-cela-durres')
  const coordinator = ids.userIds.get('coordinator')
  if (!tenantId || !coordinator) return
  const db = tx as Db
  const ctx: Ctx = {
    ...deps,
    db,
    actor: await loadActor(db, coordinator, tenantId, 'session'),
    requestId: null,
  }
  const round = (await listRounds(ctx)).find((r) => r.title === 'Vlerësimi 2026')
  if (!round) return
  const results = await roundResults(ctx, round.id)
  const courses = await courseChoices(ctx, tenantId)
  const openTask = (await taskChoices(tx, tenantId)).find((task) => task.status !== 'done')
  const today = dateIn(deps.now(), 'Europe/Tirane')
  const [plan] = await tx
    .insert(actionPlans)
    .values({
      tenantId,
      title: 'Plani i veprimit 2026–2027',
      startsOn: addDays(today, -30),
      endsOn: addDays(today, 300),
      status: 'active',
      roundId: round.id,
      createdBy: coordinator,
    })
    .returning()
  const objectives = await tx
    .insert(actionPlanObjectives)
    .values(OBJECTIVES.map((title, position) => ({ tenantId, planId: plan!.id, title, position })))
    .returning()
  const lowest = (sectionKey: string) => {
    const section =
      results.sections.find((s) => s.key === sectionKey) ??
      results.sections.find((s) => s.key === results.priorities[0]?.sectionKey)
    return section?.items[0]
  }
  await tx.insert(actionPlanActions).values(
    ACTIONS.map((a) => {
      const item = a.section ? lowest(a.section) : undefined
      return {
        tenantId,
        planId: plan!.id,
        objectiveId: objectives[a.objective]!.id,
        title: a.title,
        ownerId: a.owner ? (ids.userIds.get(a.owner) ?? null) : null,
        deadline: addDays(today, a.due),
        status: a.status,
        resources: a.resources,
        costEur: a.cost === null ? null : a.cost.replace(/\s/g, '').replace(',', '.'),
        indicator: a.indicator,
        target: a.target,
        evidence: a.evidence ?? '',
        progressNote: a.note ?? '',
        roundId: item ? round.id : null,
        questionKey: item?.key ?? null,
        itemText: item?.question.text ?? null,
        courseId: a.course ? (courses[0]?.id ?? null) : null,
        taskId: a.task ? (openTask?.id ?? null) : null,
      }
    }),
  )
}
