import { describe, expect, it } from 'vitest'
import { SKIP_E2E } from './support/browser.ts'
import { useJourney } from './support/journey.ts'
import {
  checkA11y,
  expectNoHorizontalOverflow,
  expectNoPageProblems,
  screenshot,
  signIn,
} from './support/pages.ts'

const COORDINATOR = 'coordinator@beqircela.edu.al'
/** Ardit's mother, a guardian at "Beqir Çela". */
const GUARDIAN = 'mirela.meta@example.com'
const DEMO_PASSWORD = 'ura-demo-2026'

describe.skipIf(SKIP_E2E)('[MOBILITY][JOURNEY]', () => {
  const journey = useJourney()

  it('[MOBILITY][JOURNEY]: a coordinator follows a mobility, a guardian signs on a phone, anyone verifies a certificate', async () => {
    // 1. The coordinator goes through Ardit's mobility, sub-page by sub-page.
    const { page: coordinator } = await journey.open()
    await signIn(coordinator, COORDINATOR, DEMO_PASSWORD)
    await coordinator.goto('/app/mobility')
    await checkA11y(coordinator, 'mobility list')
    await coordinator.locator('main a', { hasText: 'Ardit Meta' }).first().click()
    await coordinator.waitForLoadState()
    const base = new URL(coordinator.url()).pathname
    expect(base).toMatch(/^\/app\/mobility\/[0-9a-f-]{36}$/)
    await checkA11y(coordinator, 'mobility overview')
    for (const tab of ['agreement', 'todos', 'sensitive', 'incidents', 'report', 'certificate']) {
      await coordinator.goto(`${base}/${tab}`)
      await checkA11y(coordinator, `mobility ${tab}`)
    }
    await coordinator.goto('/app/mobility/new')
    await checkA11y(coordinator, 'new mobility form')
    await coordinator.locator('form[action="/app/mobility/new"] button[type="submit"]').click()
    await coordinator.waitForLoadState()
    await checkA11y(coordinator, 'new mobility form with errors')
    await coordinator.goto('/app/mobility/incoming')
    await checkA11y(coordinator, 'incoming participants')
    await coordinator.locator('main a', { hasText: 'Παπαδάκης' }).first().click()
    await coordinator.waitForLoadState()
    await coordinator.goto(`${new URL(coordinator.url()).pathname}/incoming`)
    await checkA11y(coordinator, 'hosting checklist')
    // Ergys's certificate: its public verification address.
    await coordinator.goto('/app/mobility?q=ergys')
    await coordinator.locator('main a', { hasText: 'Ergys Bregu' }).first().click()
    await coordinator.waitForLoadState()
    await coordinator.goto(`${new URL(coordinator.url()).pathname}/certificate`)
    const verifyUrl = await coordinator
      .locator('main a[href*="/credentials/"]:not([href*="/revoke"])')
      .getAttribute('href')
    expect(verifyUrl).toBeTruthy()
    expectNoPageProblems(coordinator, 'coordinator')

    // 2. Ardit's mother signs his learning agreement on her phone, in Albanian.
    const { page: guardian } = await journey.open({ phone: true })
    await signIn(guardian, GUARDIAN, DEMO_PASSWORD)
    await guardian.goto('/app/my-mobility')
    await checkA11y(guardian, 'my child’s mobility (phone)')
    await expectNoHorizontalOverflow(guardian, 'my child’s mobility')
    await guardian.goto(`${base}/agreement`)
    await checkA11y(guardian, 'agreement to sign (phone)')
    await expectNoHorizontalOverflow(guardian, 'agreement on a phone')
    await guardian.locator(`form[action="${base}/agreement/sign"] button[type="submit"]`).click()
    await guardian.waitForLoadState()
    expect(await guardian.locator('.notice').textContent()).toBeTruthy()
    await checkA11y(guardian, 'agreement signed (phone)')
    await screenshot(guardian, 'mobility-agreement-signed-phone')
    expectNoPageProblems(guardian, 'guardian')

    // 3. Anyone holding the certificate checks it on a phone; an unknown code says so.
    const { page: visitor } = await journey.open({ phone: true })
    await visitor.goto(new URL(verifyUrl!).pathname)
    await checkA11y(visitor, 'certificate verification (phone)')
    await expectNoHorizontalOverflow(visitor, 'certificate verification')
    expect(await visitor.locator('main').textContent()).toContain('Ergys Bregu')
    await visitor.goto('/sq/verify/nuk-ekziston-ky-kod')
    await checkA11y(visitor, 'unknown certificate')
  })
})
