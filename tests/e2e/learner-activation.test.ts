import type { Page } from 'playwright-core'
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
/** The demo director of "Beqir Çela", an organisation administrator. */
const DIRECTOR = 'arben.kola@beqircela.edu.al'
const DEMO_PASSWORD = 'ura-demo-2026'

const path = (page: Page) => new URL(page.url()).pathname

describe.skipIf(SKIP_E2E)('[MEMBERS][LEARNER]', () => {
  const journey = useJourney()

  it('[MEMBERS][LEARNER]: a coordinator creates a learner without e-mail, who activates the account on a phone', async () => {
    const name = 'Ilirjana Dervishi'
    const password = 'praktika-ne-itali-2026'

    // 1. The coordinator creates the account and gets the printable slip.
    const { page: coordinator } = await journey.open()
    await signIn(coordinator, COORDINATOR, DEMO_PASSWORD)
    await coordinator.goto('/app/members/new-learner')
    await checkA11y(coordinator, 'new learner form')
    await coordinator.locator('input[name="displayName"]').fill(name)
    await coordinator.locator('input[name="dateOfBirth"]').fill('2009-03-21')
    await coordinator.locator('input[name="guardianEmail"]').fill('nena.dervishi@example.test')
    await coordinator
      .locator('form[action="/app/members/new-learner"] button[type="submit"]')
      .click()
    await coordinator.waitForLoadState()
    await checkA11y(coordinator, 'activation slip')
    await screenshot(coordinator, 'activation-slip')
    const boxes = await coordinator.locator('.code-box').allTextContents()
    const [username, code] = boxes
    expect(username).toBe('ilirjana.dervishi')
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/)

    // 2. The learner's page and the guardians page (the parent is invited, not yet linked).
    await Promise.all([
      coordinator.waitForURL((url) => /^\/app\/members\/[0-9a-f-]{36}$/.test(url.pathname)),
      coordinator
        .locator('.activation-slip a[href^="/app/members/"]:not([href$="new-learner"])')
        .click(),
    ])
    expect(path(coordinator)).toMatch(/^\/app\/members\/[0-9a-f-]{36}$/)
    const learnerPath = path(coordinator)
    await checkA11y(coordinator, 'learner page')
    await coordinator.goto(`${learnerPath}/guardians`)
    await checkA11y(coordinator, 'guardians page')
    await coordinator.goto('/app/members?q=dervishi')
    await checkA11y(coordinator, 'members search')
    expect(await coordinator.locator('main').textContent()).toContain('nena.dervishi@example.test')
    expectNoPageProblems(coordinator, 'coordinator')

    // 3. The director sees the role form and the removal confirmation.
    const { page: director } = await journey.open()
    await signIn(director, DIRECTOR, DEMO_PASSWORD)
    await director.goto(learnerPath)
    await checkA11y(director, 'learner page (administrator)')
    await director.goto(`${learnerPath}/remove`)
    await checkA11y(director, 'remove confirmation')
    expectNoPageProblems(director, 'director')

    // 4. The learner activates the account on a phone and lands on the home page.
    const { page: learner } = await journey.open({ phone: true })
    await learner.goto('/activate')
    await learner.locator('input[name="username"]').fill(username!)
    await learner.locator('input[name="code"]').fill(code!.toLowerCase().replace('-', ' '))
    await learner.locator('form[action="/activate"] button[type="submit"]').click()
    await learner.waitForLoadState()
    await learner.locator('input[name="password"]').fill(password)
    await learner.locator('input[name="confirm"]').fill(password)
    await Promise.all([
      learner.waitForURL((url) => url.pathname === '/app'),
      learner.locator('form[action="/activate"] button[type="submit"]').click(),
    ])
    await learner.goto('/app/account')
    await checkA11y(learner, 'my account (learner)')
    await screenshot(learner, 'my-account-phone')
    await expectNoHorizontalOverflow(learner, 'my account on a phone')
    expect(await learner.locator('main').textContent()).toContain(username!)
    expectNoPageProblems(learner, 'learner')
  })
})
