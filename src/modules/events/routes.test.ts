import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { type TestClient, textOf } from '../../../tests/setup/client.ts'
import { checkIn } from './check-in.ts'
import type { Event } from './service.ts'
import { organiser, publishedEvent, register } from './test-support.ts'

let t: TestApp
let coordinator: TestClient
let staff: TestClient
let learner: TestClient
let stranger: TestClient
let event: Event
let pending: Awaited<ReturnType<typeof register>>['registration']
let ctx: Awaited<ReturnType<typeof organiser>>['ctx']

beforeAll(async () => {
  t = await setupTestApp()
  const org = await organiser(t)
  ctx = org.ctx
  coordinator = await t.signedIn(org.login)
  staff = await t.signedIn((await t.make.member('staff', { tenantId: org.tenantId })).login)
  learner = await t.signedIn((await t.make.member('learner', { tenantId: org.tenantId })).login)
  stranger = await t.signedIn((await t.make.member('coordinator')).login)
  event = await publishedEvent(ctx, { capacity: 5, needsApproval: true })
  pending = (await register(t, event.id, { name: 'Blerta Pending' })).registration
})

const form = (over: Record<string, string> = {}) => ({
  type: 'info_day',
  'title.sq': 'Ditë informuese',
  'title.en': 'Info Day',
  'description.en': 'Come and ask.',
  startsAt: '2027-03-10T10:00',
  endsAt: '2027-03-10T13:00',
  timeZone: 'Europe/Tirane',
  venueName: 'Europe House',
  venueAddress: 'Tiranë',
  capacity: '1',
  q0Kind: 'yes_no',
  'q0Label.en': 'Do you need a certificate?',
  ...over,
})

describe('event pages for staff', () => {
  it('[EVENTS][LIST]: staff and coordinators see the list; learners 403; strangers do not see it', async () => {
    expect((await t.anonymous().get('/app/events')).status).toBe(302)
    expect((await learner.get('/app/events')).status).toBe(403)
    const page = await textOf(await staff.get('/app/events'))
    expect(page).toContain('Erasmus+ Info Day')
    expect(page).not.toContain('New event')
    expect(await textOf(await coordinator.get('/app/events'))).toContain('New event')
    expect(await textOf(await stranger.get('/app/events'))).not.toContain('Erasmus+ Info Day')
  })

  it('[EVENTS][CREATE]: staff 403; bad input 422 keeps what was typed; good input makes a draft', async () => {
    expect((await staff.get('/app/events/new')).status).toBe(403)
    expect((await staff.post('/app/events/new', form())).status).toBe(403)
    const newForm = await coordinator.get('/app/events/new')
    expect(newForm.status).toBe(200)
    expect(await newForm.text()).toContain('value="Europe/Tirane" selected')
    const bad = await coordinator.post(
      '/app/events/new',
      form({ endsAt: '2027-03-10T09:00', capacity: 'many' }),
    )
    expect(bad.status).toBe(422)
    const html = await bad.text()
    expect(html).toContain('value="Ditë informuese"')
    expect(html).toContain('value="2027-03-10T09:00"')
    expect(html).toContain('The end must come after the start.')
    expect(html).toContain('Enter a whole number of places')
    expect(html).toContain('Do you need a certificate?')
    const noTitle = await coordinator.post(
      '/app/events/new',
      form({ 'title.sq': '', 'title.en': '' }),
    )
    expect(noTitle.status).toBe(422)
    const ok = await coordinator.post('/app/events/new', form())
    expect(ok.status).toBe(303)
    const location = ok.headers.get('location')!
    expect(location).toMatch(/^\/app\/events\/[0-9a-f-]{36}\?notice=events:notices.created$/)
    const detail = await textOf(await coordinator.get(location))
    expect(detail).toContain('Info Day')
    expect(detail).toContain('Draft')
    expect(detail).toContain('Tirana time')
  })

  it('[EVENTS][EDIT]: 404 for strangers, 403 for staff, 422 keeps input, then saves', async () => {
    const path = `/app/events/${event.id}/edit`
    expect((await stranger.get(path)).status).toBe(404)
    expect((await staff.get(path)).status).toBe(403)
    expect((await staff.post(path, form())).status).toBe(403)
    const page = await coordinator.get(path)
    expect(await page.text()).toContain(`value="${event.slug}"`)
    const bad = await coordinator.post(path, form({ timeZone: 'Mars/Olympus', slug: event.slug }))
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('value="Ditë informuese"')
    const ok = await coordinator.post(
      path,
      form({ capacity: '50', needsApproval: 'on', slug: event.slug }),
    )
    expect(ok.status).toBe(303)
  })

  it('[EVENTS][DETAIL]: the event and its registrations; 404 across organisations, 403 for learners', async () => {
    const path = `/app/events/${event.id}`
    expect((await stranger.get(path)).status).toBe(404)
    expect((await learner.get(path)).status).toBe(403)
    const page = await textOf(await staff.get(path))
    expect(page).toContain('Blerta Pending')
    expect(page).toContain('Awaiting approval')
    expect(page).not.toContain('Approve Blerta')
  })

  it('[EVENTS][APPROVE]: strangers 404, staff 403, coordinators approve', async () => {
    const path = `/app/events/${event.id}/registrations/${pending.id}/approve`
    expect((await stranger.post(path)).status).toBe(404)
    expect((await staff.post(path)).status).toBe(403)
    const res = await coordinator.post(path)
    expect(res.status).toBe(303)
    expect((await coordinator.post(path)).status).toBe(409)
  })

  it('[EVENTS][REJECT][CANCEL]: strangers 404, staff 403, coordinators decline and cancel', async () => {
    const a = (await register(t, event.id)).registration
    const b = (await register(t, event.id)).registration
    for (const [id, action] of [
      [a.id, 'reject'],
      [b.id, 'cancel'],
    ] as const) {
      const path = `/app/events/${event.id}/registrations/${id}/${action}`
      expect((await stranger.post(path)).status).toBe(404)
      expect((await staff.post(path)).status).toBe(403)
      expect((await coordinator.post(path)).status).toBe(303)
    }
  })

  it('[EVENTS][DESK]: staff add a person without e-mail and land on the printable ticket', async () => {
    const path = `/app/events/${event.id}/registrations/new`
    expect((await stranger.get(path)).status).toBe(404)
    expect((await learner.get(path)).status).toBe(403)
    expect((await learner.post(path, { name: 'X', locale: 'sq' })).status).toBe(403)
    expect((await staff.get(path)).status).toBe(200)
    const bad = await staff.post(path, { name: '', email: 'ardit@example', locale: 'sq' })
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('value="ardit@example"')
    const ok = await staff.post(path, { name: 'Ardit Meta', email: '', locale: 'sq' })
    expect(ok.status).toBe(303)
    const ticketPath = ok.headers.get('location')!
    expect(ticketPath).toMatch(/\/registrations\/[0-9a-f-]{36}\/ticket$/)
    expect((await stranger.get(ticketPath)).status).toBe(404)
    expect((await learner.get(ticketPath)).status).toBe(403)
    const ticket = await staff.get(ticketPath)
    const html = await ticket.text()
    expect(html).toContain('Ardit Meta')
    expect(html).toMatch(/<svg role="img" aria-label="QR code of ticket [A-Z2-9]{5}-[A-Z2-9]{5}"/)
    expect(html).not.toMatch(/style="/)
  })

  it('[EVENTS][CHECKIN]: page, form and offline sync; 404 strangers, 403 learners, 422 unknown code', async () => {
    const guest = (await register(t, event.id, { name: 'Dorina Gjoka' })).registration
    await coordinator.post(`/app/events/${event.id}/registrations/${guest.id}/approve`)
    const page = `/app/events/${event.id}/check-in`
    expect((await stranger.get(page)).status).toBe(404)
    expect((await learner.get(page)).status).toBe(403)
    const html = await (await staff.get(page)).text()
    expect(html).toContain('Dorina Gjoka')
    expect(html).toContain('src="/static/check-in.js"')
    expect(await textOf(await staff.get(`${page}?q=dorina`))).not.toContain('Ardit Meta')
    expect((await learner.post(page, { code: guest.ticketCode })).status).toBe(403)
    expect((await stranger.post(page, { code: guest.ticketCode })).status).toBe(404)
    const unknown = await staff.post(page, { code: 'ZZZZZ-ZZZZZ' })
    expect(unknown.status).toBe(422)
    expect(await unknown.text()).toContain('value="ZZZZZ-ZZZZZ"')
    expect((await staff.post(page, {})).status).toBe(422)
    const ok = await staff.post(page, { code: guest.ticketCode })
    expect(ok.status).toBe(303)
    expect(await textOf(await staff.get(ok.headers.get('location')!))).toContain(
      'Dorina Gjoka is checked in.',
    )

    const sync = (client: TestClient, body: unknown, csrf = client.cookies.get('ura_csrf')) =>
      client.request(`${page}/sync`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf ?? '' },
        body: JSON.stringify(body),
      })
    const items = { items: [{ code: guest.ticketCode }, { code: 'ZZZZZ-ZZZZZ' }] }
    const res = await sync(staff, items)
    expect(res.status).toBe(200)
    expect((await res.json()).results.map((r: { result: string }) => r.result)).toEqual([
      'already',
      'unknown',
    ])
    expect((await sync(staff, items, 'forged-token-forged-token')).status).toBe(403)
    expect((await sync(staff, { items: 'nope' })).status).toBe(422)
    expect((await sync(learner, items)).status).toBe(403)
    expect((await sync(stranger, items)).status).toBe(404)
  })

  it('[EVENTS][CERTIFICATES]: staff 403 to issue, coordinators issue; the PDF downloads', async () => {
    const rows = await register(t, event.id, { name: 'Ilir Certifikata' })
    await coordinator.post(`/app/events/${event.id}/registrations/${rows.registration.id}/approve`)
    const pdfPath = `/app/events/${event.id}/registrations/${rows.registration.id}/certificate.pdf`
    expect((await staff.get(pdfPath)).status).toBe(409)
    await checkIn(ctx, event.id, { registrationId: rows.registration.id })
    const path = `/app/events/${event.id}/certificates`
    expect((await stranger.post(path)).status).toBe(404)
    expect((await staff.post(path)).status).toBe(403)
    const issued = await coordinator.post(path)
    expect(issued.status).toBe(303)
    expect(await textOf(await coordinator.get(issued.headers.get('location')!))).toMatch(
      /\d+ certificates? issued/,
    )
    expect((await stranger.get(pdfPath)).status).toBe(404)
    expect((await learner.get(pdfPath)).status).toBe(403)
    const pdf = await staff.get(pdfPath)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
  })

  it('[EVENTS][RESULTS]: feedback results with a chart and its table; 404 strangers, 403 learners', async () => {
    const path = `/app/events/${event.id}/feedback`
    expect((await stranger.get(path)).status).toBe(404)
    expect((await learner.get(path)).status).toBe(403)
    expect(await textOf(await staff.get(path))).toContain('No responses yet')
  })

  it('[EVENTS][CANCEL-EVENT]: asks first; strangers 404, staff 403; then everyone is told', async () => {
    const doomed = await publishedEvent(ctx)
    const path = `/app/events/${doomed.id}/cancel`
    expect((await stranger.get(path)).status).toBe(404)
    expect((await staff.get(path)).status).toBe(403)
    expect((await staff.post(path)).status).toBe(403)
    expect(await textOf(await coordinator.get(path))).toContain('Cancel the event?')
    expect((await coordinator.post(path)).status).toBe(303)
    expect((await coordinator.post(path)).status).toBe(409)
  })

  it('[EVENTS][PUBLISH]: strangers 404, staff 403, coordinators publish a draft', async () => {
    const created = await coordinator.post('/app/events/new', form({ 'title.en': 'To publish' }))
    const id = created.headers.get('location')!.split('/')[3]!.split('?')[0]!
    const path = `/app/events/${id}/publish`
    expect((await stranger.post(path)).status).toBe(404)
    expect((await staff.post(path)).status).toBe(403)
    expect((await coordinator.post(path)).status).toBe(303)
    expect(await textOf(await coordinator.get(`/app/events/${id}`))).toContain('Published')
  })
})
