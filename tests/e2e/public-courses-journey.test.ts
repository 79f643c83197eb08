import { describe, expect, it } from 'vitest'
import { SKIP_E2E } from './support/browser.ts'
import { useJourney } from './support/journey.ts'
import {
  checkA11y,
  expectNoHorizontalOverflow,
  expectNoPageProblems,
  signIn,
} from './support/pages.ts'

const COORDINATOR = 'coordinator@beqircela.edu.al'
const DEMO_PASSWORD = 'ura-demo-2026'

describe.skipIf(SKIP_E2E)('[LEARNING][PUBLIC][JOURNEY]', () => {
  const journey = useJourney()

  it('[LEARNING][PUBLIC][JOURNEY]: a visitor reads the open courses and an own competence in Macedonian on a phone; the office opens the import page; axe clean', async () => {
    const { page } = await journey.open({ phone: true })
    await page.goto('/mk/courses')
    await checkA11y(page, 'open courses (mk)')
    await expectNoHorizontalOverflow(page, 'open courses')
    await Promise.all([
      page.waitForURL((url) => /^\/mk\/courses\/[a-z0-9-]+$/.test(url.pathname)),
      page.locator('main a[href^="/mk/courses/"]').first().click(),
    ])
    await checkA11y(page, 'an open course (mk)')
    await expectNoHorizontalOverflow(page, 'an open course')
    expect(await page.locator('main a[href^="/signin?next="]').count()).toBe(1)
    await page.goto('/mk/competences/org:hosting-incoming-learners')
    await checkA11y(page, 'an own competence (mk)')
    expectNoPageProblems(page, 'public courses')

    const office = await journey.open({ phone: true })
    await signIn(office.page, COORDINATOR, DEMO_PASSWORD)
    await office.page.goto('/app/learning/import')
    await checkA11y(office.page, 'course import (sq)')
    await expectNoHorizontalOverflow(office.page, 'course import')
    expectNoPageProblems(office.page, 'course import')
  })
})
