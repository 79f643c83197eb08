import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { pickText } from '#src/lib/localized-text.ts'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { organisations } from '../organisations/schema.ts'
import { projects } from '../projects/schema.ts'
import { issueCertificates } from './certificates.ts'
import { checkIn } from './check-in.ts'
import { eventRegistrations } from './schema.ts'
import { createEvent } from './service.ts'
import { eventInput, organiser, publishedEvent, register } from './test-support.ts'

let t: TestApp
let org: Awaited<ReturnType<typeof organiser>>

beforeAll(async () => {
  t = await setupTestApp()
  org = await organiser(t)
})

const erasmusDay = {
  startsAt: new Date('2030-10-16T08:00:00Z'),
  endsAt: new Date('2030-10-16T11:00:00Z'),
}

const visitor = (over: Record<string, string> = {}) => ({
  locale: 'sq',
  name: 'Arta Krasniqi',
  email: `arta-${Math.random().toString(36).slice(2)}@example.com`,
  consent: 'on',
  ...over,
})

describe('the public event page', () => {
  it('[EVENTS][PUBLIC]: in the URL language, with hreflang, JSON-LD and the time in Tirana', async () => {
    const event = await publishedEvent(org.ctx, erasmusDay)
    const res = await t.anonymous().get(`/sq/e/${event.slug}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<html lang="sq"')
    expect(html).toContain('Ditë informuese Erasmus+')
    for (const l of ['en', 'sq', 'sr-Latn', 'mk']) {
      expect(html).toContain(
        `<link rel="alternate" hreflang="${l}" href="http://ura.test/${l}/e/${event.slug}"/>`,
      )
    }
    const ld = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!)
    expect(ld).toMatchObject({
      '@type': 'Event',
      startDate: '2030-10-16T08:00:00.000Z',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'Place', name: 'Shkolla Profesionale “Beqir Çela”' },
    })
    expect(html).not.toMatch(/<script>/)
    const text = await textOf(await t.anonymous().get(`/en/e/${event.slug}`))
    expect(text).toContain('10:00')
    expect(text).toContain('Tirana time')
    expect(text).not.toContain('Berlin')
  })

  it("[EVENTS][TZ]: a signed-in partner in Berlin sees the event's time and their own", async () => {
    const event = await publishedEvent(org.ctx, erasmusDay)
    const partner = await t.make.member('coordinator')
    await t.deps.db
      .update(organisations)
      .set({ timeZone: 'Europe/Berlin' })
      .where(eq(organisations.id, partner.tenantId))
    const client = await t.signedIn(partner.login)
    const text = await textOf(await client.get(`/en/e/${event.slug}`))
    expect(text).toMatch(/10:00\s?–\s?13:00 Tirana time \(10:00\s?–\s?13:00 Berlin\)/)
  })

  it('[EVENTS][PUBLIC]: drafts, unknown slugs and non-locales are "not found"; sitemap lists events', async () => {
    const draft = await createEvent(org.ctx, eventInput())
    expect((await t.anonymous().get(`/sq/e/${draft.slug}`)).status).toBe(404)
    expect((await t.anonymous().get('/sq/e/no-such-event')).status).toBe(404)
    const event = await publishedEvent(org.ctx)
    expect((await t.anonymous().get(`/xx/e/${event.slug}`)).status).toBe(404)
    const sitemap = await (await t.anonymous().get('/sitemap.xml')).text()
    expect(sitemap).toContain(`http://ura.test/mk/e/${event.slug}`)
    expect(sitemap).not.toContain(`/e/${draft.slug}<`)
  })
})

describe('registering', () => {
  it('[EVENTS][REGISTER]: bad input 422 keeps what was typed; then a place and a mail with links', async () => {
    const event = await publishedEvent(org.ctx, {
      capacity: 1,
      questions: [
        {
          id: 'q1',
          kind: 'choice',
          label: { en: 'Workshop', sq: 'Punëtoria' },
          required: true,
          options: [
            { en: 'Tourism', sq: 'Turizëm' },
            { en: 'ICT', sq: 'TIK' },
          ],
        },
      ],
    })
    const client = t.anonymous()
    const bad = await client.post(
      `/sq/e/${event.slug}/register`,
      visitor({ email: 'arta@', consent: '' }),
    )
    expect(bad.status).toBe(422)
    const html = await bad.text()
    expect(html).toContain('value="Arta Krasniqi"')
    expect(html).toContain('value="arta@"')
    expect(html).toContain('href="#f-a-q1"')
    expect(html).toContain('href="#f-consent"')
    const minor = await client.post(
      `/sq/e/${event.slug}/register`,
      visitor({ dateOfBirth: '2015-01-01', 'a-q1': '1' }),
    )
    expect(minor.status).toBe(422)
    expect(await minor.text()).toContain('href="#f-guardianEmail"')
    const form = visitor({ 'a-q1': '1' })
    const ok = await client.post(`/sq/e/${event.slug}/register`, form)
    expect(ok.status).toBe(303)
    const page = ok.headers.get('location')!
    expect(page).toMatch(/^\/sq\/r\/[\w-]+\?notice=events:notices.registered$/)
    const mine = await client.get(page)
    expect(mine.headers.get('cache-control')).toBe('private, no-store')
    expect(mine.headers.get('x-robots-tag')).toBe('noindex')
    const mineHtml = await mine.text()
    expect(mineHtml).toMatch(/<svg role="img" aria-label="[^"]+"/)
    expect(mineHtml).not.toMatch(/style="/)
    const mail = t.mailer.sent.findLast((m) => m.to === form.email)!
    expect(mail.text).toContain(`http://ura.test${page.split('?')[0]}/cancel`)
    const again = await client.post(`/sq/e/${event.slug}/register`, form)
    expect(again.status).toBe(409)
    expect(await again.text()).toContain(`value="${form.email}"`)
  })

  it('[EVENTS][WAITLIST]: the next visitor waits, and gets the place when the first cancels by link', async () => {
    const event = await publishedEvent(org.ctx, { capacity: 1 })
    const first = await t
      .anonymous()
      .post(`/en/e/${event.slug}/register`, visitor({ locale: 'en' }))
    const firstPage = first.headers.get('location')!.split('?')[0]!
    const secondForm = visitor({ locale: 'en' })
    expect(await textOf(await t.anonymous().get(`/en/e/${event.slug}`))).toContain(
      'Join the waiting list',
    )
    const second = await t.anonymous().post(`/en/e/${event.slug}/register`, secondForm)
    const secondPage = second.headers.get('location')!.split('?')[0]!
    expect(await textOf(await t.anonymous().get(secondPage))).toContain(
      'You are number 1 on the waiting list',
    )
    const cancel = await t.anonymous().get(`${firstPage}/cancel`)
    expect(await textOf(cancel)).toContain('Cancel your registration?')
    const done = await t.anonymous().post(`${firstPage}/cancel`)
    expect(done.status).toBe(303)
    expect(await textOf(await t.anonymous().get(secondPage))).toContain('You have a place')
    expect(t.mailer.sent.findLast((m) => m.to === secondForm.email)!.subject).toContain(
      'A place is free',
    )
    expect((await t.anonymous().post(`${firstPage}/cancel`)).status).toBe(409)
    expect((await t.anonymous().get('/en/r/not-a-real-token-at-all-000')).status).toBe(404)
  })

  it("[EVENTS][GUARDIAN]: the guardian's link shows the request and confirms it", async () => {
    const event = await publishedEvent(org.ctx, erasmusDay)
    const form = visitor({
      dateOfBirth: '2015-05-05',
      guardianName: 'Mirela Meta',
      guardianEmail: 'mirela@example.com',
    })
    await t.anonymous().post(`/sq/e/${event.slug}/register`, form)
    const link = t.mailer.sent
      .findLast((m) => m.to === 'mirela@example.com')!
      .text.match(/http:\/\/ura\.test(\/sq\/g\/[\w-]+)/)![1]!
    const page = await t.anonymous().get(link)
    expect(page.status).toBe(200)
    expect(await textOf(page)).toContain('Arta Krasniqi')
    const confirmed = await t.anonymous().post(link)
    expect(confirmed.status).toBe(200)
    expect(t.mailer.sent.findLast((m) => m.to === form.email)!.subject).toContain('Vendi juaj')
    expect((await t.anonymous().get('/sq/g/not-a-real-token-at-all-000')).status).toBe(404)
  })
})

describe('after the event', () => {
  it('[EVENTS][FEEDBACK][CERTIFICATE]: the survey opens after check-in, once; the PDF and its check', async () => {
    const event = await publishedEvent(org.ctx)
    const { registration: r } = await register(t, event.id, { locale: 'en' })
    const base = `/en/r/${r.accessToken}`
    expect((await t.anonymous().get(`${base}/feedback`)).status).toBe(409)
    expect((await t.anonymous().get(`${base}/certificate.pdf`)).status).toBe(409)
    await checkIn(org.ctx, event.id, { code: r.ticketCode })
    expect((await t.anonymous().get(`${base}/feedback`)).status).toBe(200)
    const bad = await t
      .anonymous()
      .post(`${base}/feedback`, { overall: '5', comment: 'Shumë mirë' })
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('Shumë mirë')
    const ok = await t
      .anonymous()
      .post(`${base}/feedback`, { overall: '5', content: '4', organisation: '5', usefulness: '4' })
    expect(ok.status).toBe(303)
    expect((await t.anonymous().get(`${base}/feedback`)).status).toBe(303)
    expect(
      (
        await t.anonymous().post(`${base}/feedback`, {
          overall: '5',
          content: '4',
          organisation: '5',
          usefulness: '4',
        })
      ).status,
    ).toBe(409)
    await issueCertificates(org.ctx, event.id)
    const pdf = await t.anonymous().get(`${base}/certificate.pdf`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const page = await textOf(await t.anonymous().get(base))
    expect(page).toContain('Download the certificate')
    const code = t.mailer.sent.findLast((m) => m.to === r.email)!.text
    expect(code).toContain('certificate.pdf')
  })

  it('[EVENTS][VERIFY]: ticket and certificate codes can be checked by anyone; unknown ones 404', async () => {
    const event = await publishedEvent(org.ctx)
    const { registration: r } = await register(t, event.id, { name: 'Gentian Muça' })
    const ticket = await t.anonymous().get(`/sq/tickets/${r.ticketCode}`)
    expect(ticket.status).toBe(200)
    expect(await textOf(ticket)).toContain('Gentian Muça')
    expect((await t.anonymous().get('/sq/tickets/ZZZZZ-ZZZZZ')).status).toBe(404)
    await checkIn(org.ctx, event.id, { code: r.ticketCode })
    await issueCertificates(org.ctx, event.id)
    const mail = t.mailer.sent.findLast((m) => m.to === r.email)!
    expect(mail.text).toContain('certificate.pdf')
    const [row] = await t.deps.db
      .select()
      .from(eventRegistrations)
      .where(eq(eventRegistrations.id, r.id))
    // The certificate is a credential: the printed link lands on the one verification page.
    const cert = await t.anonymous().get(`/en/certificates/${row!.certificateCode}`)
    expect(cert.status).toBe(301)
    expect(cert.headers.get('location')).toBe(`/en/credentials/${row!.certificateCode}`)
    const page = await textOf(await t.anonymous().get(cert.headers.get('location')!))
    expect(page).toContain('Gentian Muça')
    expect(page).toContain(pickText(event.title, 'en').value)
    expect(page).toMatch(/valid/i)
    const badge = await t.anonymous().get(`/credentials/${row!.certificateCode}/badge.json`)
    expect(badge.status).toBe(200)
    expect(((await badge.json()) as { type: string[] }).type).toContain('OpenBadgeCredential')
    expect((await t.anonymous().get('/en/certificates/ZZZZZ-ZZZZZ')).status).toBe(404)
    expect((await t.anonymous().get('/en/certificates/%3Cscript%3E')).status).toBe(404)
  })

  it('[EVENTS][VERIFY]: a certificate issued before credentials gets one with its printed code', async () => {
    const event = await publishedEvent(org.ctx)
    const { registration: r } = await register(t, event.id, { name: 'Besa Krasniqi' })
    await checkIn(org.ctx, event.id, { code: r.ticketCode })
    const printed = 'K7QM2-XHP4W'
    await t.deps.db
      .update(eventRegistrations)
      .set({ certificateCode: printed, certificateIssuedAt: new Date('2026-05-04T10:00:00Z') })
      .where(eq(eventRegistrations.id, r.id))
    const old = await t.anonymous().get(`/sq/certificates/${printed.toLowerCase()}`)
    expect(old.headers.get('location')).toBe(`/sq/credentials/${printed}`)
    const page = await textOf(await t.anonymous().get(`/sq/credentials/${printed}`))
    expect(page).toContain('Besa Krasniqi')
    // Twice is once: the second visit finds the credential made by the first.
    expect((await t.anonymous().get(`/sq/certificates/${printed}`)).status).toBe(301)
  })
})

describe('calendar feed', () => {
  it('[EVENTS][ICAL]: per organisation, and per project by ?project=; unknown organisation 404', async () => {
    const event = await publishedEvent(org.ctx, {
      ...erasmusDay,
      title: { en: 'Erasmus Day 2030' },
    })
    const [o] = await t.deps.db
      .select()
      .from(organisations)
      .where(eq(organisations.id, org.tenantId))
    const res = await t.anonymous().get(`/en/o/${o!.slug}/events.ics`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const ics = await res.text()
    expect(ics).toContain('BEGIN:VEVENT')
    expect(ics).toContain('DTSTART:20301016T080000Z')
    expect(ics).toContain(`URL;VALUE=URI:http://ura.test/en/e/${event.slug}`)
    const none = await (
      await t.anonymous().get(`/en/o/${o!.slug}/events.ics?project=${crypto.randomUUID()}`)
    ).text()
    expect(none).not.toContain('BEGIN:VEVENT')
    expect((await t.anonymous().get('/en/o/no-such-org/events.ics')).status).toBe(404)
  })

  it('[EVENTS][ICAL]: per public project at /:locale/p/:slug/events.ics; private projects 404', async () => {
    const [p] = await t.deps.db
      .insert(projects)
      .values({
        tenantId: org.tenantId,
        slug: 'alliance-feed',
        acronym: 'ALLIANCE',
        title: { en: 'Alliance' },
        isPublic: true,
      })
      .returning()
    await t.deps.db.insert(projects).values({
      tenantId: org.tenantId,
      slug: 'secret-feed',
      acronym: 'SECRET',
      title: { en: 'Secret' },
    })
    const inProject = await publishedEvent(org.ctx, {
      ...erasmusDay,
      projectId: p!.id,
      title: { en: 'Project day' },
    })
    await publishedEvent(org.ctx, { ...erasmusDay, title: { en: 'Not in the project' } })
    const res = await t.anonymous().get('/sq/p/alliance-feed/events.ics')
    expect(res.status).toBe(200)
    const ics = await res.text()
    expect(ics.split('BEGIN:VEVENT')).toHaveLength(2)
    expect(ics).toContain(`/sq/e/${inProject.slug}`)
    expect((await t.anonymous().get('/sq/p/secret-feed/events.ics')).status).toBe(404)
  })
})
