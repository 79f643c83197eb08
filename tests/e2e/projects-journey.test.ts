import { randomBytes } from 'node:crypto'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { getT, type Locale } from '#src/lib/i18n.ts'
import { draftPdf } from '#src/modules/budgets/demo.ts'
import { formatCurrency, money } from '#src/modules/budgets/money.ts'
import { extractPdfText } from '#src/modules/budgets/report/pdf-text.ts'
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
/** Beqir Çela's coordinator runs the project; Drini's coordinator is a partner who spends. */
const COORDINATOR = 'coordinator@beqircela.edu.al'
const DRINI = 'ornela.kraja@drini-shkoder.example'

const path = (page: Page) => new URL(page.url()).pathname
const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? ''

/** Submits the form whose action starts with `action` and waits for the page it leads to. */
async function submit(page: Page, action: string, until: (url: URL) => boolean) {
  await Promise.all([
    page.waitForURL(until),
    page.locator(`form[action^="${action}"] button[type="submit"]`).first().click(),
  ])
}

async function optionValue(page: Page, select: string, text: string) {
  const value = await page
    .locator(`select[name="${select}"] option`, { hasText: text })
    .first()
    .getAttribute('value')
  if (!value) throw new Error(`no option "${text}" in ${select}`)
  return value
}

async function person(journey: Journey, login: string, locale: Locale, phone = false) {
  const { page } = await journey.open({ phone })
  await page.goto('/signin')
  await signIn(page, login, PASSWORD)
  await page.goto(`/locale/${locale}?next=/app/projects`)
  return page
}

/** Amounts as each locale types them. */
const TYPED: Record<
  'mk' | 'en',
  { plan: string; lek: string; rate: string; hours: string; hourly: string }
> = {
  mk: { plan: '12.000,00', lek: '24.840,00', rate: '99,36', hours: '12,5', hourly: '14,20' },
  en: { plan: '12,000.00', lek: '24,840.00', rate: '99.36', hours: '12.5', hourly: '14.20' },
}

async function moneyJourney(journey: Journey, locale: 'mk' | 'en') {
  const t = getT(locale)
  const typed = TYPED[locale]
  const eur = (minor: bigint) => formatCurrency(money(minor, 'EUR'), locale)
  const acronym = `BUD-${locale.toUpperCase()}-${randomBytes(2).toString('hex')}`

  // 1. The coordinator starts a project from the CB-VET template and adds two partner schools.
  const lead = await person(journey, COORDINATOR, locale)
  await lead.goto('/app/projects/new')
  await lead.locator('select[name="template"]').selectOption('cb-vet')
  await lead.locator('input[name="acronym"]').fill(acronym)
  const tab = lead.locator(`#f-title-tab-${locale}`)
  if (await tab.isVisible()) await tab.click()
  await lead.locator(`input[name="title.${locale}"]`).fill(`${acronym} vocational excellence`)
  await lead.locator('input[name="startDate"]').fill('2026-01-01')
  await lead.locator('input[name="endDate"]').fill('2028-12-31')
  await submit(lead, '/app/projects/new', (u) =>
    /^\/app\/projects\/[0-9a-f-]{36}$/.test(u.pathname),
  )
  const base = path(lead)
  await checkA11y(lead, `overview (${locale})`)
  await lead.goto(`${base}/consortium`)
  for (const school of ['Drini', 'Lumbardhi']) {
    await lead
      .locator('select[name="organisationId"]')
      .selectOption(await optionValue(lead, 'organisationId', school))
    await lead.locator('input[name="budgetShare"]').fill('60000')
    await submit(lead, `${base}/consortium/partners`, (u) => u.search.includes('partnerAdded'))
  }
  await checkA11y(lead, `consortium (${locale})`)

  // 2. It plans Drini's share of the quality work package and gives Drini deliverable D2.1.
  await lead.locator('nav.project-nav a', { hasText: t('budgets:page.crumb') }).click()
  expect(path(lead)).toBe(`${base}/budget`)
  await checkA11y(lead, `budget, empty (${locale})`)
  await lead.goto(`${base}/budget/plan`)
  await checkA11y(lead, `planned budget (${locale})`)
  await lead
    .locator('select[name="organisationId"]')
    .selectOption(await optionValue(lead, 'organisationId', 'Drini'))
  await lead
    .locator('select[name="workPackageId"]')
    .selectOption(await optionValue(lead, 'workPackageId', 'WP2'))
  await lead.locator('select[name="category"]').selectOption('lump_sum')
  await lead.locator('input[name="amount"]').fill(typed.plan)
  await submit(lead, `${base}/budget/plan`, (u) => u.search.includes('lineSaved'))
  expect(await mainText(lead)).toContain(eur(1_200_000n))
  await checkA11y(lead, `planned budget with a line (${locale})`)
  await lead.goto(`${base}/deliverables`)
  const d21 = await lead.locator('a', { hasText: 'D2.1' }).getAttribute('href')
  await lead.goto(`${d21}/edit`)
  await lead
    .locator('select[name="leadOrganisationId"]')
    .selectOption(await optionValue(lead, 'leadOrganisationId', 'Drini'))
  await submit(lead, `${d21}/edit`, (u) => u.pathname === d21)
  expectNoPageProblems(lead, 'coordinator')

  // 3. Drini's coordinator enters an expense paid in lek, with the month's InforEuro rate…
  const drini = await person(journey, DRINI, locale)
  await drini.goto(`${base}/budget`)
  await checkA11y(drini, `partner's budget (${locale})`)
  await drini.goto(`${base}/budget/expenses/new`)
  await checkA11y(drini, `expense form (${locale})`)
  await drini
    .locator('select[name="workPackageId"]')
    .selectOption(await optionValue(drini, 'workPackageId', 'WP2'))
  await drini.locator('select[name="category"]').selectOption('travel')
  await drini.locator('input[name="spentOn"]').fill('2026-03-12')
  await drini.locator('input[name="description"]').fill('Autobus Shkodër–Durrës, quality visit')
  await drini.locator('input[name="amount"]').fill(typed.lek)
  await drini.locator('select[name="currency"]').selectOption('ALL')
  // A forgotten rate: the form comes back with what was typed and says what is missing.
  await submit(drini, `${base}/budget/expenses`, (u) => u.pathname === `${base}/budget/expenses`)
  expect(await drini.locator('input[name="amount"]').inputValue()).toBe(typed.lek)
  expect(await drini.locator('#f-exchangeRate-error').textContent()).toBe(
    t('budgets:errors.rateRequired'),
  )
  await checkA11y(drini, `expense form with an error (${locale})`)
  await drini.locator('input[name="exchangeRate"]').fill(typed.rate)
  await submit(drini, `${base}/budget/expenses`, (u) => u.search.includes('expenseSaved'))
  // ALL 24,840.00 at 99.36 lek for a euro is exactly EUR 250.00.
  expect(await mainText(drini)).toContain(eur(25_000n))
  await checkA11y(drini, `entries (${locale})`)

  // …and a month of staff time.
  await drini.goto(`${base}/budget/timesheets/new`)
  await checkA11y(drini, `timesheet form (${locale})`)
  await drini
    .locator('select[name="workPackageId"]')
    .selectOption(await optionValue(drini, 'workPackageId', 'WP2'))
  await drini.locator('input[name="personName"]').fill('Ornela Kraja')
  await drini.locator('input[name="month"]').fill('2026-03')
  await drini.locator('input[name="hours"]').fill(typed.hours)
  await drini.locator('input[name="hourlyRate"]').fill(typed.hourly)
  await submit(drini, `${base}/budget/timesheets`, (u) => u.search.includes('timesheetSaved'))
  expect(await mainText(drini)).toContain(eur(17_750n)) // 12.5 h × 14.20

  // 4. It uploads the draft of D2.1 to the document library and sends it for review.
  await drini.goto(`${base}/documents`)
  await checkA11y(drini, `document library (${locale})`)
  await drini.locator('input[name="title"]').fill('D2.1 Quality plan, draft 1')
  await drini.locator('input[name="file"]').setInputFiles({
    name: 'D2.1-quality-plan-draft1.pdf',
    mimeType: 'application/pdf',
    buffer: draftPdf('Quality assurance plan', ['Draft 1 by Drini, Shkoder.']),
  })
  await drini
    .locator('select[name="deliverableId"]')
    .selectOption(await optionValue(drini, 'deliverableId', 'D2.1'))
  await submit(drini, `${base}/documents`, (u) => u.search.includes('uploaded'))
  await checkA11y(drini, `document (${locale})`)
  await screenshot(drini, `document-draft-${locale}-desktop`)
  const download = drini.locator('a[href$="/versions/1"]').first()
  const file = await drini.request.get(
    new URL((await download.getAttribute('href'))!, drini.url()).toString(),
  )
  expect(file.headers()['content-disposition']).toMatch(/^attachment;/)
  expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-')
  await drini.goto(d21!)
  await drini
    .locator('textarea[name="draftNote"]')
    .fill('Draft 1 is in the documents: D2.1 Quality plan, draft 1.')
  await submit(drini, `${d21}/draft`, (u) => u.search.includes('draftSaved'))
  await submit(drini, `${d21}/submit-for-review`, (u) => u.search.includes('sentForReview'))
  await drini.setViewportSize(PHONE.viewport!)
  await drini.goto(`${base}/budget`)
  await expectNoHorizontalOverflow(drini, 'budget page on a phone')
  await screenshot(drini, `budget-partner-${locale}-phone`)
  expectNoPageProblems(drini, 'Drini')

  // 5. The coordinator reviews the expense and approves and submits the draft.
  await lead.goto(`${base}/budget`)
  expect(await mainText(lead)).toContain(t('budgets:page.waiting', { count: 2 }))
  await lead.goto(`${base}/budget/entries`)
  await checkA11y(lead, `entries to review (${locale})`)
  await lead.locator('a', { hasText: 'Autobus Shkodër–Durrës' }).click()
  await checkA11y(lead, `expense to review (${locale})`)
  await screenshot(lead, `expense-review-${locale}-desktop`)
  await lead.locator('select[name="verdict"]').selectOption('reviewed')
  await submit(lead, `${base}/budget/expenses/`, (u) => u.search.includes('reviewed'))
  expect(await mainText(lead)).toContain(t('budgets:status.reviewed'))
  await lead.goto(d21!)
  await lead.locator('select[name="verdict"]').selectOption('approve')
  await submit(lead, `${d21}/review`, (u) => u.search.includes('reviewed'))
  await submit(lead, `${d21}/submit`, (u) => u.search.includes('submitted'))

  // 6. The Gantt chart, the budget and the report show the change.
  await lead.goto(base)
  const marker = lead.locator('svg.gantt g.gantt-deliverable.gantt-submitted title')
  expect(await marker.textContent()).toContain('D2.1')
  await checkA11y(lead, `overview after the review (${locale})`)
  await lead.goto(`${base}/budget`)
  const drinisRow = lead.locator('tbody tr', { hasText: 'Drini' }).first()
  expect(await drinisRow.textContent()).toContain(eur(1_200_000n))
  expect(await drinisRow.textContent()).toContain(eur(42_750n)) // 250.00 + 177.50
  expect(await lead.locator('figure.chart svg[role="img"]').count()).toBe(1)
  await checkA11y(lead, `budget after the review (${locale})`)
  await screenshot(lead, `budget-coordinator-${locale}-desktop`)

  const pdf = await lead.request.get(new URL(`${base}/report.pdf`, lead.url()).toString())
  expect(pdf.headers()['content-type']).toBe('application/pdf')
  const text = extractPdfText(await pdf.body()).join('\n')
  expect(text).toContain(t('budgets:report.title', { project: acronym }))
  expect(text).toContain(t('projects:deliverableStatus.submitted'))
  expect(text).toContain(eur(42_750n))
  const xlsx = await lead.request.get(new URL(`${base}/report.xlsx`, lead.url()).toString())
  const book = new ExcelJS.Workbook()
  await book.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer)
  const budget = book.getWorksheet(t('budgets:page.crumb'))!
  const values = budget.getSheetValues().filter(Boolean) as unknown[][]
  expect(values.some((r) => r.includes(427.5) && r.includes(12000))).toBe(true)
  expectNoPageProblems(lead, 'coordinator')
}

describe.skipIf(SKIP_E2E)('[PROJECTS][MONEY]', () => {
  const journey = useJourney()

  it('[PROJECTS][MONEY]: in Macedonian, a partner spends in lek and drafts a deliverable; the coordinator reviews both', async () => {
    await moneyJourney(journey, 'mk')
  })

  it('[PROJECTS][MONEY]: in English, the same journey', async () => {
    await moneyJourney(journey, 'en')
  })
})
