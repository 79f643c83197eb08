import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import type { AppError } from '../../lib/errors.ts'
import { invitations } from '../invitations/schema.ts'
import { outbox } from '../mail/schema.ts'
import { getProjectAccess, projectLevel } from './policy.ts'
import { deliverables, projectMembers, tasks, workPackages } from './schema.ts'
import { renderCalendarFeed, resetCalendarFeed } from './service/calendar.ts'
import { inviteContact, removePartner } from './service/consortium.ts'
import {
  getDeliverable,
  reviewDeliverable,
  saveDraft,
  submitDeliverable,
  submitForReview,
} from './service/deliverables.ts'
import { addDecision, createMeeting, getMeeting } from './service/meetings.ts'
import { getProjectOverview } from './service/overview.ts'
import { listProjectsFor } from './service/portfolio.ts'
import { createTask, setTaskStatus, updateTask } from './service/work.ts'
import { type Consortium, makeConsortium } from './testing.ts'

let t: TestApp
let c: Consortium
beforeAll(async () => {
  t = await setupTestApp()
  c = await makeConsortium(t, { title: 'Shkolla “Beqir Çela” goes international' })
})

async function codeOf(run: Promise<unknown>): Promise<string> {
  try {
    await run
    return 'OK'
  } catch (err) {
    return (err as AppError).code ?? String(err)
  }
}

describe('consortium permissions', () => {
  it('[PROJECTS][POLICY]: the level follows the consortium role and the organisation role', () => {
    expect(projectLevel('coordinator', 'coordinator', null)).toBe('manager')
    expect(projectLevel('coordinator', 'org_admin', null)).toBe('manager')
    expect(projectLevel('coordinator', 'staff', null)).toBe('contributor')
    expect(projectLevel('coordinator', 'staff', 'manager')).toBe('manager')
    expect(projectLevel('partner', 'org_admin', 'manager')).toBe('contributor')
    expect(projectLevel('partner', 'coordinator', null)).toBe('contributor')
    expect(projectLevel('coordinator', 'coordinator', 'viewer')).toBe('viewer')
  })

  it('[PROJECTS][POLICY]: coordinator manages, partner contributes, outsider 404, learner 403', async () => {
    const id = c.project.id
    expect((await getProjectAccess(await c.ctxOf(c.lead), id)).level).toBe('manager')
    expect((await getProjectAccess(await c.ctxOf(c.leadStaff), id)).level).toBe('contributor')
    const partner = await getProjectAccess(await c.ctxOf(c.partnerStaff), id)
    expect(partner).toMatchObject({ level: 'contributor', partnerRole: 'partner' })
    expect(await codeOf(getProjectAccess(await c.ctxOf(c.outsider), id))).toBe('NOT_FOUND')
    expect(await codeOf(getProjectAccess(await c.ctxOf(c.partnerLearner), id))).toBe('FORBIDDEN')
    expect(await codeOf(getProjectAccess(await c.ctxOf(c.partner), 'not-a-uuid'))).toBe('NOT_FOUND')
  })

  it('[PROJECTS][POLICY]: a project member marked viewer reads but cannot add tasks', async () => {
    const viewer = await t.make.member('staff', { tenantId: c.partner.tenantId })
    await t.deps.db.insert(projectMembers).values({
      tenantId: c.partner.tenantId,
      projectId: c.project.id,
      userId: viewer.user.id,
      projectRole: 'viewer',
    })
    const ctx = await c.ctxOf(viewer)
    expect((await getProjectAccess(ctx, c.project.id)).level).toBe('viewer')
    const input = {
      title: 'Not allowed',
      description: '',
      workPackageId: null,
      ownerOrganisationId: c.partner.tenantId,
      dueDate: null,
      status: 'todo' as const,
    }
    expect(await codeOf(createTask(ctx, c.project.id, input))).toBe('FORBIDDEN')
  })
})

describe('tasks', () => {
  const task = (owner: string) => ({
    title: 'Collect the timesheets',
    description: '',
    workPackageId: null,
    ownerOrganisationId: owner,
    dueDate: '2026-03-01',
    status: 'todo' as const,
  })

  it('[PROJECTS][TASKS]: a partner adds and finishes its own tasks, not the others', async () => {
    const ctx = await c.ctxOf(c.partnerStaff)
    const own = await createTask(ctx, c.project.id, task(c.partner.tenantId))
    expect(own.tenantId).toBe(c.partner.tenantId)
    expect(await codeOf(createTask(ctx, c.project.id, task(c.lead.tenantId)))).toBe('FORBIDDEN')
    const done = await setTaskStatus(ctx, c.project.id, own.id, 'done')
    expect(done.completedAt).toBeInstanceOf(Date)
    const theirs = await createTask(await c.ctxOf(c.lead), c.project.id, task(c.lead.tenantId))
    expect(await codeOf(setTaskStatus(ctx, c.project.id, theirs.id, 'done'))).toBe('FORBIDDEN')
    const handOver = { ...task(c.lead.tenantId), title: 'Mine now?' }
    expect(await codeOf(updateTask(ctx, c.project.id, own.id, handOver))).toBe('FORBIDDEN')
    const outsider = await c.ctxOf(c.outsider)
    expect(await codeOf(setTaskStatus(outsider, c.project.id, own.id, 'todo'))).toBe('NOT_FOUND')
  })

  it('[PROJECTS][TASKS]: the coordinator gives a task to a partner; an owner outside the consortium is refused', async () => {
    const ctx = await c.ctxOf(c.lead)
    const row = await createTask(ctx, c.project.id, task(c.partner.tenantId))
    expect(row.tenantId).toBe(c.partner.tenantId)
    const err = await codeOf(createTask(ctx, c.project.id, task(c.outsider.tenantId)))
    expect(err).toBe('INVALID_INPUT')
  })
})

describe('deliverable review round', () => {
  it('[PROJECTS][REVIEW]: draft → review → changes → round 2 → approve → the coordinator submits', async () => {
    const lead = await c.ctxOf(c.lead)
    const partner = await c.ctxOf(c.partnerStaff)
    const [d] = await t.deps.db
      .insert(deliverables)
      .values({
        tenantId: c.lead.tenantId,
        projectId: c.project.id,
        code: 'D9.1',
        title: { en: 'Partner guide' },
        dueDate: '2026-06-30',
        leadOrganisationId: c.partner.tenantId,
      })
      .returning()
    const id = d!.id
    expect(await codeOf(submitForReview(partner, c.project.id, id))).toBe('INVALID_STATE')
    expect(await codeOf(saveDraft(lead, c.project.id, id, 'coordinator may draft too'))).toBe('OK')
    const leadStaff = await c.ctxOf(c.leadStaff)
    expect(await codeOf(saveDraft(leadStaff, c.project.id, id, 'not theirs'))).toBe('FORBIDDEN')
    await saveDraft(partner, c.project.id, id, 'Version 1 in the library')
    const sent = await submitForReview(partner, c.project.id, id)
    expect(sent).toMatchObject({ status: 'in_review', reviewRound: 1 })
    const ownReview = reviewDeliverable(partner, c.project.id, id, {
      verdict: 'approve',
      comment: '',
    })
    expect(await codeOf(ownReview)).toBe('FORBIDDEN')
    expect(await codeOf(submitDeliverable(partner, c.project.id, id))).toBe('FORBIDDEN')
    await reviewDeliverable(leadStaff, c.project.id, id, {
      verdict: 'changes',
      comment: 'Add Albanian',
    })
    expect((await getDeliverable(lead, c.project.id, id)).deliverable.status).toBe(
      'changes_requested',
    )
    await saveDraft(partner, c.project.id, id, 'Version 2 with Albanian')
    expect((await submitForReview(partner, c.project.id, id)).reviewRound).toBe(2)
    await reviewDeliverable(lead, c.project.id, id, { verdict: 'approve', comment: '' })
    const detail = await getDeliverable(lead, c.project.id, id)
    expect(detail.actions.submit).toBe(true)
    expect(detail.reviews.map((r) => [r.review.round, r.review.verdict])).toEqual([
      [2, 'approve'],
      [1, 'changes'],
    ])
    const submitted = await submitDeliverable(lead, c.project.id, id)
    expect(submitted.status).toBe('submitted')
    expect(submitted.submittedAt).toBeInstanceOf(Date)
    const outsider = await c.ctxOf(c.outsider)
    expect(await codeOf(getDeliverable(outsider, c.project.id, id))).toBe('NOT_FOUND')
  })
})

describe('meetings, consortium, calendar', () => {
  it('[PROJECTS][MEETINGS]: a decision becomes a task of the chosen partner', async () => {
    const lead = await c.ctxOf(c.lead)
    const meeting = await createMeeting(lead, c.project.id, {
      title: 'Steering committee',
      startsAt: '2026-03-10T10:00',
      location: 'Durrës',
      onlineUrl: null,
      agenda: '1. Budget',
      minutes: '',
    })
    // Europe/Tirane is UTC+1 in March: 10:00 there is 09:00 UTC.
    expect(meeting.startsAt.toISOString()).toBe('2026-03-10T09:00:00.000Z')
    await addDecision(lead, c.project.id, meeting.id, {
      text: 'Translate the handbook',
      makeTask: true,
      ownerOrganisationId: c.partner.tenantId,
      dueDate: '2026-04-01',
      workPackageId: null,
    })
    const { decisions } = await getMeeting(lead, c.project.id, meeting.id)
    const [task] = await t.deps.db
      .select()
      .from(tasks)
      .where(eq(tasks.id, decisions[0]!.decision.taskId!))
    expect(task).toMatchObject({ title: 'Translate the handbook', tenantId: c.partner.tenantId })
    const partner = await c.ctxOf(c.partner)
    expect(
      await codeOf(
        addDecision(partner, c.project.id, meeting.id, {
          text: 'x',
          makeTask: false,
          ownerOrganisationId: null,
          dueDate: null,
          workPackageId: null,
        }),
      ),
    ).toBe('FORBIDDEN')
  })

  it('[PROJECTS][INVITE]: the coordinator invites a contact person into the partner organisation', async () => {
    const lead = await c.ctxOf(c.lead)
    const input = {
      organisationId: c.external.id,
      email: 'Drita@Example.org',
      displayName: 'Drita',
      role: 'coordinator' as const,
    }
    const inv = await inviteContact(lead, c.project.id, input)
    const [row] = await t.deps.db.select().from(invitations).where(eq(invitations.id, inv.id))
    expect(row).toMatchObject({
      tenantId: c.external.id,
      email: 'drita@example.org',
      role: 'coordinator',
    })
    const mails = await t.deps.db.select().from(outbox).where(eq(outbox.to, 'drita@example.org'))
    expect(mails[0]?.text).toContain('/invite/')
    const asCoordinator = { ...input, organisationId: c.partner.tenantId }
    expect(await codeOf(inviteContact(lead, c.project.id, asCoordinator))).toBe('INVALID_INPUT')
    const partner = await c.ctxOf(c.partner)
    expect(await codeOf(inviteContact(partner, c.project.id, input))).toBe('FORBIDDEN')
  })

  it('[PROJECTS][CONSORTIUM]: the coordinator cannot be taken out; the template made six work packages', async () => {
    const lead = await c.ctxOf(c.lead)
    const o = await getProjectOverview(lead, c.project.id)
    const coordinatorRow = o.partners.find((p) => p.role === 'coordinator')!
    expect(await codeOf(removePartner(lead, c.project.id, coordinatorRow.id))).toBe('INVALID_STATE')
    expect(o.workPackages.map((w) => w.code)).toEqual(['WP1', 'WP2', 'WP3', 'WP4', 'WP5', 'WP6'])
    expect(o.workPackages.every((w) => w.isLumpSum)).toBe(true)
    expect(o.project.action).toBe('ERASMUS-EDU-2024-CB-VET')
    const wps = await t.deps.db
      .select()
      .from(workPackages)
      .where(eq(workPackages.projectId, c.project.id))
    expect(wps.find((w) => w.code === 'WP1')?.endDate).toBe('2027-12-31')
  })

  it('[PROJECTS][CALENDAR]: the iCal feed lists the deadlines of every organisation of the person, in UTC', async () => {
    const ctx = await c.ctxOf(c.partner)
    const token = await resetCalendarFeed(ctx)
    t.setNow(new Date('2026-01-15T00:00:00Z'))
    const ics = await renderCalendarFeed(t.deps, token)
    t.setNow(new Date())
    expect(ics).toContain('BEGIN:VCALENDAR')
    expect(ics).toContain('TEST-VET')
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20260310|DTSTART:20260310T090000Z/)
    expect(await renderCalendarFeed(t.deps, 'x'.repeat(43))).toBeNull()
    const again = await resetCalendarFeed(ctx)
    expect(await renderCalendarFeed(t.deps, token)).toBeNull()
    expect(await renderCalendarFeed(t.deps, again)).not.toBeNull()
  })
})

describe('portfolio', () => {
  it('[PROJECTS][LIST]: partners see the project, outsiders do not; search ignores accents', async () => {
    const partner = await c.ctxOf(c.partner)
    expect((await listProjectsFor(partner)).rows.map((r) => r.id)).toContain(c.project.id)
    expect((await listProjectsFor(partner, { q: 'cela' })).rows[0]?.myRole).toBe('partner')
    expect((await listProjectsFor(partner, { q: 'ÇELA' })).total).toBe(1)
    expect((await listProjectsFor(partner, { q: '101000001' })).total).toBe(1)
    expect((await listProjectsFor(partner, { q: '100%' })).total).toBe(0)
    expect((await listProjectsFor(partner, { role: 'coordinator' })).total).toBe(0)
    expect((await listProjectsFor(partner, { status: 'closed' })).total).toBe(0)
    const outsider = await c.ctxOf(c.outsider)
    expect((await listProjectsFor(outsider)).total).toBe(0)
    const learner = await c.ctxOf(c.partnerLearner)
    expect(await codeOf(listProjectsFor(learner))).toBe('FORBIDDEN')
  })
})
