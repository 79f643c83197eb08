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
const STAFF = 'blerina.daci@beqircela.edu.al'
const DEMO_PASSWORD = 'ura-demo-2026'

const path = (page: Page) => new URL(page.url()).pathname

describe.skipIf(SKIP_E2E)('[COMPETENCES][JOURNEY]', () => {
  const journey = useJourney()

  it('[COMPETENCES][JOURNEY]: the office reads its gaps; a teacher rates herself without JavaScript, on a phone', async () => {
    // 1. The coordinator: frameworks, own profile, the organisation's and the consortium's gaps.
    const { page: office } = await journey.open()
    await signIn(office, COORDINATOR, DEMO_PASSWORD)
    await office.goto('/app/competences')
    await checkA11y(office, 'competence frameworks')
    await office.goto('/app/competences/me')
    await checkA11y(office, 'my competence profile')
    await office.goto('/app/competences/organisation')
    await checkA11y(office, 'organisation gaps')
    await screenshot(office, 'competences-organisation')
    expect(await office.locator('tr[data-code="digcomp-2.2:1.1"] td').first().textContent()).toBe(
      '7',
    )
    await Promise.all([
      office.waitForURL((url) => url.pathname.startsWith('/app/competences/projects/')),
      office.locator('a[href^="/app/competences/projects/"]').first().click(),
    ])
    await checkA11y(office, 'consortium gaps')
    await office.locator('a[href^="/app/competences/organisation"]').first().click()
    await Promise.all([
      office.waitForURL((url) => url.pathname.startsWith('/app/competences/people/')),
      office.locator('a[href^="/app/competences/people/"]').first().click(),
    ])
    await checkA11y(office, 'a staff member’s profile')
    // A refused own competence: the error summary and the form again.
    await office.goto('/app/competences/own/new')
    await checkA11y(office, 'own competence form')
    await office.locator('form[action="/app/competences/own/new"] button[type="submit"]').click()
    await office.waitForLoadState()
    await checkA11y(office, 'own competence form with errors')
    expect(await office.locator('.error-summary').count()).toBe(1)
    expectNoPageProblems(office, 'office')

    // 2. A teacher on a phone: from her profile to a course, and its rating page.
    const { page: phone } = await journey.open({ phone: true })
    await signIn(phone, STAFF, DEMO_PASSWORD)
    await phone.goto('/app/competences/me')
    await checkA11y(phone, 'profile on a phone')
    await expectNoHorizontalOverflow(phone, 'profile on a phone')
    await Promise.all([
      phone.waitForURL((url) => url.pathname.startsWith('/app/learning/courses/')),
      phone.locator('a[href^="/app/learning/courses/"]').first().click(),
    ])
    await Promise.all([
      phone.waitForURL((url) => url.pathname === '/app/competences/rate'),
      phone.locator('a[href^="/app/competences/rate?course="]').click(),
    ])
    await checkA11y(phone, 'course rating page on a phone')
    await expectNoHorizontalOverflow(phone, 'course rating page on a phone')
    await screenshot(phone, 'competences-rate-phone')
    expectNoPageProblems(phone, 'phone')

    // 3. Without JavaScript: she rates herself on GreenComp; nothing chosen is refused first (in
    // her Albanian; the framework's names stay in English).
    const { page: plain } = await journey.open({ javaScriptEnabled: false })
    await signIn(plain, STAFF, DEMO_PASSWORD)
    await plain.goto('/app/competences/rate?phase=self&framework=greencomp')
    const submit = plain.locator('form[action="/app/competences/rate"] button[type="submit"]')
    await submit.click()
    await plain.waitForLoadState()
    expect(await plain.locator('.error-summary').textContent()).toContain(
      'Zgjidhni një nivel për të paktën një kompetencë.',
    )
    await plain.locator('fieldset.rating').first().locator('input[type="radio"]').nth(3).check()
    await Promise.all([
      plain.waitForURL((url) => url.pathname === '/app/competences/me'),
      submit.click(),
    ])
    expect(path(plain)).toBe('/app/competences/me')
    expect(await plain.locator('main').textContent()).toContain('Valuing sustainability')
  })
})
