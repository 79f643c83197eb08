import { randomUUID } from 'node:crypto'
import type { DbOrTx } from '#src/db/client.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import {
  ALLIANCE_PLAN,
  CTM_AREAS,
  CTM_PARTNERS,
  CTM_PLAN,
  type DemoPlan,
  V2V_PLAN,
} from './demo-data.ts'
import { DEMO_PROJECTS, type DemoProject } from './demo-projects.ts'
import {
  deliverableReviews,
  deliverables,
  meetingAttendees,
  meetingDecisions,
  meetings,
  milestones,
  projectPartners,
  projects,
  risks,
  tasks,
  workPackages,
} from './schema.ts'
import { projectSearchText } from './values.ts'

export type ProjectsDemoIds = {
  orgIds: Map<string, string>
  userIds: Map<string, string>
  now: Date
}

type Rows = {
  projects: (typeof projects.$inferInsert)[]
  partners: (typeof projectPartners.$inferInsert)[]
  workPackages: (typeof workPackages.$inferInsert)[]
  tasks: (typeof tasks.$inferInsert)[]
  milestones: (typeof milestones.$inferInsert)[]
  deliverables: (typeof deliverables.$inferInsert)[]
  reviews: (typeof deliverableReviews.$inferInsert)[]
  meetings: (typeof meetings.$inferInsert)[]
  attendees: (typeof meetingAttendees.$inferInsert)[]
  decisions: (typeof meetingDecisions.$inferInsert)[]
  risks: (typeof risks.$inferInsert)[]
}

const SETUP: Record<string, { plan: DemoPlan; status: 'running' | 'closed'; isPublic: boolean }> = {
  alliance: { plan: ALLIANCE_PLAN, status: 'running', isPublic: true },
  v2v: { plan: V2V_PLAN, status: 'closed', isPublic: false },
  'connected-through-mobility': { plan: CTM_PLAN, status: 'closed', isPublic: false },
}

function slugOf(p: DemoProject) {
  return p.key
}

/** Adds one seed project with its consortium and plan to `rows`. */
function addProject(rows: Rows, p: DemoProject, ids: ProjectsDemoIds) {
  const setup = SETUP[p.key]
  if (!setup) return
  const org = (slug: string) => {
    const id = ids.orgIds.get(slug)
    if (!id) throw new Error(`projects demo: unknown organisation "${slug}"`)
    return id
  }
  const partners = p.partners.length > 0 ? p.partners : CTM_PARTNERS
  const coordinator = org(partners.find((x) => x.role === 'coordinator')!.org)
  const projectId = randomUUID()
  const { plan } = setup
  rows.projects.push({
    id: projectId,
    tenantId: coordinator,
    slug: slugOf(p),
    acronym: p.acronym,
    title: p.title,
    summary: p.summary,
    programme: p.programme,
    action: p.action ?? '',
    grantNumber: p.grantNumber,
    startDate: p.startDate,
    endDate: p.endDate,
    status: setup.status,
    currency: 'EUR',
    totalBudget: p.budgetEur,
    isPublic: setup.isPublic,
    website: p.website,
    searchText: projectSearchText(p),
  })
  for (const x of partners) {
    rows.partners.push({
      tenantId: coordinator,
      projectId,
      organisationId: org(x.org),
      role: x.role,
      budgetShare: plan.budgetShares[x.org] ?? null,
      joinedAt: p.startDate,
    })
  }
  const titles: LocalizedText[] =
    p.workPackages.length > 0 ? p.workPackages.map((w) => w.title) : CTM_AREAS
  const wpIds = plan.workPackages.map(() => randomUUID())
  plan.workPackages.forEach((w, i) => {
    rows.workPackages.push({
      id: wpIds[i],
      tenantId: coordinator,
      projectId,
      number: i + 1,
      code: p.workPackages[i]?.code ?? `WP${i + 1}`,
      title: w.sq ? { ...titles[i], sq: w.sq } : titles[i]!,
      leadOrganisationId: org(w.lead),
      startDate: w.start,
      endDate: w.end,
      isLumpSum: w.lumpSum !== null,
      lumpSumAmount: w.lumpSum,
      completionPercent: w.completion,
    })
  })
  const today = ids.now.toISOString().slice(0, 10)
  const taskIds = new Map<string, string>()
  for (const task of plan.tasks) {
    const id = randomUUID()
    taskIds.set(`${task.owner}|${task.due}`, id)
    const status = task.status ?? (task.due < today ? 'done' : 'todo')
    rows.tasks.push({
      id,
      tenantId: org(task.owner),
      projectId,
      workPackageId: wpIds[task.wp - 1],
      title: task.title,
      ownerOrganisationId: org(task.owner),
      startDate: null,
      dueDate: task.due,
      status,
      completedAt: status === 'done' ? new Date(`${task.due}T12:00:00Z`) : null,
    })
  }
  for (const m of plan.milestones) {
    rows.milestones.push({
      tenantId: coordinator,
      projectId,
      workPackageId: m.wp ? wpIds[m.wp - 1] : null,
      code: m.code,
      title: m.title,
      dueDate: m.due,
      meansOfVerification: m.verification,
      status: m.due < today ? 'reached' : 'planned',
      reachedAt: m.due < today ? m.due : null,
    })
  }
  for (const d of plan.deliverables) {
    const id = randomUUID()
    const round = d.status === 'planned' || d.status === 'drafting' ? 0 : 1
    rows.deliverables.push({
      id,
      tenantId: coordinator,
      projectId,
      workPackageId: wpIds[d.wp - 1],
      code: d.code,
      title: d.title,
      type: d.type,
      disseminationLevel: d.level,
      dueDate: d.due,
      status: d.status,
      leadOrganisationId: org(d.lead),
      isPublic: d.isPublic,
      draftNote: d.draftNote ?? (round > 0 ? 'Final version.' : ''),
      resultUrl: d.resultUrl ?? null,
      reviewRound: round,
      submittedAt:
        d.status === 'submitted' || d.status === 'accepted' ? new Date(`${d.due}T12:00:00Z`) : null,
    })
    for (const [reviewer, verdict, comment] of d.reviews ?? []) {
      rows.reviews.push({
        tenantId: org(reviewer),
        deliverableId: id,
        round,
        reviewerOrganisationId: org(reviewer),
        reviewerUserId: ids.userIds.get(`${reviewer}:coordinator`) ?? null,
        verdict,
        comment,
        at: new Date(ids.now.getTime() - 3 * 86_400_000),
      })
    }
  }
  for (const m of plan.meetings) {
    const meetingId = randomUUID()
    rows.meetings.push({
      id: meetingId,
      tenantId: coordinator,
      projectId,
      title: m.title,
      startsAt: new Date(m.startsAt),
      location: m.location,
      onlineUrl: m.onlineUrl ?? null,
      agenda: m.agenda,
      minutes: m.minutes,
    })
    for (const [who, name] of m.attendees) {
      rows.attendees.push({
        tenantId: org(who),
        meetingId,
        organisationId: org(who),
        name,
        attended: true,
      })
    }
    for (const d of m.decisions) {
      let taskId: string | null = null
      if (d.owner && d.due) {
        taskId = randomUUID()
        const status = d.due < today ? 'done' : 'todo'
        rows.tasks.push({
          id: taskId,
          tenantId: org(d.owner),
          projectId,
          workPackageId: d.wp ? wpIds[d.wp - 1] : null,
          title: d.text.slice(0, 200),
          description: m.title,
          ownerOrganisationId: org(d.owner),
          dueDate: d.due,
          status,
          completedAt: status === 'done' ? new Date(`${d.due}T12:00:00Z`) : null,
        })
      }
      rows.decisions.push({ tenantId: coordinator, meetingId, text: d.text, taskId })
    }
  }
  for (const r of plan.risks) {
    rows.risks.push({
      tenantId: coordinator,
      projectId,
      description: r.description,
      likelihood: r.likelihood,
      impact: r.impact,
      mitigation: r.mitigation,
      ownerOrganisationId: org(r.owner),
      status: r.status,
    })
  }
}

/**
 * The seed projects (ALLIANCE, V2V, Connected through Mobility) with their consortia, work
 * packages or lots, tasks, milestones, deliverables (one in review), meetings and risks. Called
 * by the demo loader inside its transaction, once the organisations and people exist.
 */
export async function loadProjectsDemo(tx: DbOrTx, ids: ProjectsDemoIds) {
  const rows: Rows = {
    projects: [],
    partners: [],
    workPackages: [],
    tasks: [],
    milestones: [],
    deliverables: [],
    reviews: [],
    meetings: [],
    attendees: [],
    decisions: [],
    risks: [],
  }
  for (const p of DEMO_PROJECTS) addProject(rows, p, ids)
  const insert = async <T>(table: Parameters<DbOrTx['insert']>[0], values: T[]) => {
    if (values.length > 0) await tx.insert(table).values(values as never)
  }
  await insert(projects, rows.projects)
  await insert(projectPartners, rows.partners)
  await insert(workPackages, rows.workPackages)
  await insert(tasks, rows.tasks)
  await insert(milestones, rows.milestones)
  await insert(deliverables, rows.deliverables)
  await insert(deliverableReviews, rows.reviews)
  await insert(meetings, rows.meetings)
  await insert(meetingAttendees, rows.attendees)
  await insert(meetingDecisions, rows.decisions)
  await insert(risks, rows.risks)
  return { projects: rows.projects.length, tasks: rows.tasks.length }
}
