import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { type TestClient, textOf } from '../../../tests/setup/client.ts'
import { memberships } from '../users/schema.ts'
import {
  deliverables,
  meetings,
  milestones,
  projects,
  risks,
  tasks,
  workPackages,
} from './schema.ts'
import { type Consortium, makeConsortium } from './testing.ts'

let t: TestApp
let c: Consortium
let as: Record<
  'lead' | 'leadStaff' | 'partner' | 'partnerStaff' | 'learner' | 'outsider',
  TestClient
>
const ids: Record<string, string> = {}

beforeAll(async () => {
  t = await setupTestApp()
  c = await makeConsortium(t)
  as = {
    lead: await t.signedIn(c.lead.login),
    leadStaff: await t.signedIn(c.leadStaff.login),
    partner: await t.signedIn(c.partner.login),
    partnerStaff: await t.signedIn(c.partnerStaff.login),
    learner: await t.signedIn(c.partnerLearner.login),
    outsider: await t.signedIn(c.outsider.login),
  }
  const db = t.deps.db
  const p = c.project.id
  const [wp] = await db.select().from(workPackages).where(eq(workPackages.projectId, p))
  const [d] = await db.select().from(deliverables).where(eq(deliverables.projectId, p))
  const [task] = await db
    .insert(tasks)
    .values({
      tenantId: c.partner.tenantId,
      projectId: p,
      ownerOrganisationId: c.partner.tenantId,
      title: 'Partner task',
      dueDate: '2026-05-01',
    })
    .returning()
  const [m] = await db
    .insert(meetings)
    .values({
      tenantId: c.lead.tenantId,
      projectId: p,
      title: 'Kick-off',
      startsAt: new Date('2026-02-01T09:00:00Z'),
    })
    .returning()
  const [ms] = await db
    .insert(milestones)
    .values({
      tenantId: c.lead.tenantId,
      projectId: p,
      code: 'MS1',
      title: { en: 'Started' },
      dueDate: '2026-02-01',
    })
    .returning()
  const [r] = await db
    .insert(risks)
    .values({
      tenantId: c.lead.tenantId,
      projectId: p,
      description: 'Staff leave',
      likelihood: 3,
      impact: 4,
    })
    .returning()
  Object.assign(ids, {
    wp: wp!.id,
    d: d!.id,
    task: task!.id,
    meeting: m!.id,
    ms: ms!.id,
    risk: r!.id,
  })
})

const base = () => `/app/projects/${c.project.id}`

/** Pages every consortium member may read, and those only managers may open. */
const READ = () => [
  base(),
  `${base()}/consortium`,
  `${base()}/work-packages`,
  `${base()}/work-packages/${ids.wp}`,
  `${base()}/tasks`,
  `${base()}/tasks/${ids.task}`,
  `${base()}/milestones`,
  `${base()}/deliverables`,
  `${base()}/deliverables/${ids.d}`,
  `${base()}/meetings`,
  `${base()}/meetings/${ids.meeting}`,
  `${base()}/risks`,
]
const MANAGE = () => [
  `${base()}/edit`,
  `${base()}/consortium/invite`,
  `${base()}/work-packages/new`,
  `${base()}/milestones/new`,
  `${base()}/milestones/${ids.ms}`,
  `${base()}/deliverables/new`,
  `${base()}/deliverables/${ids.d}/edit`,
  `${base()}/meetings/new`,
  `${base()}/meetings/${ids.meeting}/edit`,
  `${base()}/risks/new`,
  `${base()}/risks/${ids.risk}`,
]

describe('who sees what', () => {
  it('[PROJECTS][ROUTES]: anonymous visitors are sent to sign in', async () => {
    for (const path of [
      '/app/projects',
      '/app/projects/new',
      '/app/projects/calendar',
      ...READ(),
    ]) {
      const res = await t.anonymous().get(path)
      expect(res.status, path).toBe(302)
      expect(res.headers.get('location'), path).toMatch(/^\/signin\?next=/)
    }
  })

  it('[PROJECTS][ROUTES]: another consortium gets 404 on every page of the project', async () => {
    for (const path of [...READ(), ...MANAGE()]) {
      expect((await as.outsider.get(path)).status, path).toBe(404)
    }
    const post = await as.outsider.post(`${base()}/tasks/${ids.task}/status`, { status: 'done' })
    expect(post.status).toBe(404)
  })

  it('[PROJECTS][ROUTES]: a learner of a partner school gets 403', async () => {
    for (const path of ['/app/projects', '/app/projects/calendar', ...READ()]) {
      expect((await as.learner.get(path)).status, path).toBe(403)
    }
    expect((await as.learner.post('/app/projects/calendar/feed')).status).toBe(403)
    expect(
      (await as.learner.post(`${base()}/tasks/${ids.task}/status`, { status: 'done' })).status,
    ).toBe(403)
  })

  it('[PROJECTS][ROUTES]: partners read every page; only the coordinator opens the managing forms', async () => {
    for (const path of READ()) {
      expect((await as.partnerStaff.get(path)).status, path).toBe(200)
      expect((await as.lead.get(path)).status, path).toBe(200)
    }
    for (const path of MANAGE()) {
      expect((await as.partner.get(path)).status, path).toBe(403)
      expect((await as.leadStaff.get(path)).status, path).toBe(403)
      expect((await as.lead.get(path)).status, path).toBe(200)
    }
  })

  it('[PROJECTS][OVERVIEW]: the overview shows partners, work packages and an accessible Gantt chart', async () => {
    const res = await as.partnerStaff.get(base())
    const html = await res.text()
    expect(html).toContain('role="img"')
    expect(html).toMatch(/<svg[^>]*class="gantt"[^>]*aria-labelledby="gantt-title/)
    expect(html).toContain('<title id="gantt-title')
    expect(html).toContain('<desc id="gantt-title')
    expect(html).not.toMatch(/ style="/)
    expect(html).toContain('Timeline of TEST-VET as a table')
    const text = await textOf(await as.partnerStaff.get(base()))
    expect(text).toContain('Associated partner')
    expect(text).toContain('WP6')
  })
})

describe('portfolio and new project', () => {
  it('[PROJECTS][LIST]: the portfolio lists, filters and searches', async () => {
    const res = await as.partner.get('/app/projects?q=testing&role=partner')
    expect(res.status).toBe(200)
    const text = await textOf(res)
    expect(text).toContain('TEST-VET')
    expect(await textOf(await as.partner.get('/app/projects?role=coordinator'))).toContain(
      'No project matches',
    )
    expect(await textOf(await as.outsider.get('/app/projects'))).not.toContain('TEST-VET')
  })

  it('[PROJECTS][NEW]: staff may not create projects (403); bad input keeps what was typed (422)', async () => {
    expect((await as.leadStaff.get('/app/projects/new')).status).toBe(403)
    expect((await as.leadStaff.post('/app/projects/new', { acronym: 'X' })).status).toBe(403)
    const bad = await as.lead.post('/app/projects/new', {
      template: 'ka210-vet',
      acronym: 'SMALL-VET',
      'title.en': '',
      programme: 'Erasmus+',
      status: 'preparation',
      currency: 'EURO',
      totalBudget: '60 000,5x',
      startDate: '2026-09-01',
      endDate: '2026-01-01',
    })
    expect(bad.status).toBe(422)
    const html = await bad.text()
    expect(html).toContain('value="SMALL-VET"')
    expect(html).toContain('value="60 000,5x"')
    expect(html).toContain('The end date cannot be before the start date.')
    expect(html).toContain('Enter a three-letter currency code such as EUR.')
  })

  it('[PROJECTS][NEW]: the coordinator creates a project from the KA210 template', async () => {
    const res = await as.lead.post('/app/projects/new', {
      template: 'ka210-vet',
      acronym: 'SMALL-VET',
      'title.en': 'Small steps abroad',
      'title.mk': 'Мали чекори во странство',
      programme: 'Erasmus+',
      status: 'preparation',
      currency: 'eur',
      totalBudget: '60 000,00',
      startDate: '2026-09-01',
      endDate: '2027-08-31',
    })
    expect(res.status).toBe(303)
    const id = res.headers.get('location')!.match(/projects\/([0-9a-f-]{36})/)![1]!
    const [row] = await t.deps.db.select().from(projects).where(eq(projects.id, id))
    expect(row).toMatchObject({
      acronym: 'SMALL-VET',
      currency: 'EUR',
      totalBudget: '60000.00',
      action: 'KA210-VET',
    })
    const wps = await t.deps.db.select().from(workPackages).where(eq(workPackages.projectId, id))
    expect(wps).toHaveLength(4)
    const text = await textOf(await as.lead.get(res.headers.get('location')!))
    expect(text).toContain('The project is created.')
  })
})

describe('consortium forms', () => {
  it('[PROJECTS][CONSORTIUM]: the coordinator adds a partner; errors keep the choice (422); partners get 403', async () => {
    const org = await t.make.organisation({
      isExternal: true,
      name: { en: 'Hotel Adriatik' },
      type: 'company',
    })
    expect(
      (
        await as.partner.post(`${base()}/consortium/partners`, {
          organisationId: org.id,
          role: 'partner',
        })
      ).status,
    ).toBe(403)
    const bad = await as.lead.post(`${base()}/consortium/partners`, {
      organisationId: org.id,
      role: 'partner',
      budgetShare: 'lots',
    })
    expect(bad.status).toBe(422)
    expect(await bad.text()).toMatch(new RegExp(`<option value="${org.id}" selected`))
    const ok = await as.lead.post(`${base()}/consortium/partners`, {
      organisationId: org.id,
      role: 'associated',
      budgetShare: '',
    })
    expect(ok.status).toBe(303)
    expect(await textOf(await as.partnerStaff.get(`${base()}/consortium`))).toContain(
      'Hotel Adriatik',
    )
    const again = await as.lead.post(`${base()}/consortium/partners`, {
      organisationId: org.id,
      role: 'partner',
    })
    expect(again.status).toBe(409)
  })

  it('[PROJECTS][INVITE]: the invited contact person accepts and sees the project from their organisation', async () => {
    const bad = await as.lead.post(`${base()}/consortium/invite`, {
      organisationId: c.external.id,
      email: 'not-an-email',
      role: 'coordinator',
    })
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('value="not-an-email"')
    const res = await as.lead.post(`${base()}/consortium/invite`, {
      organisationId: c.external.id,
      email: 'besa@school.test',
      displayName: 'Besa',
      role: 'coordinator',
    })
    expect(res.status).toBe(303)
    const mail = t.mailer.sent.find((m) => m.to === 'besa@school.test')
    const link = mail?.text.match(/http:\/\/ura\.test(\/invite\/\S+)/)?.[1]
    expect(link).toBeTruthy()
    const guest = t.anonymous()
    const accepted = await guest.post(link!, {
      displayName: 'Besa Krasniqi',
      password: 'a long enough password',
      confirm: 'a long enough password',
    })
    expect([302, 303]).toContain(accepted.status)
    const [member] = await t.deps.db
      .select()
      .from(memberships)
      .where(eq(memberships.tenantId, c.external.id))
    expect(member?.role).toBe('coordinator')
    const besa = await t.signedIn('besa@school.test', 'a long enough password')
    expect((await besa.get(base())).status).toBe(200)
  })
})

describe('tasks, deliverables, meetings, risks by form', () => {
  it('[PROJECTS][TASKS]: a partner adds a task for itself; 422 keeps the title; marking another partner’s task is 403', async () => {
    const bad = await as.partnerStaff.post(`${base()}/tasks/new`, {
      title: 'Book the venue',
      ownerOrganisationId: c.partner.tenantId,
      dueDate: '31/12/2026',
      status: 'todo',
    })
    expect(bad.status).toBe(422)
    const html = await bad.text()
    expect(html).toContain('value="Book the venue"')
    expect(html).toContain('Enter a date such as 2025-01-31.')
    const ok = await as.partnerStaff.post(`${base()}/tasks/new`, {
      title: 'Book the venue',
      ownerOrganisationId: c.partner.tenantId,
      dueDate: '2026-12-31',
      status: 'todo',
    })
    expect(ok.status).toBe(303)
    const other = await as.partnerStaff.post(`${base()}/tasks/new`, {
      title: 'For them',
      ownerOrganisationId: c.lead.tenantId,
      status: 'todo',
    })
    expect(other.status).toBe(403)
    const [leadTask] = await t.deps.db
      .insert(tasks)
      .values({
        tenantId: c.lead.tenantId,
        projectId: c.project.id,
        ownerOrganisationId: c.lead.tenantId,
        title: 'Lead task',
      })
      .returning()
    expect(
      (await as.partnerStaff.post(`${base()}/tasks/${leadTask!.id}/status`, { status: 'done' }))
        .status,
    ).toBe(403)
    expect(
      (await as.partnerStaff.post(`${base()}/tasks/${ids.task}/status`, { status: 'done' })).status,
    ).toBe(303)
    expect(
      (
        await as.partnerStaff.post(`${base()}/tasks/${leadTask!.id}`, {
          title: 'x',
          ownerOrganisationId: c.lead.tenantId,
        })
      ).status,
    ).toBe(403)
  })

  it('[PROJECTS][WP]: the coordinator changes a work package; 422 keeps the code; a partner gets 403', async () => {
    const form = {
      code: 'WP1',
      'title.en': 'Management',
      completionPercent: '150',
      isLumpSum: 'on',
      lumpSumAmount: '50000',
    }
    expect((await as.partner.post(`${base()}/work-packages/${ids.wp}`, form)).status).toBe(403)
    const bad = await as.lead.post(`${base()}/work-packages/${ids.wp}`, form)
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('value="150"')
    const ok = await as.lead.post(`${base()}/work-packages/${ids.wp}`, {
      ...form,
      completionPercent: '40',
    })
    expect(ok.status).toBe(303)
    const [wp] = await t.deps.db.select().from(workPackages).where(eq(workPackages.id, ids.wp!))
    expect(wp).toMatchObject({ completionPercent: 40, lumpSumAmount: '50000.00' })
  })

  it('[PROJECTS][REVIEW]: the review round through the pages, with 403 and 422 on the way', async () => {
    const [d] = await t.deps.db
      .insert(deliverables)
      .values({
        tenantId: c.lead.tenantId,
        projectId: c.project.id,
        code: 'D7.1',
        title: { en: 'Guide' },
        dueDate: '2026-06-30',
        leadOrganisationId: c.partner.tenantId,
      })
      .returning()
    const page = `${base()}/deliverables/${d!.id}`
    expect((await as.leadStaff.post(`${page}/draft`, { draftNote: 'x' })).status).toBe(403)
    const empty = await as.partnerStaff.post(`${page}/draft`, { draftNote: '' })
    expect(empty.status).toBe(422)
    expect((await as.partnerStaff.post(`${page}/draft`, { draftNote: 'Version 1' })).status).toBe(
      303,
    )
    expect((await as.partnerStaff.post(`${page}/submit-for-review`)).status).toBe(303)
    expect((await as.partnerStaff.post(`${page}/review`, { verdict: 'approve' })).status).toBe(403)
    const noComment = await as.leadStaff.post(`${page}/review`, { verdict: 'changes', comment: '' })
    expect(noComment.status).toBe(422)
    expect(await noComment.text()).toContain('Say what should change.')
    expect((await as.leadStaff.post(`${page}/review`, { verdict: 'approve' })).status).toBe(303)
    expect((await as.partner.post(`${page}/submit`)).status).toBe(403)
    expect((await as.lead.post(`${page}/submit`)).status).toBe(303)
    expect(await textOf(await as.partnerStaff.get(page))).toContain('Submitted')
    expect((await as.lead.post(`${page}/submit`)).status).toBe(409)
  })

  it('[PROJECTS][MEETINGS]: agenda, attendance and a decision that becomes a task', async () => {
    const bad = await as.lead.post(`${base()}/meetings/new`, {
      title: 'Partner meeting',
      startsAt: 'tomorrow',
    })
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('value="Partner meeting"')
    const made = await as.lead.post(`${base()}/meetings/new`, {
      title: 'Partner meeting',
      startsAt: '2026-06-02T09:30',
      agenda: '1. Budget',
    })
    expect(made.status).toBe(303)
    const page = made.headers.get('location')!.split('?')[0]!
    expect(
      (
        await as.partner.post(`${page}/attendees`, {
          organisationId: c.partner.tenantId,
          name: 'Ana',
        })
      ).status,
    ).toBe(403)
    const noName = await as.lead.post(`${page}/attendees`, {
      organisationId: c.partner.tenantId,
      name: '',
    })
    expect(noName.status).toBe(422)
    expect(
      (
        await as.lead.post(`${page}/attendees`, {
          organisationId: c.partner.tenantId,
          name: 'Ana',
          attended: 'on',
        })
      ).status,
    ).toBe(303)
    const noOwner = await as.lead.post(`${page}/decisions`, {
      text: 'Print the leaflets',
      makeTask: 'on',
    })
    expect(noOwner.status).toBe(422)
    expect(await noOwner.text()).toContain('Print the leaflets')
    const ok = await as.lead.post(`${page}/decisions`, {
      text: 'Print the leaflets',
      makeTask: 'on',
      ownerOrganisationId: c.partner.tenantId,
      dueDate: '2026-07-01',
    })
    expect(ok.status).toBe(303)
    const text = await textOf(await as.partnerStaff.get(page))
    expect(text).toContain('Ana')
    expect(text).toContain('Became the task')
  })

  it('[PROJECTS][RISKS]: the coordinator records a risk; 422 keeps the text; partners 403', async () => {
    const form = {
      description: 'Exchange rate losses',
      likelihood: '7',
      impact: '2',
      status: 'open',
    }
    expect((await as.partner.post(`${base()}/risks/new`, form)).status).toBe(403)
    const bad = await as.lead.post(`${base()}/risks/new`, form)
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('Exchange rate losses')
    expect((await as.lead.post(`${base()}/risks/new`, { ...form, likelihood: '2' })).status).toBe(
      303,
    )
    expect(await textOf(await as.partner.get(`${base()}/risks`))).toContain(
      '4 (likelihood 2 × impact 2)',
    )
  })

  it('[PROJECTS][MILESTONES]: a milestone by form; 422 without a due date', async () => {
    const bad = await as.lead.post(`${base()}/milestones/new`, {
      code: 'MS9',
      'title.en': 'Launch',
      status: 'planned',
    })
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('value="MS9"')
    expect(
      (
        await as.lead.post(`${base()}/milestones/new`, {
          code: 'MS9',
          'title.en': 'Launch',
          dueDate: '2026-09-01',
          status: 'planned',
        })
      ).status,
    ).toBe(303)
    expect((await as.partner.post(`${base()}/milestones/new`, { code: 'MS8' })).status).toBe(403)
  })
})

describe('calendar', () => {
  it('[PROJECTS][CALENDAR]: the calendar shows deadlines; the feed link is shown once and works', async () => {
    const page = await as.partnerStaff.get('/app/projects/calendar?from=2026-06')
    expect(page.status).toBe(200)
    const text = await textOf(page)
    expect(text).toContain('Partner meeting')
    expect(text).toContain('D7.1 Guide')
    const made = await as.partnerStaff.post('/app/projects/calendar/feed')
    expect(made.status).toBe(200)
    const url = (await made.text()).match(/http:\/\/ura\.test(\/calendar\/[\w-]+\.ics)/)?.[1]
    expect(url).toBeTruthy()
    const feed = await t.anonymous().get(url!)
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toContain('text/calendar')
    expect(await feed.text()).toContain('TEST-VET')
    expect((await t.anonymous().get('/calendar/not-a-real-token-at-all-123456.ics')).status).toBe(
      404,
    )
    expect((await as.partnerStaff.post('/app/projects/calendar/feed/remove')).status).toBe(303)
    expect((await t.anonymous().get(url!)).status).toBe(404)
  })
})
