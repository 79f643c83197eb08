import { describe, expect, it } from 'vitest'
import { TableWrap } from './table-wrap.tsx'

const html = async (node: unknown) => String(await node)

describe('TableWrap', () => {
  it('[UI][TABLE-WRAP]: a scrolling table is a focusable region named by its caption', async () => {
    const out = await html(
      <TableWrap labelledBy="hosts-caption">
        <table>
          <caption id="hosts-caption">Host companies</caption>
        </table>
      </TableWrap>,
    )
    expect(out).toBe(
      '<section class="table-wrap" tabindex="0" aria-labelledby="hosts-caption">' +
        '<table><caption id="hosts-caption">Host companies</caption></table></section>',
    )
  })

  it('[UI][TABLE-WRAP]: without a caption it takes a translated label, and extra classes', async () => {
    const out = await html(
      <TableWrap class="gantt-wrap" label="Buxheti sipas partnerit (tabelë)">
        <table />
      </TableWrap>,
    )
    expect(out).toContain('class="table-wrap gantt-wrap"')
    expect(out).toContain('tabindex="0"')
    expect(out).toContain('aria-label="Buxheti sipas partnerit (tabelë)"')
    expect(out).not.toContain('aria-labelledby')
  })
})
