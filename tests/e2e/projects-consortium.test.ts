import { randomBytes } from 'node:crypto'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { getT, type Locale } from '#src/lib/i18n.ts'
import { PHONE, SKIP_E2E } from './support/browser.ts'
import { type Journey, useJourney } from './support/journey.ts'
import {
  checkA11y,
  expectNoHorizontalOverflow,
  expectNoPageProblems,
  screenshot,
  signIn,
} from './support/pages.ts'

const PASSWORD = 'ura-demo-2026'
/** Beqir Çela's coordinator starts the project; Drini writes a draft; Lumbardhi reviews it. */
const COORDINATOR = 'coordinator@beqircela.edu.al'
const DRINI = 'ornela.kraja@drini-shkoder.example'
const LUMBARDHI = 'arta.krasniqi@lumbardhi-prizren.example'

const path = (page: Page) => new URL(page.url()).pathname

/** Submits the form whose action starts with `action` and waits for the page it leads to. */
async function submit(page: Page, action: string, until: (url: URL) => boolean) {
  await Promise.all([
    page.waitForURL(until),
    page.locator(`form[action^="${action}"] button[type="submit"]`).first().click(),
  ])
}

/** The value of the first option of a select whose text contains `text`. */
async function optionValue(page: Page, select: string, text: string) {
  const value = await page
    .locator(`select[name="${select}"] option`, { hasText: text })
    .first()
    .getAttribute('value')
  if (!value) throw new Error(`no option "${text}" in ${select}`)
  return value
}

/** A browser signed in as `login`, showing Ura in `locale`. */
async function person(journey: Journey, login: string, locale: Locale, phone = false) {
  const { page } = await journey.open({ phone })
  await page.goto('/signin')
  await signIn(page, login, PASSWORD)
  await page.goto(`/locale/${locale}?next=/app/projects`)
  return page
}

async function consortiumJourney(journey: Journey, locale: Locale) {
  const t = getT(locale)
  const acronym = `E2E-${locale.toUpperCase()}-${randomBytes(2).toString('hex')}`

  // 1. The coordinator starts a project from the CB-VET template.
  const lead = await person(journey, COORDINATOR, locale)
  await checkA11y(lead, `portfolio (${locale})`)
  await lead.goto('/app/projects/new')
  await checkA11y(lead, `new project form (${locale})`)
  await lead.locator('select[name="template"]').selectOption('cb-vet')
  await lead.locator('input[name="acronym"]').fill(acronym)
  // With JavaScript the languages are tabs: open the reader's own first.
  const tab = lead.locator(`#f-title-tab-${locale}`)
  if (await tab.isVisible()) await tab.click()
  await lead.locator(`input[name="title.${locale}"]`).fill(`${acronym} digital skills`)
  await lead.locator('input[name="startDate"]').fill('2026-01-01')
  await lead.locator('input[name="endDate"]').fill('2028-12-31')
  await lead.locator('input[name="totalBudget"]').fill('400 000,00')
  await submit(lead, '/app/projects/new', (u) =>
    /^\/app\/projects\/[0-9a-f-]{36}$/.test(u.pathname),
  )
  const base = path(lead)
  expect(await lead.locator('main').textContent()).toContain(t('projects:notices.created'))
  expect(await lead.locator('svg.gantt[role="img"] title').first().textContent()).toBe(
    t('projects:gantt.title', { acronym }),
  )
  await checkA11y(lead, `overview with Gantt (${locale})`)

  // 2. It adds two partner schools and invites a contact person at each.
  await lead.goto(`${base}/consortium`)
  for (const school of ['Drini', 'Lumbardhi']) {
    await lead
      .locator('select[name="organisationId"]')
      .selectOption(await optionValue(lead, 'organisationId', school))
    await lead.locator('input[name="budgetShare"]').fill('60000')
    await submit(lead, `${base}/consortium/partners`, (u) => u.search.includes('partnerAdded'))
  }
  await checkA11y(lead, `consortium (${locale})`)
  for (const school of ['Drini', 'Lumbardhi']) {
    await lead.goto(`${base}/consortium/invite`)
    await lead
      .locator('select[name="organisationId"]')
      .selectOption(await optionValue(lead, 'organisationId', school))
    await lead
      .locator('input[name="email"]')
      .fill(`contact-${school.toLowerCase()}-${randomBytes(3).toString('hex')}@school.example`)
    await lead.locator('select[name="role"]').selectOption('partner_contact')
    await submit(lead, `${base}/consortium/invite`, (u) => u.search.includes('invited'))
  }
  expect(await lead.locator('main table').last().locator('tbody tr').count()).toBe(2)
  await checkA11y(lead, `consortium with invitations (${locale})`)

  // 3. The quality plan (D2.1) is given to Drini to draft.
  await lead.goto(`${base}/deliverables`)
  const d21 = await lead.locator('a', { hasText: 'D2.1' }).getAttribute('href')
  await lead.goto(`${d21}/edit`)
  await lead
    .locator('select[name="leadOrganisationId"]')
    .selectOption(await optionValue(lead, 'leadOrganisationId', 'Drini'))
  await submit(lead, `${d21}/edit`, (u) => u.pathname === d21)
  expectNoPageProblems(lead, 'coordinator')

  // 4. Drini's coordinator, on a phone, writes the draft and sends it for review.
  const drini = await person(journey, DRINI, locale, true)
  expect(await drini.locator('main').textContent()).toContain(acronym)
  await drini.goto(d21!)
  await drini
    .locator('textarea[name="draftNote"]')
    .fill('Version 1: quality indicators and survey.')
  await submit(drini, `${d21}/draft`, (u) => u.search.includes('draftSaved'))
  await submit(drini, `${d21}/submit-for-review`, (u) => u.search.includes('sentForReview'))
  expect(await drini.locator('main').textContent()).toContain(
    t('projects:deliverableStatus.in_review'),
  )
  await checkA11y(drini, `deliverable in review, phone (${locale})`)
  await expectNoHorizontalOverflow(drini, 'deliverable page on a phone')
  await screenshot(drini, `projects-deliverable-${locale}-phone`)
  expectNoPageProblems(drini, 'Drini')

  // 5. Lumbardhi approves the draft.
  const lumbardhi = await person(journey, LUMBARDHI, locale)
  await lumbardhi.goto(d21!)
  await lumbardhi.locator('select[name="verdict"]').selectOption('approve')
  await submit(lumbardhi, `${d21}/review`, (u) => u.search.includes('reviewed'))
  await checkA11y(lumbardhi, `deliverable reviewed (${locale})`)
  expectNoPageProblems(lumbardhi, 'Lumbardhi')

  // 6. The coordinator submits it; the timeline shows the change.
  await lead.goto(d21!)
  await submit(lead, `${d21}/submit`, (u) => u.search.includes('submitted'))
  await lead.goto(base)
  const marker = lead.locator('svg.gantt g.gantt-deliverable.gantt-submitted title')
  expect(await marker.textContent()).toContain('D2.1')
  expect(await lead.locator('table.gantt-table').textContent()).toContain(
    t('projects:deliverableStatus.submitted'),
  )
  await checkA11y(lead, `overview after submission (${locale})`)
  await screenshot(lead, `projects-overview-${locale}-desktop`)
  await lead.setViewportSize(PHONE.viewport!)
  await expectNoHorizontalOverflow(lead, 'overview on a phone')
  await screenshot(lead, `projects-overview-${locale}-phone`)
  await lead.goto('/app/projects/calendar')
  await checkA11y(lead, `deadline calendar (${locale})`)
  expectNoPageProblems(lead, 'coordinator')
}

describe.skipIf(SKIP_E2E)('[PROJECTS][CONSORTIUM]', () => {
  const journey = useJourney()

  it('[PROJECTS][CONSORTIUM]: in Macedonian, a project from the CB-VET template goes through a partner review', async () => {
    await consortiumJourney(journey, 'mk')
  })

  it('[PROJECTS][CONSORTIUM]: in English, the same journey, then the public ALLIANCE page', async () => {
    await consortiumJourney(journey, 'en')
    const { page } = await journey.open()
    await page.goto('/en/p/alliance')
    await checkA11y(page, 'ALLIANCE public page')
    expect(await page.locator('link[rel="alternate"][hreflang="sq"]').count()).toBe(1)
    await screenshot(page, 'projects-public-alliance')
    expectNoPageProblems(page, 'visitor')
  })
})
