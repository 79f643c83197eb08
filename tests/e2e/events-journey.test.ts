import { randomBytes } from 'node:crypto'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { wallClockIn } from '#src/lib/dates.ts'
import { getT, isLocale } from '#src/lib/i18n.ts'
import { SKIP_E2E } from './support/browser.ts'
import { useJourney } from './support/journey.ts'
import {
  checkA11y,
  expectNoHorizontalOverflow,
  expectNoPageProblems,
  htmlLang,
  screenshot,
  signIn,
} from './support/pages.ts'

const COORDINATOR = 'coordinator@beqircela.edu.al'
/** The demo director of "Beqir Çela", an organisation administrator (reads the outbox). */
const DIRECTOR = 'arben.kola@beqircela.edu.al'
const DEMO_PASSWORD = 'ura-demo-2026'

/** The translation of `key` in the language the page is shown in. */
async function tr(page: Page, key: string, params?: Record<string, unknown>) {
  const lang = await htmlLang(page)
  if (!isLocale(lang)) throw new Error(`unexpected html lang "${lang}"`)
  return getT(lang)(key, params)
}

const path = (page: Page) => new URL(page.url()).pathname

/** Every page of the journey: axe, no sideways scrolling on the phone, a screenshot. */
async function look(page: Page, label: string) {
  await checkA11y(page, label)
  await expectNoHorizontalOverflow(page, label)
  await screenshot(page, `events-${label.replace(/\W+/g, '-')}`)
}

async function submit(page: Page, form: string, url: (u: URL) => boolean) {
  await Promise.all([page.waitForURL(url), page.locator(`${form} button[type="submit"]`).click()])
}

async function registerAs(page: Page, publicUrl: string, name: string, email: string) {
  await page.goto(publicUrl)
  await page.locator('input[name="name"]').fill(name)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="consent"]').check()
  await submit(page, 'form[action$="/register"]', (u) => u.pathname.includes('/r/'))
}

describe.skipIf(SKIP_E2E)('[EVENTS][JOURNEY]', () => {
  const journey = useJourney()

  it('[EVENTS][JOURNEY]: an Info Day in two languages fills up, the waiting list moves, check-in works offline, a certificate is issued', async () => {
    const suffix = randomBytes(3).toString('hex')
    const titleSq = `Ditë informuese Erasmus+ ${suffix}`
    const titleEn = `Erasmus+ Info Day ${suffix}`
    const first = { name: 'Arta Krasniqi', email: `arta.${suffix}@example.com` }
    const second = { name: 'Dorina Gjoka', email: `dorina.${suffix}@example.com` }

    // 1. The coordinator creates the Info Day, in Albanian and English, with one place.
    const { page: staff, context: staffContext } = await journey.open({ phone: true })
    await signIn(staff, COORDINATOR, DEMO_PASSWORD)
    await staff.goto('/app/events')
    await look(staff, 'events list')
    await Promise.all([
      staff.waitForURL((u) => u.pathname === '/app/events/new'),
      staff.locator('a[href="/app/events/new"]').click(),
    ])
    await look(staff, 'new event form')
    await staff.locator('select[name="type"]').selectOption('info_day')
    await staff.locator('#f-title-tab-sq').click()
    await staff.locator('#f-title-sq').fill(titleSq)
    await staff.locator('#f-title-tab-en').click()
    await staff.locator('#f-title-en').fill(titleEn)
    await staff.locator('#f-description-tab-sq').click()
    await staff
      .locator('#f-description-sq')
      .fill('Mobiliteti për nxënësit dhe stafin: si aplikohet.')
    await staff.locator('#f-description-tab-en').click()
    await staff.locator('#f-description-en').fill('Mobility for learners and staff: how to apply.')
    const start = new Date(Date.now() + 3 * 86_400_000)
    const day = wallClockIn(start, 'Europe/Tirane').slice(0, 10)
    await staff.locator('input[name="startsAt"]').fill(`${day}T10:00`)
    await staff.locator('input[name="endsAt"]').fill(`${day}T12:00`)
    await staff.locator('input[name="venueName"]').fill('Shkolla Profesionale “Beqir Çela”')
    await staff.locator('input[name="venueAddress"]').fill('Durrës')
    await staff.locator('input[name="capacity"]').fill('1')
    await submit(staff, 'form[action="/app/events/new"]', (u) =>
      /^\/app\/events\/[0-9a-f-]{36}$/.test(u.pathname),
    )
    const eventPath = path(staff)
    expect(await staff.locator('h1').textContent()).toBe(titleSq)
    await submit(staff, `form[action="${eventPath}/publish"]`, (u) => u.pathname === eventPath)
    expect(await staff.locator('.notice').textContent()).toBe(
      await tr(staff, 'events:notices.published'),
    )
    await look(staff, 'event page published')
    const publicUrl = await staff.locator(`.facts a[href*="/e/"]`).getAttribute('href')
    expect(publicUrl).toMatch(new RegExp(`^${journey.ura.baseUrl}/\\w+(-\\w+)?/e/[a-z0-9-]+$`))
    const sqUrl = publicUrl!.replace(/\/[\w-]+\/e\//, '/sq/e/')
    expectNoPageProblems(staff, 'coordinator creating the event')

    // 2. A visitor registers on a phone and gets the only place, with a ticket.
    const { page: a } = await journey.open({ phone: true })
    await a.goto(sqUrl)
    expect(await a.locator('h1').textContent()).toBe(titleSq)
    expect(await a.locator('link[hreflang="en"]').getAttribute('href')).toBe(
      sqUrl.replace('/sq/', '/en/'),
    )
    expect(await a.locator('script[type="application/ld+json"]').count()).toBe(1)
    await look(a, 'public event page')
    await registerAs(a, sqUrl, first.name, first.email)
    expect(await a.locator('.participant-status').textContent()).toBe(
      await tr(a, 'events:participant.status.confirmed'),
    )
    expect(await a.locator('.qr-box svg[role="img"]').count()).toBe(1)
    await look(a, 'participant ticket')
    expectNoPageProblems(a, 'first visitor (public page with JSON-LD, registration)')

    // 3. The event is full: the next visitor joins the waiting list.
    const { page: b } = await journey.open({ phone: true })
    await b.goto(sqUrl)
    expect(await b.locator('#register-h').textContent()).toBe(
      await tr(b, 'events:register.waitlistTitle'),
    )
    await look(b, 'public event page full')
    await registerAs(b, sqUrl, second.name, second.email)
    const secondPage = b.url()
    expect(await b.locator('.participant-status').textContent()).toBe(
      await tr(b, 'events:participant.status.waitlisted', { position: 1 }),
    )
    await look(b, 'participant waiting list')

    // 4. The first visitor cancels with the link in their confirmation mail (read in the outbox).
    const { page: director } = await journey.open({ phone: true })
    await signIn(director, DIRECTOR, DEMO_PASSWORD)
    await director.goto('/app/outbox')
    const row = director.locator('tbody tr', { hasText: first.email })
    expect(await row.count()).toBe(1)
    await Promise.all([
      director.waitForURL((u) => u.pathname.startsWith('/app/outbox/')),
      row.locator('a').first().click(),
    ])
    const cancelLink = await director.locator('pre a[href$="/cancel"]').getAttribute('href')
    expect(cancelLink).toMatch(new RegExp(`^${journey.ura.baseUrl}/sq/r/[\\w-]+/cancel$`))
    await a.goto(cancelLink!)
    await look(a, 'cancel confirmation')
    await submit(a, 'form[action$="/cancel"]', (u) => !u.pathname.endsWith('/cancel'))
    expect(await a.locator('.participant-status').textContent()).toBe(
      await tr(a, 'events:participant.status.cancelled'),
    )

    // 5. The place went to the second visitor automatically.
    await b.goto(secondPage)
    expect(await b.locator('.participant-status').textContent()).toBe(
      await tr(b, 'events:participant.status.confirmed'),
    )
    const ticketCode = (await b.locator('.ticket-code strong').textContent())!
    expect(ticketCode).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/)
    await look(b, 'participant promoted')
    expectNoPageProblems(b, 'second visitor')

    // 6. Check-in on the coordinator's phone, through a short network loss.
    await staff.goto(`${eventPath}/check-in`)
    await look(staff, 'check-in')
    const person = staff.locator('[data-person]', { hasText: second.name })
    expect(await person.count()).toBe(1)
    await staff.locator('input[data-search]').fill('dorina')
    expect(await person.isVisible()).toBe(true)
    await staffContext.setOffline(true)
    await person.locator('button[data-check-in-button]').click()
    await expect
      .poll(() => person.locator('[data-state]').textContent())
      .toBe(await tr(staff, 'events:checkIn.js.saved'))
    expect(await staff.locator('[data-pending-count]').textContent()).toBe('1')
    expect(await staff.locator('[data-status-text]').textContent()).toBe(
      await tr(staff, 'events:checkIn.js.offline'),
    )
    const synced = staff.waitForResponse(
      (r) => r.url().endsWith('/check-in/sync') && r.status() === 200,
    )
    await staffContext.setOffline(false)
    await synced
    await expect
      .poll(() => person.locator('[data-state]').textContent())
      .toBe(await tr(staff, 'events:checkIn.js.in'))
    expect(await staff.locator('[data-pending-box]').isHidden()).toBe(true)
    await staff.reload()
    expect(await staff.locator('[data-person].is-in', { hasText: second.name }).count()).toBe(1)
    await look(staff, 'check-in after sync')
    expectNoPageProblems(staff, 'check-in (offline, then synced)')

    // 7. The certificate is issued to the person who came, and downloads as a PDF.
    await staff.goto(eventPath)
    await submit(staff, `form[action="${eventPath}/certificates"]`, (u) => u.pathname === eventPath)
    expect(await staff.locator('.notice').textContent()).toBe(
      await tr(staff, 'events:notices.certificates', { count: 1 }),
    )
    await look(staff, 'event page with certificate')
    const staffPdf = await staff.locator('a[href$="/certificate.pdf"]').getAttribute('href')
    const fromStaff = await staff.request.get(staffPdf!)
    expect(fromStaff.status()).toBe(200)
    expect(fromStaff.headers()['content-type']).toBe('application/pdf')
    await b.goto(secondPage)
    const own = await b.locator('a[href$="/certificate.pdf"]').getAttribute('href')
    const fromParticipant = await b.request.get(own!)
    expect(fromParticipant.headers()['content-type']).toBe('application/pdf')
    expect((await fromParticipant.body()).subarray(0, 5).toString()).toBe('%PDF-')
    await look(b, 'participant with certificate')

    // The survey link is there too, and its form passes axe.
    await b.goto(`${secondPage.split('?')[0]}/feedback`)
    await look(b, 'feedback form')
    expectNoPageProblems(b, 'second visitor after the event')
  })
})
