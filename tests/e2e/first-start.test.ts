import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { getT, LOCALES } from '#src/lib/i18n.ts'
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
const PASSWORD = 'ura-demo-2026'
const NAME = 'Elira Hoxha'

/** Follows the language switcher's link (named in its own language) and waits for the page. */
async function switchLanguage(page: Page, autonym: string, locale: string) {
  await page.locator('nav.lang-switch').getByRole('link', { name: autonym, exact: true }).click()
  await page.locator(`html[lang="${locale}"]`).waitFor()
}

const greeting = (locale: 'en' | 'sq' | 'mk') => getT(locale)('home:greeting', { name: NAME })

describe.skipIf(SKIP_E2E)('[FOUNDATION][FIRST-START]', () => {
  const journey = useJourney()

  it('[FOUNDATION][FIRST-START]: a newcomer finds the landing page, signs in as the demo coordinator and reads Ura in Albanian and Macedonian', async () => {
    const { page } = await journey.open()
    const base = journey.ura.baseUrl

    await page.goto('/en/')
    expect(await htmlLang(page)).toBe('en')
    const alternates = await page
      .locator('head link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
      )
    for (const l of LOCALES) expect(alternates).toContainEqual([l, `${base}/${l}/`])
    expect(alternates).toContainEqual(['x-default', `${base}/en/`])
    await checkA11y(page, 'landing (en)')
    await screenshot(page, 'landing-en-desktop')

    await Promise.all([
      page.waitForURL('**/signin'),
      page.locator('main').getByRole('link', { name: 'Sign in' }).click(),
    ])
    expect(await htmlLang(page)).toBe('en')
    await checkA11y(page, 'sign-in (en)')
    await signIn(page, COORDINATOR, PASSWORD)
    expect(new URL(page.url()).pathname).toBe('/app')
    // With no language chosen yet, the dashboard speaks the organisation's default language.
    const first = (await htmlLang(page)) as 'en' | 'sq' | 'mk'
    expect(await page.locator('h1').textContent()).toBe(greeting(first))

    await switchLanguage(page, 'English', 'en')
    expect(new URL(page.url()).pathname).toBe('/app')
    expect(await page.locator('h1').textContent()).toBe(greeting('en'))
    await checkA11y(page, 'dashboard (en)')
    await screenshot(page, 'dashboard-en-desktop')

    await switchLanguage(page, 'Shqip', 'sq')
    expect(new URL(page.url()).pathname).toBe('/app')
    const sqTitle = await page.locator('h1').textContent()
    expect(sqTitle, 'the greeting comes from the Albanian catalogue').toBe(greeting('sq'))
    expect(sqTitle).not.toBe(greeting('en'))
    expect(await page.locator('main').textContent()).toMatch(/[ëç]/i)
    await checkA11y(page, 'dashboard (sq)')

    await switchLanguage(page, 'Македонски', 'mk')
    const mkTitle = await page.locator('h1').textContent()
    expect(mkTitle, 'the greeting comes from the Macedonian catalogue').toBe(greeting('mk'))
    expect(mkTitle).toMatch(/[\u0400-\u04ff]/)
    await expect
      .poll(() => page.locator('nav.main-nav').textContent())
      .toMatch(/[\u0400-\u04ff]{3}/)
    await checkA11y(page, 'dashboard (mk)')

    // The demo coordinator may belong to two organisations: the switcher then changes the active one.
    const select = page.locator('form.org-switch select')
    const values = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
    if (values.length >= 2) {
      const before = await page.locator('.org-name').textContent()
      const value = values.find((v) => v !== values[0]) ?? ''
      const active = await select.inputValue()
      const target = active === value ? values[0]! : value
      // Choosing does not navigate by itself (WCAG 3.2.2): the person presses the button.
      await select.selectOption(target)
      expect(await page.locator('.org-name').textContent()).toBe(before)
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/switch-organisation')),
        page.locator('form.org-switch button[type="submit"]').click(),
      ])
      await page.waitForLoadState('load')
      await expect.poll(() => page.locator('.org-name').textContent()).not.toBe(before)
      expect(await select.inputValue()).toBe(target)
      await checkA11y(page, 'dashboard after switching organisation (mk)')
    }
    expectNoPageProblems(page, 'first start')
  })

  it('[FOUNDATION][FIRST-START]: the dashboard reads well on a 360 px phone in Albanian and Macedonian', async () => {
    const { page } = await journey.open({ phone: true })
    await page.goto('/signin')
    await signIn(page, COORDINATOR, PASSWORD)
    expect(new URL(page.url()).pathname).toBe('/app')

    await switchLanguage(page, 'Shqip', 'sq')
    await screenshot(page, 'dashboard-sq-phone')
    await checkA11y(page, 'dashboard on a phone (sq)')
    await expectNoHorizontalOverflow(page, 'dashboard on a phone (sq)')

    await switchLanguage(page, 'Македонски', 'mk')
    await screenshot(page, 'dashboard-mk-phone')
    await checkA11y(page, 'dashboard on a phone (mk)')
    await expectNoHorizontalOverflow(page, 'dashboard on a phone (mk)')
    expectNoPageProblems(page, 'phone')
  })

  it('[FOUNDATION][FIRST-START]: signing in works with JavaScript turned off', async () => {
    const { page } = await journey.open({ javaScriptEnabled: false })
    await page.goto('/signin')
    // axe needs scripts; this page's markup is the one checked with JavaScript above.
    expect(await htmlLang(page)).toBe('en')
    await signIn(page, COORDINATOR, PASSWORD)
    expect(new URL(page.url()).pathname).toBe('/app')
    expect(await page.locator('h1').textContent()).toContain(NAME)

    // Without the script the organisation switcher needs its button.
    const select = page.locator('form.org-switch select')
    if ((await select.locator('option').count()) >= 2) {
      const before = await select.inputValue()
      const other = await select
        .locator('option')
        .evaluateAll(
          (os, current) => os.map((o) => (o as HTMLOptionElement).value).find((v) => v !== current),
          before,
        )
      await select.selectOption(other!)
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/switch-organisation')),
        page.locator('form.org-switch button[type="submit"]').click(),
      ])
      await page.waitForLoadState('load')
      expect(await page.locator('form.org-switch select').inputValue()).toBe(other)
    }
    expectNoPageProblems(page, 'no JavaScript')
  })
})
