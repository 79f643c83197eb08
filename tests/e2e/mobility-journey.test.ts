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
const DIRECTOR = 'arben.kola@beqircela.edu.al'
/** A teacher of "Beqir Çela", on the call's selection panel. */
const PANEL = 'blerina.daci@beqircela.edu.al'
/** The demo's 15-year-old learner and her mother (src/modules/mobility-reports/demo.ts). */
const MINOR = 'elona.dervishi'
const MINOR_NAME = 'Elona Dervishi'
const GUARDIAN = 'drita.dervishi@example.com'
/** The head of the German partner that receives her (Brücke Europa, Köln). */
const RECEIVING = 'thomas.becker@bruecke-europa.example'
const PROJECT = 'KA121-VET-KOELN-2026'

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
const path = (page: Page) => new URL(page.url()).pathname

/** Submits the form posting (or, with `method`, getting) to `action`, and waits for its page. */
async function submit(
  page: Page,
  action: string,
  button = 'button[type="submit"]',
  method: 'post' | 'get' = 'post',
) {
  await Promise.all([
    page.waitForLoadState(),
    page.locator(`form[method="${method}"][action="${action}"] ${button}`).first().click(),
  ])
  await page.waitForLoadState()
}

/** Pages of other modules that scroll sideways on the phone, reported at the end (WCAG 1.4.10). */
const overflowing: string[] = []

/**
 * Every page of the journey: axe finds nothing. Nothing may scroll sideways on the phone either:
 * this module's pages fail at once, other modules' pages are listed at the end of the run.
 */
async function check(page: Page, label: string, own = false) {
  await checkA11y(page, label)
  if (own) return expectNoHorizontalOverflow(page, label)
  try {
    await expectNoHorizontalOverflow(page, label)
  } catch (err) {
    overflowing.push(`${path(page)}: ${(err as Error).message.split('\n')[0]}`)
  }
}

async function selectByText(page: Page, name: string, text: string) {
  const value = await page
    .locator(`select[name="${name}"] option`, { hasText: text })
    .first()
    .getAttribute('value')
  await page.locator(`select[name="${name}"]`).selectOption(value!)
}

describe.skipIf(SKIP_E2E)('[REPORTS][JOURNEY]', () => {
  const journey = useJourney()
  const phone = async (login?: string) => {
    const { page } = await journey.open({ phone: true, locale: 'sq' })
    if (login) await signIn(page, login, PASSWORD)
    return page
  }

  it('[REPORTS][JOURNEY]: from a call to a 15-year-old’s certificate and the Beneficiary Module export, in Albanian on a phone', async () => {
    // 1. The coordinator writes the call, with a criterion and a panel, and publishes it.
    const coordinator = await phone(COORDINATOR)
    expect(await htmlLang(coordinator)).toBe('sq')
    await coordinator.goto('/app/calls/new')
    await check(coordinator, 'new call')
    await coordinator.locator('input[name="title.sq"]').fill('Praktikë profesionale në Këln 2027')
    await coordinator.locator('select[name="activityType"]').selectOption('LM-SHORT-VET')
    await selectByText(coordinator, 'projectId', PROJECT)
    await coordinator.locator('input[name="places"]').fill('2')
    await coordinator.locator('input[name="startDate"]').fill(day(60))
    await coordinator.locator('input[name="endDate"]').fill(day(80))
    await coordinator.locator('input[name="applyFrom"]').fill(day(0))
    await coordinator.locator('input[name="applyUntil"]').fill(day(20))
    await coordinator.locator('select[name="destinations.0.country"]').selectOption('DE')
    await selectByText(coordinator, 'destinations.0.organisationId', 'Köln')
    await submit(coordinator, '/app/calls/new')
    const callPath = path(coordinator)
    expect(callPath).toMatch(/^\/app\/calls\/[0-9a-f-]{36}$/)
    await check(coordinator, 'call (draft)')
    await coordinator.goto(`${callPath}/criteria`)
    await coordinator.locator('input[name="name.sq"]').fill('Motivimi dhe rezultatet në shkollë')
    await coordinator.locator('input[name="weight"]').fill('1')
    await submit(coordinator, `${callPath}/criteria`)
    await check(coordinator, 'call criteria')
    await coordinator.goto(`${callPath}/panel`)
    await selectByText(coordinator, 'userId', 'Blerina Daci')
    await submit(coordinator, `${callPath}/panel`)
    await check(coordinator, 'call panel')
    await coordinator.goto(callPath)
    await submit(coordinator, `${callPath}/publish`)
    await check(coordinator, 'call (open)')

    // 2. The 15-year-old applies from her phone; her mother is asked to consent.
    const learner = await phone(MINOR)
    await learner.goto(callPath)
    await check(learner, 'call for a learner')
    await submit(learner, `${callPath}/apply`)
    const applicationPath = path(learner)
    expect(applicationPath).toMatch(/^\/app\/applications\/[0-9a-f-]{36}$/)
    await check(learner, 'application draft')
    await learner
      .locator('textarea[name="motivation"]')
      .fill('Dua të punoj në recepsionin e një hoteli në Gjermani dhe të mësoj gjermanisht.')
    await submit(learner, applicationPath, 'button[value="submit"]')
    await check(learner, 'application submitted')

    // 3. The guardian consents through the link in the e-mail (read in the outbox).
    const director = await phone(DIRECTOR)
    await director.goto('/app/outbox')
    await check(director, 'outbox')
    await Promise.all([
      director.waitForLoadState(),
      director.locator('main a[href^="/app/outbox/"]', { hasText: MINOR_NAME }).first().click(),
    ])
    await check(director, 'consent e-mail')
    const consentLink = await director
      .locator('main a[href*="/consent/"]')
      .first()
      .getAttribute('href')
    expect(consentLink).toBeTruthy()
    const guardian = await phone()
    await guardian.goto(new URL(consentLink!).pathname)
    await check(guardian, 'guardian consent page')
    await guardian.locator('input[name="isGuardian"]').check()
    await Promise.all([
      guardian.waitForLoadState(),
      guardian.locator('button[name="answer"][value="consent"]').click(),
    ])
    await check(guardian, 'consent given')

    // 4. Applications close; the panel declares no conflict and scores.
    await coordinator.goto(callPath)
    await submit(coordinator, `${callPath}/close`)
    const panel = await phone(PANEL)
    const scorePath = `${applicationPath}/score`
    await panel.goto(scorePath)
    await check(panel, 'score sheet')
    await panel.locator('input[name="hasConflict"][value="no"]').check()
    await submit(panel, `${applicationPath}/conflict`)
    await panel.locator('input[name^="score."]').first().fill('9')
    await submit(panel, scorePath)
    await check(panel, 'application scored')

    // 5. The coordinator decides, creates the mobility and approves it.
    await coordinator.goto(`${callPath}/applications`)
    await check(coordinator, 'ranking')
    await submit(coordinator, `${callPath}/decide`)
    await check(coordinator, 'ranking decided')
    await coordinator.goto(applicationPath)
    await submit(coordinator, `${applicationPath}/mobility`)
    await coordinator.waitForURL((url) => /^\/app\/mobility\/[0-9a-f-]{36}/.test(url.pathname))
    const mobilityPath = path(coordinator).replace(/\/[a-z]+$/, '')
    await coordinator.goto(mobilityPath)
    await check(coordinator, 'mobility (draft)')
    await coordinator.locator('select[name="to"]').selectOption('approved')
    await submit(coordinator, `${mobilityPath}/status`)
    await check(coordinator, 'mobility approved')

    // 6. The learning agreement: written, sent, signed by all four parties.
    const agreementPath = `${mobilityPath}/agreement`
    await coordinator.goto(agreementPath)
    await coordinator.locator('input[name="outcomes.0.unit"]').fill('Pret mysafirët në recepsion')
    await coordinator.locator('textarea[name="tasks"]').fill('Recepsion dhe mëngjes, me mentorin.')
    await coordinator.locator('textarea[name="assessment"]').fill('Listë vëzhgimi e mentorit.')
    await coordinator.locator('textarea[name="mentors"]').fill('Sabine Krämer; Blerina Daci.')
    await submit(coordinator, agreementPath)
    await submit(coordinator, `${agreementPath}/send`)
    await check(coordinator, 'agreement sent')
    const signers = [coordinator, learner, await phone(GUARDIAN), await phone(RECEIVING)]
    for (const [i, signer] of signers.entries()) {
      await signer.goto(agreementPath)
      await check(signer, `agreement, signer ${i + 1}`)
      await submit(signer, `${agreementPath}/sign`)
    }
    await coordinator.goto(agreementPath)
    await check(coordinator, 'agreement signed by all')

    // 7. The grant, computed by the rules of call 2026 at the German National Agency's rates.
    const grantPath = `${mobilityPath}/grant`
    await coordinator.goto(grantPath)
    await check(coordinator, 'grant (not computed)', true)
    await submit(coordinator, grantPath)
    await check(coordinator, 'grant computed', true)
    await screenshot(coordinator, 'mobility-grant-phone')
    const grantText = await coordinator.locator('main').textContent()
    expect(grantText).toContain('Granti u llogarit dhe u ruajt.')
    expect(grantText).toMatch(/Agjencia Kombëtare e vendit: Gjermani/)

    // 8. The mobility runs and completes; the certificate is issued and verifies publicly.
    for (const to of ['preparing', 'ongoing', 'completed']) {
      await coordinator.goto(mobilityPath)
      await coordinator.locator('select[name="to"]').selectOption(to)
      await submit(coordinator, `${mobilityPath}/status`)
    }
    await check(coordinator, 'mobility completed')
    await coordinator.goto(`${mobilityPath}/certificate`)
    await submit(coordinator, `${mobilityPath}/certificate`)
    await check(coordinator, 'certificate issued')
    const verifyUrl = await coordinator
      .locator('main a[href*="/credentials/"]:not([href*="/revoke"])')
      .first()
      .getAttribute('href')
    const visitor = await phone()
    await visitor.goto(new URL(verifyUrl!).pathname)
    await check(visitor, 'certificate verification')
    expect(await visitor.locator('main').textContent()).toContain(MINOR_NAME)

    // 9. The pipeline, the totals and the export, whose files hold her row.
    await coordinator.goto('/app/mobility/pipeline')
    await check(coordinator, 'pipeline', true)
    await coordinator.goto('/app/reports/grants')
    await check(coordinator, 'grant totals', true)
    await coordinator.goto('/app/reports/export')
    await selectByText(coordinator, 'projectId', PROJECT)
    await submit(coordinator, '/app/reports/export', 'button[type="submit"]', 'get')
    await check(coordinator, 'export', true)
    const exportText = (await coordinator.locator('main').textContent()) ?? ''
    expect(exportText).toContain(MINOR_NAME)
    expect(exportText).toMatch(/2026-SHORT-\d{4}-KA121-VET-000187342/)
    const csvHref = await coordinator
      .locator('main a[href^="/app/reports/export.csv"]')
      .first()
      .getAttribute('href')
    const csv = await coordinator.request.get(csvHref!)
    expect(csv.status()).toBe(200)
    const csvText = await csv.text()
    expect(csvText).toContain(MINOR_NAME)
    expect(csvText).toMatch(
      /"2026-SHORT-\d{4}-KA121-VET-000187342","LM-SHORT-VET","Elona Dervishi"/,
    )
    await coordinator.goto('/app/reports/export/profile')
    await check(coordinator, 'export profile', true)

    if (overflowing.length) console.warn(`pages wider than the phone:\n${overflowing.join('\n')}`)
    for (const [label, page] of Object.entries({
      coordinator,
      learner,
      director,
      guardian,
      panel,
      visitor,
    })) {
      expectNoPageProblems(page, label)
    }
  }, 300_000)

  it('[REPORTS][JOURNEY]: a platform administrator corrects a demo National Agency rate, on a phone', async () => {
    const admin = await phone('admin@ura.local')
    await admin.goto('/app/admin/grant-rates?year=2026&country=DE')
    await check(admin, 'grant rates of Germany', true)
    expect(await admin.locator('main').textContent()).toContain('demo')
    await admin.locator('input[name="learner-1"]').fill('200')
    await submit(admin, '/app/admin/grant-rates')
    await check(admin, 'grant rates with an error', true)
    expect(await admin.locator('#f-learner-1-error').textContent()).toMatch(/48\s€ deri në 127\s€/)
    await admin.locator('input[name="learner-1"]').fill('95')
    await submit(admin, '/app/admin/grant-rates')
    await check(admin, 'grant rates saved', true)
    expect(await admin.locator('input[name="learner-1"]').inputValue()).toBe('95.00')
    expectNoPageProblems(admin, 'admin')
  }, 120_000)
})
