import { createLocalJWKSet, jwtVerify } from 'jose'
import type { Page } from 'playwright-core'
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

const COORDINATOR = 'coordinator@beqircela.edu.al'
const STAFF = 'gentian.muca@beqircela.edu.al'
const DEMO_PASSWORD = 'ura-demo-2026'
/** The demo assignment's teacher (the course owner's coordinator) and the learner waiting. */
const TEACHER = 'eleni.konstantinou@kesk-thessaloniki.example'
const LEARNER = 'anila.cani@shkumbini-elbasan.example'
const DEMO_COURSE = /Running an International Office|Drejtimi i një Zyre Ndërkombëtare/

const course = {
  en: 'Welcoming partner schools',
  sq: 'Pritja e shkollave partnere',
}

/** Fills one language of a multilingual field: its tab first, as a person would. */
async function fillIn(page: Page, name: string, lang: string, value: string) {
  const id = `f-${name.replace(/\./g, '-')}`
  await page.locator(`#${id}-tab-${lang}`).click()
  await page.locator(`#${id}-${lang}`).fill(value)
}

describe.skipIf(SKIP_E2E)('[LEARNING][JOURNEY]', () => {
  const journey = useJourney()

  it('[LEARNING][JOURNEY]: an author builds a two-language course with a quiz; staff take it on a phone, switch language, pass, and get a verifiable certificate', async () => {
    // 1. The author writes each language in its tab of the multilingual editor.
    const { page: author } = await journey.open()
    await signIn(author, COORDINATOR, DEMO_PASSWORD)
    await author.goto('/app/learning/manage')
    await checkA11y(author, 'our courses')
    await author.goto('/app/learning/courses/new')
    await checkA11y(author, 'course form')
    await fillIn(author, 'title', 'en', course.en)
    await fillIn(author, 'title', 'sq', course.sq)
    await fillIn(author, 'summary', 'en', 'How to host a partner visit.')
    await fillIn(author, 'summary', 'sq', 'Si të prisni një vizitë partnere.')
    await Promise.all([
      author.waitForURL((u) => /^\/app\/learning\/courses\/[0-9a-f-]{36}$/.test(u.pathname)),
      author.locator('button[name="intent"][value="publish"]').click(),
    ])
    const courseUrl = new URL(author.url()).pathname
    await checkA11y(author, 'course page (author)')
    await Promise.all([
      author.waitForURL((u) => u.pathname.endsWith('/lessons/new')),
      author.locator('a[href*="/lessons/new"]').first().click(),
    ])
    await checkA11y(author, 'lesson form')
    await fillIn(author, 'title', 'en', 'Before the visit')
    await fillIn(author, 'title', 'sq', 'Para vizitës')
    await fillIn(author, 'body', 'en', 'Send the **programme** a week ahead.')
    await fillIn(author, 'body', 'sq', 'Dërgoni **programin** një javë më parë.')
    await Promise.all([
      author.waitForURL((u) => u.pathname === courseUrl),
      author.locator('main form button[type="submit"]').click(),
    ])
    await author.goto(`${courseUrl}/lessons/new`)
    await author.locator('select[name="kind"]').selectOption('quiz')
    await fillIn(author, 'title', 'en', 'Quick check')
    await fillIn(author, 'title', 'sq', 'Kontroll i shpejtë')
    await Promise.all([
      author.waitForURL((u) => u.pathname.endsWith('/edit')),
      author.locator('main form button[type="submit"]').click(),
    ])
    await Promise.all([
      author.waitForURL((u) => u.pathname.endsWith('/questions/new')),
      author.locator('a[href$="/questions/new"]').click(),
    ])
    await checkA11y(author, 'question form')
    await fillIn(author, 'prompt', 'en', 'When do you send the programme?')
    await fillIn(author, 'prompt', 'sq', 'Kur e dërgoni programin?')
    await fillIn(author, 'opt0.text', 'en', 'A week ahead')
    await fillIn(author, 'opt0.text', 'sq', 'Një javë më parë')
    await author.locator('input[name="opt0.correct"]').check()
    await fillIn(author, 'opt1.text', 'en', 'On the day')
    await fillIn(author, 'opt1.text', 'sq', 'Po atë ditë')
    await Promise.all([
      author.waitForURL((u) => u.pathname.endsWith('/edit')),
      author.locator('main form button[type="submit"]').first().click(),
    ])
    await screenshot(author, 'learning-quiz-editor')
    expectNoPageProblems(author, 'author')

    // 2. A teacher of the school takes the course on a 360 px phone, in Albanian, then English.
    const { page } = await journey.open({ phone: true, locale: 'sq' })
    await signIn(page, STAFF, DEMO_PASSWORD)
    await page.goto('/app/learning')
    await checkA11y(page, 'learning home')
    await expectNoHorizontalOverflow(page, 'learning home')
    await page.goto(courseUrl)
    await Promise.all([
      page.waitForURL((u) => u.search.includes('notice=')),
      page.locator(`form[action="${courseUrl}/enrol"] button`).click(),
    ])
    await Promise.all([
      page.waitForURL((u) => u.pathname.startsWith('/app/learning/lessons/')),
      page.locator('main a.btn-primary[href^="/app/learning/lessons/"]').click(),
    ])
    expect(await page.locator('.lesson-body').textContent()).toContain('Dërgoni programin')
    await checkA11y(page, 'lesson (sq)')
    await expectNoHorizontalOverflow(page, 'lesson (sq)')
    await screenshot(page, 'learning-lesson-sq-phone')
    await Promise.all([
      page.waitForURL((u) => u.search === '?lang=en'),
      page.locator('.content-langs a[hreflang="en"]').click(),
    ])
    expect(await page.locator('.lesson-body').textContent()).toContain('Send the programme')
    await Promise.all([
      page.waitForURL((u) => u.search.includes('notice=')),
      page.locator('main form[action$="/done"] button').click(),
    ])
    // The next lesson is the quiz, still in English: the switch was kept.
    expect(await page.locator('h1').textContent()).toContain('Quick check')
    await Promise.all([
      page.waitForURL((u) => u.pathname.startsWith('/app/learning/attempts/')),
      page.locator('main form[action$="/attempts"] button').click(),
    ])
    await checkA11y(page, 'quiz attempt')
    await expectNoHorizontalOverflow(page, 'quiz attempt')
    await page.getByLabel('A week ahead').check()
    await Promise.all([
      page.waitForLoadState('load'),
      page.locator('main form button[type="submit"]').click(),
    ])
    expect(await page.locator('[role="status"]').first().textContent()).toMatch(/Kaluat|passed/i)
    await checkA11y(page, 'quiz result')
    await screenshot(page, 'learning-result-phone')

    // 3. The certificate: verification page (sq and mk), PDF and an Open Badge that jose verifies.
    await page.goto(courseUrl)
    const certificate = page.locator('main a[href*="/credentials/"]').first()
    const href = await certificate.getAttribute('href')
    expect(href).toMatch(/^\/[a-z-A-Z]+\/credentials\/[A-Z0-9-]+$/)
    const code = href!.split('/').pop()!
    for (const lang of ['sq', 'mk']) {
      await page.goto(`/${lang}/credentials/${code}`)
      expect(await page.locator('html').getAttribute('lang')).toBe(lang)
      await checkA11y(page, `verification page (${lang})`)
      await expectNoHorizontalOverflow(page, `verification page (${lang})`)
    }
    await screenshot(page, 'learning-credential-mk-phone')
    const base = journey.ura.baseUrl
    const pdf = await fetch(`${base}/sq/credentials/${code}/certificate.pdf`)
    expect(pdf.status).toBe(200)
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    const jwt = await (await fetch(`${base}/credentials/${code}/badge.jwt`)).text()
    const jwks = await (await fetch(`${base}/.well-known/jwks.json`)).json()
    const { payload } = await jwtVerify(jwt, createLocalJWKSet(jwks))
    expect(payload.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential'])
    const subject = payload.credentialSubject as { achievement: { name: string } }
    expect([course.en, course.sq]).toContain(subject.achievement.name)
    expectNoPageProblems(page, 'staff')
  })

  it('[LEARNING][ASSIGNMENT]: the course’s teacher grades the waiting work from the queue with the rubric; the learner reads the grade on a phone', async () => {
    // 1. ALLIANCE's coordinator (KESK) owns the demo course and grades its assignment.
    const { page: teacher } = await journey.open()
    await signIn(teacher, TEACHER, DEMO_PASSWORD)
    await teacher.goto('/app/learning/manage')
    const courseHref = await teacher
      .locator('main a[href^="/app/learning/courses/"]', { hasText: DEMO_COURSE })
      .first()
      .getAttribute('href')
    expect(courseHref).toMatch(/^\/app\/learning\/courses\/[0-9a-f-]{36}$/)
    await teacher.goto(`${courseHref}/submissions`)
    await checkA11y(teacher, 'submission queue')
    await Promise.all([
      teacher.waitForURL((u) => u.pathname.startsWith('/app/learning/submissions/')),
      teacher.locator('main table a[href^="/app/learning/submissions/"]').first().click(),
    ])
    await checkA11y(teacher, 'grading page')
    const lessonHref = await teacher
      .locator('.breadcrumb a[href^="/app/learning/lessons/"]')
      .getAttribute('href')
    await teacher.locator('input[name="level.c1"][value="l3"]').check()
    await teacher.locator('input[name="level.c2"][value="l3"]').check()
    await teacher.locator('input[name="level.c3"][value="l2"]').check()
    await teacher.locator('textarea[name="comment"]').fill('All dates are there now. Well done.')
    await teacher.locator('input[name="decision"][value="accepted"]').check()
    await Promise.all([
      teacher.waitForURL((u) => u.search.includes('notice=')),
      teacher.locator('main form[action$="/grade"] button[type="submit"]').click(),
    ])
    await checkA11y(teacher, 'submission queue after grading')
    // The rubric editor on the assignment's edit page.
    await teacher.goto(`${lessonHref}/edit`)
    await checkA11y(teacher, 'rubric editor')
    await screenshot(teacher, 'learning-rubric-editor')
    expectNoPageProblems(teacher, 'teacher')

    // 2. The learner reads the grade, the levels and the comment in Albanian, on a phone.
    const { page } = await journey.open({ phone: true, locale: 'sq' })
    await signIn(page, LEARNER, DEMO_PASSWORD)
    await page.goto(lessonHref!)
    expect(await page.locator('main').textContent()).toContain('All dates are there now.')
    expect(await page.locator('main').textContent()).toContain('Kalendari i vitit shkollor')
    await checkA11y(page, 'assignment lesson (graded)')
    await expectNoHorizontalOverflow(page, 'assignment lesson (graded)')
    await screenshot(page, 'learning-assignment-graded-phone')
    expectNoPageProblems(page, 'learner')
  })
})
