import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { type ContextOptions, launchBrowser, newContext, newPage } from './browser.ts'
import { a11yLog } from './pages.ts'
import { buildClient, type RunningUra, startUra } from './server.ts'

export type Journey = {
  readonly ura: RunningUra
  readonly browser: Browser
  /** A new signed-out browser (own cookies) and its first page. */
  open(options?: ContextOptions): Promise<{ context: BrowserContext; page: Page }>
}

/**
 * Wires one test file to its own Ura (fresh database with demo data) and one Chromium; both are
 * closed after the file. Call at the top of a `describe`.
 */
export function useJourney(): Journey {
  let ura: RunningUra | undefined
  let browser: Browser | undefined
  const contexts: BrowserContext[] = []

  beforeAll(async () => {
    buildClient()
    const [started, launched] = await Promise.all([startUra(), launchBrowser()])
    ura = started
    browser = launched
  }, 90_000)

  afterAll(async () => {
    if (a11yLog.length) console.info(`axe:\n  ${a11yLog.join('\n  ')}`)
    for (const c of contexts) await c.close().catch(() => {})
    await browser?.close()
    await ura?.close()
  }, 30_000)

  const journey: Journey = {
    get ura() {
      if (!ura) throw new Error('Ura is not running (beforeAll failed?)')
      return ura
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not running (beforeAll failed?)')
      return browser
    },
    async open(options) {
      const context = await newContext(journey.browser, journey.ura.baseUrl, options)
      contexts.push(context)
      return { context, page: await newPage(context) }
    },
  }
  return journey
}
