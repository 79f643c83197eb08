import { describe, expect, it } from 'vitest'
import { Plot, renderPlot } from './charts.ts'

describe('server-side charts', () => {
  it('renders an accessible SVG without inline styles', () => {
    const data = [
      { month: 'Jan', n: 3 },
      { month: 'Feb', n: 5 },
    ]
    const svg = renderPlot({
      ariaLabel: 'Mobilities per month',
      ariaDescription: 'Three in January, five in February',
      marks: [Plot.barY(data, { x: 'month', y: 'n' }), Plot.ruleY([0])],
    })
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg).toContain('aria-label="Mobilities per month"')
    expect(svg).toContain('role="img"')
    expect(svg).not.toContain('style="')
    expect(svg).not.toContain('<style')
    expect(svg).not.toMatch(/<g[^>]* aria-label=/)
  })
})
