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

describe.skipIf(SKIP_E2E)('[LEARNING][COHORT][JOURNEY]', () => {
  const journey = useJourney()

  it('[LEARNING][COHORT][JOURNEY]: the office opens its cohort, reminds it, and reads the training report, on a phone, axe clean', async () => {
    const { page } = await journey.open({ phone: true })
    await signIn(page, COORDINATOR, DEMO_PASSWORD)
    await page.goto('/app/learning/reports')
    await checkA11y(page, 'training report')
    await expectNoHorizontalOverflow(page, 'training report')
    // The demo cohort is in "Running an International Office": find the course that has it.
    const hrefs = await page
      .locator('a[href^="/app/learning/courses/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
    let cohortsPage = ''
    for (const href of hrefs) {
      await page.goto(`${href}/cohorts`)
      if ((await page.locator('a[href^="/app/learning/cohorts/"]').count()) > 0) {
        cohortsPage = href
        break
      }
    }
    expect(cohortsPage).not.toBe('')
    await checkA11y(page, 'cohorts of a course')
    await expectNoHorizontalOverflow(page, 'cohorts of a course')
    await Promise.all([
      page.waitForURL((url) => url.pathname.startsWith('/app/learning/cohorts/')),
      page.locator('a[href^="/app/learning/cohorts/"]').first().click(),
    ])
    await checkA11y(page, 'a cohort')
    await Promise.all([
      page.waitForURL((url) => url.search.includes('cohortReminded')),
      page.locator('form[action$="/remind"] button').click(),
    ])
    // The coordinator reads Ura in Albanian: the notice says who was reminded.
    await expect(page.locator('.notice-success').textContent()).resolves.toMatch(/kujtesë/)
    await checkA11y(page, 'a cohort after a reminder')
    expectNoPageProblems(page, 'cohort journey')
  })
})
