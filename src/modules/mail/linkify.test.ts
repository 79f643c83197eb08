import { describe, expect, it } from 'vitest'
import { linkify } from './linkify.tsx'

const html = (text: string) => linkify(text).map(String).join('')

describe('linkify', () => {
  it('[OUTBOX][LINKS]: turns http(s) addresses into links, leaving sentence punctuation outside', () => {
    expect(html('Open https://ura.test/reset/a_b-C. Thanks')).toBe(
      'Open <a href="https://ura.test/reset/a_b-C">https://ura.test/reset/a_b-C</a>. Thanks',
    )
    expect(html('(see http://x.test/a?b=1&c=2)')).toBe(
      '(see <a href="http://x.test/a?b=1&amp;c=2">http://x.test/a?b=1&amp;c=2</a>)',
    )
  })

  it('[OUTBOX][LINKS]: never makes links of other schemes; text stays text', () => {
    const parts = linkify('javascript:alert(1) and <b>bold</b> and ftp://x')
    expect(parts).toEqual(['javascript:alert(1) and <b>bold</b> and ftp://x'])
  })
})
