import { describe, expect, it } from 'vitest'
import { getT, toLocale } from '#src/lib/i18n.ts'
import { SKIP_E2E } from './support/browser.ts'
import { useJourney } from './support/journey.ts'
import { checkA11y, expectNoPageProblems, htmlLang, screenshot, signIn } from './support/pages.ts'

/** Drini's coordinator reads GreenComp in English and has done its first lesson only (demo). */
const LEARNER = 'ornela.kraja@drini-shkoder.example'
const DEMO_PASSWORD = 'ura-demo-2026'

describe.skipIf(SKIP_E2E)('[LEARNING][SCORM][JOURNEY]', () => {
  const journey = useJourney()

  it('[LEARNING][SCORM][JOURNEY]: a learner plays the demo’s SCORM 1.2 package; its button completes the lesson; without JavaScript the page says why nothing plays', async () => {
    const { page } = await journey.open({ locale: 'en' })
    await signIn(page, LEARNER, DEMO_PASSWORD)
    await page.goto('/app/learning')
    await Promise.all([
      page.waitForURL((u) => u.pathname.startsWith('/app/learning/courses/')),
      page
        .locator('main a[href^="/app/learning/courses/"]', { hasText: 'GreenComp' })
        .first()
        .click(),
    ])
    await Promise.all([
      page.waitForURL((u) => u.pathname.startsWith('/app/learning/lessons/')),
      page
        .locator('main a[href^="/app/learning/lessons/"]', { hasText: 'Practice: green travel' })
        .click(),
    ])
    const lessonUrl = new URL(page.url()).pathname
    const t = getT(toLocale(await htmlLang(page)) ?? 'en')
    // scorm.js creates the API, then gives the frame its address: the package finds the API.
    const frame = page.frameLocator('iframe.scorm-frame')
    await expect
      .poll(() => page.locator('iframe.scorm-frame').getAttribute('src'))
      .toMatch(/^\/app\/learning\/scorm\/[0-9a-f-]{36}\/files\/index\.html$/)
    await frame.locator('h1', { hasText: 'Green travel for a mobility' }).waitFor()
    await checkA11y(page, 'SCORM lesson')
    await screenshot(page, 'scorm-lesson')
    await frame.locator('#done').click()
    await expect.poll(() => frame.locator('#status').textContent()).toContain('Done')
    await expect
      .poll(() => page.locator('#scorm-live').textContent())
      .toBe(t('scorm:player.doneLive'))
    await page.goto(lessonUrl)
    expect(await page.locator('main .badge-ok').first().textContent()).toBe(
      t('learning:lesson.done'),
    )
    expect(await page.locator('.scorm-result').textContent()).toContain(
      t('scorm:player.score', { percent: 100 }),
    )
    await checkA11y(page, 'SCORM lesson, done')
    expectNoPageProblems(page, 'learner')

    // Without JavaScript: no frame to play, and a message saying what it needs.
    const { page: plain } = await journey.open({ javaScriptEnabled: false })
    await signIn(plain, LEARNER, DEMO_PASSWORD)
    await plain.goto(lessonUrl)
    expect(await plain.locator('main').textContent()).toContain(t('scorm:player.needsJs'))
    expect(await plain.locator('iframe.scorm-frame').isVisible()).toBe(false)
  })
})
