import { describe, expect, it } from 'vitest'
import { SKIP_E2E } from './support/browser.ts'
import { useJourney } from './support/journey.ts'
import {
  checkA11y,
  expectNoHorizontalOverflow,
  expectNoPageProblems,
  htmlLang,
  screenshot,
} from './support/pages.ts'

describe.skipIf(SKIP_E2E)('[GRANTS][CALCULATOR]', () => {
  const journey = useJourney()

  it('[GRANTS][CALCULATOR]: a visitor on a phone without JavaScript estimates a job shadowing grant in Albanian', async () => {
    const { page } = await journey.open({ phone: true, javaScriptEnabled: false })
    await page.goto('/sq/grant-calculator')
    expect(await htmlLang(page)).toBe('sq')

    await page.getByLabel('Lloji i aktivitetit').selectOption('SM-JOB-SHDW')
    await page.getByLabel('Vendi pritës').selectOption('IT')
    await page.getByLabel('Distanca në km, në një drejtim').fill('1365,28')
    await page.getByLabel('Ditët e aktivitetit').fill('61')
    await page.getByLabel('Ditët e udhëtimit').fill('2')
    await page.getByRole('button', { name: 'Llogarit' }).click()
    await page.locator('#error-summary').waitFor()
    expect(await page.locator('#error-summary').textContent()).toContain('nga 2 deri në 60 ditë')
    expect(await page.getByLabel('Ditët e aktivitetit').inputValue()).toBe('61')

    await page.getByLabel('Ditët e aktivitetit').fill('5')
    await page.getByRole('button', { name: 'Llogarit' }).click()
    await page.locator('table caption').waitFor()
    const total = await page.locator('tfoot td').textContent()
    expect(total?.replace(/\s/g, ' ')).toMatch(/1408\s?[–-]\s?1996\s€/)
    expectNoPageProblems(page, 'calculator (sq, phone)')
    await expectNoHorizontalOverflow(page, 'calculator (sq, phone)')
    await screenshot(page, 'grant-calculator-sq-phone')
  })

  it('[GRANTS][CALCULATOR]: the calculator with results passes axe in Macedonian and English', async () => {
    const { page } = await journey.open()
    const q =
      'callYear=2026&activityType=LM-SHORT-VET&receivingCountry=XK&distanceKm=700&greenTravel=1&activityDays=19&travelDays=4&participantsBefore=0&fewerOpportunities=1'
    await page.goto(`/mk/grant-calculator?${q}`)
    await page.locator('table caption').waitFor()
    await checkA11y(page, 'calculator with results (mk)')
    await screenshot(page, 'grant-calculator-mk-desktop')
    await page.goto(`/en/grant-calculator?${q.replace('activityDays=19', 'activityDays=1')}`)
    await page.locator('#error-summary').waitFor()
    await checkA11y(page, 'calculator with errors (en)')
  })
})
