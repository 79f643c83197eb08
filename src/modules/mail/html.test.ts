import { describe, expect, it } from 'vitest'
import { mailHtml } from './html.tsx'

describe('mailHtml', () => {
  it('[OUTBOX][HTML]: the same text as paragraphs, links as <a>, the language on <html>', () => {
    const html = mailHtml({
      subject: 'Ftesë nga Shkolla në Ura',
      language: 'sq',
      text: 'Përshëndetje Drita,\n\nHapni këtë lidhje:\nhttps://ura.test/invite/a_b-C?lang=sq.\n\n\nFaleminderit',
    })
    expect(html.startsWith('<!DOCTYPE html><html lang="sq" dir="ltr">')).toBe(true)
    expect(html).toContain('<title>Ftesë nga Shkolla në Ura</title>')
    expect(html).toContain(
      '<p>Hapni këtë lidhje:<br/><a href="https://ura.test/invite/a_b-C?lang=sq">https://ura.test/invite/a_b-C?lang=sq</a>.</p>',
    )
    expect(html.match(/<p>/g)).toHaveLength(3)
    expect(html).not.toMatch(/<img|<script|https?:\/\/(?!ura\.test)/)
  })

  it('[OUTBOX][HTML]: escapes a display name with <script>, also in the subject', () => {
    const name = '<script>alert("x")</script> & Co'
    const html = mailHtml({
      subject: `Hello ${name}`,
      text: `Hello ${name},\n\nBye`,
      language: 'en',
    })
    expect(html).not.toContain('<script>')
    expect(html).toContain(
      '<p>Hello &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co,</p>',
    )
    expect(html).toContain('<title>Hello &lt;script&gt;')
  })
})
