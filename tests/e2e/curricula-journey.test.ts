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

const DEMO_PASSWORD = 'ura-demo-2026'
/** The courses' owner (ALLIANCE's coordinator), who wrote the programme. */
const AUTHOR = 'eleni.konstantinou@kesk-thessaloniki.example'
/** A follower on the way, and one who has completed it. */
const FOLLOWER = 'coordinator@beqircela.edu.al'
const GRADUATE = 'valbona.shala@nerodimja-ferizaj.example'
const PROGRAMME = /International Office Programme|Programi i Zyrës Ndërkombëtare/

describe.skipIf(SKIP_E2E)('[CURRICULA][JOURNEY]', () => {
  const journey = useJourney()

  it('[CURRICULA][JOURNEY]: a follower sees progress and the next step on a phone; the guidebook downloads; the author reorders; the graduate verifies', async () => {
    // 1. A follower, on a phone: the list, the programme, the next step.
    const { page } = await journey.open({ phone: true })
    await signIn(page, FOLLOWER, DEMO_PASSWORD)
    await page.goto('/app/learning/curricula')
    await checkA11y(page, 'curricula list (phone)')
    await expectNoHorizontalOverflow(page, 'curricula list')
    await Promise.all([
      page.waitForURL((u) => /^\/app\/learning\/curricula\/[0-9a-f-]{36}$/.test(u.pathname)),
      page.locator('main a', { hasText: PROGRAMME }).first().click(),
    ])
    const programmeUrl = new URL(page.url()).pathname
    await checkA11y(page, 'curriculum page (follower, phone)')
    await expectNoHorizontalOverflow(page, 'curriculum page')
    await expect(page.locator('main meter').count()).resolves.toBe(1)
    await expect(page.locator('.path-steps li').count()).resolves.toBe(4)
    await screenshot(page, 'curricula-programme-phone')

    // 2. The guidebook library: languages, missing ones, the download in the reader's language.
    await page.goto('/app/learning/guidebooks')
    await checkA11y(page, 'guidebook list (phone)')
    await page.locator('main a', { hasText: /Mobility quality|cilësisë së mobilitetit/ }).click()
    await checkA11y(page, 'guidebook page (phone)')
    await screenshot(page, 'guidebook-phone')
    await expectNoHorizontalOverflow(page, 'guidebook page')
    const href = await page.locator('main a[href$="/download"]').getAttribute('href')
    const download = await page.request.get(href!)
    expect(download.status()).toBe(200)
    expect(download.headers()['content-type']).toBe('application/pdf')
    expectNoPageProblems(page, 'follower')

    // 3. The author reorders the path with the row buttons, without writing any script.
    const { page: author } = await journey.open()
    await signIn(author, AUTHOR, DEMO_PASSWORD)
    await author.goto(`${programmeUrl}/edit`)
    await checkA11y(author, 'curriculum edit page')
    await screenshot(author, 'curricula-edit')
    const firstBefore = await author
      .locator('#path-caption ~ tbody tr td:nth-child(2)')
      .first()
      .textContent()
    await Promise.all([
      author.waitForURL((u) => u.pathname === `${programmeUrl}/edit`),
      author.locator('tbody tr').first().locator('button[value="down"]').click(),
    ])
    const secondAfter = await author.locator('tbody tr').nth(1).locator('td').nth(1).textContent()
    expect(secondAfter).toBe(firstBefore)
    await checkA11y(author, 'curriculum edit page after a move')
    expectNoPageProblems(author, 'author')

    // 4. The graduate: the certificate is on the page and verifies publicly.
    const { page: graduate } = await journey.open()
    await signIn(graduate, GRADUATE, DEMO_PASSWORD)
    await graduate.goto(programmeUrl)
    await checkA11y(graduate, 'curriculum page (completed)')
    const certificate = graduate.locator('main a.btn[href*="/credentials/"]')
    await Promise.all([
      graduate.waitForURL((u) => u.pathname.includes('/credentials/')),
      certificate.click(),
    ])
    await checkA11y(graduate, 'programme certificate verification')
    expectNoPageProblems(graduate, 'graduate')
  })
})
