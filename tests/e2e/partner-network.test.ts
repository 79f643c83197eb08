import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { PHONE, SKIP_E2E } from './support/browser.ts'
import { useJourney } from './support/journey.ts'
import {
  checkA11y,
  expectNoHorizontalOverflow,
  expectNoPageProblems,
  screenshot,
  signIn,
} from './support/pages.ts'

const COORDINATOR = 'coordinator@beqircela.edu.al'
const COACH = 'giulia.gallo@apro-formazione-alba.example'
const DEMO_PASSWORD = 'ura-demo-2026'

const path = (page: Page) => new URL(page.url()).pathname
const main = async (page: Page) => (await page.locator('main').textContent()) ?? ''

describe.skipIf(SKIP_E2E)('[NETWORK][JOURNEY]', () => {
  const journey = useJourney()

  it('[NETWORK][JOURNEY]: a coordinator adds a partner, records an agreement (after fixing a mistake) with its signed PDF, and reads the map', async () => {
    const { page } = await journey.open({ locale: 'en' })
    await page.goto('/signin')
    await signIn(page, COORDINATOR, DEMO_PASSWORD)
    await page.goto('/locale/en?next=/app/network')
    expect(path(page)).toBe('/app/network')
    expect(await main(page)).toContain('Agreements to renew in the next 90 days')
    await checkA11y(page, 'network directory')

    // Search without accents finds the school by its Albanian name.
    await page.locator('input[name="q"]').fill('beqir cela')
    await Promise.all([page.waitForURL(/q=beqir/), page.locator('.filters button').click()])
    expect(await main(page)).toContain('1 organisation')

    // A partner that has no account in Ura yet.
    await page.goto('/app/network/organisations/new')
    await checkA11y(page, 'add external organisation')
    await page.locator('input[name="name.en"]').fill('Adriatic Training Centre')
    await page.locator('select[name="type"]').selectOption('ngo')
    await page.locator('select[name="country"]').selectOption('IT')
    await page.locator('input[name="city"]').fill('Bari')
    await page.locator('input[name="latitude"]').fill('41.1171')
    await page.locator('input[name="longitude"]').fill('16.8719')
    await Promise.all([
      page.waitForURL(/\/app\/network\/organisations\/[0-9a-f-]{36}/),
      page.locator('main form button[type="submit"]').click(),
    ])
    expect(await main(page)).toContain('The organisation is in the directory.')
    const partnerId = path(page).split('/').pop()!

    // An agreement with it: a mistake first (422, values kept), then saved.
    await page.goto('/app/network/partnerships/new')
    await checkA11y(page, 'agreement form')
    await page.locator('select[name="partnerId"]').selectOption(partnerId)
    await page.locator('input[name="validFrom"]').fill('2026-01-01')
    await page.locator('input[name="validTo"]').fill('2025-12-31')
    await page.locator('input[name="quotas.LM-SHORT-VET"]').fill('4')
    await page.locator('textarea[name="scope.en"]').fill('Placements in logistics')
    await page.locator('main form button[type="submit"]').click()
    await page.waitForSelector('.error-summary')
    expect(await page.locator('input[name="quotas.LM-SHORT-VET"]').inputValue()).toBe('4')
    await checkA11y(page, 'agreement form with errors')
    await page.locator('input[name="validTo"]').fill('2028-12-31')
    await Promise.all([
      page.waitForURL(/\/app\/network\/partnerships\/[0-9a-f-]{36}\?/),
      page
        .locator('main form[action="/app/network/partnerships/new"] button[type="submit"]')
        .click(),
    ])
    expect(await main(page)).toContain('Adriatic Training Centre')

    // The signed PDF.
    await page.locator('input[name="document"]').setInputFiles({
      name: 'mou-adriatic.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n%%EOF\n'),
    })
    await Promise.all([
      page.waitForURL(/notice=network/),
      page.locator('form[enctype="multipart/form-data"] button').click(),
    ])
    expect(await main(page)).toContain('Download mou-adriatic.pdf')
    await checkA11y(page, 'agreement with document')
    await screenshot(page, 'network-agreement-desktop')

    // The map: an SVG with the same data as a table.
    await page.goto('/app/network/map')
    await checkA11y(page, 'network map')
    expect(await page.locator('svg.network-map circle.map-point').count()).toBeGreaterThan(15)
    expect(await page.locator('svg.network-map line.map-partnership').count()).toBe(3)
    await screenshot(page, 'network-map-desktop')
    await page.setViewportSize(PHONE.viewport!)
    await expectNoHorizontalOverflow(page, 'network map on a phone')
    await page.goto('/app/network/host-companies')
    await checkA11y(page, 'host companies')
    await screenshot(page, 'network-host-companies-phone')
    await expectNoHorizontalOverflow(page, 'host companies on a phone')
    expectNoPageProblems(page, 'coordinator')
  })

  it('[NETWORK][JOURNEY]: a V2V coach adds a goal and a progress note to its twinning plan, in Macedonian too', async () => {
    const { page } = await journey.open({ locale: 'en' })
    await page.goto('/signin')
    await signIn(page, COACH, DEMO_PASSWORD)
    await page.goto('/locale/en?next=/app/network/twinning')
    await checkA11y(page, 'twinning list')
    await Promise.all([
      page.waitForURL(/\/app\/network\/twinning\/[0-9a-f-]{36}/),
      page.locator('main table a').first().click(),
    ])
    await checkA11y(page, 'twinning plan')
    await page.locator('input[name="title.en"]').fill('Host two teachers from Nikšić')
    await page.locator('input[name="targetDate"]').fill('2026-05-31')
    await Promise.all([
      page.waitForURL(/notice=network/),
      page.locator('form[action$="/goals"] button[type="submit"]').click(),
    ])
    expect(await main(page)).toContain('Host two teachers from Nikšić')
    const goal = page.locator('.twinning-goal', { hasText: 'Host two teachers from Nikšić' })
    await goal.locator('summary').click()
    await goal.locator('textarea[name="body"]').fill('Dates agreed with the school in Nikšić.')
    await goal.locator('select[name="status"]').selectOption('in_progress')
    await Promise.all([
      page.waitForURL(/notice=network/),
      goal.locator('form button[type="submit"]').click(),
    ])
    expect(await main(page)).toContain('Dates agreed with the school in Nikšić.')
    await screenshot(page, 'network-twinning-plan-desktop')
    await page.goto(`/locale/mk?next=${encodeURIComponent(path(page))}`)
    expect(await main(page)).toContain('План за менторство')
    await checkA11y(page, 'twinning plan (mk)')
    expectNoPageProblems(page, 'coach')
  })
})
