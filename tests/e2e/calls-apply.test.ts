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
/** 15 in spring: applies from her phone; her mother is not linked in the demo. */
const LEARNER = 'klea.shehu'
/** On the decided job-shadowing call's waiting list. */
const TEACHER = 'gentian.muca@beqircela.edu.al'

const path = (page: Page) => new URL(page.url()).pathname

/** Every page: axe finds nothing and nothing scrolls sideways on the phone. */
async function check(page: Page, label: string) {
  await checkA11y(page, label)
  await expectNoHorizontalOverflow(page, label)
}

async function submit(page: Page, action: string, button = 'button[type="submit"]') {
  await Promise.all([
    page.waitForLoadState(),
    page.locator(`form[action="${action}"] ${button}`).first().click(),
  ])
  await page.waitForLoadState()
}

/** The smallest JPEG header a phone camera would start with, padded. */
const PHOTO = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF'),
  Buffer.alloc(2048),
])

describe.skipIf(SKIP_E2E)('[CALLS][PHONE]', () => {
  const journey = useJourney()
  const phone = async (login?: string) => {
    const { page } = await journey.open({ phone: true, locale: 'sq' })
    if (login) await signIn(page, login, PASSWORD)
    return page
  }

  it('[CALLS][PHONE]: a 15-year-old applies in Albanian on a phone, uploads a photo of her ID, asks her mother; the coordinator and a teacher see their pages', async () => {
    // 1. The learner finds the open call and applies.
    const learner = await phone(LEARNER)
    expect(await htmlLang(learner)).toBe('sq')
    await learner.goto('/app/calls')
    await check(learner, 'calls (learner)')
    await Promise.all([
      learner.waitForLoadState(),
      learner.locator('main a[href^="/app/calls/"]').first().click(),
    ])
    const callPath = path(learner)
    await check(learner, 'call (learner)')
    await submit(learner, `${callPath}/apply`)
    const applicationPath = path(learner)
    expect(applicationPath).toMatch(/^\/app\/applications\/[0-9a-f-]{36}$/)
    await check(learner, 'application draft')

    // 2. Saved half-way, then a wrong file, then the photo of her ID card, then sent.
    await learner
      .locator('textarea[name="motivation"]')
      .fill('Dua të mësoj si punon një punishte makinash në Gjermani.')
    await submit(learner, applicationPath, 'button[value="save"]')
    await check(learner, 'application saved')
    await learner.locator('select[name="requiredDocumentId"]').selectOption({ index: 1 })
    await learner
      .locator('input[name="file"]')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') })
    await submit(learner, `${applicationPath}/documents`)
    expect(await learner.locator('.error-summary').textContent()).toContain(
      'Ky lloj skedari nuk pranohet.',
    )
    await check(learner, 'upload refused')
    await learner.locator('select[name="requiredDocumentId"]').selectOption({ index: 1 })
    await learner
      .locator('input[name="file"]')
      .setInputFiles({ name: 'leternjoftimi.jpg', mimeType: 'image/jpeg', buffer: PHOTO })
    await submit(learner, `${applicationPath}/documents`)
    await check(learner, 'photo uploaded')
    await submit(learner, applicationPath, 'button[value="submit"]')
    expect(await learner.locator('main').textContent()).toContain('Aplikimi juaj u dërgua.')
    await check(learner, 'application sent')
    await screenshot(learner, 'calls-application-phone')

    // 3. She asks her mother by e-mail; the mother consents on her phone.
    await learner.locator('input[name="guardianName"]').fill('Vjollca Shehu')
    await learner.locator('input[name="guardianEmail"]').fill('vjollca.shehu@example.com')
    await submit(learner, `${applicationPath}/consent-request`)
    await check(learner, 'consent requested')
    expectNoPageProblems(learner, 'learner')

    const director = await phone('arben.kola@beqircela.edu.al')
    await director.goto('/app/outbox')
    await Promise.all([
      director.waitForLoadState(),
      director.locator('main a[href^="/app/outbox/"]', { hasText: 'Klea Shehu' }).first().click(),
    ])
    const link = await director.locator('main a[href*="/consent/"]').first().getAttribute('href')
    const mother = await phone()
    await mother.goto(new URL(link!).pathname)
    await check(mother, 'consent page')
    await mother.locator('button[name="answer"][value="consent"]').click()
    await mother.waitForLoadState()
    await check(mother, 'consent without confirmation (422)')
    await mother.locator('input[name="isGuardian"]').check()
    await Promise.all([
      mother.waitForLoadState(),
      mother.locator('button[name="answer"][value="consent"]').click(),
    ])
    expect(await mother.locator('main').textContent()).toContain('Pëlqimi juaj u regjistrua.')
    await check(mother, 'consent given')

    // 4. The coordinator's pages: the call, its set-up, the application, the decided call.
    const coordinator = await phone(COORDINATOR)
    for (const [suffix, label] of [
      ['', 'call (coordinator)'],
      ['/criteria', 'criteria'],
      ['/documents', 'documents'],
      ['/panel', 'panel'],
      ['/applications', 'applications'],
      ['/edit', 'edit call'],
    ] as const) {
      await coordinator.goto(`${callPath}${suffix}`)
      await check(coordinator, label)
    }
    await coordinator.goto(applicationPath)
    await check(coordinator, 'application (coordinator)')
    await coordinator.goto('/app/calls/new')
    await submit(coordinator, '/app/calls/new')
    await check(coordinator, 'new call with errors (422)')
    await coordinator.goto('/app/calls')
    await check(coordinator, 'calls (coordinator)')
    const decided = await coordinator
      .locator('main a', { hasText: 'Job shadowing' })
      .first()
      .getAttribute('href')
    await coordinator.goto(`${decided}/applications`)
    await check(coordinator, 'decided ranking')
    expectNoPageProblems(coordinator, 'coordinator')

    // 5. The teacher on the waiting list reads the decision and may no longer appeal.
    const teacher = await phone(TEACHER)
    await teacher.goto('/app/applications')
    await check(teacher, 'my applications (teacher)')
    await Promise.all([
      teacher.waitForLoadState(),
      teacher.locator('main a[href^="/app/applications/"]').first().click(),
    ])
    await check(teacher, 'decision (teacher)')
    expect(await teacher.locator('main').textContent()).toContain('Në listë pritjeje')

    // 6. The public page of the call.
    const visitor = await phone()
    await visitor.goto('/sq/o/beqir-cela-durres')
    await check(visitor, 'public profile')
    await Promise.all([
      visitor.waitForLoadState(),
      visitor.locator('main a[href^="/sq/c/"]').first().click(),
    ])
    await check(visitor, 'public call')
    expectNoPageProblems(visitor, 'visitor')
  })
})
