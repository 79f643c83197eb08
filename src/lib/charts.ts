import * as Plot from '@observablehq/plot'
import { parseHTML } from 'linkedom'

/**
 * Renders an Observable Plot chart to an SVG string on the server: no client script, no canvas.
 * Give every chart an `ariaLabel` and `ariaDescription`, and put a data table beside it.
 * linkedom is pinned to 0.18.12 (0.18.15 failed to install when the stack was chosen).
 */
export function renderPlot(
  options: Plot.PlotOptions & { ariaLabel: string; ariaDescription?: string },
): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>')
  const svg = Plot.plot({ ...options, document: document as unknown as Document })
  svg.setAttribute('role', 'img')
  svg.setAttribute('focusable', 'false')
  // Plot writes inline style attributes and <style> elements, which a strict CSP (style-src
  // 'self') refuses (and reports); the stylesheet styles `.plot` instead.
  const html = svg.outerHTML as string
  // The chart is one image (role="img" with its label and description): Plot's labels on inner
  // groups ("bar", "rule") name nothing a reader needs, and axe counts them as prohibited ARIA.
  return html
    .replace(/ style="[^"]*"/g, '')
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<g([^>]*?) aria-label="[^"]*"/g, '<g$1')
}

export { Plot }
