import type { Page } from 'playwright-core'
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
const MONTENEGRO = 'marko.durovic@onogost-niksic.example'
const DEMO_PASSWORD = 'ura-demo-2026'

/** Picks level `value` on every scale of the form, then sends it. */
async function answerAll(page: Page, value: string) {
  const radios = page.locator(`input[type="radio"][value="${value}"]`)
  const n = await radios.count()
  for (let i = 0; i < n; i++) await radios.nth(i).check()
  await Promise.all([
    page.waitForURL((url) => url.pathname.endsWith('/survey/thanks')),
    page.locator('form button[type="submit"]').click(),
  ])
}

describe.skipIf(SKIP_E2E)('[ASSESSMENT][JOURNEY]', () => {
  const journey = useJourney()

  it('[ASSESSMENT][JOURNEY]: run a round, answer anonymously on a phone, read the results, watch a funding deadline', async () => {
    // 1. The coordinator (Albanian) starts a round of Ura's checklist for teachers, on a phone.
    const { page: office } = await journey.open({ phone: true })
    await signIn(office, COORDINATOR, DEMO_PASSWORD)
    await office.goto('/app/assessment')
    expect(await htmlLang(office)).toBe('sq')
    await checkA11y(office, 'rounds')
    await expectNoHorizontalOverflow(office, 'rounds')
    await office.goto('/app/assessment/rounds/new')
    await checkA11y(office, 'new round')
    await office.locator('input[name="title"]').fill('Raundi i provës')
    for (const g of ['leaders', 'admin_staff']) {
      await office.locator(`input[name="groups"][value="${g}"]`).uncheck()
    }
    await office.locator('input[name="groups"][value="teachers"]').check()
    await Promise.all([
      office.waitForURL((url) => /\/app\/assessment\/rounds\/[0-9a-f-]{36}$/.test(url.pathname)),
      office.locator('form[action="/app/assessment/rounds/new"] button[type="submit"]').click(),
    ])
    await office.locator('form[action$="/open"] button[type="submit"]').click()
    await office.waitForLoadState()
    await checkA11y(office, 'open round with links and QR code')
    await screenshot(office, 'assessment-round')
    const link = await office.locator('.survey-links a').first().getAttribute('href')
    expect(link).toMatch(/\/sq\/survey\//)
    const roundUrl = new URL(office.url()).pathname

    // 2. Teachers answer through the shared link on their phones; one reads Serbian, without JavaScript.
    const serbian = new URL(link!).pathname.replace('/sq/', '/sr-Latn/')
    const { page: phone } = await journey.open({
      phone: true,
      javaScriptEnabled: false,
      locale: 'sr-Latn',
    })
    await phone.goto(serbian)
    expect(await htmlLang(phone)).toBe('sr-Latn')
    expect(await phone.locator('h1').textContent()).toBeTruthy()
    await phone.locator('form button[type="submit"]').click()
    await phone.waitForLoadState()
    expect(await phone.locator('.error-summary').count()).toBe(1)
    await answerAll(phone, '2')
    await screenshot(phone, 'assessment-answered-sr')
    const { page: teacher } = await journey.open({ phone: true, locale: 'sr-Latn' })
    await teacher.goto(serbian)
    await checkA11y(teacher, 'survey form in Serbian')
    await expectNoHorizontalOverflow(teacher, 'survey form')
    await screenshot(teacher, 'assessment-survey-sr')
    // The same link in Macedonian reads in Cyrillic, checklist and levels alike.
    await teacher.goto(serbian.replace('/sr-Latn/', '/mk/'))
    expect(await htmlLang(teacher)).toBe('mk')
    expect(await teacher.locator('h1').textContent()).toMatch(/[\u0400-\u04FF]/)
    await checkA11y(teacher, 'survey form in Macedonian')
    await screenshot(teacher, 'assessment-survey-mk')
    await teacher.goto(serbian)
    await answerAll(teacher, '3')
    for (const value of ['4', '2', '3']) {
      await teacher.goto(new URL(link!).pathname)
      await answerAll(teacher, value)
    }
    expectNoPageProblems(teacher, 'teacher')

    // 3. Five answers: the results show the teachers, with priorities, chart and downloads.
    await office.goto(roundUrl)
    await office.locator(`form[action="${roundUrl}/close"] button[type="submit"]`).first().click()
    await office.waitForLoadState()
    await office.goto(`${roundUrl}/results`)
    await checkA11y(office, 'results of the new round')
    await screenshot(office, 'assessment-results-new')
    expect(await office.locator('.priority-list li').count()).toBe(3)

    // 4. The lowest item becomes an action of the school's plan; the form owner, deadline, indicator and target.
    await office.locator('.priority-list a[href^="/app/plans/actions/new"]').first().click()
    await office.waitForLoadState()
    await checkA11y(office, 'action form from a priority')
    expect(await office.locator('input[name="title"]').inputValue()).not.toBe('')
    expect(await office.locator('input[name="questionKey"]').inputValue()).not.toBe('')
    await office.locator('input[name="indicator"]').fill('Procedurë e shkruar dhe e miratuar')
    const objective = office.locator('select[name="objectiveId"] option:not([value=""])').first()
    await office
      .locator('select[name="objectiveId"]')
      .selectOption((await objective.getAttribute('value'))!)
    await office.locator('input[name="deadline"]').fill('2027-03-31')
    await office.locator('input[name="target"]').fill('1')
    await Promise.all([
      office.waitForURL((url) => /\/app\/plans\/[0-9a-f-]{36}$/.test(url.pathname)),
      office.locator('form[action="/app/plans/actions/new"] button[type="submit"]').click(),
    ])
    await checkA11y(office, 'plan with the new action and its timeline')
    await expectNoHorizontalOverflow(office, 'plan')
    await screenshot(office, 'plan-sq')
    expect(await office.locator('ol.timeline').count()).toBe(1)
    // The demo's own round compares with last year's and hides the three company trainers.
    await office.goto('/app/assessment')
    await office.locator('a', { hasText: 'Vlerësimi 2026' }).click()
    await office.waitForLoadState()
    await office.locator('a.btn-primary[href$="/results"]').click()
    await office.waitForLoadState()
    await checkA11y(office, 'demo results with comparison')
    await screenshot(office, 'assessment-results-sq')
    await expectNoHorizontalOverflow(office, 'demo results')
    expect(await office.locator('.notice').first().textContent()).toContain('Trajner')
    expectNoPageProblems(office, 'office')

    // 5. A Montenegrin coordinator (Serbian Latin) watches a funding opportunity's deadlines.
    const { page: me } = await journey.open({ phone: true, locale: 'sr-Latn' })
    await signIn(me, MONTENEGRO, DEMO_PASSWORD)
    await me.goto('/app/funding')
    expect(await htmlLang(me)).toBe('sr-Latn')
    await checkA11y(me, 'funding register')
    await expectNoHorizontalOverflow(me, 'funding register')
    await me.locator('a[href^="/app/funding/opportunities/"]:not([href$="/new"])').first().click()
    await me.waitForLoadState()
    await checkA11y(me, 'opportunity with eligibility')
    await screenshot(me, 'funding-opportunity-sr')
    await me.locator('form[action$="/watch"] button[type="submit"]').click()
    await me.waitForLoadState()
    await me.goto('/app/funding/watches')
    await checkA11y(me, 'watch list')
    expect(await me.locator('form[action$="/unwatch"]').count()).toBeGreaterThan(0)
    expectNoPageProblems(me, 'montenegro')
  })
})
