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

const PASSWORD = 'ura-demo-2026'
const COORDINATOR = 'coordinator@beqircela.edu.al'
/** The demo's consortium project with a Gantt chart, milestones and a budget in three tables. */
const PROJECT = 'ALLIANCE'
/** A demo host company with safeguarding checks, and a learner with a green-travel mobility. */
const HOST = 'Hotel “Bregdeti” sh.p.k.'
const LEARNER = 'Ardit Meta'

/** Follows the link named `name` inside the page's main content and waits for its page. */
async function follow(page: Page, selector: string, name?: string) {
  const links = page.locator(`main ${selector}`)
  const link = name ? links.filter({ hasText: name }) : links
  const href = await link.first().getAttribute('href')
  expect(href, `a link ${selector} ${name ?? ''}`).toBeTruthy()
  await page.goto(href!)
  return href!
}

/**
 * Every sideways-scrolling wrap is in the tab order and named by something on the page that has
 * text (axe checks the focus; this checks the name is real, not an id pointing nowhere).
 */
async function expectNamedWraps(page: Page, label: string) {
  const wraps = (await page.evaluate(`[...document.querySelectorAll('.table-wrap')].map((el) => {
    const by = el.getAttribute('aria-labelledby')
    const name = by
      ? by.split(' ').map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ').trim()
      : (el.getAttribute('aria-label') ?? '').trim()
    return { tag: el.tagName.toLowerCase(), tabindex: el.getAttribute('tabindex'), name }
  })`)) as { tag: string; tabindex: string | null; name: string }[]
  expect(wraps.length, `${label}: tables`).toBeGreaterThan(0)
  for (const w of wraps) {
    expect(w, `${label}: ${JSON.stringify(w)}`).toMatchObject({ tag: 'section', tabindex: '0' })
    expect(w.name, `${label}: a wrap without a name`).not.toBe('')
  }
  const names = wraps.map((w) => w.name)
  expect(new Set(names).size, `${label}: two wraps share a name: ${names.join(' | ')}`).toBe(
    names.length,
  )
}

/** axe (no `scrollable-region-focusable` or any other violation), names, no problems, a PNG. */
async function check(page: Page, label: string, shot: string) {
  await checkA11y(page, label)
  await expectNamedWraps(page, label)
  expectNoPageProblems(page, label)
  await screenshot(page, shot)
}

/** The width the page scrolls to, which on a 360 px phone must not pass 360 px. */
const scrollWidth = (page: Page) =>
  page.evaluate('document.documentElement.scrollWidth') as Promise<number>

describe.skipIf(SKIP_E2E)('[A11Y][PHONE]', () => {
  const journey = useJourney()

  it('[A11Y][PHONE]: a coordinator on a 360 px phone reads the tables in Albanian and Macedonian; each scrolls from the keyboard, nothing else scrolls sideways', async () => {
    const { page } = await journey.open({ phone: true, locale: 'sq' })
    await signIn(page, COORDINATOR, PASSWORD)
    expect(await htmlLang(page)).toBe('sq')

    // The mobility list and one mobility: the overview's facts once pushed a badge 2 px off.
    await page.goto('/app/mobility')
    await check(page, 'mobility list (sq)', 'phone-tables-mobility-list-sq')
    await expectNoHorizontalOverflow(page, 'mobility list (sq)')
    const mobility = await follow(page, 'table a[href^="/app/mobility/"]', LEARNER)
    await checkA11y(page, 'mobility (sq)')
    expectNoPageProblems(page, 'mobility (sq)')
    await screenshot(page, 'phone-tables-mobility-sq')
    expect(await scrollWidth(page)).toBeLessThanOrEqual(360)
    await expectNoHorizontalOverflow(page, 'mobility (sq)')

    // A project: partners, timeline chart and table; its milestones, consortium and budget.
    await page.goto('/app/projects')
    const project = await follow(page, 'table a[href^="/app/projects/"]', PROJECT)
    await check(page, 'project overview (sq)', 'phone-tables-project-sq')
    await page.goto(`${project}/milestones`)
    await check(page, 'milestones (sq)', 'phone-tables-milestones-sq')
    await page.goto(`${project}/consortium`)
    await check(page, 'consortium (sq)', 'phone-tables-consortium-sq')
    await page.goto(`${project}/budget`)
    await check(page, 'budget (sq)', 'phone-tables-budget-sq')
    expect(await page.locator('.table-wrap').count()).toBe(3)

    // The keyboard reaches a table that is wider than the screen and scrolls it.
    const wrap = page.locator('.table-wrap').first()
    expect(
      await wrap.evaluate((el) => el.scrollWidth > el.clientWidth),
      'the budget by partner is wider than a phone',
    ).toBe(true)
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab')
      if (await wrap.evaluate((el) => el === document.activeElement)) break
    }
    expect(await wrap.evaluate((el) => el.matches(':focus-visible')), 'Tab reaches the table').toBe(
      true,
    )
    expect(await wrap.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => wrap.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)

    // A host company's safeguarding checks and a campaign's reach.
    await page.goto('/app/network/host-companies')
    await follow(page, 'table a[href^="/app/network/host-companies/"]', HOST)
    await check(page, 'host company (sq)', 'phone-tables-host-sq')
    await page.goto('/app/campaigns')
    await follow(page, 'a[href^="/app/campaigns/"]:not([href$="/new"])')
    await check(page, 'campaign (sq)', 'phone-tables-campaign-sq')

    // The same in Macedonian, whose labels are as long.
    await page
      .locator('nav.lang-switch')
      .getByRole('link', { name: 'Македонски', exact: true })
      .click()
    await page.locator('html[lang="mk"]').waitFor()
    await check(page, 'campaign (mk)', 'phone-tables-campaign-mk')
    for (const [path, name] of [
      [mobility, 'mobility'],
      [project, 'project'],
      [`${project}/budget`, 'budget'],
    ] as const) {
      await page.goto(path)
      expect(await htmlLang(page)).toBe('mk')
      if (name === 'mobility') {
        await checkA11y(page, `${name} (mk)`)
        await screenshot(page, `phone-tables-${name}-mk`)
      } else {
        await check(page, `${name} (mk)`, `phone-tables-${name}-mk`)
      }
      expect(await scrollWidth(page), `${name} (mk)`).toBeLessThanOrEqual(360)
      await expectNoHorizontalOverflow(page, `${name} (mk)`)
    }
  })
})
