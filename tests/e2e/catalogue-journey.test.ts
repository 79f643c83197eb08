import { describe, expect, it } from 'vitest'
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
const ADMIN = 'admin@ura.local'
const DEMO_PASSWORD = 'ura-demo-2026'

describe.skipIf(SKIP_E2E)('[CATALOGUE][JOURNEY]', () => {
  const journey = useJourney()

  it('[CATALOGUE][JOURNEY]: a Macedonian reader filters the course database on a phone; a school submits a course; the moderators see it', async () => {
    // 1. A reader in Macedonian, on a phone, without an account: list, filter, a course.
    const { page: reader } = await journey.open({ phone: true, locale: 'mk' })
    await reader.goto('/mk/catalogue/courses')
    expect(await htmlLang(reader)).toBe('mk')
    await checkA11y(reader, 'course database (mk)')
    await expectNoHorizontalOverflow(reader, 'course database')
    await screenshot(reader, 'catalogue-list-mk')
    await reader.goto('/mk/catalogue/courses?mode=online')
    await checkA11y(reader, 'course database filtered (mk)')
    await reader.goto('/mk/catalogue/courses')
    await reader.locator('main a[href^="/mk/catalogue/courses/"]').first().click()
    await reader.waitForLoadState()
    await checkA11y(reader, 'a course (mk)')
    await expectNoHorizontalOverflow(reader, 'a course')
    await screenshot(reader, 'catalogue-entry-mk')
    expectNoPageProblems(reader, 'reader')

    // 2. The Albanian coordinator's own submissions and the form.
    const { page: office } = await journey.open({ phone: true })
    await signIn(office, COORDINATOR, DEMO_PASSWORD)
    await office.goto('/app/catalogue/courses')
    expect(await htmlLang(office)).toBe('sq')
    await checkA11y(office, 'own submissions (sq)')
    await office.goto('/app/catalogue/courses/new')
    await checkA11y(office, 'new course form (sq)')
    await screenshot(office, 'catalogue-form-sq')
    expectNoPageProblems(office, 'office')

    // 3. The platform administrator's moderation queue.
    const { page: admin } = await journey.open({ phone: true })
    await signIn(admin, ADMIN, DEMO_PASSWORD)
    await admin.goto('/app/catalogue/courses/moderation')
    await checkA11y(admin, 'moderation queue')
    expect(await admin.locator('form[action$="/approve"]').count()).toBeGreaterThan(0)
    expectNoPageProblems(admin, 'admin')
  })
})
