import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { pageProblems } from './browser.ts'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(
  path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js'),
  'utf8',
)

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../../test-results/screenshots')

type AxeViolation = {
  id: string
  impact: string | null
  help: string
  helpUrl: string
  nodes: { target: unknown[]; failureSummary?: string }[]
}

/** Every page checked so far, for the summary a journey prints at the end. */
export const a11yLog: string[] = []

/**
 * Runs axe-core (WCAG 2.0–2.2 A/AA and best practices) on the page as it is now and fails on any
 * violation. axe is injected with `evaluate`, which the page's strict CSP does not govern.
 */
export async function checkA11y(page: Page, label: string) {
  await page.waitForLoadState('load')
  const run = async () => {
    const injected = await page.evaluate('typeof window.axe === "object"')
    if (!injected) await page.evaluate(axeSource)
    return (await page.evaluate(
      `axe.run(document, { runOnly: ${JSON.stringify(AXE_TAGS)}, resultTypes: ['violations'] })`,
    )) as { violations: AxeViolation[] }
  }
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`axe did not answer on ${label} (JavaScript turned off?)`)),
      30_000,
    )
  })
  const result = await Promise.race([run(), timeout]).finally(() => clearTimeout(timer))
  const violations = result.violations
  const weak = await controlContrast(page)
  if (weak.length) {
    violations.push({
      id: 'ura-control-contrast',
      impact: 'serious',
      help: 'Text in form controls must have 4.5:1 contrast (checked by Ura, not axe)',
      helpUrl: 'https://www.w3.org/WAI/WCAG22/Understanding/contrast-minimum',
      nodes: weak.map((w) => ({ target: [w] })),
    })
  }
  a11yLog.push(`${label} (${page.url()}): ${violations.length} violation(s)`)
  const report = violations.map((v) => {
    const targets = v.nodes.map((n) => `      ${JSON.stringify(n.target)}`).join('\n')
    return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${targets}`
  })
  expect(violations.length, `axe on ${label} (${page.url()}):\n${report.join('\n')}`).toBe(0)
}

/**
 * axe does not measure the text of form controls (a `<select>` once showed white on white in the
 * header): every visible input, select and textarea needs 4.5:1 against its own background.
 */
async function controlContrast(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number)
    const lum = ([r, g, b]) => {
      const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4 }
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b)
    }
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor)
        if (c.length === 3 || c[3] > 0.9) return c
      }
      return [255, 255, 255]
    }
    const bad = []
    const sel = 'select, textarea, input:not([type=hidden]):not([type=checkbox]):not([type=radio])'
    for (const el of document.querySelectorAll(sel)) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0) continue
      const fg = lum(rgb(getComputedStyle(el).color))
      const bg = lum(background(el))
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)
      if (ratio < 4.5) bad.push((el.id ? '#' + el.id : el.tagName.toLowerCase()) + ': ' + ratio.toFixed(2) + ':1')
    }
    return bad
  })()`)) as string[]
}

/** Fails if the page logged script errors, CSP refusals or failed requests. */
export function expectNoPageProblems(page: Page, label: string) {
  const list = pageProblems(page)
  expect(list, `${label}: problems in the browser:\n${list.join('\n')}`).toEqual([])
}

/** Saves a full-page PNG to test-results/screenshots/<name>.png (gitignored). */
export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const file = path.join(SCREENSHOTS, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** Reflow (WCAG 1.4.10): nothing may make the page scroll sideways on a narrow screen. */
export async function expectNoHorizontalOverflow(page: Page, label: string) {
  const overflow = (await page.evaluate(`(() => {
    const width = document.documentElement.clientWidth
    const wide = []
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect()
      // Skip links wait fully off-screen on the left; that causes no sideways scrolling.
      if (r.width > 0 && r.right > 0 && (r.right > width + 1 || r.left < -1)) {
        const cls = el.getAttribute('class')
        wide.push(el.tagName.toLowerCase() + (cls ? '.' + cls.split(' ').join('.') : '') +
          ' [' + Math.round(r.left) + '..' + Math.round(r.right) + ']')
      }
    }
    return { width, scroll: document.documentElement.scrollWidth, wide: wide.slice(0, 10) }
  })()`)) as { width: number; scroll: number; wide: string[] }
  expect(
    overflow.scroll,
    `${label}: page is ${overflow.scroll}px wide on a ${overflow.width}px screen; too wide:\n${overflow.wide.join('\n')}`,
  ).toBeLessThanOrEqual(overflow.width)
}

/** Signs in through the real form on /signin and waits for the page it leads to. */
export async function signIn(page: Page, login: string, password: string) {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/signin')) await page.goto('/signin')
  await page.locator('input[name="login"]').fill(login)
  await page.locator('input[name="password"]').fill(password)
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith('/signin')),
    page.locator('form[action="/signin"] button[type="submit"]').click(),
  ])
}

/** Signs out with the header's button and waits for the sign-in page. */
export async function signOut(page: Page) {
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/signin'),
    page.locator('form[action="/signout"] button[type="submit"]').click(),
  ])
}

/** The `lang` of the <html> element. */
export function htmlLang(page: Page) {
  return page.locator('html').getAttribute('lang')
}
