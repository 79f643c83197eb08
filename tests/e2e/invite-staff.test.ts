import { randomBytes } from 'node:crypto'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { getT, isLocale, LOCALES } from '#src/lib/i18n.ts'
import { PHONE, SKIP_E2E } from './support/browser.ts'
import { useJourney } from './support/journey.ts'
import {
  checkA11y,
  expectNoHorizontalOverflow,
  expectNoPageProblems,
  htmlLang,
  screenshot,
  signIn,
  signOut,
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

describe.skipIf(SKIP_E2E)('[FOUNDATION][INVITE]', () => {
  const journey = useJourney()

  it('[FOUNDATION][INVITE]: a coordinator invites a colleague, who joins through the link in the e-mail', async () => {
    const email = `teuta.e2e-${randomBytes(4).toString('hex')}@beqircela.edu.al`
    const name = 'Teuta Berisha'
    const password = 'vere-ne-durres-2026'

    // 1. The coordinator invites a new member of staff.
    const coordinator = await journey.open()
    const page = coordinator.page
    await page.goto('/signin')
    await signIn(page, COORDINATOR, DEMO_PASSWORD)
    await page.goto('/app/members/invite')
    expect(path(page)).toBe('/app/members/invite')
    await checkA11y(page, 'invite form')
    await page.locator('input[name="email"]').fill(email)
    await page.locator('input[name="displayName"]').fill(name)
    await page.locator('select[name="role"]').selectOption('staff')
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/app/members'),
      page.locator('form[action="/app/members/invite"] button[type="submit"]').click(),
    ])
    expect(await page.locator('main').textContent()).toContain(email)
    await checkA11y(page, 'members after inviting')
    // Accessible names are translated sentences: check the list in every language.
    for (const locale of LOCALES) {
      await page.goto(`/locale/${locale}?next=/app/members`)
      expect(await htmlLang(page)).toBe(locale)
      await checkA11y(page, `members (${locale})`)
    }
    expectNoPageProblems(page, 'coordinator')

    // 2. Without SMTP the message waits in the outbox, where the director reads it.
    const director = await journey.open()
    const admin = director.page
    await admin.goto('/signin')
    await signIn(admin, DIRECTOR, DEMO_PASSWORD)
    await admin.goto('/app/outbox')
    await checkA11y(admin, 'outbox')
    const row = admin.locator('tbody tr', { hasText: email })
    expect(await row.count()).toBe(1)
    await Promise.all([
      admin.waitForURL((url) => url.pathname.startsWith('/app/outbox/')),
      row.locator('a').first().click(),
    ])
    await checkA11y(admin, 'outbox message')
    await screenshot(admin, 'outbox-invitation-desktop')
    await admin.setViewportSize(PHONE.viewport!)
    await screenshot(admin, 'outbox-invitation-phone')
    await expectNoHorizontalOverflow(admin, 'outbox message on a phone')
    const link = await admin.locator('pre a[href*="/invite/"]').getAttribute('href')
    expect(link, 'the invitation link points at this Ura (URA_BASE_URL)').toMatch(
      new RegExp(`^${journey.ura.baseUrl}/invite/[^/]+$`),
    )
    expectNoPageProblems(admin, 'director')

    // 3. The colleague, signed out in their own browser, follows the link and creates an account.
    // Invitations are mostly opened on a phone.
    const invitee = await journey.open({ phone: true })
    const staff = invitee.page
    await staff.goto(link!)
    await checkA11y(staff, 'invitation acceptance')
    await screenshot(staff, 'invitation-acceptance-phone')
    await expectNoHorizontalOverflow(staff, 'invitation acceptance on a phone')
    expect(await staff.locator('main').textContent()).toContain(email)
    expect(await staff.locator('input[name="displayName"]').inputValue()).toBe(name)
    await staff.locator('input[name="password"]').fill(password)
    await staff.locator('input[name="confirm"]').fill(password)
    await Promise.all([
      staff.waitForURL((url) => url.pathname === '/app'),
      staff.locator(`form[action^="/invite/"] button[type="submit"]`).click(),
    ])
    expect(await staff.locator('h1').textContent()).toBe(await tr(staff, 'home:greeting', { name }))
    expect(await staff.locator('header .role').textContent()).toContain(
      await tr(staff, 'common:roles.staff'),
    )
    await checkA11y(staff, 'staff dashboard')
    await screenshot(staff, 'staff-dashboard-phone')
    await expectNoHorizontalOverflow(staff, 'staff dashboard on a phone')

    // 4. The new account works on its own: sign out, sign in again.
    await signOut(staff)
    await signIn(staff, email, password)
    expect(path(staff)).toBe('/app')
    expect(await staff.locator('h1').textContent()).toBe(await tr(staff, 'home:greeting', { name }))
    expectNoPageProblems(staff, 'new member of staff')

    // The link is spent: opening it again no longer offers to create an account.
    const again = await journey.open()
    const response = await again.page.goto(link!)
    expect(response?.status()).toBeGreaterThanOrEqual(400)
    expect(await again.page.locator('input[name="password"]').count()).toBe(0)
  })
})
