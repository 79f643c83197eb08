import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { projectPartners, projects, workPackages } from '../projects/schema.ts'
import { renderIcs } from './ical.ts'
import { listEventsOfProject, listFeedEvents, listUpcomingPublicEvents } from './public.ts'
import {
  cancelEvent,
  createEvent,
  getEvent,
  listEvents,
  publishEvent,
  updateEvent,
} from './service.ts'
import { DAY, eventInput, organiser, publishedEvent, register } from './test-support.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

async function project(tenantId: string, partnerId?: string) {
  const [p] = await t.deps.db
    .insert(projects)
    .values({
      tenantId,
      slug: `p-${Math.random().toString(36).slice(2)}`,
      acronym: 'ALLIANCE',
      title: { en: 'Alliance' },
    })
    .returning()
  const [wp] = await t.deps.db
    .insert(workPackages)
    .values({ tenantId, projectId: p!.id, number: 5, code: 'WP5', title: { en: 'Dissemination' } })
    .returning()
  if (partnerId) {
    await t.deps.db
      .insert(projectPartners)
      .values({ tenantId, projectId: p!.id, organisationId: partnerId, role: 'partner' })
  }
  return { project: p!, wp: wp! }
}

describe('events', () => {
  it('[EVENTS][CREATE]: a draft gets a slug from its English title and year, unique', async () => {
    const { ctx } = await organiser(t)
    const start = new Date('2027-03-10T09:00:00Z')
    const a = await createEvent(
      ctx,
      eventInput({ startsAt: start, endsAt: new Date(start.getTime() + 3_600_000) }),
    )
    const b = await createEvent(
      ctx,
      eventInput({ startsAt: start, endsAt: new Date(start.getTime() + 3_600_000) }),
    )
    expect(a.slug).toBe('erasmus-info-day-2027')
    expect(b.slug).toBe('erasmus-info-day-2027-2')
    expect(a.status).toBe('draft')
    await expect(createEvent(ctx, eventInput({ slug: a.slug }))).rejects.toMatchObject({
      code: 'CONFLICT',
      fields: { slug: 'events:errors.slugTaken' },
    })
  })

  it('[EVENTS][STATUS]: publish once, cancel tells everyone registered, a cancelled event stays so', async () => {
    const { ctx } = await organiser(t)
    const event = await publishedEvent(ctx)
    expect(event.publishedAt).toBeInstanceOf(Date)
    await expect(publishEvent(ctx, event.id)).rejects.toMatchObject({ code: 'INVALID_STATE' })
    const r = await register(t, event.id, { locale: 'en' })
    await cancelEvent(ctx, event.id)
    const mail = t.mailer.sent.findLast((m) => m.to === r.registration.email)!
    expect(mail.subject).toBe('Cancelled: Erasmus+ Info Day')
    await expect(cancelEvent(ctx, event.id)).rejects.toMatchObject({ code: 'INVALID_STATE' })
  })

  it('[EVENTS][TENANCY]: another organisation gets "not found"; staff may read but not create', async () => {
    const { ctx, tenantId } = await organiser(t)
    const other = await organiser(t)
    const event = await createEvent(ctx, eventInput())
    await expect(getEvent(other.ctx, event.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(updateEvent(other.ctx, event.id, eventInput())).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    expect(
      (await listEvents(other.ctx, { when: 'upcoming' })).map((e) => e.event.id),
    ).not.toContain(event.id)
    const staff = await t.make.member('staff', { tenantId })
    const staffCtx = await t.ctxFor(staff.user.id, tenantId)
    expect((await getEvent(staffCtx, event.id)).id).toBe(event.id)
    await expect(createEvent(staffCtx, eventInput())).rejects.toMatchObject({ code: 'FORBIDDEN' })
    const learner = await t.make.member('learner', { tenantId })
    await expect(
      getEvent(await t.ctxFor(learner.user.id, tenantId), event.id),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
  })

  it("[EVENTS][PROJECT]: links to a project the organisation is in, and to that project's work package", async () => {
    const { ctx, tenantId } = await organiser(t)
    const coordinator = await t.make.organisation()
    const { project: p, wp } = await project(coordinator.id, tenantId)
    const event = await createEvent(ctx, eventInput({ projectId: p.id, workPackageId: wp.id }))
    expect(event.projectId).toBe(p.id)
    const stranger = await project(coordinator.id)
    await expect(
      createEvent(ctx, eventInput({ projectId: stranger.project.id })),
    ).rejects.toMatchObject({
      fields: { projectId: 'common:validation.choice' },
    })
    await expect(
      createEvent(ctx, eventInput({ projectId: p.id, workPackageId: stranger.wp.id })),
    ).rejects.toMatchObject({ fields: { workPackageId: 'events:errors.workPackage' } })
    await publishEvent(ctx, event.id)
    expect((await listEventsOfProject(t.deps.db, p.id)).map((e) => e.id)).toEqual([event.id])
  })
})

describe('public lists and feeds', () => {
  it('[EVENTS][PUBLIC]: upcoming published events only, soonest first, limited', async () => {
    const { ctx, tenantId } = await organiser(t)
    const later = await publishedEvent(ctx, {
      startsAt: new Date(Date.now() + 20 * DAY),
      endsAt: new Date(Date.now() + 20 * DAY + 3_600_000),
    })
    const sooner = await publishedEvent(ctx, {
      startsAt: new Date(Date.now() + 5 * DAY),
      endsAt: new Date(Date.now() + 5 * DAY + 3_600_000),
    })
    await createEvent(ctx, eventInput())
    await publishedEvent(ctx, {
      startsAt: new Date(Date.now() - 5 * DAY),
      endsAt: new Date(Date.now() - 5 * DAY + 3_600_000),
    })
    const list = await listUpcomingPublicEvents(t.deps.db, tenantId, { limit: 10 })
    expect(list.map((e) => e.id)).toEqual([sooner.id, later.id])
    expect(await listUpcomingPublicEvents(t.deps.db, tenantId, { limit: 1 })).toHaveLength(1)
  })

  it('[EVENTS][ICAL]: the feed parses back: one VEVENT per event, DTSTART/DTEND in UTC, escaped text', async () => {
    const { ctx, tenantId } = await organiser(t)
    await publishedEvent(ctx, {
      title: { en: 'Erasmus Day, 2025; Tirana', sq: 'Dita e Erasmus' },
      startsAt: new Date('2025-10-16T08:00:00Z'),
      endsAt: new Date('2025-10-16T11:00:00Z'),
    })
    const rows = await listFeedEvents(t.deps.db, tenantId, { since: new Date('2025-01-01') })
    const ics = renderIcs(rows, {
      name: 'Events',
      baseUrl: 'http://ura.test',
      locale: 'en',
      fallbacks: ['en'],
    })
    const lines = ics.replace(/\r\n[ \t]/g, '').split(/\r\n/)
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines.at(-1) === '' ? lines.at(-2) : lines.at(-1)).toBe('END:VCALENDAR')
    const events = ics.split('BEGIN:VEVENT').slice(1)
    expect(events).toHaveLength(1)
    const field = (name: string) =>
      lines.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))
    expect(field('DTSTART')).toBe('DTSTART:20251016T080000Z')
    expect(field('DTEND')).toBe('DTEND:20251016T110000Z')
    expect(field('SUMMARY')).toBe('SUMMARY:Erasmus Day\\, 2025\\; Tirana')
    expect(field('UID')).toMatch(/^UID:[0-9a-f-]{36}@ura$/)
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    const sq = renderIcs(rows, {
      name: 'Ngjarje',
      baseUrl: 'http://ura.test',
      locale: 'sq',
      fallbacks: ['en'],
    })
    expect(sq).toContain('SUMMARY:Dita e Erasmus')
  })
})
