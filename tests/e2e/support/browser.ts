import { existsSync } from 'node:fs'
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core'

/** Debian's Chromium. Browsers are never downloaded: `apt-get install chromium`. */
export const CHROMIUM = process.env.URA_CHROMIUM ?? '/usr/bin/chromium'

/** Set URA_SKIP_E2E=1 to skip the browser journeys (e.g. on a machine without Chromium). */
export const SKIP_E2E = process.env.URA_SKIP_E2E === '1'

/** A 360 × 740 CSS-pixel phone, the smallest screen our learners commonly use. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
}

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } }

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install Debian's package: sudo apt-get install chromium ` +
        '(or set URA_SKIP_E2E=1 to skip the end-to-end journeys).',
    )
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export type ContextOptions = { phone?: boolean; javaScriptEnabled?: boolean; locale?: string }

/**
 * A fresh browser context (its own cookies) whose pages may only reach Ura itself, and which
 * records script errors and CSP violations so a journey can assert there were none.
 */
export async function newContext(
  browser: Browser,
  baseUrl: string,
  options: ContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    ...(options.phone ? PHONE : DESKTOP),
    baseURL: baseUrl,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    locale: options.locale ?? 'en-GB',
    timezoneId: 'Europe/Tirane',
  })
  const origin = new URL(baseUrl).origin
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue()
    return route.abort('blockedbyclient')
  })
  context.setDefaultTimeout(15_000)
  context.setDefaultNavigationTimeout(20_000)
  return context
}

const problems = new WeakMap<Page, string[]>()

/** Opens a page that collects console errors, uncaught exceptions and refused requests. */
export async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  const list: string[] = []
  problems.set(page, list)
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return
    // Chromium logs every 4xx/5xx here, also a form answered with 422 on purpose; failed
    // subresources are caught by the 'response' listener below, pages by the journeys themselves.
    if (msg.text().startsWith('Failed to load resource: the server responded')) return
    list.push(`console: ${msg.text()}`)
  })
  page.on('pageerror', (err) => list.push(`uncaught: ${err.message}`))
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? 'unknown'
    // A navigation cancels what the previous page was still loading (often the favicon).
    if (error === 'net::ERR_ABORTED') return
    list.push(`request failed: ${req.url()} (${error})`)
  })
  page.on('response', (res) => {
    if (res.status() >= 400 && res.request().resourceType() !== 'document') {
      list.push(`HTTP ${res.status()}: ${res.url()}`)
    }
  })
  return page
}

/** Script errors, CSP refusals and failed requests seen on this page so far. */
export function pageProblems(page: Page): string[] {
  return problems.get(page) ?? []
}
