import { randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { eventFeedback, eventRegistrations, events } from '../events/schema.ts'
import { campaigns } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

const hex = () => randomBytes(6).toString('hex')

/** An event of `tenantId` with registrations: `confirmed` of them, `attended` checked in. */
async function eventWith(
  tenantId: string,
  title: string,
  counts: { confirmed: number; attended: number; waitlisted?: number; ratings?: number[] },
) {
  const [event] = await t.deps.db
    .insert(events)
    .values({
      tenantId,
      slug: `event-${hex()}`,
      type: 'info_day',
      title: { en: title },
      startsAt: new Date('2025-10-16T08:00:00Z'),
      endsAt: new Date('2025-10-16T14:00:00Z'),
      timeZone: 'Europe/Tirane',
      status: 'published',
      publishedAt: new Date('2025-09-01T08:00:00Z'),
    })
    .returning()
  const person = (status: 'confirmed' | 'waitlisted', checkedIn: boolean) => ({
    tenantId,
    eventId: event!.id,
    status,
    name: `Person ${hex()}`,
    locale: 'sq',
    accessToken: hex(),
    ticketCode: hex(),
    checkedInAt: checkedIn ? new Date('2025-10-16T08:30:00Z') : null,
  })
  const rows = [
    ...Array.from({ length: counts.confirmed }, (_, i) => person('confirmed', i < counts.attended)),
    ...Array.from({ length: counts.waitlisted ?? 0 }, () => person('waitlisted', false)),
  ]
  const regs = rows.length
    ? await t.deps.db.insert(eventRegistrations).values(rows).returning()
    : []
  const ratings = counts.ratings ?? []
  if (ratings.length) {
    await t.deps.db.insert(eventFeedback).values(
      ratings.map((overall, i) => ({
        tenantId,
        eventId: event!.id,
        registrationId: regs[i]!.id,
        overall,
        content: overall,
        organisation: overall,
        usefulness: overall,
      })),
    )
  }
  return event!
}

describe('/app/campaigns', () => {
  it('[CAMPAIGN][ACCESS]: staff may not run campaigns (403); anonymous visitors sign in', async () => {
    const { login } = await t.make.member('staff')
    const client = await t.signedIn(login)
    expect((await client.get('/app/campaigns')).status).toBe(403)
    expect((await client.get('/app/campaigns/new')).status).toBe(403)
    expect((await client.post('/app/campaigns/new', { 'name.en': 'x' })).status).toBe(403)
    const anon = await t.anonymous().get('/app/campaigns')
    expect(anon.headers.get('location')).toBe('/signin?next=%2Fapp%2Fcampaigns')
  })

  it('[CAMPAIGN][CREATE]: 422 keeps what was typed; then a campaign groups events and shows their reach', async () => {
    const { login, tenantId } = await t.make.member('coordinator')
    const client = await t.signedIn(login)
    const day = await eventWith(tenantId, 'Erasmus Day 2025', {
      confirmed: 4,
      attended: 3,
      waitlisted: 2,
      ratings: [5, 4],
    })
    const skills = await eventWith(tenantId, 'National Skills Competitions', {
      confirmed: 2,
      attended: 2,
      ratings: [3],
    })
    const bad = await client.post('/app/campaigns/new', {
      'name.sq': '',
      'description.en': 'Autumn events',
      startsOn: '2025-11-30',
      endsOn: '2025-10-01',
      eventIds: [day.id],
    })
    expect(bad.status).toBe(422)
    const badHtml = await bad.text()
    expect(badHtml).toContain('Autumn events</textarea>')
    expect(badHtml).toContain('The end cannot be before the start.')
    expect(badHtml).toMatch(new RegExp(`value="${day.id}"\\s+checked`))

    const res = await client.post('/app/campaigns/new', {
      'name.en': 'Autumn 2025',
      'name.sq': 'Vjeshta 2025',
      startsOn: '2025-10-01',
      endsOn: '2025-11-30',
      eventIds: [day.id, skills.id],
    })
    expect(res.status).toBe(303)
    const location = res.headers.get('location')!
    expect(location).toMatch(
      /^\/app\/campaigns\/[0-9a-f-]{36}\?notice=news:notices\.campaignSaved$/,
    )
    const text = await textOf(await client.get(location))
    expect(text).toContain('Autumn 2025')
    // 4 + 2 confirmed, 3 + 2 attended, 3 responses averaging (5 + 4 + 3) / 3 = 4.0.
    expect(text).toMatch(
      /Registrations 6 .*Attended 5 .*Feedback responses 3 .*Average rating \(1–5\) 4\.0/,
    )
    expect(text).toMatch(/Erasmus Day 2025 .* 4 3 2 4\.5/)
    expect(text).toMatch(/National Skills Competitions .* 2 2 1 3\.0/)
  })

  it("[CAMPAIGN][TENANCY]: another organisation's campaign is not found; its events cannot be grouped", async () => {
    const a = await t.make.member('coordinator')
    const b = await t.make.member('org_admin')
    const [campaign] = await t.deps.db
      .insert(campaigns)
      .values({ tenantId: a.tenantId, name: { en: 'Theirs' } })
      .returning()
    const theirEvent = await eventWith(a.tenantId, 'Their event', { confirmed: 0, attended: 0 })
    const client = await t.signedIn(b.login)
    expect((await client.get(`/app/campaigns/${campaign!.id}`)).status).toBe(404)
    expect((await client.get(`/app/campaigns/${campaign!.id}/edit`)).status).toBe(404)
    const post = await client.post(`/app/campaigns/${campaign!.id}/edit`, { 'name.en': 'Mine' })
    expect(post.status).toBe(404)
    const res = await client.post('/app/campaigns/new', {
      'name.en': 'Stealing',
      eventIds: [theirEvent.id],
    })
    expect(res.status).toBe(422)
    const [after] = await t.deps.db.select().from(campaigns).where(eq(campaigns.id, campaign!.id))
    expect(after!.name).toEqual({ en: 'Theirs' })
  })

  it('[CAMPAIGN][EDIT]: the edit form keeps the values and saves changes', async () => {
    const { login, tenantId } = await t.make.member('org_admin')
    const client = await t.signedIn(login)
    const [campaign] = await t.deps.db
      .insert(campaigns)
      .values({ tenantId, name: { en: 'Spring' } })
      .returning()
    const form = await client.get(`/app/campaigns/${campaign!.id}/edit`)
    expect(await form.text()).toContain('value="Spring"')
    const res = await client.post(`/app/campaigns/${campaign!.id}/edit`, {
      'name.en': 'Spring 2026',
      startsOn: '2026-03-01',
    })
    expect(res.status).toBe(303)
    const list = await textOf(await client.get('/app/campaigns'))
    expect(list).toContain('Spring 2026')
    expect(list).toContain('From March 1, 2026')
  })
})
